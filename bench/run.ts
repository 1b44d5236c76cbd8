/**
 * `npm run bench`: prints one JSON object of measured figures. Timing goals live here, never in
 * tests. Set BENCH_SKIP_BROWSER=1 to skip the browser figures (they need a build and Chromium).
 */
import { benchAlignment } from "./alignment";
import { benchAnchoring } from "./anchoring";
import { benchBrowser } from "./browser";
import { benchResilience } from "./resilience";
import { benchSegmentation } from "./segmentation";
import { benchTerms } from "./terms";
import { benchWorkbench } from "./workbench";

const figures: Record<string, unknown> = { node: process.version, date: new Date().toISOString() };
figures.segmentation = benchSegmentation();
figures.alignment = benchAlignment();
figures.terms = benchTerms();
figures.anchoring = benchAnchoring();
figures.workbench = await benchWorkbench();
figures.resilience = await benchResilience();
if (!process.env.BENCH_SKIP_BROWSER) figures.browser = await benchBrowser();
console.log(JSON.stringify(figures, null, 2));

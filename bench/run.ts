/**
 * `npm run bench`: prints one JSON object of measured figures. Timing goals live here, never in
 * tests. Set BENCH_SKIP_BROWSER=1 to skip the figures that need a build and Chromium (browser,
 * exports, grid), and BENCH_ONLY=exports,terms,qa,big… to run only some sections (BENCH_TM_SIZES=100000
 * for a quick translation-memory run). `exports` and `big` share one 200,000-segment database
 * (big-document.ts; BENCH_BIG_SEGMENTS for a smaller one), written once per run.
 */
import { benchAlignment } from "./alignment";
import { benchAnchoring } from "./anchoring";
import { benchBig } from "./big";
import { disposeBigFixture } from "./big-document";
import { benchBrowser } from "./browser";
import { benchExports } from "./exports";
import { benchGrid } from "./grid";
import { benchResilience } from "./resilience";
import { benchSegmentation } from "./segmentation";
import { benchTerms } from "./terms";
import { benchTm } from "./tm";
import { benchWorkbench } from "./workbench";

const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",")) : null;
const wanted = (section: string, needsBuild = false) => (!only || only.has(section)) && !(needsBuild && process.env.BENCH_SKIP_BROWSER);

const figures: Record<string, unknown> = { node: process.version, date: new Date().toISOString() };
if (wanted("segmentation")) figures.segmentation = benchSegmentation();
if (wanted("alignment")) figures.alignment = benchAlignment();
if (wanted("terms")) figures.terms = benchTerms();
if (wanted("anchoring")) figures.anchoring = benchAnchoring();
if (wanted("tm")) figures.tm = await benchTm();
if (wanted("workbench")) figures.workbench = await benchWorkbench();
if (wanted("resilience")) figures.resilience = await benchResilience();
if (wanted("browser", true)) figures.browser = await benchBrowser();
// `exports` and `big` share the 200,000-segment database; it is removed however the run ends.
process.on("exit", () => void disposeBigFixture());
if (wanted("exports", true)) figures.exports = await benchExports();
if (wanted("grid", true)) figures.grid = await benchGrid();
if (wanted("tmx")) figures.tmx = await (await import("./tmx")).benchTmx();
if (wanted("qa")) figures.qa = await (await import("./qa")).benchQa();
// Book-length documents: the server figures run without a build, the browser and export ones need it.
if (wanted("big")) figures.big = await benchBig();
// SQLite and PostgreSQL side by side (PostgreSQL on a throwaway cluster when it is installed).
if (wanted("team")) figures.team = await (await import("./team")).benchTeam();
if (wanted("tmEngines")) figures.tmEngines = await (await import("./tm-engines")).benchTmEngines();
(await import("./engines")).stopBenchClusters();
console.log(JSON.stringify(figures, null, 2));

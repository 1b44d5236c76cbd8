/**
 * Sentence segmentation benchmark on UD French-GSD (dev): prints sentence-level F1 for our
 * segmenter and for the Intl.Segmenter baseline, as JSON. Run: npx tsx bench/segmentation.ts
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { segmentSentences } from "../core/segmentation/segment-sentences";
import { scoreSegmentation } from "../core/segmentation/score-segmentation";

const DATA = process.env.SEGMENT_DEV ?? fileURLToPath(new URL("../../shared/data/segment-dev/fr-gsd-dev.txt", import.meta.url));

// Gold: one sentence per line, paragraphs separated by a blank line.
const gold = readFileSync(DATA, "utf8")
  .split(/\n\s*\n/)
  .map((block) => block.split("\n").map((line) => line.trim()).filter(Boolean))
  .filter((sentences) => sentences.length > 0);
const inputs = gold.map((sentences) => sentences.join(" "));

const intl = new Intl.Segmenter("fr", { granularity: "sentence" });
const intlSegment = (paragraph: string): string[] =>
  [...intl.segment(paragraph)].map((s) => s.segment.trim()).filter(Boolean);

const started = performance.now();
const ours = inputs.map((paragraph) => segmentSentences(paragraph, "fr").map((s) => s.text));
const elapsedMs = performance.now() - started;

const round = (x: number): number => Math.round(x * 10000) / 10000;
const report = (s: { precision: number; recall: number; f1: number }) => ({
  f1: round(s.f1),
  precision: round(s.precision),
  recall: round(s.recall),
});

console.log(
  JSON.stringify({
    dataset: "UD_French-GSD dev",
    paragraphs: gold.length,
    sentences: gold.reduce((n, p) => n + p.length, 0),
    segmenter: { ...report(scoreSegmentation(ours, gold)), ms: Math.round(elapsedMs) },
    intl: report(scoreSegmentation(inputs.map(intlSegment), gold)),
  }),
);

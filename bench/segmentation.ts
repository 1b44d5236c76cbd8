/**
 * Sentence segmentation on UD French-GSD (dev): sentence-level F1 of our segmenter and of the
 * Intl.Segmenter baseline, plus throughput on 1 MB of text.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scoreSegmentation } from "../core/segmentation/score-segmentation";
import { segmentSentences } from "../core/segmentation/segment-sentences";

const DATA = process.env.SEGMENT_DEV ?? fileURLToPath(new URL("../../shared/data/segment-dev/fr-gsd-dev.txt", import.meta.url));

const round = (x: number): number => Math.round(x * 10000) / 10000;
const report = (s: { precision: number; recall: number; f1: number }) => ({ f1: round(s.f1), precision: round(s.precision), recall: round(s.recall) });

export function benchSegmentation() {
  // Gold: one sentence per line, paragraphs separated by a blank line; input joins each paragraph's lines.
  const gold = readFileSync(DATA, "utf8")
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((sentences) => sentences.length > 0);
  const inputs = gold.map((sentences) => sentences.join(" "));
  const intl = new Intl.Segmenter("fr", { granularity: "sentence" });
  const intlSegment = (paragraph: string): string[] => [...intl.segment(paragraph)].map((s) => s.segment.trim()).filter(Boolean);

  const ours = inputs.map((paragraph) => segmentSentences(paragraph, "fr").map((s) => s.text));

  // Throughput: the dev text repeated to 1 MB, segmented paragraph by paragraph.
  const paragraphs: string[] = [];
  for (let size = 0; size < 1_000_000;) {
    const p = inputs[paragraphs.length % inputs.length];
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  const started = performance.now();
  for (const p of paragraphs) segmentSentences(p, "fr");
  const oneMbMs = performance.now() - started;

  return {
    dataset: "UD_French-GSD dev",
    sentences: gold.reduce((n, p) => n + p.length, 0),
    segmenter: report(scoreSegmentation(ours, gold)),
    intlSegmenter: report(scoreSegmentation(inputs.map(intlSegment), gold)),
    oneMegabyteMs: Math.round(oneMbMs),
  };
}

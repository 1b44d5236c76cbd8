import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeText } from "../import/decode-text";
import { parseTextDocument } from "../import/parse-text-document";
import { segmentSentences } from "./segment-sentences";

// The demo article, segmented paragraph by paragraph. The golden file was checked by eye, sentence
// by sentence; UPDATE_GOLDEN=1 rewrites it (then read the diff before committing).
describe("segmentation of the demo document (golden)", () => {
  const source = new URL("../../prisma/seed/anthropic-pentagone.fr.txt", import.meta.url);
  const golden = new URL("./__golden__/anthropic-pentagone.sentences.json", import.meta.url);
  const doc = parseTextDocument(decodeText(new Uint8Array(readFileSync(source))).text, { format: "txt" });
  type SegmentedBlock = { kind: "heading"; text: string } | { kind: "paragraph"; sentences: string[] };
  const segmented = doc.blocks.map((block): SegmentedBlock =>
    block.kind === "heading" ? { kind: block.kind, text: block.text } : { kind: block.kind, sentences: segmentSentences(block.text, "fr").map((s) => s.text) },
  );

  it("matches the golden sentences", () => {
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden, `${JSON.stringify(segmented, null, 2)}\n`);
    expect(segmented).toEqual(JSON.parse(readFileSync(golden, "utf8")));
  });

  it("splits the article into 16 sentences, keeping quotations whole", () => {
    const sentences = segmented.flatMap((block) => (block.kind === "paragraph" ? block.sentences : []));
    expect(sentences).toHaveLength(16);
    expect(sentences).toContain(
      "« Les combattants américains ne seront jamais pris en otage par les caprices idéologiques des Big Tech », a-t-il écrit sur X.",
    );
    expect(sentences.some((s) => s.endsWith("plutôt que notre Constitution ».") && s.startsWith("Vendredi,"))).toBe(true);
  });
});

/**
 * Re-anchoring quality and speed: 10,000 annotations on sentences of the demo article, each
 * sentence then changed in one of four ways before the annotations are anchored again —
 * untouched, words inserted before the span, one letter of the span corrected, or the span
 * deleted. A right answer is the span's new place (or no place when it was deleted); "boundsOff"
 * overlaps the right place with other bounds; "misplaced" counts the worst failure, an annotation
 * silently put on other text.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { random } from "./random";
import { anchorSpan } from "../core/annotations/anchor-span";
import { describeSpan } from "../core/annotations/span-anchor";
import { parseTextDocument } from "../core/import/parse-text-document";
import { segmentSentences } from "../core/segmentation/segment-sentences";

const ARTICLE = fileURLToPath(new URL("../prisma/seed/anthropic-pentagone.fr.txt", import.meta.url));
const ANNOTATIONS = 10_000;
const KINDS = ["unchanged", "insertedBefore", "letterCorrected", "spanDeleted"] as const;

function sentences(): string[] {
  const parsed = parseTextDocument(readFileSync(ARTICLE, "utf8"), { format: "txt" });
  return parsed.blocks
    .flatMap((block) => segmentSentences(block.text, "fr").map((s) => block.text.slice(s.start, s.end)))
    .filter((s) => s.split(" ").length >= 8);
}

export function benchAnchoring() {
  const pool = sentences();
  const rand = random(20261128);
  const pick = (n: number) => Math.floor(rand() * n);
  const outcome = Object.fromEntries(KINDS.map((k) => [k, { total: 0, right: 0, orphaned: 0, boundsOff: 0, misplaced: 0 }]));
  let ms = 0;
  for (let n = 0; n < ANNOTATIONS; n++) {
    const text = pool[pick(pool.length)];
    const words = [...text.matchAll(/[\p{L}\p{N}’'-]+/gu)];
    const first = pick(words.length - 3);
    const last = first + pick(3);
    const start = words[first].index!;
    const end = words[last].index! + words[last][0].length;
    const anchor = describeSpan(text, start, end);
    const kind = KINDS[n % KINDS.length];
    let changed = text;
    let expected: [number, number] | null = [start, end];
    if (kind === "insertedBefore") {
      const insert = "d’après un communiqué publié hier soir, ";
      changed = text.slice(0, start) + insert + text.slice(start);
      expected = [start + insert.length, end + insert.length];
    } else if (kind === "letterCorrected") {
      const at = start + pick(end - start);
      const letter = text[at] === "e" ? "é" : "e";
      changed = text.slice(0, at) + letter + text.slice(at + 1);
    } else if (kind === "spanDeleted") {
      changed = text.slice(0, start) + text.slice(end);
      expected = null;
    }
    const began = performance.now();
    const found = anchorSpan(changed, anchor);
    ms += performance.now() - began;
    const o = outcome[kind];
    o.total++;
    if (!found) {
      if (expected) o.orphaned++;
      else o.right++;
    } else if (expected && found.start === expected[0] && found.end === expected[1]) o.right++;
    else if (expected && found.start < expected[1] && found.end > expected[0]) o.boundsOff++;
    else o.misplaced++;
  }
  return { annotations: ANNOTATIONS, totalMs: Math.round(ms), perAnnotationUs: Math.round((ms * 1000) / ANNOTATIONS), outcome };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log(JSON.stringify(benchAnchoring(), null, 2));
}

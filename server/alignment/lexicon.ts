import fs from "node:fs";
import path from "node:path";
import { parseLexicon } from "@/core/alignment/lexicon/parse-lexicon";
import type { Lexicon } from "@/core/alignment/types";
import { PROJECT_ROOT } from "../db/database-url";

let cached: Lexicon | null | undefined;

/**
 * The French–English lexicon the aligner uses as evidence (core/alignment/lexicon/README.md), read
 * once per process. Null when the file has been removed: the aligner then works without it.
 */
export function alignmentLexicon(): Lexicon | null {
  if (cached === undefined) {
    try {
      cached = parseLexicon(fs.readFileSync(path.join(PROJECT_ROOT, "core", "alignment", "lexicon", "fr-en.tsv"), "utf8"));
    } catch {
      cached = null;
    }
  }
  return cached;
}

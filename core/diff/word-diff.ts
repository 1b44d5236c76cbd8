/**
 * Word-level differences between two texts, for tracked changes and history. The diff itself is
 * jsdiff's (Myers' algorithm over word and whitespace tokens); this module only fixes the shape the
 * rest of the product reads, so the library can change without touching callers.
 */
import { diffWordsWithSpace } from "diff";

export interface DiffPart {
  kind: "equal" | "insert" | "delete";
  text: string;
}

/** The parts that turn `before` into `after`: equal, deleted and inserted runs, in text order. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? "insert" : change.removed ? "delete" : "equal",
    text: change.value,
  }));
}

/** How many words were inserted and deleted (a compact summary for lists). */
export function diffStats(parts: readonly DiffPart[]): { inserted: number; deleted: number } {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  return {
    inserted: parts.filter((p) => p.kind === "insert").reduce((n, p) => n + words(p.text), 0),
    deleted: parts.filter((p) => p.kind === "delete").reduce((n, p) => n + words(p.text), 0),
  };
}

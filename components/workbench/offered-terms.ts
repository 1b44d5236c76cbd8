import { matchTerms, type TermIndex } from "@/core/terms/match-terms";
import type { TermEntry } from "@/core/terms/types";
import type { TermbaseEntry } from "@/core/terms/termbase-entry";

export interface OfferedTerm {
  entry: TermbaseEntry & { id: string };
  /** The French text as it occurs in the segment. */
  found: string;
  /** Equivalents with their Alt+n number (1–9; null beyond nine). Preferred first. */
  equivalents: { text: string; n: number | null }[];
}

/**
 * The glossary terms of a segment's source, in text order and once each, with their allowed English
 * equivalents numbered across the whole list: Alt+1 is the first term's preferred equivalent.
 */
export function offeredTerms<E extends TermEntry>(
  index: TermIndex<E>,
  entries: ReadonlyMap<string, TermbaseEntry & { id: string }>,
  source: string,
): OfferedTerm[] {
  const seen = new Set<string>();
  let n = 0;
  const offered: OfferedTerm[] = [];
  for (const match of matchTerms(index, source)) {
    const entry = entries.get(match.entryId);
    if (!entry || seen.has(entry.id)) continue;
    seen.add(entry.id);
    const texts = [...new Set([entry.preferred, ...(entry.admitted ?? [])].filter((t) => t !== ""))];
    offered.push({ entry, found: match.text, equivalents: texts.map((text) => ({ text, n: ++n <= 9 ? n : null })) });
  }
  return offered;
}

/** The equivalent that Alt+n inserts, if any. */
export function equivalentNumber(offered: readonly OfferedTerm[], n: number): string | undefined {
  for (const term of offered) for (const equivalent of term.equivalents) if (equivalent.n === n) return equivalent.text;
  return undefined;
}

/**
 * The glossary as the QA checks read it: the French terms compiled once for the one term matcher,
 * each with its accepted and forbidden English equivalents.
 */

import { compileTermIndex, type TermIndex } from "../terms/match-terms";
import type { TermEntry } from "../terms/types";

export interface QaGlossaryEntry {
  id: string;
  /** The French term. */
  source: string;
  /** Accepted English equivalents (preferred first, then admitted). */
  accepted: string[];
  /** English equivalents not to use. */
  forbidden: string[];
}

export interface QaGlossary {
  entries: readonly QaGlossaryEntry[];
  index: TermIndex<TermEntry & { qa: QaGlossaryEntry }>;
}

/** Compiles the glossary once; pass the result in every QaContext. */
export function compileQaGlossary(entries: readonly QaGlossaryEntry[]): QaGlossary {
  const index = compileTermIndex(entries.map((qa) => ({ id: qa.id, term: qa.source, equivalents: qa.accepted, qa })));
  return { entries, index };
}

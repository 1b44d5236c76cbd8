import { wordDiff } from "@/core/diff/word-diff";
import { sourceLength } from "@/core/tm/index-keys";
import type { TmMatch, TmUnitOrigin, TmUnitStatus } from "@/core/tm/types";
import type { Db } from "../db/client";
import { memoryOrder } from "./memory-order";
import { contextHash } from "./write-units";

/**
 * INTERIM (replaced by the indexed lookup of the tm-engine work before issue 13 lands): scores every
 * unit of the memories of the right length. The signature is the contract the UI, the CLI and
 * pre-translation code against.
 */

export interface FindMatchesQuery {
  projectId: string;
  sourceText: string;
  /** Neighbouring source sentences, for 101 % context matches; omit when unknown. */
  previousSource?: string;
  nextSource?: string;
  /** Lowest score returned (%). @default 70 */
  minScore?: number;
  /** Most matches returned. @default 5 */
  limit?: number;
}

/** Best matches for one source sentence in the memories the project reads, best first. No access check: callers check. */
export async function findMatches(db: Db, query: FindMatchesQuery): Promise<TmMatch[]> {
  const minScore = query.minScore ?? 70;
  const limit = query.limit ?? 5;
  const memories = await memoryOrder(db, query.projectId);
  const length = sourceLength(query.sourceText);
  const context = query.previousSource !== undefined && query.nextSource !== undefined ? contextHash(query.previousSource, query.nextSource) : null;
  const matches: TmMatch[] = [];
  for (const memory of memories) {
    const units = await db.tmUnit.findMany({
      where: { projectId: memory.projectId, sourceLength: { gte: Math.floor(length * 0.5), lte: Math.ceil(length * 2) } },
    });
    for (const unit of units) {
      const base = similarity(query.sourceText, unit.sourceText);
      const score = base === 100 && context !== null && unit.contextHash === context ? 101 : base;
      if (score < minScore) continue;
      matches.push({
        unitId: unit.id,
        score,
        kind: score === 101 ? "context" : score === 100 ? "exact" : "fuzzy",
        source: unit.sourceText,
        target: unit.targetText,
        sourceDiff: wordDiff(unit.sourceText, query.sourceText),
        insertText: unit.targetText,
        numberWarnings: [],
        provenance: {
          memoryProjectId: memory.projectId,
          memoryName: memory.name,
          documentTitle: unit.documentTitle,
          authorName: unit.authorName,
          date: unit.updatedAt.toISOString(),
          status: unit.status as TmUnitStatus,
          origin: unit.origin as TmUnitOrigin,
        },
      });
    }
  }
  return matches.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** Word-level Levenshtein similarity in %, 100 only for identical texts. */
function similarity(a: string, b: string): number {
  if (a === b) return 100;
  const x = a.split(/\s+/u).filter(Boolean);
  const y = b.split(/\s+/u).filter(Boolean);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    previous = row;
  }
  const longest = Math.max(x.length, y.length, 1);
  return Math.min(99, Math.round((1000 * (longest - previous[y.length])) / longest) / 10);
}

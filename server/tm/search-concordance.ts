import { indexKeyOf, indexKeyList } from "@/core/tm/index-keys";
import { matchTokens } from "@/core/tm/match-tokens";
import type { ConcordanceHit } from "@/core/tm/types";
import type { Db } from "../db/client";
import { memoryOrder, provenanceOf } from "./memory-order";
import { concordanceCandidates } from "./candidates";
import { ENGLISH_WORDS } from "./candidates-common";

/**
 * Concordance: a word or phrase looked up on one side of the memories a project reads.
 * - French through the index keys (core/tm/index-keys.ts), so «chaînes» finds «chaîne» and «de la
 *   chaîne» finds «des chaînes»; the index finds units holding every key, and re-tokenising each
 *   unit's source keeps those where the keys follow each other and gives the phrase's offsets.
 * - English through the stemmed index ("chains" finds "chain"; Porter on SQLite, Snowball on
 *   PostgreSQL), offsets from highlight() or its equivalent (postgres-candidates.ts).
 * Ranked by relevance (bm25), then the best-reviewed, then the newest (candidates.ts picks the engine).
 */

export interface ConcordanceQuery {
  projectId: string;
  text: string;
  /** Which side to search. @default "fr" */
  lang?: "fr" | "en";
  /** @default 50 */
  limit?: number;
}

// At most this many units read per search: French word order rejects some units the index returns.
const MAX_READ = 5_000;

/** Concordance lines for a word or phrase in the memories the project reads, best first. No access check: callers check. */
export async function searchConcordance(db: Db, query: ConcordanceQuery): Promise<ConcordanceHit[]> {
  const lang = query.lang ?? "fr";
  const limit = query.limit ?? 50;
  const memories = await memoryOrder(db, query.projectId);
  const terms = lang === "fr" ? indexKeyList(query.text) : (query.text.normalize("NFC").match(ENGLISH_WORDS) ?? []);
  if (terms.length === 0 || limit <= 0) return [];
  const projectIds = memories.map((m) => m.projectId);
  const memoryById = new Map(memories.map((m) => [m.projectId, m]));
  const hits: ConcordanceHit[] = [];
  // English hits are phrase matches already; French ones may fail the word-order check.
  const pageSize = lang === "fr" && terms.length > 1 ? Math.min(4 * limit, 500) : limit;
  for (let offset = 0; hits.length < limit && offset < MAX_READ; offset += pageSize) {
    const page = await concordanceCandidates(db, lang, terms, projectIds, { limit: pageSize, offset });
    if (page.length === 0) break;
    const units = await db.tmUnit.findMany({ where: { id: { in: page.map((c) => c.id) } }, select: UNIT_SELECT });
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const candidate of page) {
      const unit = byId.get(candidate.id);
      if (!unit) continue;
      const span = lang === "fr" ? frenchSpan(unit.sourceText, terms) : markedSpan(candidate.marked);
      if (!span) continue;
      const memory = memoryById.get(unit.projectId)!;
      hits.push({
        unitId: unit.id,
        source: unit.sourceText,
        target: unit.targetText,
        lang,
        ...span,
        provenance: provenanceOf(memory, unit),
      });
      if (hits.length >= limit) break;
    }
    if (page.length < pageSize) break;
  }
  return hits;
}

const UNIT_SELECT = {
  id: true,
  projectId: true,
  sourceText: true,
  targetText: true,
  status: true,
  origin: true,
  documentTitle: true,
  authorName: true,
  updatedAt: true,
} as const;

/** Offsets of the first place where `keys` follow each other in `source`'s indexed words. */
export function frenchSpan(source: string, keys: readonly string[]): { start: number; end: number } | null {
  const tokens = matchTokens(source);
  const words: number[] = [];
  const wordKeys: string[] = [];
  for (let i = 0; i < tokens.count; i++) {
    const key = indexKeyOf(tokens, i);
    if (key === null) continue;
    words.push(i);
    wordKeys.push(key);
  }
  for (let w = 0; w + keys.length <= wordKeys.length; w++) {
    let k = 0;
    while (k < keys.length && wordKeys[w + k] === keys[k]) k++;
    if (k === keys.length) return { start: tokens.starts[words[w]], end: tokens.ends[words[w + keys.length - 1]] };
  }
  return null;
}

/** Offsets of the first highlighted phrase in FTS5 highlight() output (markers \u0001 and \u0002). */
export function markedSpan(marked: string | null): { start: number; end: number } | null {
  if (marked === null) return null;
  const open = marked.indexOf("\u0001");
  const close = marked.indexOf("\u0002", open);
  if (open < 0 || close < 0) return null;
  // Offsets in the unmarked text: one marker precedes the start, one more the end.
  return { start: open, end: close - 1 };
}

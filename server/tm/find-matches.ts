import { adaptNumbers } from "@/core/tm/adapt-numbers";
import { wordDiff } from "@/core/diff/word-diff";
import { indexKeyOf } from "@/core/tm/index-keys";
import { canReach, lengthRange, unitBound, unseenBound } from "@/core/tm/match-bounds";
import { type MatchTokens, matchTokens } from "@/core/tm/match-tokens";
import { scoreTokens } from "@/core/tm/score-match";
import { DEFAULT_MATCH_THRESHOLD, TM_STATUS_RANK, type TmMatch, type TmUnitOrigin, type TmUnitStatus } from "@/core/tm/types";
import type { Db } from "../db/client";
import { memoryOrder, type ReadMemory } from "./memory-order";
import { type CandidateKeys, keyFrequencies, unitsOfLength, unitsSharingKeys } from "./sqlite-candidates";
import { contextHash } from "./write-units";

/**
 * Fuzzy lookup (ARCHITECTURE: "Translation memory: the index and the score"): a prefix filter over
 * the FTS5 index of French word keys, then branch and bound with the exact scorer.
 * 1. A unit missing m of the query's words scores at most unseenBound(m) (match-bounds.ts). The
 *    query's rarest keys (document frequency from TmSourceVocabulary) are probed until a unit
 *    holding none of them cannot reach the threshold, plus a few more while postings stay short.
 * 2. SQLite counts, per unit, the query words the probed keys cover, and returns only units
 *    covering enough of them to reach the threshold, of a length that can (lengthRange).
 * 3. Each returned unit's bound from its keys and length orders the scoring; scoring stops when
 *    the best remaining bound cannot beat the `limit`-th match found.
 * No unit is dropped that could rank: the same matches as scoring every unit (bench/tm.ts checks
 * it against a brute force), reading a few postings and a few units instead of every unit.
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

interface Candidate extends CandidateKeys {
  bound: number;
}

interface Scored {
  row: UnitRow;
  tokens: MatchTokens;
  score: number;
  priority: number;
}

// Units scored per read: enough to amortise a query, few enough not to read what a bound would skip.
const BATCH = 48;
// Postings of extra keys counted per lookup beyond the prefix: SQLite counts them in microseconds,
// and each unit they rule out is a row the driver does not return.
const EXTRA_POSTINGS = 50_000;
// Short queries whose keys cannot decide (a lone number): units of the right length read at most.
const SHORT_SCAN = 2_000;

/** Best matches for one source sentence in the memories the project reads, best first. No access check: callers check. */
export async function findMatches(db: Db, query: FindMatchesQuery): Promise<TmMatch[]> {
  const minScore = query.minScore ?? DEFAULT_MATCH_THRESHOLD;
  const limit = query.limit ?? 5;
  const memories = await memoryOrder(db, query.projectId);
  if (memories.length === 0 || limit <= 0) return [];
  const text = query.sourceText.normalize("NFC");
  const tokens = matchTokens(text);
  const length = tokens.major;
  const range = lengthRange(length, minScore);
  const projectIds = memories.map((m) => m.projectId);
  const priority = new Map(memories.map((m, index) => [m.projectId, index]));

  // Query words by key.
  const wordsByKey = new Map<string, number>();
  for (let i = 0; i < tokens.count; i++) {
    const key = indexKeyOf(tokens, i);
    if (key !== null) wordsByKey.set(key, (wordsByKey.get(key) ?? 0) + 1);
  }
  // Keys no unit holds come first (their postings are empty): every unit misses them.
  const frequency = await keyFrequencies(db, [...wordsByKey.keys()]);
  const probeOrder = [...wordsByKey.keys()].sort((a, b) => frequency.get(a)! - frequency.get(b)!);

  const best: Scored[] = [];
  const pending: Candidate[] = [];
  const seen = new Set<number>();
  const floor = () => (best.length >= limit ? Math.max(minScore, best[limit - 1].score) : minScore);
  const admit = (rows: CandidateKeys[]) => {
    for (const row of rows) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      const bound = keyBound(wordsByKey, length, row);
      if (canReach(bound, floor())) pending.push({ ...row, bound });
    }
    pending.sort((a, b) => b.bound - a.bound);
  };

  const context = query.previousSource !== undefined && query.nextSource !== undefined ? contextHash(query.previousSource, query.nextSource) : null;
  const scorePending = async () => {
    while (pending.length > 0 && canReach(pending[0].bound, floor())) {
      const batch = pending.splice(0, BATCH);
      const rows: UnitRow[] = await db.tmUnit.findMany({ where: { id: { in: batch.map((c) => c.id) } }, select: UNIT_SELECT });
      for (const row of rows) {
        const unitTokens = matchTokens(row.sourceText);
        const base = scoreTokens(tokens, unitTokens, text, row.sourceText);
        if (base < minScore) continue;
        const score = base === 100 && context !== null && row.contextHash === context ? 101 : base;
        best.push({ row, tokens: unitTokens, score, priority: priority.get(row.projectId) ?? 0 });
        best.sort(compareScored);
        if (best.length > limit) best.pop();
      }
    }
  };

  // The rarest keys until a unit holding none of them cannot reach the threshold (the prefix
  // filter), then more while their postings stay short: more keys make the count below sharper.
  let probed = 0;
  let missed = 0;
  let postings = 0;
  while (probed < probeOrder.length && canReach(unseenBound(length, missed), minScore)) {
    postings += frequency.get(probeOrder[probed])!;
    missed += wordsByKey.get(probeOrder[probed++])!;
  }
  const prefixCovers = !canReach(unseenBound(length, missed), minScore);
  while (probed < probeOrder.length && postings + frequency.get(probeOrder[probed])! <= EXTRA_POSTINGS) {
    postings += frequency.get(probeOrder[probed])!;
    missed += wordsByKey.get(probeOrder[probed++])!;
  }
  const probe = probeOrder.slice(0, probed).map((key) => ({ key, weight: wordsByKey.get(key)! }));
  const probeWeight = probe.reduce((sum, k) => sum + k.weight, 0);
  // A unit reaching minScore misses at most this many query words (match-bounds.ts), so it holds
  // at least probeWeight − maxMissing of the probed ones.
  const longest = range.max === Number.MAX_SAFE_INTEGER ? Infinity : Math.max(range.max, length);
  const maxMissing = Math.floor((1 - (minScore - 0.05) / 100) * longest + 1e-9);
  const needed = Math.max(1, probeWeight - maxMissing);
  admit(await unitsSharingKeys(db, probe, needed, projectIds, range));
  if (!prefixCovers) {
    // Every key probed and a unit sharing none could still reach the threshold: very short queries only.
    admit(await unitsOfLength(db, projectIds, range, SHORT_SCAN));
  }
  await scorePending();

  const memoryById = new Map(memories.map((m) => [m.projectId, m]));
  return best.map((found) => toMatch(found, text, tokens, memoryById.get(found.row.projectId)!));
}

/** Upper bound of a unit's score from the keys it shares with the query (match-bounds.ts). */
function keyBound(wordsByKey: ReadonlyMap<string, number>, length: number, row: CandidateKeys): number {
  const unitKeys = row.sourceKeys === "" ? [] : row.sourceKeys.split(" ");
  const present = new Set(unitKeys);
  let queryMissing = 0;
  for (const [key, count] of wordsByKey) if (!present.has(key)) queryMissing += count;
  let unitMissing = 0;
  for (const key of unitKeys) if (!wordsByKey.has(key)) unitMissing++;
  const bound = unitBound(length, row.sourceLength, queryMissing, unitMissing);
  // Nothing told apart by keys and length may be the identical text in the same context (101).
  return bound === 100 ? 101 : bound;
}

const UNIT_SELECT = {
  id: true,
  projectId: true,
  sourceText: true,
  targetText: true,
  contextHash: true,
  status: true,
  origin: true,
  documentTitle: true,
  authorName: true,
  updatedAt: true,
} as const;
type UnitRow = { id: number; projectId: string; sourceText: string; targetText: string; contextHash: string | null; status: string; origin: string; documentTitle: string; authorName: string; updatedAt: Date };

/** Ranking: score, then the memory's priority, then the best-reviewed, then the newest. */
function compareScored(a: Scored, b: Scored): number {
  return (
    b.score - a.score ||
    a.priority - b.priority ||
    (TM_STATUS_RANK[b.row.status as TmUnitStatus] ?? 0) - (TM_STATUS_RANK[a.row.status as TmUnitStatus] ?? 0) ||
    b.row.updatedAt.getTime() - a.row.updatedAt.getTime() ||
    b.row.id - a.row.id
  );
}

function toMatch(found: Scored, text: string, tokens: MatchTokens, memory: ReadMemory): TmMatch {
  const { row, score } = found;
  const adapted = adaptNumbers(found.tokens, tokens, row.targetText);
  return {
    unitId: row.id,
    score,
    kind: score === 101 ? "context" : score === 100 ? "exact" : "fuzzy",
    source: row.sourceText,
    target: row.targetText,
    sourceDiff: score >= 100 ? [{ kind: "equal", text: row.sourceText }] : wordDiff(row.sourceText, text),
    insertText: adapted.text,
    numberWarnings: adapted.warnings,
    provenance: {
      memoryProjectId: memory.projectId,
      memoryName: memory.name,
      documentTitle: row.documentTitle,
      authorName: row.authorName,
      date: row.updatedAt.toISOString(),
      status: row.status as TmUnitStatus,
      origin: row.origin as TmUnitOrigin,
    },
  };
}

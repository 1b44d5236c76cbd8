import { adaptNumbers } from "@/core/tm/adapt-numbers";
import { wordDiff } from "@/core/diff/word-diff";
import { indexKeyOf } from "@/core/tm/index-keys";
import { canReach, lengthRange, unitBound, unseenBound } from "@/core/tm/match-bounds";
import { type MatchTokens, matchTokens } from "@/core/tm/match-tokens";
import { scoreTokens } from "@/core/tm/score-match";
import { DEFAULT_MATCH_THRESHOLD, TM_STATUS_RANK, type TmMatch, type TmUnitStatus } from "@/core/tm/types";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { memoryOrder, provenanceOf, type ReadMemory } from "./memory-order";
import { keyFrequencies, unitsHoldingMost, unitsOfLength } from "./candidates";
import type { CandidateUnit } from "./candidates-common";
import { contextHash } from "./write-units";

/**
 * Fuzzy lookup (ARCHITECTURE: "Translation memory: the index and the score"): a prefix filter over
 * the index of French word keys (FTS5 on SQLite, a GIN index on PostgreSQL), then branch and bound with the exact scorer, in rounds.
 * 1. A unit missing m of the query's words scores at most unseenBound(m) (match-bounds.ts). Each
 *    round probes the query's rarest keys (document frequency from TmSourceVocabulary) within a
 *    postings budget that grows from round to round.
 * 2. The probed keys' postings are counted per unit (candidates.ts: each engine hands over id
 *    lists, counted in a typed array by most-covering.ts), units covering enough of them to reach the threshold are
 *    kept, and only the `rows` covering most are read with their text:
 *    a unit not returned covers at most the last count returned, which bounds its score.
 * 3. Each returned unit's bound from its keys and length orders the scoring; scoring stops when
 *    the best remaining bound cannot beat the `limit`-th match found.
 * Rounds stop when no unit left out can reach the `limit`-th match (then the matches are exactly
 * those of scoring every unit), or when none can reach the best match and the budget is spent:
 * the top match is then still exact, and so is every match scoring above `exactAbove`; matches
 * below it are the best of the units read. Most lookups end after one round reading a few
 * thousand postings, where proving the absence of every 70 % unit down to the 5th would read
 * hundreds of thousands (bench/tm.ts checks the top match against a brute force).
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

/** How much of the index one lookup may read once its top match is proven. */
export interface LookupBudget {
  /** Postings counted by the first round; each further round may count four times more. */
  firstPostings: number;
  /** Postings counted in all, past which a lookup whose top match is proven stops. */
  totalPostings: number;
  /** Units returned per round (the most covering), before rounds that add no key widen it. */
  rows: number;
}

// Postings are read and counted at about ten million a second on SQLite (sqlite-candidates.ts): the
// first round costs ~3 ms at most, the whole budget ~10 ms, and a lookup reads more only while its
// top match is not yet proven. PostgreSQL reads each posting's id from the table (GIN has no
// index-only scans), some microseconds each: the same budget costs it tens of milliseconds.
export const DEFAULT_BUDGET: LookupBudget = { firstPostings: 30_000, totalPostings: 60_000, rows: 100 };

export interface Lookup {
  matches: TmMatch[];
  /** Every unit scoring above this was scored or proven below the matches (0: every match is exact). */
  exactAbove: number;
}

interface Pending {
  unit: CandidateUnit;
  bound: number;
}

interface Scored {
  unit: CandidateUnit;
  score: number;
}

interface Ranked {
  row: UnitRow;
  unit: CandidateUnit;
  score: number;
  priority: number;
}

// Short queries whose keys cannot decide (a lone number): units of the right length read at most.
const SHORT_SCAN = 2_000;

/** Best matches for one source sentence in the memories the project reads, best first. No access check: callers check. */
export async function findMatches(db: Db, query: FindMatchesQuery): Promise<TmMatch[]> {
  return (await lookupMatches(db, query)).matches;
}

/** findMatches, with the budget it reads under and how exact the result is. */
export async function lookupMatches(db: Db, query: FindMatchesQuery, budget: LookupBudget = DEFAULT_BUDGET): Promise<Lookup> {
  const minScore = query.minScore ?? DEFAULT_MATCH_THRESHOLD;
  const limit = query.limit ?? 5;
  const memories = await memoryOrder(db, query.projectId);
  if (memories.length === 0 || limit <= 0) return { matches: [], exactAbove: 0 };
  const text = query.sourceText.normalize("NFC");
  const tokens = matchTokens(text);
  const length = tokens.major;
  const range = lengthRange(length, minScore);
  const projectIds = memories.map((m) => m.projectId);

  // Query words by key.
  const wordsByKey = new Map<string, number>();
  for (let i = 0; i < tokens.count; i++) {
    const key = indexKeyOf(tokens, i);
    if (key !== null) wordsByKey.set(key, (wordsByKey.get(key) ?? 0) + 1);
  }
  // Keys no unit holds come first (their postings are empty): every unit misses them.
  const frequency = await keyFrequencies(db, [...wordsByKey.keys()]);
  const probeOrder = [...wordsByKey.keys()].sort((a, b) => frequency.get(a)! - frequency.get(b)!);

  const found: Scored[] = [];
  // The `limit` best scores so far, best first: what a unit must reach to matter.
  const top: number[] = [];
  const floor = () => (top.length >= limit ? Math.max(minScore, top[limit - 1]) : minScore);
  const pending: Pending[] = [];
  const seen = new Set<number>();
  const context = query.previousSource !== undefined && query.nextSource !== undefined ? contextHash(query.previousSource, query.nextSource) : null;
  const admit = (units: readonly CandidateUnit[]) => {
    for (const unit of units) {
      const bound = keyBound(wordsByKey, length, unit);
      if (canReach(bound, floor())) pending.push({ unit, bound });
    }
    pending.sort((a, b) => b.bound - a.bound);
    while (pending.length > 0 && canReach(pending[0].bound, floor())) {
      const { unit } = pending.shift()!;
      const base = scoreTokens(tokens, matchTokens(unit.sourceText), text, unit.sourceText);
      if (base < minScore) continue;
      const score = base === 100 && context !== null && unit.contextHash === context ? 101 : base;
      found.push({ unit, score });
      top.push(score);
      top.sort((a, b) => b - a);
      if (top.length > limit) top.pop();
    }
  };

  // Cumulative postings of the first n keys in probe order.
  const postingsOf = (n: number) => probeOrder.slice(0, n).reduce((sum, key) => sum + frequency.get(key)!, 0);
  // Query words the first n keys in probe order cover.
  const weightOf = (n: number) => probeOrder.slice(0, n).reduce((sum, key) => sum + wordsByKey.get(key)!, 0);
  let probed = 0;
  let read = 0;
  let roundPostings = budget.firstPostings;
  let rows = budget.rows;
  let exactAbove = 0;
  // Once a round leaves the top match unproven, rounds look only for units that can reach it.
  let proving = false;
  while (probeOrder.length > 0) {
    // A unit reaching the target misses at most maxMissing query words (match-bounds.ts), so it
    // holds at least probeWeight − maxMissing of the probed ones.
    const target = proving ? Math.max(floor(), top[0] ?? 0) : floor();
    const reach = lengthRange(length, target);
    const longest = reach.max === Number.MAX_SAFE_INTEGER ? Infinity : Math.max(reach.max, length);
    const maxMissing = Math.floor((1 - (target - 0.05) / 100) * longest + 1e-9);
    // The rarest keys that fit this round's budget, at least one more than the last round; while
    // proving, at least enough that a unit holding none cannot reach the target (the prefix).
    let next = probed;
    while (next < probeOrder.length && (next === probed || postingsOf(next + 1) <= roundPostings || (proving && weightOf(next) <= maxMissing))) next++;
    if (next === probed && probed > 0) rows *= 4;
    probed = next;
    read += postingsOf(probed);
    const probe = probeOrder.slice(0, probed).map((key) => ({ key, weight: wordsByKey.get(key)! }));
    const probeWeight = weightOf(probed);
    const needed = Math.max(1, probeWeight - maxMissing);
    const held = await unitsHoldingMost(db, probe, needed, [...seen], rows, projectIds, range);
    for (const h of held) seen.add(h.id);
    admit(held.flatMap((h) => (h.unit ? [h.unit] : [])));

    const cut = held.length >= rows;
    if (!cut && probeWeight <= maxMissing && probed === probeOrder.length) {
      // Every key probed and a unit sharing none could still reach the threshold: very short queries only.
      const scanned = await unitsOfLength(db, projectIds, range, SHORT_SCAN);
      admit(scanned.filter((unit) => !seen.has(unit.id)));
      if (scanned.length < SHORT_SCAN) exactAbove = 0;
      break;
    }
    // Whether a unit left out (never returned) could score `score`: when the round was complete,
    // none reaching the target was left out; otherwise a unit left out covers at most the last
    // count returned (none when it holds no probed key).
    const complete = !cut && probeWeight > maxMissing;
    const left = unseenBound(length, probeWeight - (cut ? held[held.length - 1].held : 0));
    const reachable = (score: number) => (complete ? score < target - 0.05 : canReach(left, score));
    if (!reachable(floor())) {
      exactAbove = 0;
      break;
    }
    exactAbove = complete ? Math.round(target * 10 - 1) / 10 : Math.ceil((left + 0.05) * 10) / 10;
    if (top.length > 0 && !reachable(top[0])) {
      // The top match is proven: go on proving the rest only while the budget allows.
      proving = false;
      let following = probed;
      while (following < probeOrder.length && (following === probed || postingsOf(following + 1) <= roundPostings * 4)) following++;
      if (read + postingsOf(following) > budget.totalPostings) break;
      roundPostings *= 4;
    } else if (!proving) {
      proving = true;
    } else if (cut) {
      // Too many units hold enough probed keys: count more keys, return more units.
      roundPostings *= 4;
      rows *= 2;
    }
  }
  if (probeOrder.length === 0) admit(await unitsOfLength(db, projectIds, range, SHORT_SCAN));

  // Rank what can make the list (ties at the floor included), reading the winners' rows.
  const kept = found.filter((f) => f.score >= floor());
  const rowsById = new Map(
    (
      await winnerRows(
        db,
        kept.map((f) => f.unit.id),
      )
    ).map((row) => [row.id, row]),
  );
  const priority = new Map(memories.map((m, index) => [m.projectId, index]));
  const ranked: Ranked[] = kept.flatMap((f) => {
    const row = rowsById.get(f.unit.id);
    return row ? [{ row, unit: f.unit, score: f.score, priority: priority.get(row.projectId) ?? 0 }] : [];
  });
  ranked.sort(compareRanked);
  const memoryById = new Map(memories.map((m) => [m.projectId, m]));
  return { matches: ranked.slice(0, limit).map((r) => toMatch(r, text, tokens, memoryById.get(r.row.projectId)!)), exactAbove };
}

/** Upper bound of a unit's score from the keys it shares with the query (match-bounds.ts). */
function keyBound(wordsByKey: ReadonlyMap<string, number>, length: number, row: CandidateUnit): number {
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

type UnitRow = {
  id: number;
  projectId: string;
  sourceText: string;
  targetText: string;
  contextHash: string | null;
  status: string;
  origin: string;
  documentTitle: string;
  authorName: string;
  updatedAt: Date;
};

/** The winners' rows, in one plain statement (findMany cost ~2 ms a lookup, a tenth of it at 100k units). */
async function winnerRows(db: Db, ids: readonly number[]): Promise<UnitRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<(Omit<UnitRow, "id" | "updatedAt"> & { id: number | bigint; updatedAt: Date | string })[]>`
    SELECT "id", "projectId", "sourceText", "targetText", "contextHash", "status", "origin", "documentTitle", "authorName", "updatedAt"
    FROM "TmUnit" WHERE "id" IN (${Prisma.join(ids)})`;
  return rows.map((row) => ({ ...row, id: Number(row.id), updatedAt: new Date(row.updatedAt) }));
}

/** Ranking: score, then the memory's priority, then the best-reviewed, then the newest. */
function compareRanked(a: Ranked, b: Ranked): number {
  return (
    b.score - a.score ||
    a.priority - b.priority ||
    (TM_STATUS_RANK[b.row.status as TmUnitStatus] ?? 0) - (TM_STATUS_RANK[a.row.status as TmUnitStatus] ?? 0) ||
    b.row.updatedAt.getTime() - a.row.updatedAt.getTime() ||
    b.row.id - a.row.id
  );
}

function toMatch(found: Ranked, text: string, tokens: MatchTokens, memory: ReadMemory): TmMatch {
  const { row, score } = found;
  const adapted = adaptNumbers(matchTokens(row.sourceText), tokens, row.targetText);
  return {
    unitId: row.id,
    score,
    kind: score === 101 ? "context" : score === 100 ? "exact" : "fuzzy",
    source: row.sourceText,
    target: row.targetText,
    sourceDiff: score >= 100 ? [{ kind: "equal", text: row.sourceText }] : wordDiff(row.sourceText, text),
    insertText: adapted.text,
    numberWarnings: adapted.warnings,
    provenance: provenanceOf(memory, row),
  };
}

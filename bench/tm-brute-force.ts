/**
 * The TM bench's reference: a linear scan over every unit of the memory file, scored with the same
 * scorer as the engine (core/tm/score-match.ts), so "same top score" compares retrieval only.
 * - Baseline time: read, tokenise and score every unit per query, as a scanning tool does.
 * - Recall up to 500k units: every unit tokenised once, then scored against every checked query.
 * - Recall at 1M (tokens of a million units do not fit in memory): every unit's bound from its
 *   length and keys (core/tm/match-bounds.ts), then units scored from the best bound down until no
 *   bound can beat the best score — exact given the bounds, which the 100k check covers unpruned.
 */
import Database from "better-sqlite3";
import { canReach, unitBound } from "../core/tm/match-bounds";
import { indexKeyOf } from "../core/tm/index-keys";
import { type MatchTokens, matchTokens } from "../core/tm/match-tokens";
import { scoreTokens } from "../core/tm/score-match";
import { DEFAULT_MATCH_THRESHOLD } from "../core/tm/types";
import { indexKeys } from "../core/tm/index-keys";
import { pairHash } from "../server/tm/write-units";

type Row = [sourceText: string, sourceKeys: string, sourceLength: number];

/** Top score as the engine reports it: none (0) below the threshold. */
const shown = (score: number) => (score >= DEFAULT_MATCH_THRESHOLD ? score : 0);

function fullScan(rows: readonly Row[], query: string): number {
  const q = matchTokens(query);
  let best = 0;
  for (const [source] of rows) {
    const score = scoreTokens(q, matchTokens(source), query, source);
    if (score > best) best = score;
  }
  return best;
}

function prunedScan(rows: readonly Row[], query: string): number {
  const q = matchTokens(query);
  const wordsByKey = new Map<string, number>();
  for (let i = 0; i < q.count; i++) {
    const key = indexKeyOf(q, i);
    if (key !== null) wordsByKey.set(key, (wordsByKey.get(key) ?? 0) + 1);
  }
  const open: { row: number; bound: number }[] = [];
  for (let r = 0; r < rows.length; r++) {
    const keys = rows[r][1] === "" ? [] : rows[r][1].split(" ");
    const present = new Set(keys);
    let queryMissing = 0;
    for (const [key, count] of wordsByKey) if (!present.has(key)) queryMissing += count;
    let unitMissing = 0;
    for (const key of keys) if (!wordsByKey.has(key)) unitMissing++;
    const bound = unitBound(q.major, rows[r][2], queryMissing, unitMissing);
    if (canReach(bound === 100 ? 101 : bound, DEFAULT_MATCH_THRESHOLD)) open.push({ row: r, bound });
  }
  open.sort((a, b) => b.bound - a.bound);
  let best = 0;
  for (const { row, bound } of open) {
    if (!canReach(bound, Math.max(best, DEFAULT_MATCH_THRESHOLD)) || best === 100) break;
    const score = scoreTokens(q, matchTokens(rows[row][0]), query, rows[row][0]);
    if (score > best) best = score;
  }
  return best;
}

export function bruteForce(file: string, queries: readonly string[], engineTops: readonly number[], plan: { timed: number; checked: number }) {
  const sqlite = new Database(file, { readonly: true });
  const rows = sqlite.prepare(`SELECT "sourceText", "sourceKeys", "sourceLength" FROM "TmUnit"`).raw().all() as Row[];
  sqlite.close();
  const timed = Math.min(plan.timed, queries.length);
  const started = performance.now();
  const reference: number[] = [];
  for (let q = 0; q < timed; q++) reference.push(fullScan(rows, queries[q]));
  const perQueryMs = Math.round((performance.now() - started) / Math.max(1, timed));

  const checked = Math.min(plan.checked, queries.length);
  const pretokenise = rows.length <= 500_000;
  const tokens: MatchTokens[] = pretokenise ? rows.map(([source]) => matchTokens(source)) : [];
  for (let q = timed; q < checked; q++) {
    if (!pretokenise) {
      reference.push(prunedScan(rows, queries[q]));
      continue;
    }
    const query = matchTokens(queries[q]);
    let best = 0;
    for (let r = 0; r < rows.length; r++) {
      const score = scoreTokens(query, tokens[r], queries[q], rows[r][0]);
      if (score > best) best = score;
    }
    reference.push(best);
  }
  const misses: { query: string; engine: number; bruteForce: number }[] = [];
  for (let q = 0; q < reference.length; q++)
    if (engineTops[q] !== shown(reference[q])) misses.push({ query: queries[q], engine: engineTops[q], bruteForce: reference[q] });
  return {
    perQueryMs,
    timed,
    checked: reference.length,
    recall: Math.round((1 - misses.length / Math.max(1, reference.length)) * 10000) / 10000,
    method: pretokenise ? "every unit scored" : `first ${timed} every unit scored, then bound-pruned linear scan`,
    misses,
  };
}

/**
 * Writes `size` units as writeUnits' rows would be (NFC texts, pairHash, sourceKeys, sourceLength;
 * a repeated pair is skipped by the unique index), in one transaction; FTS triggers index them.
 */
export function insertUnitsDirectly(file: string, projectId: string, size: number, unitAt: (n: number) => { source: string; target: string }): void {
  const sqlite = new Database(file);
  const insert =
    sqlite.prepare(`INSERT OR IGNORE INTO "TmUnit" ("projectId", "sourceText", "targetText", "pairHash", "sourceKeys", "sourceLength", "status", "origin", "createdAt", "updatedAt")
    VALUES (?, ?, ?, ?, ?, ?, 'translated', 'segment', ?, ?)`);
  const now = new Date().toISOString().replace("Z", "+00:00");
  sqlite.transaction(() => {
    for (let n = 0; n < size; n++) {
      const pair = unitAt(n);
      const source = pair.source.normalize("NFC");
      const target = pair.target.normalize("NFC");
      insert.run(projectId, source, target, pairHash(source, target), indexKeys(source), matchTokens(source).major, now, now);
    }
  })();
  sqlite.exec(`INSERT INTO "TmSourceIndex"("TmSourceIndex") VALUES ('optimize'); INSERT INTO "TmTargetIndex"("TmTargetIndex") VALUES ('optimize');`);
  sqlite.close();
}

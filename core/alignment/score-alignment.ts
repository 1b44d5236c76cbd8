/**
 * Strict and lax precision, recall and F1 of an alignment against a gold one, as defined by
 * Vecalign and Bertalign (after Sennrich & Volk 2011):
 * - precision: a predicted bead is strictly right if the gold has the identical bead; laxly right
 *   if it shares at least one source–target sentence link with a gold bead (so a predicted bead
 *   with an empty side is laxly right only when it is strictly right);
 * - recall: the same count with gold and prediction swapped, after dropping every bead with an
 *   empty side from both (insertions and deletions are not rewarded in recall);
 * - counts are summed over documents before dividing (micro-average); 0 when nothing is counted.
 */

/** A bead as the scorer sees it: sentence indexes on each side, confidence ignored. */
export interface ScoredBead {
  source: readonly number[];
  target: readonly number[];
}

export interface AlignmentCounts {
  strictRight: number;
  laxRight: number;
  total: number;
}

export interface AlignmentScore {
  strict: { precision: number; recall: number; f1: number };
  lax: { precision: number; recall: number; f1: number };
}

const beadId = (bead: ScoredBead): string => `${bead.source.join(",")}|${bead.target.join(",")}`;

/** Counts the `test` beads (deduplicated, both-empty ones dropped) that are right against `gold`. */
export function countRight(gold: readonly ScoredBead[], test: readonly ScoredBead[]): AlignmentCounts {
  const goldIds = new Set(gold.filter((b) => b.source.length || b.target.length).map(beadId));
  const goldTargetsOf = new Map<number, Set<number>>();
  for (const bead of gold) {
    for (const s of bead.source) {
      const targets = goldTargetsOf.get(s) ?? new Set<number>();
      bead.target.forEach((t) => targets.add(t));
      goldTargetsOf.set(s, targets);
    }
  }
  const counts: AlignmentCounts = { strictRight: 0, laxRight: 0, total: 0 };
  const seen = new Set<string>();
  for (const bead of test) {
    const id = beadId(bead);
    if ((!bead.source.length && !bead.target.length) || seen.has(id)) continue;
    seen.add(id);
    counts.total++;
    if (goldIds.has(id)) {
      counts.strictRight++;
      counts.laxRight++;
    } else if (bead.source.some((s) => bead.target.some((t) => goldTargetsOf.get(s)?.has(t)))) {
      counts.laxRight++;
    }
  }
  return counts;
}

/** Precision, recall and F1 (strict and lax) over one or more documents. */
export function scoreAlignment(documents: ReadonlyArray<{ gold: readonly ScoredBead[]; test: readonly ScoredBead[] }>): AlignmentScore {
  const precision: AlignmentCounts = { strictRight: 0, laxRight: 0, total: 0 };
  const recall: AlignmentCounts = { strictRight: 0, laxRight: 0, total: 0 };
  const bothSides = (beads: readonly ScoredBead[]): ScoredBead[] => beads.filter((b) => b.source.length > 0 && b.target.length > 0);
  for (const { gold, test } of documents) {
    add(precision, countRight(gold, test));
    add(recall, countRight(bothSides(test), bothSides(gold)));
  }
  return {
    strict: prf(ratio(precision.strictRight, precision.total), ratio(recall.strictRight, recall.total)),
    lax: prf(ratio(precision.laxRight, precision.total), ratio(recall.laxRight, recall.total)),
  };
}

function add(into: AlignmentCounts, counts: AlignmentCounts): void {
  into.strictRight += counts.strictRight;
  into.laxRight += counts.laxRight;
  into.total += counts.total;
}

const ratio = (right: number, total: number): number => (total === 0 ? 0 : right / total);

function prf(precision: number, recall: number): { precision: number; recall: number; f1: number } {
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

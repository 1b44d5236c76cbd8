import { CONFIRMED_STATUSES, isSegmentStatus, SEGMENT_STATUSES, type SegmentStatus } from "../review/status-machine";

/** Statuses that count as done for progress: the status machine's confirmed ones. */
export const DONE_STATUSES = CONFIRMED_STATUSES;

/** How much of a text is in one status: segments, and the words of their French source. */
export interface StatusFigures {
  segments: number;
  /** Source (French) words: the measure of work a translator is paid and planned by. */
  words: number;
}

/**
 * Progress of a document or a project: totals, what is done (confirmed), and the figures of every
 * status of the status machine (new / draft / translated / reviewed / approved / rejected).
 */
export interface Progress {
  segments: number;
  segmentsDone: number;
  words: number;
  wordsDone: number;
  byStatus: Record<SegmentStatus, StatusFigures>;
}

/** A fresh, zeroed Progress (a new object every time: the figures are mutated while counting). */
export function emptyProgress(): Progress {
  const byStatus = Object.fromEntries(SEGMENT_STATUSES.map((status) => [status, { segments: 0, words: 0 }])) as Record<SegmentStatus, StatusFigures>;
  return { segments: 0, segmentsDone: 0, words: 0, wordsDone: 0, byStatus };
}

/**
 * Adds `segments` segments of `words` source words in `status` to `progress` (a negative count
 * takes them away). A status the machine does not know counts as new: the segment is not done.
 */
export function countInto(progress: Progress, status: string, segments: number, words: number): Progress {
  const known: SegmentStatus = isSegmentStatus(status) ? status : "new";
  progress.segments += segments;
  progress.words += words;
  progress.byStatus[known].segments += segments;
  progress.byStatus[known].words += words;
  if (DONE_STATUSES.includes(known)) {
    progress.segmentsDone += segments;
    progress.wordsDone += words;
  }
  return progress;
}

/** Progress of a set of segments (status and source word count of each). */
export function progressOf(segments: Iterable<{ status: string; sourceWords: number }>): Progress {
  const progress = emptyProgress();
  for (const segment of segments) countInto(progress, segment.status, 1, segment.sourceWords);
  return progress;
}

/** The sum of several progresses (a project's documents), or `base` moved by `plus` minus `minus`. */
export function addProgress(base: Progress, plus: Progress, minus?: Progress): Progress {
  const sum = emptyProgress();
  for (const status of SEGMENT_STATUSES) {
    const figures = (p: Progress | undefined, sign: number) =>
      countInto(sum, status, sign * (p?.byStatus[status].segments ?? 0), sign * (p?.byStatus[status].words ?? 0));
    figures(base, 1);
    figures(plus, 1);
    figures(minus, -1);
  }
  return sum;
}

/** Whole-percent shares of the total words per status, for drawing a stacked bar (0 when empty). */
export function statusShares(progress: Progress): Record<SegmentStatus, number> {
  const share = (words: number) => (progress.words === 0 ? 0 : (words / progress.words) * 100);
  return Object.fromEntries(SEGMENT_STATUSES.map((status) => [status, share(progress.byStatus[status].words)])) as Record<SegmentStatus, number>;
}

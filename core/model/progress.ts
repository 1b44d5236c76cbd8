import { CONFIRMED_STATUSES } from "../review/status-machine";

/** Statuses that count as done for progress: the status machine's confirmed ones. */
export const DONE_STATUSES = CONFIRMED_STATUSES;

export interface Progress {
  segments: number;
  segmentsDone: number;
  words: number;
  wordsDone: number;
}

export const EMPTY_PROGRESS: Progress = { segments: 0, segmentsDone: 0, words: 0, wordsDone: 0 };

/** Progress of a set of segments (status and source word count of each). */
export function progressOf(segments: Iterable<{ status: string; sourceWords: number }>): Progress {
  const progress = { ...EMPTY_PROGRESS };
  for (const segment of segments) {
    progress.segments++;
    progress.words += segment.sourceWords;
    if ((DONE_STATUSES as readonly string[]).includes(segment.status)) {
      progress.segmentsDone++;
      progress.wordsDone += segment.sourceWords;
    }
  }
  return progress;
}

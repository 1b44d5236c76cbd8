/** The parts of a comment thread's root that say where it is and whether it is still open. */
export interface ThreadRoot {
  segmentId: string | null;
  resolvedAt: string | null;
  span: { start: number; end: number } | null;
  spanLost: boolean;
}

/** What the grid and review mode show of open threads: how many per segment, and the words they are about. */
export interface OpenCommentMarks {
  counts: Record<string, number>;
  spans: Record<string, { start: number; end: number }[]>;
}

export function openCommentMarks(threads: readonly { root: ThreadRoot }[]): OpenCommentMarks {
  const marks: OpenCommentMarks = { counts: {}, spans: {} };
  for (const { root } of threads) {
    if (root.resolvedAt || !root.segmentId) continue;
    marks.counts[root.segmentId] = (marks.counts[root.segmentId] ?? 0) + 1;
    if (root.span && !root.spanLost) (marks.spans[root.segmentId] ??= []).push({ start: root.span.start, end: root.span.end });
  }
  return marks;
}

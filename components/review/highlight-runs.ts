/** A piece of a text, marked when it lies inside one of the highlighted spans. */
export interface Run {
  text: string;
  marked: boolean;
}

/**
 * Cuts `text` into runs at the edges of `spans` (UTF-16 offsets, may overlap or be out of order);
 * overlapping spans merge into one marked run. Spans outside the text are ignored.
 */
export function highlightRuns(text: string, spans: readonly { start: number; end: number }[]): Run[] {
  const ranges = spans
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(text.length, end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const runs: Run[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.end <= at) continue;
    const start = Math.max(range.start, at);
    const last = runs.at(-1);
    if (start > at) runs.push({ text: text.slice(at, start), marked: false });
    else if (last?.marked) {
      last.text += text.slice(start, range.end);
      at = range.end;
      continue;
    }
    runs.push({ text: text.slice(start, range.end), marked: true });
    at = range.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), marked: false });
  return runs;
}

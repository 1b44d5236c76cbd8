/**
 * A concordance hit as a keyword-in-context line: the found phrase with a few words either side,
 * cut at word boundaries so a line never starts or ends in the middle of a word.
 */
export interface KwicLine {
  left: string;
  hit: string;
  right: string;
  /** Whether text was left out before `left` / after `right` (shown as an ellipsis). */
  cutLeft: boolean;
  cutRight: boolean;
}

/** `text` split around [start, end) with at most `context` characters either side. Offsets outside the text are clamped. */
export function kwicLine(text: string, start: number, end: number, context = 60): KwicLine {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  let leftStart = Math.max(0, from - context);
  if (leftStart > 0 && !/\s/u.test(text[leftStart - 1])) {
    // Move forward to the next word start, so the line does not begin mid-word.
    const space = text.slice(leftStart, from).search(/\s/u);
    leftStart = space >= 0 ? leftStart + space + 1 : from;
  }
  let rightEnd = Math.min(text.length, to + context);
  if (rightEnd < text.length) {
    const tail = text.slice(to, rightEnd);
    const space = Math.max(tail.lastIndexOf(" "), tail.lastIndexOf("\u00a0"));
    rightEnd = space >= 0 ? to + space : to;
  }
  return {
    left: text.slice(leftStart, from),
    hit: text.slice(from, to),
    right: text.slice(to, rightEnd),
    cutLeft: leftStart > 0,
    cutRight: rightEnd < text.length,
  };
}

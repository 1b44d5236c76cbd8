/**
 * Harper's spans as UTF-16 offsets. harper.js 2.10 already returns UTF-16 offsets (checked with
 * emoji and combining accents), but its Rust core counts Unicode scalar values: if a later version
 * hands those back, convert them; if neither reading lands on the flagged text, drop the finding
 * rather than underline the wrong words.
 */

export interface Utf16Span {
  start: number;
  end: number;
}

/** UTF-16 offset of the `index`-th code point of `text` (text.length past the end). */
function codePointOffset(text: string, index: number): number {
  let offset = 0;
  for (let k = 0; k < index && offset < text.length; k++) offset += (text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1;
  return offset;
}

export function utf16Span(text: string, start: number, end: number, problem: string): Utf16Span | null {
  if (start < 0 || end < start) return null;
  if (text.slice(start, end) === problem) return { start, end };
  const from = codePointOffset(text, start);
  const to = codePointOffset(text, end);
  return text.slice(from, to) === problem ? { start: from, end: to } : null;
}

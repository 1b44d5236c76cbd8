/**
 * Straight double quotes (") do not say whether they open or close, unlike « » and “ ”. The
 * segmenter needs to know, to keep a closing quote with the sentence it ends.
 */

const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/u.test(ch);
const isOpeningContext = (ch: string | undefined): boolean => isSpace(ch) || (ch !== undefined && "([{«“‘—–-".includes(ch));
const isClosingContext = (ch: string | undefined): boolean => isSpace(ch) || (ch !== undefined && /[\p{P}]/u.test(ch));

/** Indexes of the straight double quotes in `text` that close a quotation. */
export function closingStraightQuotes(text: string): Set<number> {
  const closing = new Set<number>();
  let index = text.indexOf('"');
  let open = false;
  while (index !== -1) {
    const next = text.indexOf('"', index + 1);
    const before = index === 0 ? undefined : text[index - 1];
    const after = text[index + 1];
    let closes: boolean;
    // A quote glued to the following word opens ("pousse…); one glued to the preceding word closes (…européenne").
    if (isOpeningContext(before) && !isClosingContext(after)) closes = false;
    else if (!isSpace(before) && isClosingContext(after)) closes = true;
    // Spaced on both sides (" Texte "): alternate, but a quote with no partner later in the
    // paragraph closes a quotation opened before it (a quoted passage spanning paragraphs).
    else closes = open || next === -1;
    if (closes) closing.add(index);
    open = !closes;
    index = next;
  }
  return closing;
}

/**
 * Notes and glosses about some words of a segment's source (annotations made in Lisière), as core
 * notes of the unit whose span and kind are in our namespace's attributes, read back by namespace
 * URI whatever the prefix:
 *
 *   <note id="n-s3-2" category="comment" appliesTo="source" lis:start="0" lis:end="9"
 *         lis:exact="Anthropic">Check the tense</note>
 *   <note id="g-s3-1" category="lis:gloss" appliesTo="source" lis:start="10" lis:end="16"
 *         lis:exact="refuse" lis:term="refuser">Gloss text</note>
 *
 * A note on the whole segment stays a plain note (xliff-model.ts); a tool that does not know our
 * attributes still shows each of these as a note about the source.
 */

import { textContent, type XmlElement } from "../tbx/read-xml";
import { nsAttribute } from "./xliff-elements";
import { LISIERE_NS, type XliffSpanNote } from "./xliff-model";
import { attr, plainText } from "./xliff-text";

const INDENT = "        ";
export const GLOSS_CATEGORY = "lis:gloss";

/** The note id of the k-th (from 1) span note of its kind on segment `segmentId`. */
export const spanNoteId = (kind: XliffSpanNote["kind"], segmentId: string, k: number): string => `${kind === "gloss" ? "g" : "n"}-${segmentId}-${k}`;

/** The `<note>` for a span note; `k` numbers notes of its kind on the segment (plain notes first). */
export function writeSpanNote(segmentId: string, k: number, note: XliffSpanNote): string {
  const attributes: [string, string | number | undefined][] = [
    ["id", spanNoteId(note.kind, segmentId, k)],
    ["category", note.kind === "gloss" ? GLOSS_CATEGORY : "comment"],
    ["appliesTo", "source"],
    ["lis:start", note.start],
    ["lis:end", note.end],
    ["lis:exact", note.exact],
    ["lis:term", note.term],
  ];
  const written = attributes.filter(([, value]) => value !== undefined).map(([name, value]) => ` ${name}="${attr(String(value))}"`);
  return `${INDENT}<note${written.join("")}>${plainText(note.body.trim())}</note>`;
}

/** The span note a `<note>` holds and the id of its segment, or undefined for any other note. */
export function readSpanNote(note: XmlElement): { segment: string; note: XliffSpanNote } | undefined {
  const id = /^([ng])-(.+)-\d+$/u.exec(note.attributes.id ?? "");
  const lis = (local: string) => nsAttribute(note, LISIERE_NS, local);
  const [start, end, exact] = [lis("start"), lis("end"), lis("exact")];
  if (!id || start === undefined || end === undefined || exact === undefined || !/^\d+$/u.test(start) || !/^\d+$/u.test(end)) return undefined;
  const kind = id[1] === "g" && note.attributes.category === GLOSS_CATEGORY ? "gloss" : "note";
  const term = lis("term");
  const read: XliffSpanNote = {
    kind,
    body: textContent(note).trim(),
    start: Number(start),
    end: Number(end),
    exact,
    ...(kind === "gloss" && term !== undefined ? { term } : {}),
  };
  return { segment: id[2], note: read };
}

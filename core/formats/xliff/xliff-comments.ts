/**
 * Comment threads as XLIFF notes, both ways. A comment is a core `<note>` (id, category, appliesTo)
 * whose text is the body, so any XLIFF tool shows it; what the core note has no place for goes in
 * attributes of our namespace (the `lis:` prefix declared on `<xliff>`), which the core schema lets
 * any note carry and other tools skip:
 *
 *   <note id="c-{id}" category="comment" appliesTo="target" lis:segment="s3" lis:author="Alice"
 *         lis:created="2026-03-01T14:05:00.000Z" lis:resolved="…" lis:start="0" lis:end="9"
 *         lis:exact="Anthropic">Body, line breaks kept</note>
 *   <note id="c-{replyId}" category="comment" appliesTo="target" lis:segment="s3" lis:author="Bob"
 *         lis:created="…" lis:replyTo="c-{id}">Reply</note>
 *
 * Reading, a note is one of our comments when it has a `c-` id, category "comment" and lis:created;
 * every other note stays a note (our annotation notes included: they have `n-` ids). Our attributes
 * are read by namespace URI (LISIERE_NS), so a file re-serialised with another prefix reads the same.
 */

import { textContent, type XmlElement } from "../tbx/read-xml";
import { nsAttribute } from "./xliff-elements";
import { attr, plainText } from "./xliff-text";
import { LISIERE_NS, commentNoteId, type XliffComment } from "./xliff-model";

const INDENT = "        ";

/** The `<note>` for one comment of segment `segmentId`. The caller checks its id is a unique NMTOKEN. */
export function writeCommentNote(segmentId: string, comment: XliffComment): string {
  const attributes: [string, string | number | undefined][] = [
    ["id", commentNoteId(comment.id)],
    ["category", "comment"],
    ["appliesTo", "target"],
    ["lis:segment", segmentId],
    ["lis:author", comment.author],
    ["lis:created", comment.created],
    ["lis:replyTo", comment.replyTo === undefined ? undefined : commentNoteId(comment.replyTo)],
    ["lis:resolved", comment.resolved],
    ["lis:start", comment.span?.start],
    ["lis:end", comment.span?.end],
    ["lis:exact", comment.span?.exact],
  ];
  const written = attributes.filter(([, value]) => value !== undefined).map(([name, value]) => ` ${name}="${attr(String(value))}"`);
  return `${INDENT}<note${written.join("")}>${plainText(comment.body.trim())}</note>`;
}

/**
 * The comment a note holds and the id of the segment it names (lis:segment), or undefined for a
 * note that is not one of our comments. A comment with a blank body reads as one with body "".
 */
export function readCommentNote(note: XmlElement): { segment?: string; comment: XliffComment } | undefined {
  const a = note.attributes;
  const lis = (local: string) => nsAttribute(note, LISIERE_NS, local);
  const id = /^c-(.+)$/u.exec(a.id ?? "")?.[1];
  const created = lis("created");
  if (id === undefined || a.category !== "comment" || created === undefined) return undefined;
  const replyTo = /^c-(.+)$/u.exec(lis("replyTo") ?? "")?.[1];
  const [author, resolved, segment] = [lis("author"), lis("resolved"), lis("segment")];
  const comment: XliffComment = {
    id,
    ...(replyTo !== undefined ? { replyTo } : {}),
    ...(author !== undefined ? { author } : {}),
    created,
    ...(resolved !== undefined ? { resolved } : {}),
    body: textContent(note).trim(),
  };
  const [start, end, exact] = [lis("start"), lis("end"), lis("exact")];
  if (start !== undefined && end !== undefined && exact !== undefined && /^\d+$/u.test(start) && /^\d+$/u.test(end)) {
    comment.span = { start: Number(start), end: Number(end), exact };
  }
  return { ...(segment !== undefined ? { segment } : {}), comment };
}

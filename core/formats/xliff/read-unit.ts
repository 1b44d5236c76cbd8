/**
 * One `<unit>` into one block of segments.
 *
 * - Segments keep their id when it is a usable, unused NMTOKEN, else get `s{k}`. `<ignorable>`
 *   content is the whitespace between segments, which our blocks imply by joining them with a
 *   space, so it makes no segment. A target's `order` is ignored: each segment keeps its own target.
 * - Status: our own subState (lis:new, lis:draft, lis:rejected) beside its state wins; a segment
 *   without `<target>` is new; then initial → draft if the target has text, else new;
 *   translated → translated; reviewed → reviewed; final → approved.
 * - Notes: one of our notes or glosses about some words (xliff-span-notes.ts) goes to its segment
 *   with its span; a note with our id `n-{segmentId}-{k}` goes to that segment; one that a comment
 *   annotation (`<mrk type="comment" ref="#n=…">`) points at goes to the segment holding the
 *   annotation; any other note to the first segment. A comment annotation's own `value` is a note
 *   on its segment.
 * - Our comment notes (see xliff-comments.ts) become comments of the segment their lis:segment
 *   names (else of the first segment), in file order; one with a blank body is dropped.
 * - Glossary entries go to the segment their `ref` names (the segment itself, or an inline element
 *   of its source, or `t=` of its target), else to the first segment.
 * - Matches (`<mtc:match>`) go to the segment their `ref` names, as `matches` (xliff-matches.ts).
 */

import type { SegmentStatus } from "../../model/document";
import { textContent, type XmlElement } from "../tbx/read-xml";
import { xliffError } from "./errors";
import { readCommentNote } from "./xliff-comments";
import { readGlossEntry } from "./xliff-glossary";
import { refTarget } from "./validate/tree";
import { readMatches2 } from "./xliff-matches";
import { readSpanNote } from "./xliff-span-notes";
import { elements, firstElement, metaValues } from "./xliff-elements";
import {
  GLOSSARY_NS,
  HEADING_TYPE,
  NMTOKEN,
  STATE_OF,
  STATUS_OF_SUBSTATE,
  type XliffComment,
  type XliffGlossEntry,
  type XliffSegment,
  type XliffSpanNote,
  type XliffUnit,
} from "./xliff-model";
import { eachDescendant, preserves, readInline, tidyNotes } from "./xliff-text";

export interface UnitContext {
  /** The unit's id in the document (made unique by the caller). */
  id: string;
  /** The core namespace of the file. */
  ns: string;
  /** The xml:space="preserve" the unit inherits. */
  preserve: boolean;
  /** File and group notes waiting for the first segment. */
  leadingNotes: string[];
}

/** What a segment held besides its text, to place notes and glossary entries. */
interface Read {
  segment: XliffSegment;
  xliffId?: string;
  sourceIds: Set<string>;
  targetIds: Set<string>;
  noteRefs: Set<string>;
  notes: string[];
  spanNotes: XliffSpanNote[];
  comments: XliffComment[];
  terms: XliffGlossEntry[];
}

export function readUnit(unit: XmlElement, context: UnitContext): XliffUnit {
  const { ns } = context;
  const preserve = preserves(unit, context.preserve);
  const segmentElements = elements(unit, ns, "segment");
  if (segmentElements.length === 0) {
    throw xliffError("INVALID_XLIFF", unit.line, `<unit id="${unit.attributes.id ?? ""}"> has no <segment>, so nothing in it can be translated.`);
  }
  const used = new Set<string>();
  const read = segmentElements.map((element, k) => readSegment(element, k, ns, preserve, used));
  read[0].notes.push(...context.leadingNotes);

  const byXliffId = (id: string) => read.find((r) => r.xliffId === id);
  for (const note of elements(unit, ns, "notes").flatMap((notes) => elements(notes, ns, "note"))) {
    const comment = readCommentNote(note);
    if (comment) {
      if (comment.comment.body !== "") ((comment.segment !== undefined ? byXliffId(comment.segment) : undefined) ?? read[0]).comments.push(comment.comment);
      continue;
    }
    const spanNote = readSpanNote(note);
    if (spanNote) {
      (byXliffId(spanNote.segment) ?? read[0]).spanNotes.push(spanNote.note);
      continue;
    }
    const id = note.attributes.id ?? "";
    const ours = /^n-(.+)-\d+$/u.exec(id);
    const owner = (ours && byXliffId(ours[1])) ?? read.find((r) => r.noteRefs.has(id)) ?? read[0];
    owner.notes.push(textContent(note));
  }
  // The segment a reference into the unit names by its last selector: a segment, an inline element
  // of a source, or (t=) of a target.
  const ownerOf = (ref: string | undefined): Read | undefined => {
    if (ref === undefined) return undefined;
    const { prefix, id } = refTarget(ref);
    if (prefix === "t") return read.find((r) => r.targetIds.has(id));
    return prefix === undefined ? (byXliffId(id) ?? read.find((r) => r.sourceIds.has(id))) : undefined;
  };
  for (const entry of elements(unit, GLOSSARY_NS, "glossary").flatMap((g) => elements(g, GLOSSARY_NS, "glossEntry"))) {
    (ownerOf(entry.attributes.ref) ?? read[0]).terms.push(readGlossEntry(entry));
  }
  // An unresolvable match ref in a one-segment unit can only mean that segment.
  for (const { ref, match } of readMatches2(unit, ns, preserve)) {
    const owner = ownerOf(ref) ?? (read.length === 1 ? read[0] : undefined);
    if (owner) (owner.segment.matches ??= []).push(match);
  }

  const level = Number(metaValues(unit).get("level"));
  return {
    id: context.id,
    kind: unit.attributes.type === HEADING_TYPE ? "heading" : "paragraph",
    ...(Number.isInteger(level) && level > 0 ? { level } : {}),
    segments: read.map(({ segment, notes, spanNotes, comments, terms }) => {
      const tidy = tidyNotes(notes);
      return {
        ...segment,
        ...(tidy.length > 0 ? { notes: tidy } : {}),
        ...(spanNotes.length > 0 ? { spanNotes } : {}),
        ...(comments.length > 0 ? { comments } : {}),
        ...(terms.length > 0 ? { terms } : {}),
      };
    }),
  };
}

function readSegment(element: XmlElement, k: number, ns: string, preserve: boolean, used: Set<string>): Read {
  const source = firstElement(element, ns, "source");
  if (!source) throw xliffError("INVALID_XLIFF", element.line, "<segment> has no <source>.");
  const target = firstElement(element, ns, "target");
  const xliffId = element.attributes.id;
  let id = xliffId !== undefined && NMTOKEN.test(xliffId) && !used.has(xliffId) ? xliffId : `s${k + 1}`;
  for (let n = k + 1; used.has(id); n++) id = `s${n}`;
  used.add(id);

  const read: Read = {
    segment: { id, source: "", target: "", status: "new" },
    xliffId,
    sourceIds: new Set(),
    targetIds: new Set(),
    noteRefs: new Set(),
    notes: [],
    spanNotes: [],
    comments: [],
    terms: [],
  };
  read.segment.source = readInline(source, preserve);
  read.segment.target = target ? readInline(target, preserve) : "";
  read.segment.status = statusOf(element.attributes.state, element.attributes.subState, target !== undefined, read.segment.target);
  for (const [side, ids] of [
    [source, read.sourceIds],
    [target, read.targetIds],
  ] as const) {
    if (!side) continue;
    eachDescendant(side, (inline) => {
      if (inline.attributes.id !== undefined) ids.add(inline.attributes.id);
      if (inline.attributes.type !== "comment" || (inline.name !== "mrk" && inline.name !== "sm")) return;
      // The same comment is often copied onto the source and the target: keep it once.
      const value = inline.attributes.value;
      if (value !== undefined && !read.notes.includes(value)) read.notes.push(value);
      // "#n=n1", or the long form "#f=f1/u=u1/n=n1"; a reference into another file is not ours.
      const note = /^#(?:.*\/)?n=([^/]+)$/u.exec(inline.attributes.ref ?? "");
      if (note) read.noteRefs.add(note[1]);
    });
  }
  return read;
}

function statusOf(state: string | undefined, subState: string | undefined, hasTarget: boolean, target: string): SegmentStatus {
  const ours = subState !== undefined && Object.hasOwn(STATUS_OF_SUBSTATE, subState) ? STATUS_OF_SUBSTATE[subState] : undefined;
  if (ours && STATE_OF[ours].state === (state ?? "initial")) return ours;
  if (!hasTarget) return "new";
  if (state === "translated" || state === "reviewed") return state;
  if (state === "final") return "approved";
  return target !== "" ? "draft" : "new";
}

/**
 * XLIFF 2.1 export: the mapping is documented in xliff-model.ts. Output is deterministic (same
 * document, same bytes), valid against the OASIS core, metadata and glossary schemas, and reads
 * back through parseXliff to an equal document.
 */

import { DomainError } from "../../errors";
import type { DocumentWriter } from "../document-writer";
import { writeCommentNote } from "./xliff-comments";
import { writeGlossEntry } from "./xliff-glossary";
import { writeSpanNote } from "./xliff-span-notes";
import { qualityMarkup } from "./xliff-quality";
import { attr, inlineText, needsPreserve, plainText, tidyNotes } from "./xliff-text";
import {
  BLOCK_META_CATEGORY,
  DOCUMENT_META_CATEGORY,
  GLOSSARY_NS,
  HEADING_TYPE,
  ITS_NS,
  LISIERE_NS,
  METADATA_NS,
  NMTOKEN,
  STATE_OF,
  XLIFF_NS,
  commentNoteId,
  noteId,
  type XliffDocument,
  type XliffSegment,
  type XliffUnit,
} from "./xliff-model";

// BCP 47 shape as xs:language accepts it (srcLang and trgLang are typed so in the schema).
const LANGUAGE = /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/u;

type XliffMeta = Omit<XliffDocument, "units">;

function head(doc: XliffMeta): string[] {
  checkLanguage("source", doc.sourceLanguage);
  checkLanguage("target", doc.targetLanguage);
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<xliff xmlns="${XLIFF_NS}" xmlns:mda="${METADATA_NS}" xmlns:gls="${GLOSSARY_NS}" xmlns:lis="${LISIERE_NS}"${its(doc)} version="2.1" srcLang="${doc.sourceLanguage}" trgLang="${doc.targetLanguage}">`,
    `  <file id="f1" original="${attr(doc.title)}">`,
  ];
  if (doc.date !== undefined) out.push(...metadata("    ", DOCUMENT_META_CATEGORY, "date", doc.date));
  return out;
}

/** The ITS namespace and version (XLIFF 2.1 ITS module: ITS markup needs its:version in scope), with a QA report only. */
const its = (doc: XliffMeta): string => (doc.qualityIssues ? ` xmlns:its="${ITS_NS}" its:version="2.0"` : "");

// A file needs a unit or a group, and only a group may be empty: an empty document stays valid.
const tail = (units: number): string[] => [...(units === 0 ? [`    <group id="empty"/>`] : []), `  </file>`, `</xliff>`, ``];

/** Writes `doc` as an XLIFF 2.1 document (UTF-8 declared; encode the string as UTF-8). */
export function writeXliff(doc: XliffDocument): string {
  const out = head(doc);
  const unitIds = new Set<string>();
  for (const unit of doc.units) {
    checkId(unit.id, "Paragraph", unitIds);
    for (const line of writeUnit(unit, doc.qualityIssues === true)) out.push(line);
  }
  for (const line of tail(doc.units.length)) out.push(line);
  return out.join("\n");
}

/**
 * The same document as a stream: units numbered p1… and segments s1… in document order (stored
 * positions may have gaps after merges); one paragraph's segments are held until it closes,
 * because a unit's glossary and notes come before its segments.
 */
export function xliffWriter(doc: XliffMeta): DocumentWriter<Omit<XliffSegment, "id">> {
  let units = 0;
  let segments = 0;
  let unit: XliffUnit | null = null;
  return {
    start: () => `${head(doc).join("\n")}\n`,
    openBlock: (block) => {
      unit = { id: `p${units + 1}`, kind: block.kind, ...(block.kind === "heading" ? { level: block.level ?? 1 } : {}), segments: [] };
      return "";
    },
    segment: (segment) => {
      unit!.segments.push({ ...segment, id: `s${++segments}` });
      return "";
    },
    closeBlock: () => {
      const done = unit;
      unit = null;
      if (!done || done.segments.length === 0) return "";
      units++;
      return `${writeUnit(done, doc.qualityIssues === true).join("\n")}\n`;
    },
    end: () => tail(units).join("\n"),
  };
}

function writeUnit(unit: XliffUnit, withQuality: boolean): string[] {
  if (unit.segments.length === 0) {
    throw new DomainError("INVALID_INPUT", `Paragraph "${unit.id}" has no segments; an XLIFF unit needs at least one.`, {
      reason: "EMPTY_UNIT",
      unitId: unit.id,
    });
  }
  const type = unit.kind === "heading" ? ` type="${HEADING_TYPE}"` : "";
  const out = [`    <unit id="${unit.id}"${type}>`];
  if (unit.level !== undefined) out.push(...metadata("      ", BLOCK_META_CATEGORY, "level", String(unit.level)));

  const segmentIds = new Set<string>();
  for (const segment of unit.segments) checkId(segment.id, "Segment", segmentIds);
  // Module elements come first in a unit, then notes, then segments (core schema order).
  const entries = unit.segments.flatMap((s) => (s.terms ?? []).map((term) => ({ segment: s.id, term })));
  if (entries.length > 0) {
    out.push(`      <gls:glossary>`);
    for (const { segment, term } of entries) out.push(...writeGlossEntry(segment, term, "        "));
    out.push(`      </gls:glossary>`);
  }
  // QA issues (ITS module), on targets that are written (see writeSegment).
  const targets = new Map<string, string>();
  for (const segment of unit.segments) {
    if (!withQuality || !segment.qualityIssues?.length || !writesTarget(segment)) continue;
    const markup = qualityMarkup(unit.id, segment.id, segment.target, segment.qualityIssues, "      ");
    out.push(...markup.elements);
    targets.set(segment.id, markup.target);
  }
  // Each segment's notes, then its comment threads (root, replies); ids unique within the unit.
  const noteIds = new Set<string>();
  const notes = unit.segments.flatMap((s) => {
    const plain = tidyNotes(s.notes);
    // Span notes go on numbering after the plain notes (n-…), glosses have their own (g-…).
    const count = { note: plain.length, gloss: 0 };
    return [
      ...plain.map((text, k) => `        <note id="${noteId(s.id, k + 1)}" category="comment">${plainText(text)}</note>`),
      ...(s.spanNotes ?? []).filter((n) => n.body.trim() !== "").map((n) => writeSpanNote(s.id, ++count[n.kind], n)),
      ...(s.comments ?? []).map((comment) => {
        checkId(commentNoteId(comment.id), "Comment", noteIds);
        return writeCommentNote(s.id, comment);
      }),
    ];
  });
  if (notes.length > 0) {
    out.push(`      <notes>`);
    for (const note of notes) out.push(note);
    out.push(`      </notes>`);
  }
  for (const segment of unit.segments) for (const line of writeSegment(segment, targets.get(segment.id))) out.push(line);
  out.push(`    </unit>`);
  return out;
}

function stateOf(segment: XliffSegment): { state: string; subState?: string } {
  return Object.hasOwn(STATE_OF, segment.status) ? STATE_OF[segment.status] : badStatus(segment);
}

/** Without a target a segment reads back as new: an empty one is kept for any later state. */
const writesTarget = (segment: XliffSegment): boolean => segment.target !== "" || stateOf(segment).state !== "initial";

/** `markedTarget`: the target's inline content with QA markers, when it has any. */
function writeSegment(segment: XliffSegment, markedTarget?: string): string[] {
  const { state, subState: ours } = stateOf(segment);
  // Read back, "initial" with a target means draft; a new segment that has one must say so.
  const subState = ours ?? (segment.status === "new" && segment.target !== "" ? "lis:new" : undefined);
  const out = [
    `      <segment id="${segment.id}" state="${state}"${subState ? ` subState="${subState}"` : ""}>`,
    `        <source${space(segment.source)}>${inlineText(segment.source)}</source>`,
  ];
  if (writesTarget(segment)) out.push(`        <target${space(segment.target)}>${markedTarget ?? inlineText(segment.target)}</target>`);
  out.push(`      </segment>`);
  return out;
}

function metadata(indent: string, category: string, type: string, value: string): string[] {
  return [
    `${indent}<mda:metadata>`,
    `${indent}  <mda:metaGroup category="${category}">`,
    `${indent}    <mda:meta type="${type}">${plainText(value)}</mda:meta>`,
    `${indent}  </mda:metaGroup>`,
    `${indent}</mda:metadata>`,
  ];
}

const space = (text: string): string => (needsPreserve(text) ? ` xml:space="preserve"` : "");

function checkId(id: string, what: string, seen: Set<string>): void {
  if (!NMTOKEN.test(id) || seen.has(id)) {
    const problem = seen.has(id) ? "is used twice" : "is not a valid XML name token";
    throw new DomainError("INVALID_INPUT", `${what} id "${id}" ${problem}; XLIFF ids must be unique NMTOKENs.`, { reason: "INVALID_ID", id });
  }
  seen.add(id);
}

function checkLanguage(which: string, tag: string): void {
  if (!LANGUAGE.test(tag))
    throw new DomainError("INVALID_INPUT", `The ${which} language "${tag}" is not a language tag such as "fr" or "en-GB".`, { reason: "INVALID_LANGUAGE" });
}

function badStatus(segment: XliffSegment): never {
  throw new DomainError("INVALID_INPUT", `Segment "${segment.id}" has an unknown status "${segment.status}".`, { reason: "INVALID_STATUS" });
}

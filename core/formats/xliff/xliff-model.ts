/**
 * A bilingual document as we exchange it in XLIFF 2.1 (OASIS), and how it maps onto the format.
 *
 * Writing (writeXliff) — one `<file id="f1" original="{title}">` per document:
 * - the date: file-level `<mda:metadata><mda:metaGroup category="lis:document"><mda:meta type="date">`
 *   (metadata module, urn:oasis:names:tc:xliff:metadata:2.0);
 * - one `<unit>` per block; a heading is `type="lis:heading"` with its level in unit-level
 *   `<mda:meta type="level">` (XLIFF's `type` takes "prefix:value" user-defined values);
 * - one `<segment id state [subState]>` per segment, `<source>` then `<target>`; `xml:space="preserve"`
 *   on either when its text would not survive whitespace normalisation; characters XML 1.0 cannot
 *   carry go in `<cp hex>`. An empty target is left out while the state is `initial`; later states
 *   keep an empty `<target/>` (a reviewed segment without a target reads as untranslated);
 * - statuses: new → initial, draft → initial + subState lis:draft, translated → translated,
 *   reviewed → reviewed, approved → final, rejected → reviewed + subState lis:rejected. A new
 *   segment that already has a target says lis:new, since foreign files read initial + target as draft;
 * - notes → unit-level `<notes><note id="n-{segmentId}-{k}" category="comment">`: core notes live
 *   on units, and the id (an NMTOKEN the spec leaves to us) ties each back to its segment; notes and
 *   glosses about some words of the source carry their span in lis: attributes (xliff-span-notes.ts);
 * - comment threads → after each segment's notes, one `<note id="c-{commentId}" category="comment"
 *   appliesTo="target">` per comment (root, then its replies), the body as its text and the rest in
 *   `lis:` attributes (allowed on a core note from any other namespace): lis:segment (the segment's
 *   id), lis:author, lis:created, and lis:replyTo="c-{rootId}" on a reply, lis:resolved on a resolved
 *   root, lis:start/lis:end/lis:exact for the words of the target a root is about (see xliff-comments.ts);
 * - terms → unit-level `<gls:glossary>` (glossary module); each `<gls:glossEntry ref="#{segmentId}">`
 *   points at its segment, the span the module's `ref` may name. It always has a `<gls:translation>`
 *   (possibly empty), since an entry needs a translation or a definition; the fields the module has
 *   no element for are in our namespace (xliff-glossary.ts).
 * - QA issues (only when the document asks for the report, `qualityIssues`): W3C ITS 2.0 Localization
 *   Quality Issue annotations as XLIFF 2.1's ITS module carries them (see xliff-quality.ts); the root
 *   then declares xmlns:its and its:version="2.0". Readers ignore them; the text reads back unchanged.
 * Note and glossary text is trimmed, glossary text also has whitespace runs collapsed; both sides
 * do this, so a document whose notes and terms are already tidy round-trips exactly.
 *
 * Reading (parseXliff) also takes other tools' XLIFF 2.x: see parse-xliff.ts and xliff-text.ts.
 */

import type { SegmentStatus } from "../../model/document";
import type { TermbaseEntry } from "../../terms/termbase-entry";

/**
 * A glossary entry found in a segment's source, with every field of the termbase (xliff-glossary.ts):
 * the French term, its preferred English equivalent ("" when the glossary gives only a
 * definition), admitted and forbidden terms, definition, usage note, domain, part of speech, source URL.
 */
export type XliffGlossEntry = Omit<TermbaseEntry, "id">;

export interface XliffSegment {
  /** Unique within its unit, an XML NMTOKEN (letters, digits, `.-_:`). */
  id: string;
  source: string;
  /** "" when untranslated. */
  target: string;
  status: SegmentStatus;
  /** Notes on the whole segment. */
  notes?: string[];
  /** Notes and glosses about some words of the source (xliff-span-notes.ts). */
  spanNotes?: XliffSpanNote[];
  /** Comment threads on the segment: each root followed by its replies. */
  comments?: XliffComment[];
  /** Glossary terms found in the source. */
  terms?: XliffGlossEntry[];
  /** Translations another tool offered for the segment (1.2 `alt-trans`, 2.x `mtc:match`); never its target. */
  matches?: XliffMatch[];
  /** QA issues of the target, written only when the document asks for them (XliffDocument.qualityIssues). */
  qualityIssues?: XliffQualityIssue[];
}

/** A translation proposal a file carries for a segment: the source it translates, its English, and what the tool said of it. */
export interface XliffMatch {
  source: string;
  target: string;
  /** The tool's `origin` (a memory, an MT engine…), when given. */
  origin?: string;
  /** Match quality 0–100, when the file gives a number. */
  quality?: number;
}

/** A note or a gloss about the words `exact` at UTF-16 offsets start–end of the source. */
export interface XliffSpanNote {
  kind: "note" | "gloss";
  body: string;
  start: number;
  end: number;
  exact: string;
  /** On a gloss: the French term of the glossary entry it explains, to link it back on import. */
  term?: string;
}

/** One ITS 2.0 Localization Quality Issue on a span of the target (see xliff-quality.ts). */
export interface XliffQualityIssue {
  /** UTF-16 offsets in the target; start === end when there is nothing to point at. */
  start: number;
  end: number;
  /** An ITS issue type (core/qa/its-quality.ts). */
  type: string;
  /** The message, in words. */
  comment: string;
  /** 0–100. */
  severity: number;
  /** false for an issue someone ignored (ITS locQualityIssueEnabled="no"). */
  enabled: boolean;
}

/** One comment of a thread: a root, or a reply naming its root. */
export interface XliffComment {
  /** Its id in the app; the note's id is `c-{id}`, which must be an NMTOKEN. */
  id: string;
  /** On a reply: its root's id. */
  replyTo?: string;
  /** The author's display name, when known. */
  author?: string;
  /** ISO date-time it was written. */
  created: string;
  /** On a resolved root: when it was resolved (ISO date-time). */
  resolved?: string;
  /** Plain text; line breaks kept, ends trimmed. */
  body: string;
  /** On a root about some words of the target: their UTF-16 offsets and the words. */
  span?: { start: number; end: number; exact: string };
}

export interface XliffUnit {
  /** Unique within the document, an XML NMTOKEN. */
  id: string;
  kind: "heading" | "paragraph";
  /** Heading level, 1–6. */
  level?: number;
  segments: XliffSegment[];
}

export interface XliffDocument {
  title: string;
  sourceLanguage: string;
  targetLanguage: string;
  /** ISO date (YYYY-MM-DD). */
  date?: string;
  /** Write the segments' QA issues as ITS Localization Quality Issue annotations (declares the ITS namespace). */
  qualityIssues?: boolean;
  units: XliffUnit[];
}

/** Namespaces we write, and the core namespaces we read (2.0 serves XLIFF 2.0 and 2.1). */
export const XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0";
export const XLIFF_2_2_NS = "urn:oasis:names:tc:xliff:document:2.2";
export const METADATA_NS = "urn:oasis:names:tc:xliff:metadata:2.0";
export const GLOSSARY_NS = "urn:oasis:names:tc:xliff:glossary:2.0";
export const MATCHES_NS = "urn:oasis:names:tc:xliff:matches:2.0";
/** W3C ITS 2.0, which XLIFF 2.1's ITS module uses as is. */
export const ITS_NS = "http://www.w3.org/2005/11/its";
/** Owner of our "lis:" user-defined values (declared for readers; values are not QNames). */
export const LISIERE_NS = "urn:lisiere:xliff";

export const HEADING_TYPE = "lis:heading";
export const DOCUMENT_META_CATEGORY = "lis:document";
export const BLOCK_META_CATEGORY = "lis:block";

export type XliffState = "initial" | "translated" | "reviewed" | "final";

/** The state and subState we write for each status. */
export const STATE_OF: Record<SegmentStatus, { state: XliffState; subState?: string }> = {
  new: { state: "initial" },
  draft: { state: "initial", subState: "lis:draft" },
  translated: { state: "translated" },
  reviewed: { state: "reviewed" },
  approved: { state: "final" },
  rejected: { state: "reviewed", subState: "lis:rejected" },
};

/**
 * Our subStates, trusted on reading only beside the state we write with them: a tool that changes
 * the state must update or drop subState (XLIFF 2.1, subState), so a mismatch means it forgot to.
 */
export const STATUS_OF_SUBSTATE: Record<string, SegmentStatus> = { "lis:new": "new", "lis:draft": "draft", "lis:rejected": "rejected" };

/** Note ids carry their segment: `n-{segmentId}-{k}`. */
export const noteId = (segmentId: string, k: number): string => `n-${segmentId}-${k}`;

/** A comment's note id: `c-{commentId}` (its segment is in lis:segment). */
export const commentNoteId = (commentId: string): string => `c-${commentId}`;

/** The XML Name characters an NMTOKEN allows (XML 1.0 fifth edition, NameChar). */
export const NMTOKEN =
  /^[-.0-9:A-Z_a-z\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}]+$/u;

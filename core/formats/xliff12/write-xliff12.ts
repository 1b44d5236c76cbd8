/**
 * XLIFF 1.2 export, valid against the OASIS 1.2 strict schema (core attributes only: the strict
 * schema refuses foreign attributes it has no schema for), for OmegaT, Trados, memoQ, Phrase and
 * translate-toolkit.
 *
 * Shape: one `<group restype="x-lis-paragraph">` per paragraph ("x-lis-heading-N" for a heading)
 * holding one `<trans-unit>` per segment, rather than one trans-unit per paragraph split by
 * `<seg-source>`/`<mrk mtype="seg">`. Why: XLIFF 1.2 has one `state` per trans-unit, so a paragraph
 * unit would lose each sentence's status, and translate-toolkit (3.8.4, storage/xliff.py) ignores
 * seg-source altogether — xliff2po would turn a paragraph into a single PO entry. A trans-unit per
 * sentence keeps every status in core attributes that all these tools read; OmegaT and Trados
 * segment a trans-unit's text themselves and leave a sentence whole; memoQ shows one row per unit.
 * Our reader (parse-xliff12.ts) joins the group's units back into the paragraph.
 *
 * Per segment: `<source>`, `<target state>` (left out while new and empty) with state-qualifier and
 * approved as xliff12-status.ts says, then its notes as `<note annotates="source">` and its comments
 * as `<note from="{author}" annotates="target">` (replies too, in thread order; 1.2 notes have no
 * threads, so they read back as notes). `xml:space="preserve"` on the trans-unit when its text would
 * not survive whitespace normalisation. Characters XML 1.0 cannot carry are dropped (1.2 has no
 * `<cp>`). Glossary terms and QA issues are not written. The document's date is `<file date>`.
 */

import { DomainError } from "../../errors";
import { writeAll, type DocumentWriter } from "../document-writer";
import type { XliffDocument, XliffSegment } from "../xliff/xliff-model";
import { attr, needsPreserve, plainText, tidyNotes } from "../xliff/xliff-text";
import { LISIERE_TOOL_ID, PARAGRAPH_RESTYPE, XLIFF_12_NS } from "./xliff12-names";
import { STATE_12_OF } from "./xliff12-status";

type Meta = Omit<XliffDocument, "units" | "qualityIssues">;
type Segment = Omit<XliffSegment, "id">;

// xsd:language, the type of source-language and target-language.
const LANGUAGE = /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/u;

function head(doc: Meta): string {
  for (const [which, tag] of [
    ["source", doc.sourceLanguage],
    ["target", doc.targetLanguage],
  ] as const) {
    if (!LANGUAGE.test(tag)) {
      throw new DomainError("INVALID_INPUT", `The ${which} language "${tag}" is not a language tag such as "fr" or "en-GB".`, { reason: "INVALID_LANGUAGE" });
    }
  }
  const date = doc.date !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(doc.date) ? ` date="${doc.date}T00:00:00Z"` : "";
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<xliff xmlns="${XLIFF_12_NS}" version="1.2">`,
    `  <file original="${attr(doc.title)}" source-language="${doc.sourceLanguage}" target-language="${doc.targetLanguage}" datatype="plaintext" tool-id="${LISIERE_TOOL_ID}"${date}>`,
    `    <header>`,
    `      <tool tool-id="${LISIERE_TOOL_ID}" tool-name="Lisière"/>`,
    `    </header>`,
    `    <body>`,
    ``,
  ].join("\n");
}

const TAIL = [`    </body>`, `  </file>`, `</xliff>`, ``].join("\n");

/**
 * The document as a stream: groups p1…, trans-units s1… in document order; one segment is written
 * as it comes (nothing is held but the open paragraph's kind).
 */
export function xliff12Writer(doc: Meta): DocumentWriter<Segment> {
  let paragraphs = 0;
  let segments = 0;
  let open: string | null = null;
  return {
    start: () => head(doc),
    openBlock: (block) => {
      open = block.kind === "heading" ? `x-lis-heading-${Math.min(6, Math.max(1, block.level ?? 1))}` : PARAGRAPH_RESTYPE;
      return "";
    },
    segment: (segment) => {
      let out = "";
      if (open !== null) {
        out = `      <group id="p${++paragraphs}" restype="${open}">\n`;
        open = null;
      }
      return out + writeTransUnit(`s${++segments}`, segment);
    },
    closeBlock: () => {
      // A block without segments opened no group.
      const wasOpen = open === null;
      open = null;
      return wasOpen ? `      </group>\n` : "";
    },
    end: () => TAIL,
  };
}

function writeTransUnit(id: string, segment: Segment): string {
  if (!Object.hasOwn(STATE_12_OF, segment.status)) {
    throw new DomainError("INVALID_INPUT", `Segment "${id}" has an unknown status "${segment.status}".`, { reason: "INVALID_STATUS" });
  }
  const { state, qualifier, approved } = STATE_12_OF[segment.status];
  const space = needsPreserve(segment.source) || needsPreserve(segment.target) ? ` xml:space="preserve"` : "";
  const out = [`        <trans-unit id="${id}"${approved ? ` approved="yes"` : ""}${space}>`, `          <source>${plainText(segment.source)}</source>`];
  if (segment.target !== "" || segment.status !== "new") {
    out.push(`          <target state="${state}"${qualifier ? ` state-qualifier="${qualifier}"` : ""}>${plainText(segment.target)}</target>`);
  }
  for (const note of tidyNotes(segment.notes)) out.push(`          <note annotates="source">${plainText(note)}</note>`);
  for (const comment of segment.comments ?? []) {
    const from = comment.author ? ` from="${attr(comment.author)}"` : "";
    out.push(`          <note${from} annotates="target">${plainText(comment.body.trim())}</note>`);
  }
  out.push(`        </trans-unit>`);
  return `${out.join("\n")}\n`;
}

/** The whole document in memory (tests, small callers): the same bytes as the stream. */
export function writeXliff12(doc: XliffDocument): string {
  return writeAll(xliff12Writer(doc), doc.units);
}

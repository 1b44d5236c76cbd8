/**
 * XLIFF 1.2 import (also 1.1 and 1.0), with Trados, memoQ and Phrase files, into the model the
 * XLIFF 2 reader returns (xliff-model.ts), so one import pipeline serves both.
 * - Every `<file>` in order, `<group>`s walked through; all files must share one language pair.
 * - Paragraphs: a trans-unit is a paragraph of its own (one or more segments, read-trans-unit.ts),
 *   except where a file says several make one: our own exports (`<group restype="x-lis-paragraph">`
 *   or "x-lis-heading-N", one trans-unit per segment, see write-xliff12.ts) and Phrase's
 *   `m:para-id`, shared by the trans-units of one paragraph.
 * - `translate="no"` units (or groups) are skipped: they are not for translation, and a document
 *   segment cannot be locked, so importing them would only invite someone to translate them
 *   (Trados keeps document structure in such units).
 * - translate-toolkit's PO header unit is metadata: skipped, its languages used (gettext-header.ts).
 * - Notes on a group go to the first segment beneath it. The date is read from our own files only
 *   (tool-id "lisiere"): elsewhere `<file date>` is when the file was made, not the text's date.
 * - Refused, with the line, nothing returned: not XLIFF 1.x, no `<file>`, a file without
 *   source-language, files with different languages, a trans-unit without id or `<source>`, two
 *   trans-units of one file with the same id, two segments of one unit with the same mid.
 */

import { readXml, textContent, type XmlElement } from "../tbx/read-xml";
import { xliffError } from "../xliff/errors";
import { elements, nsAttribute } from "../xliff/xliff-elements";
import { NMTOKEN, type XliffDocument, type XliffUnit } from "../xliff/xliff-model";
import { preserves } from "../xliff/xliff-text";
import { GETTEXT_HEADER_RESTYPE, gettextLanguages, type GettextLanguages } from "./gettext-header";
import { readTransUnit } from "./read-trans-unit";
import { HEADING_RESTYPE, LISIERE_TOOL_ID, PARAGRAPH_RESTYPE, PHRASE_NS, XLIFF_1_NAMESPACE } from "./xliff12-names";

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Parses an XLIFF 1.x document; throws a coded DomainError, and returns nothing, if it is refused. */
export function parseXliff12(xml: string, options: { maxBytes?: number } = {}): XliffDocument {
  const root = readXml(xml, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, namespaces: true });
  const ns = checkRoot(root);
  const files = elements(root, ns, "file");
  if (files.length === 0) throw xliffError("INVALID_XLIFF", root.line, "<xliff> has no <file> element.");
  const sourceLanguage = files[0].attributes["source-language"] ?? "";
  const targetLanguage = files.map((f) => f.attributes["target-language"]).find((t) => t !== undefined) ?? "";
  let gettext: GettextLanguages | undefined;
  const units: XliffUnit[] = [];
  const unitIds = new Set<string>();
  let pendingNotes: string[] = [];
  let paragraphKey: unknown = undefined;

  const addUnit = (tu: XmlElement, preserve: boolean, paragraph: { key: unknown; level?: number }) => {
    const segments = readTransUnit(tu, { ns, preserve });
    if (segments.length === 0) return;
    if (pendingNotes.length > 0) segments[0].notes = [...pendingNotes, ...(segments[0].notes ?? [])];
    pendingNotes = [];
    const current = units.at(-1);
    if (current && paragraph.key !== undefined && paragraph.key === paragraphKey) {
      for (const segment of segments) current.segments.push({ ...segment, id: `s${current.segments.length + 1}` });
      return;
    }
    paragraphKey = paragraph.key;
    const id = uniqueUnitId(tu.attributes.id!, unitIds, units.length + 1);
    units.push({ id, kind: paragraph.level ? "heading" : "paragraph", ...(paragraph.level ? { level: paragraph.level } : {}), segments });
  };

  const walk = (container: XmlElement, inherited: boolean, fileId: string, ids: Set<string>, ours?: XmlElement) => {
    for (const child of elements(container, ns)) {
      const preserve = preserves(child, inherited);
      if (child.name === "note") pendingNotes = [...pendingNotes, textContent(child).trim()].filter((n) => n !== "");
      else if (child.attributes.translate === "no" || (child.name !== "group" && child.name !== "trans-unit")) continue;
      else if (child.attributes.restype === GETTEXT_HEADER_RESTYPE) gettext ??= gettextLanguages(child, ns);
      else if (child.name === "group") {
        const restype = child.attributes.restype ?? "";
        walk(child, preserve, fileId, ids, restype === PARAGRAPH_RESTYPE || HEADING_RESTYPE.test(restype) ? child : undefined);
      } else {
        checkId(child, ids);
        const paraId = nsAttribute(child, PHRASE_NS, "para-id");
        const level = ours ? Number(HEADING_RESTYPE.exec(ours.attributes.restype ?? "")?.[1] ?? 0) : 0;
        addUnit(child, preserve, { key: ours ?? (paraId !== undefined ? `${fileId}\u0000${paraId}` : undefined), level });
      }
    }
  };

  files.forEach((file, k) => {
    checkLanguages(file, sourceLanguage, targetLanguage);
    const body = elements(file, ns, "body")[0];
    if (!body) throw xliffError("INVALID_XLIFF", file.line, "<file> has no <body>.");
    paragraphKey = undefined;
    walk(body, preserves(file, preserves(root, false)), `f${k + 1}`, new Set());
  });

  const first = files[0].attributes;
  const date = files[0].attributes["tool-id"] === LISIERE_TOOL_ID ? /^\d{4}-\d{2}-\d{2}/u.exec(first.date ?? "")?.[0] : undefined;
  const languages = gettext
    ? { sourceLanguage: gettext.source ?? sourceLanguage, targetLanguage: gettext.target ?? targetLanguage }
    : { sourceLanguage, targetLanguage };
  return { title: first.original ?? "", ...languages, ...(date ? { date } : {}), units };
}

/** The core namespace of an acceptable root, or a refusal naming what the file is instead. */
function checkRoot(root: XmlElement): string {
  const uri = root.uri ?? "";
  const version = root.attributes.version;
  if (root.name !== "xliff") {
    throw xliffError("NOT_XLIFF", root.line, `The file is XML but not XLIFF: its root element is <${root.name}>, not <xliff>.`, { root: root.name });
  }
  if (XLIFF_1_NAMESPACE.test(uri) || (uri === "" && /^1\.[012]$/u.test(version ?? ""))) return uri;
  throw xliffError("UNSUPPORTED_VERSION", root.line, `<xliff> is neither XLIFF 1.2 nor 1.1 (namespace "${uri}", version "${version ?? ""}").`, {
    namespace: uri,
    version,
  });
}

function checkLanguages(file: XmlElement, sourceLanguage: string, targetLanguage: string): void {
  const { "source-language": source, "target-language": target } = file.attributes;
  if (!source) throw xliffError("INVALID_XLIFF", file.line, "<file> has no source-language attribute.");
  if (source !== sourceLanguage || (target !== undefined && target !== targetLanguage)) {
    throw xliffError(
      "INVALID_XLIFF",
      file.line,
      `The files of this XLIFF are in different languages (${source} → ${target ?? "?"}, not ${sourceLanguage} → ${targetLanguage}).`,
    );
  }
}

/** Every trans-unit needs an id, unique within its <file> (XLIFF 1.2, trans-unit). */
function checkId(unit: XmlElement, ids: Set<string>): void {
  const id = unit.attributes.id;
  if (id === undefined || id === "") throw xliffError("INVALID_XLIFF", unit.line, "<trans-unit> has no id attribute.");
  if (ids.has(id)) throw xliffError("INVALID_XLIFF", unit.line, `Two <trans-unit>s of one <file> have the id "${id}".`, { id });
  ids.add(id);
}

/** The unit's id if a new NMTOKEN in the document, else one made unique (files each start their own ids). */
function uniqueUnitId(id: string, used: Set<string>, position: number): string {
  let candidate = NMTOKEN.test(id) && !used.has(id) ? id : `u${position}`;
  for (let n = 2; used.has(candidate); n++) candidate = `u${position}-${n}`;
  used.add(candidate);
  return candidate;
}

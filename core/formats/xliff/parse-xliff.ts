/**
 * XLIFF 2.x import (2.0, 2.1, and 2.2's own namespace), for our files and other tools' alike.
 *
 * - Every `<file>` is read in order and their units concatenated; groups are walked through. The
 *   title is the first file's `original`, else its id. Unit ids repeated across files get the
 *   file id as a prefix, so the document can be written back as one valid file.
 * - Notes on a file or group go to the first segment beneath them (a document has no other place
 *   for them); unit notes as described in read-unit.ts.
 * - The date is a file-level `<mda:meta type="date">`; anything else in modules or extensions we do
 *   not know (skeletons, matches, validation rules, foreign elements) is skipped.
 * - Strict: before anything is read, the file is checked against XLIFF 2.1's processing constraints
 *   (validate/validate-xliff.ts) and the schema violations the caller found (validate/check-schema.ts,
 *   which is asynchronous and needs the schema files, so it runs beside this); any violation refuses
 *   the file, naming the first one's line and rule (validate/refuse.ts).
 * - `lenient` ("import anyway"): units with a violation are left out, violations outside units are
 *   ignored, and both are listed in `dropped`; a file with no unit left is still refused.
 * Refusals are coded DomainErrors (see errors.ts) naming the line; nothing partial is returned.
 */

import { readXml, textContent, type XmlElement } from "../tbx/read-xml";
import { xliffError } from "./errors";
import { readUnit } from "./read-unit";
import { elements, metaValues } from "./xliff-elements";
import { XLIFF_2_2_NS, XLIFF_NS, type XliffDocument, type XliffUnit } from "./xliff-model";
import { preserves, tidyNotes } from "./xliff-text";
import { refuseViolations, violationsByUnit, type XliffDropped } from "./validate/refuse";
import { unitsOf } from "./validate/tree";
import { validateXliff } from "./validate/validate-xliff";
import type { XliffViolation } from "./validate/violation";

/** Limits and strictness for parseXliff. */
export interface ParseXliffOptions {
  /** Largest accepted file, in UTF-8 bytes. @default 20 MB (XML is verbose) */
  maxBytes?: number;
  /** Violations of the XSD found beforehand (check-schema.ts); they refuse the file like the others. */
  schemaViolations?: readonly XliffViolation[];
  /** Import anyway: leave out what breaks the rules instead of refusing, and list it in `dropped`. */
  lenient?: boolean;
}

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const XLIFF_1_NS = /^urn:oasis:names:tc:xliff:document:1\./u;

/** Parses an XLIFF 2.x document; throws a coded DomainError, and returns nothing, if it is refused. */
export function parseXliff(xml: string, options: ParseXliffOptions = {}): XliffDocument {
  return readXliff(xml, options).document;
}

/** parseXliff with what "import anyway" left out (always [] unless `lenient`). */
export function readXliff(xml: string, options: ParseXliffOptions = {}): { document: XliffDocument; dropped: XliffDropped[] } {
  const { root, ns } = readRoot(xml, options);
  return readTree(root, ns, options);
}

/**
 * readXliff with the XSD check: `schema` (check-schema.ts bound to its files) runs on files in the
 * XLIFF 2.0/2.1 namespace, which the OASIS schemas describe, once the file is known to be
 * well-formed, safe XLIFF 2 (so its refusals come first, with our messages).
 */
export async function readXliffStrict(
  xml: string,
  schema: (xml: string) => Promise<XliffViolation[]>,
  options: ParseXliffOptions = {},
): Promise<{ document: XliffDocument; dropped: XliffDropped[] }> {
  const { root, ns } = readRoot(xml, options);
  const schemaViolations = ns === XLIFF_NS ? await schema(xml) : [];
  return readTree(root, ns, { ...options, schemaViolations: [...(options.schemaViolations ?? []), ...schemaViolations] });
}

function readRoot(xml: string, options: ParseXliffOptions): { root: XmlElement; ns: string } {
  const root = readXml(xml, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, namespaces: true });
  return { root, ns: checkRoot(root) };
}

function readTree(root: XmlElement, ns: string, options: ParseXliffOptions): { document: XliffDocument; dropped: XliffDropped[] } {
  const files = elements(root, ns, "file");
  if (files.length === 0) throw xliffError("INVALID_XLIFF", root.line, "<xliff> has no <file> element.");
  const violations = [...(options.schemaViolations ?? []), ...validateXliff(root, ns)].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const dropped: XliffDropped[] = [];
  const skipped = new Set<XmlElement>();
  if (violations.length > 0 && !options.lenient) throw refuseViolations(violations);
  if (violations.length > 0) {
    const { byUnit, outside } = violationsByUnit(
      files.flatMap((file) => unitsOf(file, ns)),
      violations,
    );
    for (const [unit, found] of byUnit) {
      skipped.add(unit);
      dropped.push({ kind: "unit", ...(unit.attributes.id !== undefined ? { unitId: unit.attributes.id } : {}), violation: found[0] });
    }
    for (const v of outside) dropped.push({ kind: "ignored", violation: v });
  }

  const units: XliffUnit[] = [];
  const unitIds = new Set<string>();
  let pendingNotes: string[] = [];
  const walk = (container: XmlElement, fileId: string, inheritedPreserve: boolean): void => {
    const preserve = preserves(container, inheritedPreserve);
    for (const child of elements(container, ns)) {
      if (child.name === "notes") pendingNotes.push(...tidyNotes(elements(child, ns, "note").map(textContent)));
      else if (child.name === "group") walk(child, fileId, preserve);
      else if (child.name === "unit" && !skipped.has(child)) {
        const id = uniqueUnitId(child.attributes.id, fileId, unitIds, units.length + 1);
        units.push(readUnit(child, { id, ns, preserve, leadingNotes: pendingNotes }));
        pendingNotes = [];
      }
    }
  };
  const rootPreserve = preserves(root, false);
  files.forEach((file, k) => walk(file, file.attributes.id ?? `f${k + 1}`, rootPreserve));
  // Notes after the last unit (a trailing empty group) still belong to the document.
  if (pendingNotes.length > 0 && units.length > 0) {
    const last = units[units.length - 1].segments.at(-1)!;
    last.notes = [...(last.notes ?? []), ...pendingNotes];
  }

  if (options.lenient && units.length === 0 && skipped.size > 0) throw refuseViolations(violations);
  const first = files[0].attributes;
  const date = files.map((file) => metaValues(file).get("date")).find((d) => d !== undefined);
  const document: XliffDocument = {
    title: first.original ?? first.id ?? "",
    sourceLanguage: root.attributes.srcLang ?? "",
    targetLanguage: root.attributes.trgLang ?? "",
    ...(date !== undefined ? { date } : {}),
    units,
  };
  return { document, dropped };
}

/** The core namespace of an acceptable root, or a refusal naming what the file is instead. */
function checkRoot(root: XmlElement): string {
  const uri = root.uri ?? "";
  const version = root.attributes.version;
  if (root.name !== "xliff") {
    throw xliffError("NOT_XLIFF", root.line, `The file is XML but not XLIFF: its root element is <${root.name}>, not <xliff>.`, { root: root.name });
  }
  if (XLIFF_1_NS.test(uri) || (version !== undefined && /^1\./u.test(version))) {
    throw xliffError(
      "UNSUPPORTED_VERSION",
      root.line,
      `This is XLIFF ${version ?? "1.x"}; only XLIFF 2.x files can be imported (export XLIFF 2.0 or 2.1 from your tool).`,
      { version },
    );
  }
  if (uri !== XLIFF_NS && uri !== XLIFF_2_2_NS) {
    throw xliffError("NOT_XLIFF", root.line, `<xliff> is in namespace "${uri}", not the XLIFF 2 namespace ${XLIFF_NS}.`, { namespace: uri });
  }
  if (version === undefined || !/^2\.\d+$/u.test(version)) {
    throw xliffError(
      "UNSUPPORTED_VERSION",
      root.line,
      version === undefined ? "<xliff> has no version attribute." : `XLIFF version "${version}" is not supported; only 2.x is.`,
      { version },
    );
  }
  return uri;
}

/** The unit's id if new to the document, else one made unique (files each start their own ids). */
function uniqueUnitId(id: string | undefined, fileId: string, used: Set<string>, position: number): string {
  let candidate = id ?? `u${position}`;
  if (used.has(candidate)) candidate = `${fileId}-${candidate}`;
  for (let n = 2; used.has(candidate); n++) candidate = `${fileId}-${id ?? "u"}-${n}`;
  used.add(candidate);
  return candidate;
}

/**
 * TBX export in the TBX-Basic dialect of TBX v3 (ISO 30042:2019), DCA style. Per concept:
 * subjectField, note and source URL (xref externalCrossReference) at concept level; the definition
 * in the French langSec, where TBX-Basic places definitions; one termSec per term, the English ones
 * carrying their administrativeStatus. Output is what parseTbx reads back to equal entries.
 */

import { DomainError } from "../../errors";
import type { TermbaseEntry } from "../../terms/termbase-entry";

/** Options for writeTbx. */
export interface WriteTbxOptions {
  /** Text of the header's sourceDesc. @default "Glossary exported from Lisière" */
  description?: string;
  /** @default "fr" */
  sourceLanguage?: string;
  /** @default "en" */
  targetLanguage?: string;
}

const STATUS = { preferred: "preferredTerm-admn-sts", admitted: "admittedTerm-admn-sts", forbidden: "deprecatedTerm-admn-sts" } as const;

/** Writes entries as a TBX-Basic v3 document (UTF-8 declared; encode the string as UTF-8). */
export function writeTbx(entries: readonly TermbaseEntry[], options: WriteTbxOptions = {}): string {
  const source = options.sourceLanguage ?? "fr";
  const target = options.targetLanguage ?? "en";
  const ids = conceptIds(entries);
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<tbx type="TBX-Basic" style="dca" xml:lang="${attr(source)}" xmlns="urn:iso:std:iso:30042:ed-2">`,
    `  <tbxHeader>`,
    `    <fileDesc>`,
    `      <sourceDesc>`,
    `        <p>${text(options.description ?? "Glossary exported from Lisière")}</p>`,
    `      </sourceDesc>`,
    `    </fileDesc>`,
    `  </tbxHeader>`,
    `  <text>`,
    `    <body>`,
  ];
  entries.forEach((entry, k) => {
    if (entry.source.trim() === "") {
      throw new DomainError("INVALID_INPUT", `Entry ${k + 1} has no French term; a TBX concept needs one.`, { reason: "MISSING_SOURCE", index: k });
    }
    out.push(`      <conceptEntry id="${attr(ids[k])}">`);
    if (entry.domain) out.push(`        <descrip type="subjectField">${text(entry.domain)}</descrip>`);
    if (entry.note) out.push(`        <note>${text(entry.note)}</note>`);
    if (entry.sourceUrl) out.push(`        <xref type="externalCrossReference" target="${attr(entry.sourceUrl)}">${text(entry.sourceUrl)}</xref>`);
    out.push(`        <langSec xml:lang="${attr(source)}">`);
    if (entry.definition) out.push(`          <descrip type="definition">${text(entry.definition)}</descrip>`);
    out.push(...termSec(entry.source, undefined, entry.partOfSpeech));
    out.push(`        </langSec>`);
    const english = [
      ...(entry.preferred ? [[entry.preferred, STATUS.preferred] as const] : []),
      ...(entry.admitted ?? []).map((t) => [t, STATUS.admitted] as const),
      ...(entry.forbidden ?? []).map((t) => [t, STATUS.forbidden] as const),
    ];
    // TBX requires at least one termSec per langSec, so an entry without English has no English langSec.
    if (english.length > 0) {
      out.push(`        <langSec xml:lang="${attr(target)}">`);
      for (const [term, status] of english) out.push(...termSec(term, status, entry.partOfSpeech));
      out.push(`        </langSec>`);
    }
    out.push(`      </conceptEntry>`);
  });
  out.push(`    </body>`, `  </text>`, `</tbx>`, ``);
  return out.join("\n");
}

function termSec(term: string, status: string | undefined, partOfSpeech: string | undefined): string[] {
  // Terms are one line; parseTbx collapses whitespace in them too, since pretty-printers indent terms.
  const lines = [`          <termSec>`, `            <term>${text(term.replace(/\s+/gu, " ").trim())}</term>`];
  if (partOfSpeech) lines.push(`            <termNote type="partOfSpeech">${text(partOfSpeech)}</termNote>`);
  if (status) lines.push(`            <termNote type="administrativeStatus">${status}</termNote>`);
  lines.push(`          </termSec>`);
  return lines;
}

// conceptEntry ids are xs:ID: an XML name, unique in the file.
const NCNAME = /^[\p{L}_][\p{L}\p{N}\p{M}_.\-\u00B7\u203F\u2040]*$/u;

/** Keeps each entry's id where it is a valid, unused XML id; otherwise derives one ("c3", "id-123"). */
function conceptIds(entries: readonly TermbaseEntry[]): string[] {
  const used = new Set<string>();
  return entries.map((entry, k) => {
    const wanted = entry.id?.trim();
    const base = !wanted ? `c${k + 1}` : NCNAME.test(wanted) ? wanted : `id-${wanted.replace(/[^\p{L}\p{N}\p{M}_.-]/gu, "_")}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

// Characters XML 1.0 cannot carry at all (C0 controls but tab/newline/CR, U+FFFE/U+FFFF, lone
// surrogates) are dropped: writing them would make the file unreadable by every parser.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Escapes element content; "\r" is kept as a reference, or parsers would turn it into "\n". */
function text(value: string): string {
  return value.replace(NOT_XML, "").replace(/[&<>\r]/gu, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : "&#13;"));
}

/** Escapes an attribute value; whitespace other than spaces would be normalised away unescaped. */
function attr(value: string): string {
  const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };
  return value.replace(NOT_XML, "").replace(/[&<>"\t\n\r]/gu, (ch) => escapes[ch]);
}

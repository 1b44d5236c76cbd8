/**
 * TBX import: TBX-Basic v3 (ISO 30042:2019, `<tbx>` → conceptEntry/langSec/termSec, DCA style
 * `<descrip type="…">` or DCT style `<basic:subjectField>`) and the older TBX 2008 (`<martif>` →
 * termEntry/langSet/tig or ntig). One entry per French term: French synonyms are entries sharing
 * their concept's `conceptId`. Each entry's columns summarise its data (tbx-columns.ts) and its
 * `details` keep every data category of the concept, of its French term, of the English terms and
 * of other languages. A file that says it is TBX-Basic and breaks its rules is refused at the
 * first broken rule, with its line; what is only odd (DCT elements in a DCA file, concepts with no
 * French term) is reported in `warnings`.
 */

import type { TermbaseEntry } from "../../terms/termbase-entry";
import type { TbxLanguage, TbxTerm, TermDetails } from "../../terms/term-details";
import { tbxError } from "./errors";
import { collectIds, readItems, readRefObjects, type ReadContext } from "./read-items";
import { childElements, readXml, textContent, type ReadXmlOptions, type XmlElement } from "./read-xml";
import { sortEnglish, summarize } from "./tbx-columns";

/** Limits for parseTbx (see ReadXmlOptions). */
export type ParseTbxOptions = ReadXmlOptions;

/** What readTbx found: the entries, and what it read but reports (never silently drops). */
export interface TbxReadResult {
  entries: TermbaseEntry[];
  warnings: string[];
}

/** Parses a TBX file into termbase entries; throws a coded DomainError and imports nothing if refused. */
export function parseTbx(xml: string, options: ParseTbxOptions = {}): TermbaseEntry[] {
  return readTbx(xml, options).entries;
}

/** parseTbx, with the warnings. */
export function readTbx(xml: string, options: ParseTbxOptions = {}): TbxReadResult {
  const root = readXml(xml, options);
  if (root.name !== "tbx" && root.name !== "martif") {
    throw tbxError("NOT_TBX", `The file is XML but not TBX: its root element is <${root.name}>, not <tbx> or <martif>.`);
  }
  const text = childElements(root, "text")[0];
  if (!text) throw tbxError("NOT_TBX", "The TBX file has no <text> element.");
  const context: ReadContext = {
    ids: collectIds(root),
    refObjects: readRefObjects(root),
    basic: root.name === "tbx" && root.attributes.type === "TBX-Basic",
    dct: root.attributes.style === "dct",
    violations: [],
    warnings: [],
  };
  const concepts = childElements(text, "body").flatMap((body) => childElements(body, "conceptEntry", "termEntry"));
  const languages = new Set<string>();
  const skipped: string[] = [];
  const entries: TermbaseEntry[] = [];
  concepts.forEach((concept, k) => {
    const read = readConcept(concept, k, context, languages);
    if (read.length === 0) skipped.push(concept.attributes.id ?? `#${k + 1}`);
    entries.push(...read);
  });
  const broken = context.violations[0];
  if (broken) {
    throw tbxError("BREAKS_TBX_BASIC", `Line ${broken.line}: ${broken.message} (the file says it is TBX-Basic).`, {
      line: broken.line,
      count: context.violations.length,
    });
  }
  if (concepts.length > 0 && entries.length === 0) {
    throw tbxError("NO_FRENCH_TERMS", `None of the ${concepts.length} concepts has a French term (languages found: ${[...languages].join(", ") || "none"}).`, {
      languages: [...languages],
    });
  }
  if (skipped.length > 0) context.warnings.push(`${skipped.length} concept(s) without a French term were not imported: ${skipped.join(", ")}.`);
  return { entries, warnings: context.warnings };
}

const isFrench = (lang: string) => /^fr(?:[-_]|$)/iu.test(lang);
const isEnglish = (lang: string) => /^en(?:[-_]|$)/iu.test(lang);

/** One entry per French term of the concept; none if it has no French term. */
function readConcept(concept: XmlElement, index: number, context: ReadContext, languages: Set<string>): TermbaseEntry[] {
  const line = concept.line ?? 0;
  const tbxId = concept.attributes.id?.trim() || undefined;
  if (context.basic && !tbxId) context.violations.push({ line, message: "<conceptEntry> has no id" });
  const sections = childElements(concept, "langSec", "langSet").map((langSec) => readLanguage(langSec, context));
  if (context.basic && sections.length === 0) context.violations.push({ line, message: "<conceptEntry> has no <langSec>" });
  for (const s of sections) languages.add(s.lang.toLowerCase());
  const french = merge(sections.filter((s) => isFrench(s.lang)));
  if (!french || french.terms.length === 0) return [];
  const english = merge(sections.filter((s) => isEnglish(s.lang)));
  const others = sections.filter((s) => !isFrench(s.lang) && !isEnglish(s.lang));
  const conceptItems = readItems(concept, "concept", context);
  const conceptId = tbxId ?? `concept-${index + 1}`;
  return french.terms.map((term, position) => {
    const details: TermDetails = { concept: conceptItems, frenchLang: french.lang, french: french.items, term: term.items, position, others };
    if (tbxId) details.tbxId = tbxId;
    if (english) details.english = english;
    const id = position === 0 ? conceptId : `${conceptId}#${position + 1}`;
    return { id, source: term.term, ...sortEnglish(english?.terms ?? []), ...dropEmpty(summarize(details)), conceptId, details };
  });
}

/** A language section: its own items and its terms (empty terms dropped). */
function readLanguage(langSec: XmlElement, context: ReadContext): TbxLanguage {
  const lang = langSec.attributes["xml:lang"] ?? langSec.attributes.lang ?? "";
  const line = langSec.line ?? 0;
  if (context.basic && lang === "") context.violations.push({ line, message: "<langSec> has no xml:lang" });
  const termSections = childElements(langSec, "termSec", "tig", "ntig");
  if (context.basic && termSections.length === 0) context.violations.push({ line, message: "<langSec> has no <termSec>" });
  const terms = termSections.map((section) => readTerm(section, context)).filter((t) => t.term !== "");
  return { lang, items: readItems(langSec, "lang", context), terms };
}

function readTerm(section: XmlElement, context: ReadContext): TbxTerm {
  // TBX 2008 ntig keeps the term and its termNotes in a termGrp.
  const holders = section.name === "ntig" ? [section, ...childElements(section, "termGrp")] : [section];
  const termElements = holders.flatMap((h) => childElements(h, "term"));
  if (context.basic && termElements.length !== 1)
    context.violations.push({ line: section.line ?? 0, message: `<termSec> has ${termElements.length} <term> elements, not one` });
  // Terms are one line: pretty-printers indent them, so whitespace is collapsed.
  const term = termElements[0] ? textContent(termElements[0]).replace(/\s+/gu, " ").trim() : "";
  return { term, items: holders.flatMap((h) => readItems(h, "term", context)) };
}

/** Several sections of one language in one concept read as one (TBX allows it; it is rare). */
function merge(sections: TbxLanguage[]): TbxLanguage | undefined {
  if (sections.length === 0) return undefined;
  return { lang: sections[0].lang, items: sections.flatMap((s) => s.items), terms: sections.flatMap((s) => s.terms) };
}

function dropEmpty<T extends Record<string, string>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== "")) as Partial<T>;
}

/**
 * TBX import: TBX-Basic v3 (ISO 30042:2019, `<tbx>` → conceptEntry/langSec/termSec, DCA style
 * `<descrip type="…">` or DCT style `<basic:subjectField>`) and the older TBX 2008 (`<martif>` →
 * termEntry/langSet/tig or ntig). One entry per concept that has a French term: the French term
 * is the source, English terms are sorted by administrativeStatus into preferred, admitted and
 * forbidden (deprecated or superseded). Other languages and data categories are ignored.
 */

import type { TermbaseEntry } from "../../terms/termbase-entry";
import { tbxError } from "./errors";
import { childElements, readXml, textContent, type ReadXmlOptions, type XmlElement } from "./read-xml";

/** Limits for parseTbx (see ReadXmlOptions). */
export type ParseTbxOptions = ReadXmlOptions;

type Status = "preferred" | "admitted" | "forbidden" | undefined;

interface Datum {
  category: string;
  value: string;
}

interface TermSection {
  term: string;
  status: Status;
  data: Datum[];
}

/** Parses a TBX file into termbase entries; throws a coded DomainError and imports nothing if refused. */
export function parseTbx(xml: string, options: ParseTbxOptions = {}): TermbaseEntry[] {
  const root = readXml(xml, options);
  if (root.name !== "tbx" && root.name !== "martif") {
    throw tbxError("NOT_TBX", `The file is XML but not TBX: its root element is <${root.name}>, not <tbx> or <martif>.`);
  }
  const body = childElements(root, "text").flatMap((text) => childElements(text, "body"))[0];
  if (!body) throw tbxError("NOT_TBX", "The TBX file has no <text><body> element.");
  const concepts = childElements(body, "conceptEntry", "termEntry");
  const languages = new Set<string>();
  const entries = concepts.map((concept) => readConcept(concept, languages)).filter((e): e is TermbaseEntry => e !== null);
  if (concepts.length > 0 && entries.length === 0) {
    throw tbxError("NO_FRENCH_TERMS", `None of the ${concepts.length} concepts has a French term (languages found: ${[...languages].join(", ") || "none"}).`, {
      languages: [...languages],
    });
  }
  return entries;
}

function readConcept(concept: XmlElement, languages: Set<string>): TermbaseEntry | null {
  const french: TermSection[] = [];
  const english: TermSection[] = [];
  const frenchData: Datum[] = [];
  const englishData: Datum[] = [];
  for (const langSec of childElements(concept, "langSec", "langSet")) {
    const lang = (langSec.attributes["xml:lang"] ?? langSec.attributes.lang ?? "").toLowerCase();
    languages.add(lang);
    const sections = childElements(langSec, "termSec", "tig", "ntig")
      .map(readTermSection)
      .filter((s) => s.term !== "");
    if (/^fr(?:[-_]|$)/u.test(lang)) {
      french.push(...sections);
      frenchData.push(...data(langSec));
    } else if (/^en(?:[-_]|$)/u.test(lang)) {
      english.push(...sections);
      englishData.push(...data(langSec));
    }
  }
  if (french.length === 0) return null;

  const source = french.find((s) => s.status === "preferred") ?? french.find((s) => s.status !== "forbidden") ?? french[0];
  const conceptData = data(concept);
  const id = concept.attributes.id?.trim();
  const entry: TermbaseEntry = { ...(id ? { id } : {}), source: source.term, ...sortEnglish(english) };
  setIf(entry, "definition", first(frenchData, "definition") ?? first(conceptData, "definition") ?? first(englishData, "definition"));
  const notes = all(conceptData, "note");
  setIf(entry, "note", (notes.length > 0 ? notes : [...all(frenchData, "note"), ...all(source.data, "note")]).join("\n"));
  setIf(entry, "domain", all(conceptData, "subjectField").join("; "));
  setIf(entry, "partOfSpeech", first(source.data, "partOfSpeech") ?? [...french, ...english].map((s) => first(s.data, "partOfSpeech")).find(Boolean));
  setIf(entry, "sourceUrl", first(conceptData, "externalCrossReference") ?? first([...frenchData, ...source.data], "externalCrossReference"));
  return entry;
}

/** English terms by status; with no preferred term, the first unmarked (else admitted) one is promoted. */
function sortEnglish(sections: TermSection[]): Pick<TermbaseEntry, "preferred" | "admitted" | "forbidden"> {
  const by = (status: Status) => sections.filter((s) => s.status === status).map((s) => s.term);
  const ranked = unique([...by("preferred"), ...by(undefined), ...by("admitted")]);
  const forbidden = unique(by("forbidden")).filter((t) => !ranked.includes(t));
  const result: Pick<TermbaseEntry, "preferred" | "admitted" | "forbidden"> = { preferred: ranked[0] ?? "" };
  if (ranked.length > 1) result.admitted = ranked.slice(1);
  if (forbidden.length > 0) result.forbidden = forbidden;
  return result;
}

function readTermSection(section: XmlElement): TermSection {
  // TBX 2008 ntig keeps the term and its termNotes in a termGrp.
  const holders = section.name === "ntig" ? [section, ...childElements(section, "termGrp")] : [section];
  const termElement = holders.flatMap((h) => childElements(h, "term"))[0];
  const sectionData = holders.flatMap(data);
  const status = first(sectionData, "administrativeStatus") ?? first(sectionData, "normativeAuthorization");
  return { term: termElement ? collapse(textContent(termElement)) : "", status: statusOf(status), data: sectionData };
}

const GROUPS = new Set(["descripGrp", "adminGrp", "termNoteGrp"]);
const TYPED = new Set(["descrip", "termNote", "admin"]);
// DCT style writes the data category as the element name (`<basic:subjectField>`).
const DCT_CATEGORIES = new Set(["subjectField", "definition", "partOfSpeech", "administrativeStatus"]);

/** The data categories held directly by an element (or by its descripGrp/adminGrp/termNoteGrp). */
function data(element: XmlElement): Datum[] {
  const out: Datum[] = [];
  for (const child of childElements(element)) {
    if (GROUPS.has(child.name)) out.push(...data(child));
    else if (TYPED.has(child.name) && child.attributes.type) out.push({ category: child.attributes.type, value: textContent(child).trim() });
    else if (child.name === "note" || DCT_CATEGORIES.has(child.name)) out.push({ category: child.name, value: textContent(child).trim() });
    else if (child.name === "xref") out.push({ category: child.attributes.type ?? "xref", value: (child.attributes.target ?? textContent(child)).trim() });
  }
  return out;
}

function statusOf(value: string | undefined): Status {
  const v = value
    ?.trim()
    .toLowerCase()
    .replace(/term-admn-sts$/u, "");
  if (v === "preferred") return "preferred";
  if (v === "admitted") return "admitted";
  if (v === "deprecated" || v === "superseded" || v === "notrecommended" || v === "forbidden") return "forbidden";
  return undefined;
}

const first = (data: Datum[], category: string): string | undefined => data.find((d) => d.category === category && d.value !== "")?.value;
const all = (data: Datum[], category: string): string[] => data.filter((d) => d.category === category && d.value !== "").map((d) => d.value);
const collapse = (text: string): string => text.replace(/\s+/gu, " ").trim();
const unique = (terms: string[]): string[] => [...new Set(terms)];

function setIf<K extends "definition" | "note" | "domain" | "partOfSpeech" | "sourceUrl">(entry: TermbaseEntry, key: K, value: string | undefined): void {
  if (value) entry[key] = value;
}

/**
 * Glossary entries as the XLIFF 2 glossary module carries them, both ways, with every field of a
 * termbase entry. The module's own elements hold what it has a place for; the rest goes where the
 * module lets other namespaces in (attributes on <gls:glossEntry>, elements after its definition),
 * in our namespace, which other tools skip:
 *
 *   <gls:glossEntry ref="#s1" lis:domain="Droit" lis:partOfSpeech="noun" lis:sourceUrl="https://…">
 *     <gls:term>souveraineté</gls:term>
 *     <gls:translation>sovereignty</gls:translation>                     (preferred, maybe empty)
 *     <gls:translation lis:status="admitted">supremacy</gls:translation>  (each admitted term)
 *     <gls:definition>Pouvoir suprême d’un État.</gls:definition>
 *     <lis:forbidden>sovereignity</lis:forbidden>                          (each forbidden term)
 *     <lis:usageNote>Not in legal texts.</lis:usageNote>
 *   </gls:glossEntry>
 *
 * Admitted terms are real translations, so other tools show them as such; forbidden ones are not,
 * so they stay out of <gls:translation>. Reading another tool's entry, its first translation is the
 * preferred term and any other one an admitted term. Text is trimmed with whitespace runs collapsed.
 */

import { textContent, type XmlElement } from "../tbx/read-xml";
import { elements, nsAttribute } from "./xliff-elements";
import { GLOSSARY_NS, LISIERE_NS, type XliffGlossEntry } from "./xliff-model";
import { attr, collapse, plainText } from "./xliff-text";

const ATTRIBUTES = ["domain", "partOfSpeech", "sourceUrl"] as const;

/** The lines of one entry pointing at segment `segmentId`, indented by `indent`. */
export function writeGlossEntry(segmentId: string, term: XliffGlossEntry, indent: string): string[] {
  const text = (value: string) => plainText(collapse(value));
  const attributes = ATTRIBUTES.filter((name) => term[name]).map((name) => ` lis:${name}="${attr(collapse(term[name]!))}"`);
  const out = [`${indent}<gls:glossEntry ref="#${segmentId}"${attributes.join("")}>`, `${indent}  <gls:term>${text(term.source)}</gls:term>`];
  // An entry needs a translation or a definition: the preferred translation is always there, maybe empty.
  out.push(`${indent}  <gls:translation>${text(term.preferred)}</gls:translation>`);
  for (const admitted of term.admitted ?? []) out.push(`${indent}  <gls:translation lis:status="admitted">${text(admitted)}</gls:translation>`);
  if (term.definition !== undefined) out.push(`${indent}  <gls:definition>${text(term.definition)}</gls:definition>`);
  for (const forbidden of term.forbidden ?? []) out.push(`${indent}  <lis:forbidden>${text(forbidden)}</lis:forbidden>`);
  if (term.note) out.push(`${indent}  <lis:usageNote>${text(term.note)}</lis:usageNote>`);
  out.push(`${indent}</gls:glossEntry>`);
  return out;
}

/** The entry a <gls:glossEntry> holds (namespaces matched by URI, whatever their prefixes). */
export function readGlossEntry(entry: XmlElement): XliffGlossEntry {
  const texts = (ns: string, name: string) => elements(entry, ns, name).map((e) => collapse(textContent(e)));
  const translations = elements(entry, GLOSSARY_NS, "translation");
  const admittedMark = (e: XmlElement) => nsAttribute(e, LISIERE_NS, "status") === "admitted";
  const preferred = translations.find((e) => !admittedMark(e));
  const admitted = translations.filter((e) => e !== preferred).map((e) => collapse(textContent(e)));
  const [definition] = texts(GLOSSARY_NS, "definition");
  const forbidden = texts(LISIERE_NS, "forbidden");
  const [note] = texts(LISIERE_NS, "usageNote");
  const read: XliffGlossEntry = {
    source: texts(GLOSSARY_NS, "term")[0] ?? "",
    preferred: preferred ? collapse(textContent(preferred)) : "",
    ...(admitted.length > 0 ? { admitted } : {}),
    ...(forbidden.length > 0 ? { forbidden } : {}),
    ...(definition !== undefined ? { definition } : {}),
    ...(note ? { note } : {}),
  };
  for (const name of ATTRIBUTES) {
    const value = nsAttribute(entry, LISIERE_NS, name);
    if (value) read[name] = collapse(value);
  }
  return read;
}

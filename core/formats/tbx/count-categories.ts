/**
 * Counts what a TBX file holds, straight from its XML tree (not through parseTbx), so a round trip
 * through our reader and writer can be checked by something that shares none of their logic: per
 * language (or "concept" above the language sections, "back" in the back matter), every element by
 * name and data category, and every value with its whitespace collapsed.
 */

import { childElements, readXml, textContent, type XmlElement } from "./read-xml";

export interface CategoryCounts {
  /** "fr descrip:definition" → 36 */
  elements: Map<string, number>;
  /** "fr descrip:definition = A group of stars…" → 1 */
  values: Map<string, number>;
}

// Elements whose text is data (the rest only hold other elements).
const LEAVES = new Set(["term", "descrip", "admin", "termNote", "note", "xref", "ref", "transac", "transacNote", "date", "item"]);

/** Counts of the concepts `keep` accepts (all by default) and of the back matter. */
export function countCategories(xml: string, keep: (concept: XmlElement) => boolean = () => true): CategoryCounts {
  const root = readXml(xml);
  const counts: CategoryCounts = { elements: new Map(), values: new Map() };
  for (const text of childElements(root, "text")) {
    for (const concept of childElements(text, "body").flatMap((b) => childElements(b, "conceptEntry", "termEntry"))) {
      if (keep(concept)) walk(concept, "concept", counts);
    }
    for (const back of childElements(text, "back")) walk(back, "back", counts);
  }
  return counts;
}

function walk(element: XmlElement, lang: string, counts: CategoryCounts): void {
  const here = element.name === "langSec" ? (element.attributes["xml:lang"] ?? "?") : lang;
  const key = `${here} ${element.name}${element.attributes.type ? `:${element.attributes.type}` : ""}`;
  add(counts.elements, key);
  // Any element holding no element is data too (DCT style names elements after their category).
  if (LEAVES.has(element.name) || childElements(element).length === 0) {
    const target = element.attributes.target ? ` → ${element.attributes.target}` : "";
    add(counts.values, `${key} = ${textContent(element).replace(/\s+/gu, " ").trim()}${target}`);
    return;
  }
  for (const child of childElements(element)) walk(child, here, counts);
}

function add(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** The counts of one language as a sorted plain object, for readable test failures. */
export function countsOf(map: Map<string, number>, lang: string): Record<string, number> {
  return Object.fromEntries([...map].filter(([key]) => key.startsWith(`${lang} `)).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * TBX export in the TBX-Basic dialect of TBX v3 (ISO 30042:2019), DCA style. Entries sharing a
 * conceptId (French synonyms) become one conceptEntry with one French termSec each. Every data
 * category kept in the entries' details is written where it was read (concept, language or term
 * level, in file order, with its group), the columns a user edited since are written into them
 * (tbx-columns.ts), and anything TBX-Basic would refuse is made valid (write-items.ts). Output is
 * always valid against the core grammar: an empty glossary has a `<text>` with no `<body>`, since
 * a body needs at least one conceptEntry.
 */

import { DomainError } from "../../errors";
import type { TermbaseEntry } from "../../terms/termbase-entry";
import type { TbxItem, TbxLanguage, TbxLeaf, TbxTerm, TermDetails } from "../../terms/term-details";
import { applyColumnEdits, emptyDetails, sortEnglish, termStatus, type StatusClass } from "./tbx-columns";
import { collectRefObjects, conceptIds, writeBack } from "./write-back-matter";
import { attr, text, validItems, writeItems } from "./write-items";

/** Options for writeTbx. */
export interface WriteTbxOptions {
  /** Text of the header's sourceDesc. @default "Glossary exported from Lisière" */
  description?: string;
  /** @default "fr" */
  sourceLanguage?: string;
  /** @default "en" */
  targetLanguage?: string;
}

const STATUS: Record<StatusClass, string> = { preferred: "preferredTerm-admn-sts", admitted: "admittedTerm-admn-sts", forbidden: "deprecatedTerm-admn-sts" };

interface Concept {
  wantedId: string;
  details: TermDetails;
  french: TbxTerm[];
  english: TbxTerm[];
}

/** Writes entries as a TBX-Basic v3 document (UTF-8 declared; encode the string as UTF-8). */
export function writeTbx(entries: readonly TermbaseEntry[], options: WriteTbxOptions = {}): string {
  const source = options.sourceLanguage ?? "fr";
  const target = options.targetLanguage ?? "en";
  const concepts = groupConcepts(entries);
  const conceptIdsWritten = conceptIds(concepts.map((c) => c.wantedId));
  const refObjects = collectRefObjects(concepts.flatMap(itemsOfConcept));
  const ids = new Set([...conceptIdsWritten, ...refObjects.keys()]);
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
  ];
  if (concepts.length > 0) out.push(`    <body>`);
  concepts.forEach((concept, k) => {
    const { details } = concept;
    out.push(`      <conceptEntry id="${attr(conceptIdsWritten[k])}">`, ...writeItems(validItems(details.concept, "concept", ids), "        "));
    const languages: TbxLanguage[] = [
      { lang: details.frenchLang ?? source, items: details.french, terms: concept.french },
      { lang: details.english?.lang ?? target, items: details.english?.items ?? [], terms: concept.english },
      ...details.others,
    ];
    // TBX requires at least one termSec per langSec: a language without terms is not written.
    for (const language of languages.filter((l) => l.terms.length > 0)) {
      out.push(`        <langSec xml:lang="${attr(language.lang)}">`, ...writeItems(validItems(language.items, "lang", ids), "          "));
      for (const term of language.terms) {
        // Terms are one line; parseTbx collapses whitespace in them too, since pretty-printers indent terms.
        out.push(`          <termSec>`, `            <term>${text(term.term.replace(/\s+/gu, " ").trim())}</term>`);
        out.push(...writeItems(validItems(term.items, "term", ids), "            "), `          </termSec>`);
      }
      out.push(`        </langSec>`);
    }
    out.push(`      </conceptEntry>`);
  });
  if (concepts.length > 0) out.push(`    </body>`);
  out.push(...writeBack(refObjects), `  </text>`, `</tbx>`, ``);
  return out.join("\n");
}

/** Entries grouped by concept (first appearance order), synonyms by their position in it. */
function groupConcepts(entries: readonly TermbaseEntry[]): Concept[] {
  const groups = new Map<string, { entry: TermbaseEntry; details: TermDetails }[]>();
  entries.forEach((entry, k) => {
    if (entry.source.trim() === "") {
      throw new DomainError("INVALID_INPUT", `Entry ${k + 1} has no French term; a TBX concept needs one.`, { reason: "MISSING_SOURCE", index: k });
    }
    const key = entry.conceptId ? `c:${entry.conceptId}` : `e:${k}`;
    const group = groups.get(key) ?? [];
    group.push({ entry, details: applyColumnEdits(entry.details ?? emptyDetails(), entry) });
    groups.set(key, group);
  });
  return [...groups.values()].map((group) => {
    const rows = group.sort((a, b) => a.details.position - b.details.position);
    const first = rows[0];
    const details = mergeDetails(rows.map((r) => r.details));
    return {
      wantedId: first.details.tbxId ?? first.entry.conceptId ?? first.entry.id ?? "",
      details,
      french: rows.map((r) => ({ term: r.entry.source, items: r.details.term })),
      english: englishTerms(
        rows.map((r) => r.entry),
        details.english?.terms ?? [],
        first.entry.partOfSpeech,
      ),
    };
  });
}

/**
 * One concept's shared data from its synonyms' details. Synonyms imported together carry the same
 * copy, so the first one's is written as it is; what a synonym from another import (or an edit of
 * its columns) adds is appended, never dropped.
 */
function mergeDetails([first, ...rest]: TermDetails[]): TermDetails {
  const english = [first.english, ...rest.map((d) => d.english)].filter((l): l is TbxLanguage => l !== undefined);
  const others = new Map<string, TbxLanguage[]>();
  for (const language of [first, ...rest].flatMap((d) => d.others)) others.set(language.lang, [...(others.get(language.lang) ?? []), language]);
  return {
    ...first,
    concept: mergeItems([first.concept, ...rest.map((d) => d.concept)]),
    french: mergeItems([first.french, ...rest.map((d) => d.french)]),
    ...(english.length > 0 ? { english: mergeLanguages(english) } : {}),
    others: [...others.values()].map(mergeLanguages),
  };
}

function mergeLanguages([first, ...rest]: TbxLanguage[]): TbxLanguage {
  const terms = [...first.terms];
  for (const term of rest.flatMap((l) => l.terms)) {
    const at = terms.findIndex((t) => t.term === term.term);
    if (at < 0) terms.push(term);
    else terms[at] = { term: term.term, items: mergeItems([terms[at].items, term.items]) };
  }
  return { lang: first.lang, items: mergeItems([first.items, ...rest.map((l) => l.items)]), terms };
}

/** The first list as it is (repeats included), then what the others hold that it does not. */
function mergeItems([first, ...rest]: TbxItem[][]): TbxItem[] {
  const seen = new Set(first.map((item) => JSON.stringify(item)));
  const out = [...first];
  for (const item of rest.flat()) {
    const key = JSON.stringify(item);
    if (!seen.has(key)) out.push(item);
    seen.add(key);
  }
  return out;
}

/**
 * The English termSecs: the terms the columns list, in the file's order where they came from one,
 * each keeping its data; a status is written where the stored one would read back differently.
 */
function englishTerms(rows: TermbaseEntry[], stored: readonly TbxTerm[], partOfSpeech: string | undefined): TbxTerm[] {
  const classes = new Map<string, StatusClass>();
  const preferred = rows.map((r) => r.preferred).find(Boolean);
  if (preferred) classes.set(preferred, "preferred");
  for (const term of rows.flatMap((r) => r.admitted ?? [])) if (!classes.has(term)) classes.set(term, "admitted");
  for (const term of rows.flatMap((r) => r.forbidden ?? [])) if (!classes.has(term)) classes.set(term, "forbidden");
  const kept = stored.filter((t) => classes.has(t.term));
  const added = [...classes.keys()]
    .filter((term) => !kept.some((t) => t.term === term))
    // A term typed in the editor says its status; the part of speech is the entry's (one field for both languages).
    .map((term): TbxTerm => {
      const status: TbxLeaf = { element: "termNote", type: "administrativeStatus", value: STATUS[classes.get(term)!] };
      return { term, items: partOfSpeech ? [{ element: "termNote", type: "partOfSpeech", value: partOfSpeech }, status] : [status] };
    });
  const soft = [...kept, ...added].map((t) => withStatus(t, classes.get(t.term)!, false));
  const want = {
    preferred: preferred ?? "",
    admitted: [...classes].filter(([, c]) => c === "admitted").map(([t]) => t),
    forbidden: [...classes].filter(([, c]) => c === "forbidden").map(([t]) => t),
  };
  const got = sortEnglish(soft);
  const same = got.preferred === want.preferred && sameSet(got.admitted ?? [], want.admitted) && sameSet(got.forbidden ?? [], want.forbidden);
  return same ? soft : soft.map((t) => withStatus(t, classes.get(t.term)!, true));
}

/** The term with a status of `wanted` class: kept if it already says so (or, unless `explicit`, says nothing). */
function withStatus(term: TbxTerm, wanted: StatusClass, explicit: boolean): TbxTerm {
  const current = termStatus(term.items);
  const hasStatus = term.items.some((i) => i.type === "administrativeStatus");
  if (current === wanted || (!hasStatus && !explicit && wanted !== "forbidden")) return term;
  const status: TbxLeaf = { element: "termNote", type: "administrativeStatus", value: STATUS[wanted] };
  return { term: term.term, items: [...term.items.filter((i) => i.type !== "administrativeStatus"), status] };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t) => b.includes(t));

/** Every item of a concept as it will be written, at any level. */
function itemsOfConcept(c: Concept): TbxItem[] {
  const languages = [c.details.english, ...c.details.others].filter((l): l is TbxLanguage => l !== undefined);
  return [c.details.concept, c.details.french, ...c.french.map((t) => t.items), ...languages.flatMap((l) => [l.items, ...l.terms.map((t) => t.items)])].flat();
}

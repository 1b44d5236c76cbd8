/**
 * The link between an entry's columns (definition, note, domain, part of speech, source URL, the
 * English term lists — what the matcher, QA and the editor use) and its TBX details. On import,
 * `summarize` fills the columns from the details; on export, `applyColumnEdits` writes back into
 * the details only the columns a user changed since (a column equal to its summary changes
 * nothing), so an untouched entry round-trips exactly and an edited one exports the edit.
 */

import type { TermbaseEntry } from "../../terms/termbase-entry";
import { unindent, valuesOf, type TbxItem, type TbxTerm, type TermDetails } from "../../terms/term-details";

export type StatusClass = "preferred" | "admitted" | "forbidden";

/** Our class of a TBX administrativeStatus (or TBX 2008 normativeAuthorization) value. */
export function statusClass(value: string | undefined): StatusClass | undefined {
  const v = value
    ?.trim()
    .toLowerCase()
    .replace(/term-admn-sts$/u, "");
  if (v === "preferred") return "preferred";
  if (v === "admitted") return "admitted";
  if (v === "deprecated" || v === "superseded" || v === "notrecommended" || v === "forbidden") return "forbidden";
  return undefined;
}

/** A term's status class from its items. */
export function termStatus(items: readonly TbxItem[]): StatusClass | undefined {
  return statusClass(valuesOf(items, "termNote", "administrativeStatus")[0] ?? valuesOf(items, "termNote", "normativeAuthorization")[0]);
}

/** English terms by status; with no preferred term, the first unmarked (else admitted) one is promoted. */
export function sortEnglish(terms: readonly TbxTerm[]): Pick<TermbaseEntry, "preferred" | "admitted" | "forbidden"> {
  const by = (status: StatusClass | undefined) => terms.filter((t) => termStatus(t.items) === status).map((t) => t.term);
  const ranked = unique([...by("preferred"), ...by(undefined), ...by("admitted")]);
  const forbidden = unique(by("forbidden")).filter((t) => !ranked.includes(t));
  const result: Pick<TermbaseEntry, "preferred" | "admitted" | "forbidden"> = { preferred: ranked[0] ?? "" };
  if (ranked.length > 1) result.admitted = ranked.slice(1);
  if (forbidden.length > 0) result.forbidden = forbidden;
  return result;
}

type Summary = Required<Pick<TermbaseEntry, "definition" | "note" | "domain" | "partOfSpeech" | "sourceUrl">>;

// The columns' limits (server/glossary/term-entry-fields.ts): a summary never breaks them.
const MAX_TEXT = 5000;

/** The column values the details stand for. */
export function summarize(details: TermDetails): Summary {
  const english = details.english;
  const definition = [details.french, details.concept, english?.items ?? []].map((items) => valuesOf(items, "descrip", "definition")[0]).find(Boolean) ?? "";
  const note = [...valuesOf(details.concept, "note"), ...valuesOf(details.french, "note"), ...valuesOf(details.term, "note")].join("\n");
  const partOfSpeech =
    [details.term, ...(english?.terms ?? []).map((t) => t.items)].map((items) => valuesOf(items, "termNote", "partOfSpeech")[0]).find(Boolean) ?? "";
  const sourceUrl = [...details.concept, ...details.french, ...details.term]
    .filter((i) => i.element === "xref" && i.type === "externalCrossReference")
    .map((i) => i.target ?? i.value)
    .find((url) => /^https?:\/\/\S+$/iu.test(url) && url.length <= 2000);
  return {
    definition: unindent(definition).slice(0, MAX_TEXT),
    note: unindent(note).slice(0, MAX_TEXT),
    domain: valuesOf(details.concept, "descrip", "subjectField").join("; ").slice(0, 200),
    partOfSpeech: partOfSpeech.slice(0, 50),
    sourceUrl: sourceUrl ?? "",
  };
}

/** Details with nothing in them, for entries typed by hand or read from CSV. */
export function emptyDetails(): TermDetails {
  return { concept: [], french: [], term: [], position: 0, others: [] };
}

/** The details with every column that differs from their summary written into them. */
export function applyColumnEdits(details: TermDetails, entry: TermbaseEntry): TermDetails {
  const was = summarize(details);
  const out: TermDetails = { ...details, concept: [...details.concept], french: [...details.french], term: [...details.term] };
  const now = (key: keyof Summary) => (entry[key] ?? "").trim();
  if (now("definition") !== was.definition) {
    const at = out.french.findIndex((i) => i.element === "descrip" && i.type === "definition");
    const item: TbxItem = { element: "descrip", type: "definition", value: now("definition") };
    if (at >= 0) out.french = now("definition") ? out.french.with(at, { ...out.french[at], value: now("definition") }) : out.french.toSpliced(at, 1);
    else if (now("definition")) out.french.unshift(item);
  }
  if (now("note") !== was.note) {
    const keep = (items: TbxItem[]) => items.filter((i) => i.element !== "note");
    out.concept = keep(out.concept);
    out.french = keep(out.french);
    out.term = [...keep(out.term), ...(now("note") ? [{ element: "note" as const, value: now("note") }] : [])];
  }
  if (now("domain") !== was.domain) {
    const fields = now("domain")
      .split(/\s*;\s*/u)
      .filter(Boolean);
    out.concept = [
      ...fields.map((value): TbxItem => ({ element: "descrip", type: "subjectField", value })),
      ...out.concept.filter((i) => !isCategory(i, "subjectField")),
    ];
  }
  if (now("partOfSpeech") !== was.partOfSpeech) {
    const at = out.term.findIndex((i) => isCategory(i, "partOfSpeech"));
    const item: TbxItem = { element: "termNote", type: "partOfSpeech", value: now("partOfSpeech") };
    if (at >= 0) out.term = now("partOfSpeech") ? out.term.with(at, item) : out.term.toSpliced(at, 1);
    else if (now("partOfSpeech")) out.term.unshift(item);
  }
  if (now("sourceUrl") !== was.sourceUrl) {
    const drop = (items: TbxItem[]) => items.filter((i) => !(isCategory(i, "externalCrossReference") && (i.target ?? i.value) === was.sourceUrl));
    out.term = drop(out.term);
    out.french = drop(out.french);
    out.concept = drop(out.concept);
    if (now("sourceUrl")) out.concept.push({ element: "xref", type: "externalCrossReference", target: now("sourceUrl"), value: now("sourceUrl") });
  }
  return out;
}

const isCategory = (item: TbxItem, type: string) => item.type === type;
const unique = (terms: string[]): string[] => [...new Set(terms)];

/**
 * What parseWebAnnotations accepts, as zod schemas. Lenient about shape (the model allows a single
 * value or an array almost everywhere, and a bare IRI for a body or target), strict about size: an
 * import comes from a file anyone can write, and each string ends up in the database and the grid.
 * Unknown properties are dropped, so annotations from other tools (Hypothesis adds `uri`, `tags`,
 * `document`…) pass.
 */

import { z } from "zod";

export const WEB_ANNOTATION_LIMITS = {
  /** Annotations per file: far above any real document's, low enough to bound the work. */
  items: 50_000,
  /** A quote lies within one segment, a sentence or a paragraph. */
  quote: 10_000,
  /** We keep 32 characters of context; other tools keep a little more. */
  context: 1_000,
  /** A note or definition. */
  text: 20_000,
  /** One term (French source, English equivalent). */
  term: 1_000,
  /** Admitted or forbidden terms of one entry. */
  terms: 200,
  /** Domain, part of speech, language tag, type name. */
  label: 200,
  iri: 4_000,
  /** Bodies, targets or selectors of one annotation. */
  parts: 100,
} as const;

const L = WEB_ANNOTATION_LIMITS;

const text = (max: number) => z.string({ error: "must be text" }).max(max, { error: `is longer than ${max} characters` });

/** One value or several, read as a list ("motivation": "commenting" or ["commenting"]). */
function oneOrMany<T extends z.ZodType>(item: T, max: number = L.parts) {
  const list = z.array(item, { error: (issue) => (issue.input === undefined ? "is missing" : "must be a value or a list") });
  return z.preprocess((v) => (v === undefined || Array.isArray(v) ? v : [v]), list.max(max, { error: `has more than ${max} entries` }));
}

/** A bare string in place of an object is the object's IRI (`"target": "https://…"`). */
function orIri<T extends z.ZodType>(object: T, key: "id" | "source") {
  return z.preprocess((v) => (typeof v === "string" ? { [key]: v } : v), object);
}

const offset = z.number({ error: "must be a number" }).int({ error: "must be a whole number" }).nonnegative({ error: "must not be negative" });

/** Any selector; the fields of the two we read are checked whatever the type says, which costs other types nothing. */
const selectorSchema = z.object({
  type: oneOrMany(text(L.label)).optional(),
  exact: text(L.quote).optional(),
  prefix: text(L.context).optional(),
  suffix: text(L.context).optional(),
  start: offset.optional(),
  end: offset.optional(),
});

const targetSchema = orIri(
  z.object({
    source: text(L.iri).optional(),
    selector: oneOrMany(selectorSchema).optional(),
  }),
  "source",
);

const bodySchema = orIri(
  z.object({
    id: text(L.iri).optional(),
    type: oneOrMany(text(L.label)).optional(),
    value: text(L.text).optional(),
    purpose: oneOrMany(text(L.label)).optional(),
    language: oneOrMany(text(L.label)).optional(),
  }),
  "id",
);

const date = text(64).refine((s) => !Number.isNaN(Date.parse(s)), { error: "is not a date" });

const terms = oneOrMany(text(L.term), L.terms);

export const annotationSchema = z.object({
  type: oneOrMany(text(L.label)).optional(),
  motivation: oneOrMany(text(L.label)).optional(),
  body: oneOrMany(bodySchema).optional(),
  /** The model's shorthand for one plain-text body. */
  bodyValue: text(L.text).optional(),
  target: oneOrMany(targetSchema),
  created: date.optional(),
  "lisiere:term": text(L.term).optional(),
  "lisiere:admitted": terms.optional(),
  "lisiere:forbidden": terms.optional(),
  "lisiere:domain": text(L.label).optional(),
  "lisiere:partOfSpeech": text(L.label).optional(),
  "lisiere:sourceUrl": text(L.iri).optional(),
});

export type ParsedAnnotation = z.infer<typeof annotationSchema>;
export type ParsedBody = NonNullable<ParsedAnnotation["body"]>[number];
export type ParsedSelector = NonNullable<ParsedAnnotation["target"][number]["selector"]>[number];

/**
 * Annotations as W3C Web Annotation Data Model JSON-LD (https://www.w3.org/TR/annotation-model/),
 * so glossaries and notes travel to and from other tools (Hypothesis, Recogito, any triple store).
 *
 * Mapping, chosen so that a tool knowing only the W3C vocabulary still reads the useful part:
 * - a note: motivation "commenting", one TextualBody with purpose "commenting";
 * - a gloss: motivation "describing", TextualBodies for the English equivalent (purpose
 *   "identifying", language "en": it names what the French term denotes — not "tagging", which
 *   Hypothesis uses for free tags and would turn every tagged annotation into a gloss), the
 *   definition ("describing") and the note ("commenting"); the termbase fields the W3C vocabulary
 *   lacks (French term, admitted and forbidden terms, domain, part of speech, source URL) are flat
 *   `lisiere:` properties declared in LISIERE_CONTEXT. Flat, because inside a nested object the
 *   Web Annotation context would read a key like `source` as oa:hasSource;
 * - target: the segment, with a TextQuoteSelector and a TextPositionSelector. Orphans target the
 *   document with the quote only: their old offsets refer to a segment text that no longer holds it.
 *   Offsets are UTF-16 code units, where the W3C counts code points; they differ only after an
 *   astral character (emoji) in the segment, and readers treat offsets as a hint checked against
 *   the quote (anchorSpan does).
 */

import type { SpanAnchor } from "./span-anchor";

export { parseWebAnnotations } from "./parse-web-annotations";

export interface AnnotationRecord {
  id: string;
  kind: "gloss" | "note";
  segmentId: string | null;
  status: "anchored" | "orphaned";
  anchor: SpanAnchor;
  /** Free text note ("" if none). */
  note: string;
  /** For kind "gloss": the termbase entry it applies. */
  gloss?: {
    source: string;
    preferred: string;
    admitted?: string[];
    forbidden?: string[];
    definition?: string;
    domain?: string;
    partOfSpeech?: string;
    sourceUrl?: string;
  };
  author: { id: string; name: string } | null;
  /** ISO 8601 dates. */
  created: string;
  modified: string;
}

/** How records' ids become IRIs: the export names things, the application decides the names. */
export interface WebAnnotationContext {
  documentIri: string;
  documentTitle: string;
  segmentIri: (segmentId: string) => string;
  annotationIri: (id: string) => string;
}

/** An annotation read from a file, not yet attached to a segment (the caller resolves `segmentRef`). */
export interface ImportedAnnotation {
  kind: "gloss" | "note";
  /** The target's source IRI, or null when the target names none. */
  segmentRef: string | null;
  anchor: { exact: string; prefix: string; suffix: string; start: number | null; end: number | null };
  note: string;
  gloss?: AnnotationRecord["gloss"];
  /** ISO 8601, normalised to UTC. */
  created?: string;
}

export const WEB_ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/**
 * Our vocabulary's namespace. A URN rather than an http IRI: nothing needs to be served there, and
 * we claim no domain. Changing it breaks the import of earlier exports.
 */
export const LISIERE_VOCABULARY = "urn:lisiere:vocabulary:";

/** The extension context: the `lisiere:` prefix (which is enough for domain and part of speech), and the language or type of the other terms. */
export const LISIERE_CONTEXT = {
  lisiere: LISIERE_VOCABULARY,
  "lisiere:term": { "@language": "fr" },
  "lisiere:admitted": { "@language": "en", "@container": "@set" },
  "lisiere:forbidden": { "@language": "en", "@container": "@set" },
  "lisiere:sourceUrl": { "@type": "@id" },
} as const;

/** An AnnotationCollection with every annotation embedded in its first (and only) page. */
export function toWebAnnotationCollection(records: readonly AnnotationRecord[], context: WebAnnotationContext): Record<string, unknown> {
  // A fragment of the document IRI: identifies the set without pretending a URL serves it.
  const collectionIri = context.documentIri.includes("#") ? `${context.documentIri}-annotations` : `${context.documentIri}#annotations`;
  const pageIri = `${collectionIri}-page-1`;
  return {
    "@context": [WEB_ANNOTATION_CONTEXT, LISIERE_CONTEXT],
    id: collectionIri,
    type: "AnnotationCollection",
    label: `Annotations on “${context.documentTitle}”`,
    total: records.length,
    // The model requires a page to have at least one item, so an empty collection has no pages.
    ...(records.length > 0 && {
      first: { id: pageIri, type: "AnnotationPage", startIndex: 0, items: records.map((r) => toWebAnnotation(r, context)) },
      last: pageIri,
    }),
  };
}

function toWebAnnotation(record: AnnotationRecord, context: WebAnnotationContext): Record<string, unknown> {
  const { anchor, gloss } = record;
  const anchored = record.status === "anchored" && record.segmentId !== null;
  const quote = { type: "TextQuoteSelector", exact: anchor.exact, ...nonEmpty({ prefix: anchor.prefix, suffix: anchor.suffix }) };
  const position = { type: "TextPositionSelector", start: anchor.start, end: anchor.end };
  const isGloss = record.kind === "gloss" && gloss !== undefined;
  const body = [
    ...(isGloss && gloss.preferred ? [textBody(gloss.preferred, "identifying", "en")] : []),
    ...(isGloss && gloss.definition ? [textBody(gloss.definition, "describing")] : []),
    ...(record.note ? [textBody(record.note, "commenting")] : []),
  ];
  return {
    id: context.annotationIri(record.id),
    type: "Annotation",
    motivation: isGloss ? "describing" : "commenting",
    created: record.created,
    modified: record.modified,
    ...(record.author && { creator: { type: "Person", name: record.author.name } }),
    ...(body.length > 0 && { body }),
    target: {
      source: anchored ? context.segmentIri(record.segmentId!) : context.documentIri,
      selector: anchored ? [quote, position] : [quote],
    },
    ...(isGloss && {
      "lisiere:term": gloss.source,
      ...nonEmpty({ "lisiere:admitted": gloss.admitted, "lisiere:forbidden": gloss.forbidden }),
      ...nonEmpty({ "lisiere:domain": gloss.domain, "lisiere:partOfSpeech": gloss.partOfSpeech, "lisiere:sourceUrl": gloss.sourceUrl }),
    }),
  };
}

/** A plain-text TextualBody; `language` only where we know it (the note and definition may be in either). */
function textBody(value: string, purpose: string, language?: string): Record<string, string> {
  return { type: "TextualBody", value, format: "text/plain", ...(language && { language }), purpose };
}

/** The entries whose value is a non-empty string or array: absent and empty mean the same, so write neither. */
function nonEmpty<V extends string | readonly string[] | undefined>(fields: Record<string, V>): Record<string, V> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v.length > 0));
}

/**
 * Reading W3C Web Annotations back (ours, or another tool's) into ImportedAnnotation values. The
 * reverse of web-annotation.ts's mapping, plus what other tools write: Hypothesis puts the note in a
 * TextualBody without purpose and tags in "tagging" bodies (ignored), may omit the motivation, and
 * wraps the target in an array. Any malformed annotation refuses the whole file, naming it by its
 * 1-based position, so that an import is all or nothing and the user can find what to fix.
 */

import { DomainError } from "../errors";
import type { ImportedAnnotation } from "./web-annotation";
import { annotationSchema, WEB_ANNOTATION_LIMITS, type ParsedAnnotation, type ParsedBody } from "./web-annotation-schema";

/** Why a file was refused, in `details.reason`. */
export type WebAnnotationRefusal = "MALFORMED_JSON" | "NOT_WEB_ANNOTATIONS" | "TOO_MANY_ITEMS" | "INVALID_ANNOTATION";

/** Body purposes that carry no note: a tag or a link is not prose (their bodies are dropped). */
const NOT_PROSE = new Set(["tagging", "classifying", "linking", "bookmarking", "moderating", "highlighting"]);

/** Parses an AnnotationCollection, an AnnotationPage, an array of Annotations or one Annotation. */
export function parseWebAnnotations(json: string, options: { maxItems?: number } = {}): ImportedAnnotation[] {
  const maxItems = options.maxItems ?? WEB_ANNOTATION_LIMITS.items;
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch (error) {
    throw refuse("MALFORMED_JSON", `The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  const items = itemsOf(root);
  if (items.length > maxItems) {
    throw refuse("TOO_MANY_ITEMS", `The file has ${items.length} annotations; at most ${maxItems} can be imported at once.`, { count: items.length, maxItems });
  }
  return items.map((item, k) => readAnnotation(item, k + 1));
}

function refuse(reason: WebAnnotationRefusal, message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError("INVALID_INPUT", message, { reason, ...details });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function hasType(v: Record<string, unknown>, type: string): boolean {
  return v.type === type || (Array.isArray(v.type) && v.type.includes(type));
}

/** The annotations of whichever container the file holds. */
function itemsOf(root: unknown): unknown[] {
  if (Array.isArray(root)) return root;
  const notAnnotations = refuse(
    "NOT_WEB_ANNOTATIONS",
    "The file is not a W3C Web Annotation file: expected an Annotation, an AnnotationPage, an AnnotationCollection or a list of Annotations.",
  );
  if (!isObject(root)) throw notAnnotations;
  if (hasType(root, "AnnotationCollection") || "first" in root) {
    const first = root.first;
    if (first === undefined && (root.total === 0 || root.total === undefined)) return [];
    if (Array.isArray(first)) return first;
    if (isObject(first)) return pageItems(first, "The collection's first page");
    throw refuse(
      "NOT_WEB_ANNOTATIONS",
      "The collection's first page is not in the file (only a link to it is): export the collection with its annotations embedded.",
    );
  }
  if (hasType(root, "AnnotationPage") || "items" in root) return pageItems(root, "The annotation page");
  if (hasType(root, "Annotation") || "target" in root) return [root];
  throw notAnnotations;
}

function pageItems(page: Record<string, unknown>, what: string): unknown[] {
  if (!Array.isArray(page.items)) throw refuse("NOT_WEB_ANNOTATIONS", `${what} has no list of items.`);
  // Following `next` would mean fetching; importing only this page would silently lose the rest.
  if (page.next !== undefined) throw refuse("NOT_WEB_ANNOTATIONS", `${what} links to further pages; only single-page collections can be imported.`);
  return page.items;
}

function readAnnotation(item: unknown, n: number): ImportedAnnotation {
  if (!isObject(item)) throw refuse("INVALID_ANNOTATION", `Annotation ${n} is not a JSON object.`, { index: n });
  const parsed = annotationSchema.safeParse(item);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path
      .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
      .join("")
      .replace(/^\./, "");
    throw refuse("INVALID_ANNOTATION", `Annotation ${n}: ${path || "it"} ${issue.message}.`, { index: n, path });
  }
  const a = parsed.data;
  const anchor = readAnchor(a, n);
  const roles = classifyBodies(a);
  const isGloss = roles.equivalents.length > 0 || a["lisiere:term"] !== undefined;
  const notes = isGloss ? roles.notes : [...roles.notes, ...roles.descriptions];
  return {
    kind: isGloss ? "gloss" : "note",
    segmentRef: anchor.source,
    anchor: anchor.anchor,
    note: notes.join("\n\n"),
    ...(isGloss && { gloss: readGloss(a, anchor.anchor.exact, roles.equivalents, roles.descriptions) }),
    ...(a.created !== undefined && { created: new Date(a.created).toISOString() }),
  };
}

/** The first target with a TextQuoteSelector, and a TextPositionSelector of that target if any. */
function readAnchor(a: ParsedAnnotation, n: number): { source: string | null; anchor: ImportedAnnotation["anchor"] } {
  for (const target of a.target) {
    const selectors = target.selector ?? [];
    const quote = selectors.find((s) => s.type?.includes("TextQuoteSelector"));
    if (quote === undefined) continue;
    if (quote.exact === undefined || quote.exact.trim() === "") {
      throw refuse("INVALID_ANNOTATION", `Annotation ${n} has a TextQuoteSelector with no quote (its "exact" is missing or blank).`, { index: n });
    }
    const position = selectors.find((s) => s.type?.includes("TextPositionSelector") && s.start !== undefined && s.end !== undefined);
    if (position && position.start! >= position.end!) {
      throw refuse("INVALID_ANNOTATION", `Annotation ${n} has a TextPositionSelector that ends before it starts.`, { index: n });
    }
    return {
      source: target.source ?? null,
      anchor: { exact: quote.exact, prefix: quote.prefix ?? "", suffix: quote.suffix ?? "", start: position?.start ?? null, end: position?.end ?? null },
    };
  }
  throw refuse("INVALID_ANNOTATION", `Annotation ${n} has no TextQuoteSelector: Lisière anchors annotations to quoted text.`, { index: n });
}

interface BodyRoles {
  /** "identifying" bodies, as text and language. */
  equivalents: { value: string; language: string[] }[];
  /** "describing" bodies: a gloss's definition, or note text when the annotation is no gloss. */
  descriptions: string[];
  notes: string[];
}

/** Sorts the textual bodies by purpose; a body without one takes the annotation's motivation, as the model says. */
function classifyBodies(a: ParsedAnnotation): BodyRoles {
  const roles: BodyRoles = { equivalents: [], descriptions: [], notes: [] };
  const bodies: ParsedBody[] = [...(a.body ?? []), ...(a.bodyValue !== undefined ? [{ value: a.bodyValue }] : [])];
  for (const body of bodies) {
    if (body.value === undefined || body.value.trim() === "") continue;
    const purposes = body.purpose ?? a.motivation ?? ["commenting"];
    if (purposes.includes("identifying")) roles.equivalents.push({ value: body.value, language: body.language ?? [] });
    else if (purposes.includes("describing")) roles.descriptions.push(body.value);
    else if (!purposes.some((p) => NOT_PROSE.has(p))) roles.notes.push(body.value);
  }
  return roles;
}

function readGloss(
  a: ParsedAnnotation,
  exact: string,
  equivalents: BodyRoles["equivalents"],
  descriptions: string[],
): NonNullable<ImportedAnnotation["gloss"]> {
  // The English one is preferred; any other equivalent counts as admitted.
  const english = equivalents.filter((e) => e.language.some((l) => l.toLowerCase().startsWith("en")));
  const ordered = [...english, ...equivalents.filter((e) => !english.includes(e))].map((e) => e.value);
  const admitted = unique([...ordered.slice(1), ...(a["lisiere:admitted"] ?? [])]);
  const fields = {
    admitted,
    forbidden: a["lisiere:forbidden"] ?? [],
    definition: descriptions.join("\n\n"),
    domain: a["lisiere:domain"] ?? "",
    partOfSpeech: a["lisiere:partOfSpeech"] ?? "",
    sourceUrl: a["lisiere:sourceUrl"] ?? "",
  };
  return {
    source: a["lisiere:term"] || exact,
    preferred: ordered[0] ?? "",
    ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v.length > 0)),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

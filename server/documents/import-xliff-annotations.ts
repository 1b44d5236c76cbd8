import { randomUUID } from "node:crypto";
import { describeSpan } from "@/core/annotations/span-anchor";
import type { XliffGlossEntry, XliffSegment } from "@/core/formats/xliff/xliff-model";
import type { Db } from "../db/client";
import { completeEntry } from "../glossary/complete-entry";
import { parseTermEntryFields, sameTermKey, toTermEntryColumns, type TermEntryFields } from "../glossary/term-entry-fields";

/** An Annotation row of an imported document; a gloss names its term until the termbase gives its id. */
export type ImportedAnnotationRow = Record<string, string | number | Date | null> & { termKey?: string };

type Tx = Pick<Db, "termEntry">;

const MAX_BODY = 5000;

/**
 * The notes and glosses of one imported segment as Annotation rows: a note on the whole segment
 * covers its whole source; a note or gloss about some words keeps its span when the source still
 * has those words there, else the first place they occur, else it covers the whole source.
 */
export function importedAnnotationRows(
  segment: Pick<XliffSegment, "source" | "notes" | "spanNotes">,
  context: { documentId: string; segmentId: string; authorId: string | null; now: Date },
): ImportedAnnotationRow[] {
  const source = segment.source;
  if (!source.trim()) return [];
  const whole = { start: 0, end: source.length, exact: source, prefix: "", suffix: "" };
  const row = (kind: "note" | "gloss", body: string, anchor: typeof whole, termKey?: string): ImportedAnnotationRow => ({
    id: randomUUID(),
    documentId: context.documentId,
    segmentId: context.segmentId,
    kind,
    body: body.trim().slice(0, MAX_BODY),
    termEntryId: null,
    ...anchor,
    status: "anchored",
    authorId: context.authorId,
    createdAt: context.now,
    updatedAt: context.now,
    ...(termKey !== undefined ? { termKey } : {}),
  });
  const rows = (segment.notes ?? []).filter((body) => body.trim()).map((body) => row("note", body, whole));
  for (const note of segment.spanNotes ?? []) {
    if (note.kind === "note" && !note.body.trim()) continue;
    const at = source.slice(note.start, note.end) === note.exact ? note.start : source.indexOf(note.exact);
    const anchor = at >= 0 && note.exact.trim() !== "" ? describeSpan(source, at, at + note.exact.length) : whole;
    rows.push(row(note.kind, note.body, anchor, note.kind === "gloss" ? sameTermKey(note.term ?? note.exact.trim()) : undefined));
  }
  return rows;
}

/**
 * Brings an imported file's glossary entries (and the terms its glosses explain) into the project's
 * termbase the way a gloss does in the editor: a new term becomes an entry; an existing one (same
 * French term) only gets what it lacked. An entry whose fields are not acceptable (a source that
 * is not a web address…) is left out rather than refusing the document. Returns term key → entry id.
 */
export async function importTermEntries(
  tx: Tx,
  options: { projectId: string; createdById: string | null; terms: readonly XliffGlossEntry[]; glossTerms: readonly string[] },
): Promise<Map<string, string>> {
  const incoming = new Map<string, TermEntryFields>();
  for (const term of [...options.terms, ...options.glossTerms.map((source) => ({ source, preferred: "" }))]) {
    let fields: TermEntryFields;
    try {
      fields = parseTermEntryFields(term);
    } catch {
      continue;
    }
    const key = sameTermKey(fields.source);
    if (!incoming.has(key)) incoming.set(key, fields);
  }
  if (incoming.size === 0) return new Map();
  const ids = new Map(
    (await tx.termEntry.findMany({ where: { projectId: options.projectId }, select: { id: true, source: true } })).map((e) => [sameTermKey(e.source), e.id]),
  );
  for (const [key, fields] of incoming) {
    const id = ids.get(key);
    if (id) await completeEntry(tx, id, fields);
    else
      ids.set(key, (await tx.termEntry.create({ data: { projectId: options.projectId, createdById: options.createdById, ...toTermEntryColumns(fields) } })).id);
  }
  return ids;
}

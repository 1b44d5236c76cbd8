import type { BlockInfo, DocumentWriter } from "@/core/formats/document-writer";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";

/** Segments read per query: one page is all an export holds in memory at a time. */
export const EXPORT_PAGE_SIZE = 2_000;

export interface ExportRow {
  id: string;
  paragraphId: string;
  sourceText: string;
  targetText: string;
  status: string;
  /** Order in the document (pages are cut on it). */
  position: number;
  /** The kind and level of the segment's paragraph. */
  block: BlockInfo;
}

/** The positions a page of rows spans, for reading what hangs on its segments in one query. */
export function positionsOf(rows: readonly ExportRow[]): { from: number; to: number } {
  return { from: rows[0].position, to: rows[rows.length - 1].position };
}

/**
 * A document's segments in order, a page at a time, each with its paragraph's kind and level
 * (keyset on position and id, which the (documentId, position) index serves; one joined query a
 * page instead of a look-up of the page's paragraphs).
 */
export async function* segmentPages(db: Db, documentId: string, pageSize = EXPORT_PAGE_SIZE): AsyncGenerator<ExportRow[]> {
  let after: { position: number; id: string } | null = null;
  for (;;) {
    const from: Prisma.Sql = after
      ? Prisma.sql`AND (s."position" > ${after.position} OR (s."position" = ${after.position} AND s."id" > ${after.id}))`
      : Prisma.empty;
    const rows: (ExportRow & { position: number; kind: string; level: number | null })[] = await db.$queryRaw<
      (ExportRow & { position: number; kind: string; level: number | null })[]
    >`
      SELECT s."id", s."paragraphId", s."position", s."sourceText", s."targetText", s."status", p."kind", p."level"
      FROM "Segment" s JOIN "Paragraph" p ON p."id" = s."paragraphId"
      WHERE s."documentId" = ${documentId} ${from}
      ORDER BY s."position", s."id" LIMIT ${pageSize}`;
    if (rows.length === 0) return;
    yield rows.map((r) => ({
      ...r,
      position: Number(r.position),
      block: { kind: r.kind === "heading" ? "heading" : "paragraph", ...(r.level !== null ? { level: Number(r.level) } : {}) },
    }));
    const last: { position: number; id: string } = rows[rows.length - 1];
    after = { position: Number(last.position), id: last.id };
  }
}

/**
 * Runs `writer` over the document: each page's rows become the writer's segments (`toSegments`
 * may read what they need — notes, comments — for that page only), grouped into blocks by
 * paragraph. Yields the text as it is written; a pause between pages lets other requests run.
 */
export async function* writeDocument<S>(
  db: Db,
  documentId: string,
  writer: DocumentWriter<S>,
  toSegments: (rows: ExportRow[]) => Promise<S[]> | S[],
): AsyncGenerator<string> {
  yield writer.start();
  let paragraphId: string | null = null;
  for await (const rows of segmentPages(db, documentId)) {
    const segments = await toSegments(rows);
    const out: string[] = [];
    rows.forEach((row, k) => {
      if (row.paragraphId !== paragraphId) {
        if (paragraphId !== null) out.push(writer.closeBlock());
        paragraphId = row.paragraphId;
        out.push(writer.openBlock(row.block));
      }
      out.push(writer.segment(segments[k]));
    });
    yield out.join("");
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (paragraphId !== null) yield writer.closeBlock();
  yield writer.end();
}

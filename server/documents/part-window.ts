import { PART_SIZE, type DocumentPart } from "@/core/model/parts";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";

/** Arguments of `segment.findMany` that read some segments in document order. */
export interface SegmentWindow {
  where: Prisma.SegmentWhereInput;
  orderBy: Prisma.SegmentOrderByWithRelationInput[];
  skip?: number;
  take?: number;
}

/** Segments after `row` in document order (position, then id): the keyset cursor of every reader that pages or steps through a document. */
export const afterInDocumentOrder = (row: { position: number; id: string }): Prisma.SegmentWhereInput => ({
  OR: [{ position: { gt: row.position } }, { position: row.position, id: { gt: row.id } }],
});

/** The whole document, in document order. */
export const wholeDocument = (documentId: string): SegmentWindow => ({ where: { documentId }, orderBy: [{ position: "asc" }, { id: "asc" }] });

/**
 * How to read one part of a document's segments in document order (position, then id): pass the
 * result to `segment.findMany` with that order. Skipping `offset` whole rows costs as much as
 * reading them (the last part of a book skipped 195,000), so the part's first position is found on
 * the (documentId, position) index alone, and only the rows sharing that position that belong to
 * the part before are skipped.
 */
export async function partWindow(db: Pick<Db, "segment">, documentId: string, part: Pick<DocumentPart, "offset">): Promise<SegmentWindow> {
  const { orderBy } = wholeDocument(documentId);
  if (part.offset === 0) return { where: { documentId }, orderBy, skip: 0, take: PART_SIZE };
  const [first] = await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" }, skip: part.offset, take: 1, select: { position: true } });
  if (!first) return { where: { documentId }, orderBy, skip: part.offset, take: PART_SIZE };
  const before = await db.segment.count({ where: { documentId, position: { lt: first.position } } });
  return { where: { documentId, position: { gte: first.position } }, orderBy, skip: part.offset - before, take: PART_SIZE };
}

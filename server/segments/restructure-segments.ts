import { mergePairs, moveFirstTargetSentenceUp, moveLastTargetSentenceDown, splitPair, unalignTarget, type Pair } from "@/core/segments/restructure";
import { SEGMENT_VIEW_SELECT, toSegmentView } from "./segment-view";
import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { deleteSegments, insertSegmentAfter, requireWriter, writeSegment, type SegmentRow as Row, type Tx } from "./write-segment";
import { moveAnnotationsForMerge, moveAnnotationsForSplit } from "../annotations/move-annotations";
import { moveCommentsForMerge, moveCommentsForSplit } from "../comments/move-comments";
import { AppError } from "../errors";
import { commitThenPublish } from "../live/outbox";
import { afterInDocumentOrder } from "../documents/part-window";

export type RestructureOp =
  | { kind: "merge"; segmentId: string }
  | { kind: "split"; segmentId: string; sourceOffset: number; targetOffset: number }
  | { kind: "moveTargetDown"; segmentId: string }
  | { kind: "moveTargetUp"; segmentId: string }
  | { kind: "unalign"; segmentId: string };

const refuse = (message: string): never => {
  throw new AppError("INVALID_INPUT", message, { reason: "CANNOT_RESTRUCTURE" });
};

/** The segment after `row` in document order, optionally only within its paragraph. */
async function nextSegment(tx: Tx, row: Row, sameParagraph: boolean): Promise<Row | null> {
  return tx.segment.findFirst({
    where: {
      documentId: row.documentId,
      ...(sameParagraph ? { paragraphId: row.paragraphId } : {}),
      ...afterInDocumentOrder(row),
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
}

/**
 * Merges, splits or moves text between neighbouring segments, as one transaction with a version
 * check on every segment it touches (`versions` holds what the caller saw) and a revision for each
 * change. Text is never lost: see core/segments/restructure.ts. Returns the affected paragraphs'
 * segments in order, for the grid to splice in.
 */
export async function restructureSegments(db: Db, options: { actor: Actor; op: RestructureOp; versions: Record<string, number> }) {
  const head = await db.segment.findUnique({ where: { id: options.op.segmentId }, select: { documentId: true } });
  if (!head) throw new AppError("NOT_FOUND", "Segment not found.");
  const writer = await requireWriter(db, options.actor, head.documentId);
  const { op } = options;
  const recordAs = op.kind === "moveTargetDown" || op.kind === "moveTargetUp" ? "move" : op.kind;

  return commitThenPublish(db, options.actor.userId, async (tx) => {
    const first = await tx.segment.findUniqueOrThrow({ where: { id: op.segmentId } });
    const checkVersion = (row: Row) => {
      if (options.versions[row.id] !== undefined && options.versions[row.id] !== row.version) {
        throw new AppError("CONFLICT", "This segment changed since you loaded it; reload to see the latest text.", { segmentId: row.id });
      }
    };
    checkVersion(first);
    const write = (row: Row, pair: Pair) =>
      writeSegment(tx, writer, row, { action: "restructure", recordAs, sourceText: pair.source, targetText: pair.target, layout: { alignScore: null } });
    const insertAfter = (row: Row, pair: Pair) =>
      insertSegmentAfter(tx, writer, row, { sourceText: pair.source, targetText: pair.target, translatedById: row.translatedById }, recordAs);
    const pairOf = (row: Row): Pair => ({ source: row.sourceText, target: row.targetText });
    const touched = new Set([first.paragraphId]);

    switch (op.kind) {
      case "merge": {
        const second = (await nextSegment(tx, first, true)) ?? refuse("There is no next segment in this paragraph to merge with.");
        checkVersion(second);
        if (second.trackedBaseText !== null) refuse("Accept or revert the reviewer's edit in the next segment first.");
        const merged = mergePairs(pairOf(first), pairOf(second));
        await moveAnnotationsForMerge(tx, first, second, { id: first.id, sourceText: merged.source });
        await moveCommentsForMerge(tx, first, second, { id: first.id, targetText: merged.target });
        await write(first, merged);
        await deleteSegments(tx, [second.id]);
        break;
      }
      case "split": {
        const [a, b] = splitPair(pairOf(first), op.sourceOffset, op.targetOffset);
        if (!a.source && !a.target) refuse("Nothing would be left in the first segment.");
        if (!b.source && !b.target) refuse("Nothing would go to the new segment.");
        await write(first, a);
        const created = await insertAfter(first, b);
        await moveAnnotationsForSplit(tx, first, op.sourceOffset, { id: first.id, sourceText: a.source }, created);
        await moveCommentsForSplit(tx, first, op.targetOffset, { id: first.id, targetText: a.target }, created);
        break;
      }
      case "moveTargetDown":
      case "moveTargetUp": {
        const second = (await nextSegment(tx, first, false)) ?? refuse("There is no next segment.");
        checkVersion(second);
        if (second.trackedBaseText !== null) refuse("Accept or revert the reviewer's edit in the next segment first.");
        const moved =
          op.kind === "moveTargetDown" ? moveLastTargetSentenceDown(pairOf(first), pairOf(second)) : moveFirstTargetSentenceUp(pairOf(first), pairOf(second));
        if (!moved) refuse("There is no translation to move.");
        await write(first, moved![0]);
        await write(second, moved![1]);
        touched.add(second.paragraphId);
        break;
      }
      case "unalign": {
        const split = unalignTarget(pairOf(first)) ?? refuse("Only a segment with both source and translation can be unaligned.");
        await write(first, split[0]);
        await insertAfter(first, split[1]);
        break;
      }
    }

    const segments = await tx.segment.findMany({
      where: { paragraphId: { in: [...touched] } },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: SEGMENT_VIEW_SELECT,
    });
    return { paragraphIds: [...touched], segments: segments.map(toSegmentView) };
  });
}

import type { TmMatch } from "@/core/tm/types";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { findMatches } from "./find-matches";
import { neighboursOf } from "./segment-context";

/**
 * The matches the side panel shows for one segment: its source looked up in the memories its
 * project reads, with its neighbours as context so that an exact match in the same place is 101 %.
 */
export async function getSegmentMatches(db: Db, actor: Actor, segmentId: string, options: { minScore?: number; limit?: number } = {}): Promise<TmMatch[]> {
  const segment = await db.segment.findUnique({ where: { id: segmentId }, select: { documentId: true, position: true, sourceText: true } });
  if (!segment) throw new AppError("NOT_FOUND", "Segment not found.");
  const { projectId } = await requireDocumentAction(db, actor, segment.documentId, "memory.read");
  const { previousSource, nextSource } = await neighboursOf(db, segment);
  return findMatches(db, {
    projectId,
    sourceText: segment.sourceText,
    previousSource,
    nextSource,
    minScore: options.minScore,
    limit: options.limit,
  });
}

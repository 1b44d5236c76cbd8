"use server";

import { z } from "zod";
import { SEGMENT_STATUSES } from "@/core/model/document";
import { getDb } from "@/server/db/client";
import { listRevisions } from "@/server/segments/list-revisions";
import { replaceInTargets } from "@/server/segments/replace-in-targets";
import { restoreRevision } from "@/server/segments/restore-revision";
import { restructureSegments } from "@/server/segments/restructure-segments";
import { saveSegment } from "@/server/segments/save-segment";
import { undoReplace } from "@/server/segments/undo-replace";
import { recordId } from "./_lib/input-schemas";
import { runAction } from "./_lib/run-action";

const version = z.number().int().positive();
const targetText = z.string().max(100_000);

const ZSaveSegmentInput = z.object({ segmentId: recordId, baseVersion: version, targetText, status: z.enum(SEGMENT_STATUSES).optional() });

/** Autosave endpoint of the grid: validates, then delegates to the save-segment use case. */
export async function saveSegmentAction(input: unknown) {
  return runAction(ZSaveSegmentInput, input, (data, actor) => saveSegment(getDb(), { actor, ...data }));
}

const ZRestructureInput = z.object({
  op: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("merge"), segmentId: recordId }),
    z.object({ kind: z.literal("split"), segmentId: recordId, sourceOffset: z.number().int().min(0), targetOffset: z.number().int().min(0) }),
    z.object({ kind: z.literal("moveTargetDown"), segmentId: recordId }),
    z.object({ kind: z.literal("moveTargetUp"), segmentId: recordId }),
    z.object({ kind: z.literal("unalign"), segmentId: recordId }),
  ]),
  versions: z.record(z.string().max(100), version),
});

/** Merge / split / move / unalign, validated, then delegated to the use case. */
export async function restructureAction(input: unknown) {
  return runAction(ZRestructureInput, input, (data, actor) => restructureSegments(getDb(), { actor, ...data }));
}

const ZSegmentRef = z.object({ segmentId: recordId });

/** The history panel's list of a segment's revisions. */
export async function listRevisionsAction(input: unknown) {
  return runAction(ZSegmentRef, input, (data, actor) => listRevisions(getDb(), { actor, ...data }));
}

/** Restores an older revision as a new one (version-checked like any save). */
export async function restoreRevisionAction(input: unknown) {
  return runAction(ZSegmentRef.extend({ revisionId: recordId, baseVersion: version }), input, (data, actor) => restoreRevision(getDb(), { actor, ...data }));
}

const ZDocumentRef = z.object({ documentId: recordId });
const ZChange = z.object({ segmentId: recordId, baseVersion: version, targetText });

/** Applies a previewed search-and-replace to targets (all or nothing, version-checked). */
export async function replaceInTargetsAction(input: unknown) {
  return runAction(ZDocumentRef.extend({ changes: z.array(ZChange).max(20_000) }), input, (data, actor) => replaceInTargets(getDb(), { actor, ...data }));
}

/** Takes back one search-and-replace batch. */
export async function undoReplaceAction(input: unknown) {
  return runAction(ZDocumentRef.extend({ batchId: recordId }), input, (data, actor) => undoReplace(getDb(), { actor, ...data }));
}

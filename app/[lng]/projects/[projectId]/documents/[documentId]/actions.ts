"use server";

import { z } from "zod";
import { endProgress, progressReporter } from "@/server/jobs/progress-board";
import { recordId } from "@/app/_lib/input-schemas";
import { SEGMENT_STATUSES } from "@/core/model/document";
import { getDb } from "@/server/db/client";
import { restructureSegments } from "@/server/segments/restructure-segments";
import { saveSegment } from "@/server/segments/save-segment";
import { listRevisions } from "@/server/segments/list-revisions";
import { restoreRevision } from "@/server/segments/restore-revision";
import { replaceInTargets } from "@/server/segments/replace-in-targets";
import { undoReplace } from "@/server/segments/undo-replace";
import { runAction } from "@/app/_lib/run-action";
import { MAX_IMPORT_BYTES } from "@/server/documents/read-upload";
import { importTranslation } from "@/server/documents/import-translation";
import { formatOfFile } from "@/server/documents/read-text-blocks";
import { currentActor } from "@/app/_lib/current-actor";
import { actionError, type ActionState } from "@/app/_lib/action-result";
import type { SaveResult } from "@/components/workbench";

const ZSaveSegmentInput = z.object({
  segmentId: recordId,
  baseVersion: z.number().int().positive(),
  targetText: z.string().max(100_000),
  status: z.enum(SEGMENT_STATUSES).optional(),
});

/** Autosave endpoint of the grid: validates, then delegates to the save-segment use case. */
export async function saveSegmentAction(input: unknown): Promise<SaveResult> {
  const parsed = ZSaveSegmentInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", message: parsed.error.issues[0]?.message ?? "Invalid input" };
  try {
    const segment = await saveSegment(getDb(), { actor: await currentActor(), ...parsed.data });
    return { ok: true, segment };
  } catch (error) {
    const state = actionError(error);
    return { ok: false, code: state.code, message: state.message, details: state.details };
  }
}

const ZRestructureInput = z.object({
  op: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("merge"), segmentId: recordId }),
    z.object({ kind: z.literal("split"), segmentId: recordId, sourceOffset: z.number().int().min(0), targetOffset: z.number().int().min(0) }),
    z.object({ kind: z.literal("moveTargetDown"), segmentId: recordId }),
    z.object({ kind: z.literal("moveTargetUp"), segmentId: recordId }),
    z.object({ kind: z.literal("unalign"), segmentId: recordId }),
  ]),
  versions: z.record(z.string().max(100), z.number().int().positive()),
});

export type RestructureResult =
  | ({ ok: true } & Awaited<ReturnType<typeof restructureSegments>>)
  | { ok: false; code: string; message: string };

/** Merge / split / move / unalign, validated, then delegated to the use case. */
export async function restructureAction(input: unknown): Promise<RestructureResult> {
  const parsed = ZRestructureInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", message: parsed.error.issues[0]?.message ?? "Invalid input" };
  try {
    return { ok: true, ...(await restructureSegments(getDb(), { actor: await currentActor(), ...parsed.data })) };
  } catch (error) {
    const state = actionError(error);
    return { ok: false, code: state.code, message: state.message };
  }
}

const ZImportTranslation = z.object({
  documentId: recordId,
  text: z.string().max(MAX_IMPORT_BYTES).optional(),
  replace: z.literal("on").optional(),
});

/** Imports an existing English translation (file or paste) and aligns it with the document. */
export async function importTranslationAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const input = ZImportTranslation.safeParse({ documentId: form.get("documentId"), text: form.get("text") || undefined, replace: form.get("replace") || undefined });
  if (!input.success) return { ok: false, code: "INVALID_INPUT", message: input.error.issues[0]?.message ?? "Invalid input" };
  const file = form.get("file");
  const upload = file instanceof File && file.size > 0 ? file : null;
  const pasted = input.data.text?.trim() ? input.data.text : null;
  if (!upload === !pasted) return { ok: false, code: "INVALID_INPUT", message: "Choose a file or paste the English text (one of them).", details: { reason: upload ? "BOTH_GIVEN" : "NO_CONTENT" } };
  const progressToken = String(form.get("progressToken") ?? "");
  try {
    const actor = await currentActor();
    const result = await importTranslation(getDb(), {
      actor,
      onProgress: progressReporter(progressToken, actor.userId),
      documentId: input.data.documentId,
      content: upload ? new Uint8Array(await upload.arrayBuffer()) : pasted!,
      format: upload ? formatOfFile(upload.name) : "txt",
      replace: input.data.replace === "on",
    });
    return { ok: true, data: result };
  } catch (error) {
    return actionError(error);
  } finally {
    endProgress(progressToken);
  }
}

const ZSegmentRef = z.object({ segmentId: recordId });

/** The history panel's list of a segment's revisions. */
export async function listRevisionsAction(input: unknown) {
  return runAction(ZSegmentRef, input, (data, actor) => listRevisions(getDb(), { actor, ...data }));
}

/** Restores an older revision as a new one (version-checked like any save). */
export async function restoreRevisionAction(input: unknown) {
  return runAction(ZSegmentRef.extend({ revisionId: recordId, baseVersion: z.number().int().positive() }), input, (data, actor) => restoreRevision(getDb(), { actor, ...data }));
}

const ZDocumentRef = z.object({ documentId: recordId });

/** Applies a previewed search-and-replace to targets (all or nothing, version-checked). */
export async function replaceInTargetsAction(input: unknown) {
  const change = z.object({ segmentId: recordId, baseVersion: z.number().int().positive(), targetText: z.string().max(100_000) });
  return runAction(ZDocumentRef.extend({ changes: z.array(change).max(20_000) }), input, (data, actor) => replaceInTargets(getDb(), { actor, ...data }));
}

/** Takes back one search-and-replace batch. */
export async function undoReplaceAction(input: unknown) {
  return runAction(ZDocumentRef.extend({ batchId: recordId }), input, (data, actor) => undoReplace(getDb(), { actor, ...data }));
}

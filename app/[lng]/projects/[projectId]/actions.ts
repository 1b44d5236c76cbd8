"use server";

import { z } from "zod";
import { endProgress, progressReporter } from "@/server/jobs/progress-board";
import { recordId } from "@/app/_lib/input-schemas";
import { getDb } from "@/server/db/client";
import { importDocument } from "@/server/documents/import-document";
import { assertUploadSize, MAX_IMPORT_BYTES } from "@/server/documents/read-upload";
import { AppError } from "@/server/errors";
import { currentActor } from "../../../_lib/current-actor";
import { actionError, type ActionState } from "../../../_lib/action-result";

const ZImportInput = z.object({
  projectId: recordId,
  title: z.string().trim().max(300).optional(),
  text: z.string().max(MAX_IMPORT_BYTES).optional(),
  segmentation: z.enum(["sentence", "paragraph"]).default("sentence"),
});

/** Imports an uploaded file or pasted text as a new document of the project. */
export async function importDocumentAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const file = form.get("file");
  const input = ZImportInput.safeParse({
    projectId: form.get("projectId"),
    title: form.get("title") || undefined,
    text: form.get("text") || undefined,
    segmentation: form.get("segmentation") || undefined,
  });
  if (!input.success) return { ok: false, code: "INVALID_INPUT", message: input.error.issues[0]?.message ?? "Invalid input" };
  try {
    const upload = file instanceof File && file.size > 0 ? file : null;
    const pasted = input.data.text?.trim() ? input.data.text : null;
    if (upload && pasted) throw new AppError("INVALID_INPUT", "Choose a file or paste text, not both.", { reason: "BOTH_GIVEN" });
    if (!upload && !pasted) throw new AppError("INVALID_INPUT", "Choose a file or paste some text.", { reason: "NO_CONTENT" });
    if (upload) assertUploadSize(upload.size);
    const actor = await currentActor();
    const result = await importDocument(getDb(), {
      actor,
      onProgress: progressReporter(String(form.get("progressToken") ?? ""), actor.userId),
      projectId: input.data.projectId,
      content: upload ? new Uint8Array(await upload.arrayBuffer()) : pasted!,
      fileName: upload?.name,
      title: input.data.title,
      segmentation: input.data.segmentation,
    });
    return { ok: true, data: { documentId: result.documentId, segments: result.segments } };
  } catch (error) {
    return actionError(error);
  } finally {
    endProgress(String(form.get("progressToken") ?? ""));
  }
}

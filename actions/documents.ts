"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { restoreDocument } from "@/server/documents/restore-document";
import { trashDocument } from "@/server/documents/trash-document";
import { importDocument } from "@/server/documents/import-document";
import { importTranslation } from "@/server/documents/import-translation";
import { formatOfFile } from "@/server/documents/read-text-blocks";
import { assertUploadSize, MAX_IMPORT_BYTES } from "@/server/documents/read-upload";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { endProgress, progressReporter } from "@/server/jobs/progress-board";
import { clientIp } from "@/app/_lib/current-actor";
import type { XliffDropped } from "@/core/formats/xliff/validate/refuse";
import type { FormState } from "./_lib/action-result";
import { recordId } from "./_lib/input-schemas";
import { runAction } from "./_lib/run-action";

/** The one of a file and a pasted text the form was given; refused when it is both or neither. */
function uploadOrPaste(form: FormData, pastedText: string | undefined, what: string): { upload: File | null; pasted: string | null } {
  const file = form.get("file");
  const upload = file instanceof File && file.size > 0 ? file : null;
  const pasted = pastedText?.trim() ? pastedText : null;
  if (upload && pasted) throw new AppError("INVALID_INPUT", `Choose a file or paste ${what}, not both.`, { reason: "BOTH_GIVEN" });
  if (!upload && !pasted) throw new AppError("INVALID_INPUT", `Choose a file or paste ${what}.`, { reason: "NO_CONTENT" });
  return { upload, pasted };
}

const ZImportInput = z.object({
  projectId: recordId,
  title: z.string().trim().max(300).optional(),
  text: z.string().max(MAX_IMPORT_BYTES).optional(),
  segmentation: z.enum(["sentence", "paragraph"]).default("sentence"),
  importAnyway: z.literal("on").optional(),
});

export type ImportedDocument = { documentId: string; segments: number; dropped?: XliffDropped[] };

/** Imports an uploaded file or pasted text as a new document of the project. */
export async function importDocumentAction(_state: FormState<ImportedDocument>, form: FormData): Promise<FormState<ImportedDocument>> {
  const progressToken = String(form.get("progressToken") ?? "");
  const input = {
    projectId: form.get("projectId"),
    title: form.get("title") || undefined,
    text: form.get("text") || undefined,
    segmentation: form.get("segmentation") || undefined,
    importAnyway: form.get("importAnyway") || undefined,
  };
  try {
    return await runAction(ZImportInput, input, async (data, actor) => {
      const { upload, pasted } = uploadOrPaste(form, data.text, "some text");
      if (upload) assertUploadSize(upload.size);
      return importDocument(getDb(), {
        actor,
        onProgress: progressReporter(progressToken, actor.userId),
        projectId: data.projectId,
        content: upload ? new Uint8Array(await upload.arrayBuffer()) : pasted!,
        fileName: upload?.name,
        title: data.title,
        segmentation: data.segmentation,
        importAnyway: data.importAnyway === "on",
      });
    });
  } finally {
    await endProgress(progressToken);
  }
}

const ZDocument = z.object({ documentId: recordId });

/** Moves a document to the project's trash (owners); the page then offers Undo. */
export async function trashDocumentAction(input: { documentId: string }) {
  return runAction(ZDocument, input, async (data, actor) => {
    const result = await trashDocument(getDb(), { actor, documentId: data.documentId, ip: await clientIp() });
    revalidatePath("/[lng]/projects/[projectId]", "page");
    return result;
  });
}

/** Restores a document from the trash (owners): the Undo after a deletion and the trash's Restore. */
export async function restoreDocumentAction(input: { documentId: string }) {
  return runAction(ZDocument, input, async (data, actor) => {
    const result = await restoreDocument(getDb(), { actor, documentId: data.documentId, ip: await clientIp() });
    revalidatePath("/[lng]/projects/[projectId]", "page");
    return result;
  });
}

const ZImportTranslation = z.object({
  documentId: recordId,
  text: z.string().max(MAX_IMPORT_BYTES).optional(),
  replace: z.literal("on").optional(),
});

export type ImportedTranslation = Awaited<ReturnType<typeof importTranslation>>;

/** Imports an existing English translation (file or paste) and aligns it with the document. */
export async function importTranslationAction(_state: FormState<ImportedTranslation>, form: FormData): Promise<FormState<ImportedTranslation>> {
  const progressToken = String(form.get("progressToken") ?? "");
  const input = { documentId: form.get("documentId"), text: form.get("text") || undefined, replace: form.get("replace") || undefined };
  try {
    return await runAction(ZImportTranslation, input, async (data, actor) => {
      const { upload, pasted } = uploadOrPaste(form, data.text, "the English text");
      return importTranslation(getDb(), {
        actor,
        onProgress: progressReporter(progressToken, actor.userId),
        documentId: data.documentId,
        content: upload ? new Uint8Array(await upload.arrayBuffer()) : pasted!,
        format: upload ? formatOfFile(upload.name) : "txt",
        replace: data.replace === "on",
      });
    });
  } finally {
    await endProgress(progressToken);
  }
}

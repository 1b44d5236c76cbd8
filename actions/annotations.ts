"use server";

import { z } from "zod";
import { endProgress, progressReporter } from "@/server/jobs/progress-board";
import { recordId, versionStamp } from "./_lib/input-schemas";
import { createAnnotation } from "@/server/annotations/create-annotation";
import { deleteAnnotation } from "@/server/annotations/delete-annotation";
import { getDocumentAnnotations } from "@/server/annotations/get-document-annotations";
import { importAnnotations, MAX_ANNOTATION_JSON } from "@/server/annotations/import-annotations";
import { reattachAnnotation } from "@/server/annotations/reattach-annotation";
import { updateAnnotation } from "@/server/annotations/update-annotation";
import { getDb } from "@/server/db/client";
import { assertUploadSize } from "@/server/documents/read-upload";
import { AppError } from "@/server/errors";
import { runAction } from "./_lib/run-action";

const offset = z.number().int().min(0).max(1_000_000);

const ZCreate = z.object({
  segmentId: recordId,
  start: offset,
  end: offset,
  kind: z.enum(["gloss", "note"]),
  body: z.string().max(5000),
  // Entry fields are validated by the use case's termbase schema.
  entry: z.record(z.string(), z.unknown()).optional(),
});

export async function createAnnotationAction(input: unknown) {
  return runAction(ZCreate, input, (data, actor) => createAnnotation(getDb(), { actor, ...data }));
}

export async function listAnnotationsAction(input: unknown) {
  return runAction(z.object({ documentId: recordId }), input, (data, actor) => getDocumentAnnotations(getDb(), { actor, ...data }));
}

export async function updateAnnotationAction(input: unknown) {
  return runAction(z.object({ annotationId: recordId, baseUpdatedAt: versionStamp, body: z.string().max(5000) }), input, (data, actor) =>
    updateAnnotation(getDb(), { actor, ...data }),
  );
}

export async function deleteAnnotationAction(input: unknown) {
  return runAction(z.object({ annotationId: recordId }), input, (data, actor) => deleteAnnotation(getDb(), { actor, ...data }));
}

export async function reattachAnnotationAction(input: unknown) {
  return runAction(z.object({ annotationId: recordId, segmentId: recordId, start: offset, end: offset }), input, (data, actor) =>
    reattachAnnotation(getDb(), { actor, ...data }),
  );
}

/** W3C Web Annotation JSON-LD upload: all or nothing. */
export async function importAnnotationsAction(form: FormData) {
  return runAction(
    z.object({ documentId: recordId, file: z.instanceof(File) }),
    { documentId: form.get("documentId"), file: form.get("file") },
    async (data, actor) => {
      if (data.file.size === 0) throw new AppError("INVALID_INPUT", "Choose a JSON-LD file first.");
      // Checked before reading the upload into memory; the use case checks the text again.
      assertUploadSize(data.file.size, MAX_ANNOTATION_JSON, "annotation file");
      const progressToken = String(form.get("progressToken") ?? "");
      try {
        return await importAnnotations(getDb(), {
          actor,
          documentId: data.documentId,
          json: await data.file.text(),
          onProgress: progressReporter(progressToken, actor.userId),
        });
      } finally {
        await endProgress(progressToken);
      }
    },
  );
}

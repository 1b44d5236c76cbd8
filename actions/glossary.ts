"use server";

import { z } from "zod";
import { recordId, versionStamp } from "./_lib/input-schemas";
import { getDb } from "@/server/db/client";
import { createTermEntry } from "@/server/glossary/create-term-entry";
import { deleteTermEntry } from "@/server/glossary/delete-term-entry";
import { getTermEntryDetails } from "@/server/glossary/get-term-entry-details";
import { importGlossary, MAX_GLOSSARY_BYTES } from "@/server/glossary/import-glossary";
import { updateTermEntry } from "@/server/glossary/update-term-entry";
import { assertUploadSize } from "@/server/documents/read-upload";
import { AppError } from "@/server/errors";
import { clientIp } from "@/app/_lib/current-actor";
import { runAction } from "./_lib/run-action";

// Field-level rules (lengths, URL scheme) live in the use case's schema; this only shapes the input.
const fields = z.record(z.string(), z.unknown());

export async function createTermEntryAction(input: unknown) {
  return runAction(z.object({ projectId: recordId, fields }), input, (data, actor) => createTermEntry(getDb(), { actor, ...data }));
}

/** An entry's TBX details (definitions, contexts, notes…), loaded when the glossary page opens them. */
export async function getTermEntryDetailsAction(input: unknown) {
  return runAction(z.object({ entryId: recordId }), input, (data, actor) => getTermEntryDetails(getDb(), { actor, ...data }));
}

export async function updateTermEntryAction(input: unknown) {
  return runAction(z.object({ entryId: recordId, baseUpdatedAt: versionStamp, fields }), input, (data, actor) => updateTermEntry(getDb(), { actor, ...data }));
}

export async function deleteTermEntryAction(input: unknown) {
  return runAction(z.object({ entryId: recordId }), input, (data, actor) => deleteTermEntry(getDb(), { actor, ...data }));
}

const ZImport = z.object({ projectId: recordId, file: z.instanceof(File) });

/** Glossary upload (TBX or CSV), all or nothing. */
export async function importGlossaryAction(form: FormData) {
  return runAction(ZImport, { projectId: form.get("projectId"), file: form.get("file") }, async (data, actor) => {
    if (data.file.size === 0) throw new AppError("INVALID_INPUT", "Choose a TBX or CSV file first.");
    // Checked before reading the upload into memory; the use case checks again.
    assertUploadSize(data.file.size, MAX_GLOSSARY_BYTES, "glossary");
    const bytes = new Uint8Array(await data.file.arrayBuffer());
    return importGlossary(getDb(), { actor, projectId: data.projectId, bytes, fileName: data.file.name, ip: await clientIp() });
  });
}

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordId } from "@/app/_lib/input-schemas";
import { clientIp } from "@/app/_lib/current-actor";
import { runAction } from "@/app/_lib/run-action";
import { getDb } from "@/server/db/client";
import { restoreDocument } from "@/server/documents/restore-document";
import { trashDocument } from "@/server/documents/trash-document";

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

"use server";

import { z } from "zod";
import { getDb } from "@/server/db/client";
import { searchDocument } from "@/server/documents/search-document";
import { recordId } from "./_lib/input-schemas";
import { runAction } from "./_lib/run-action";

const number = z.number().int().min(1);

const ZSearchDocumentInput = z.object({
  documentId: recordId,
  query: z.string().min(1).max(500),
  caseSensitive: z.boolean(),
  wholeWord: z.boolean(),
  regex: z.boolean(),
  scope: z.enum(["source", "target", "both"]),
  around: z.object({ first: number, last: number }),
});

/**
 * The find bar of a long document: how many matches the whole document holds, and the nearest
 * ones outside the open part (`around`), to lead there. Only those, not every hit: a book can hold
 * a word a hundred thousand times.
 */
export async function searchDocumentAction(input: unknown) {
  return runAction(ZSearchDocumentInput, input, async (data, actor) => {
    const { total, previous, next } = await searchDocument(getDb(), { actor, ...data });
    return { total, previous: previous?.number ?? null, next: next?.number ?? null };
  });
}

"use server";

import { z } from "zod";
import { getDb } from "@/server/db/client";
import { listChangedSegments } from "@/server/live/list-changed-segments";
import { recordId } from "./_lib/input-schemas";
import { runAction } from "./_lib/run-action";

const position = z.number().int().min(0);
const ZChangedSince = z.object({
  documentId: recordId,
  since: z.number().int().min(0),
  fromPosition: position.optional(),
  toPosition: position.optional(),
  after: z.object({ position, id: recordId }).optional(),
});

/** What changed in a document since a server time, between two positions: a live grid catching up after a reconnect or a batch. */
export async function listChangedSegmentsAction(input: unknown) {
  return runAction(ZChangedSince, input, (data, actor) => listChangedSegments(getDb(), { actor, ...data }));
}

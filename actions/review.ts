"use server";

import { z } from "zod";
import { recordId } from "./_lib/input-schemas";
import { getDb } from "@/server/db/client";
import { editSource } from "@/server/segments/edit-source";
import { settleTrackedChange } from "@/server/segments/settle-tracked-change";
import { runAction } from "./_lib/run-action";

const version = z.number().int().positive();

/** Accepts or reverts a reviewer's tracked change on one segment. */
export async function settleTrackedChangeAction(input: unknown) {
  return runAction(z.object({ segmentId: recordId, baseVersion: version, decision: z.enum(["accept", "revert"]) }), input, (data, actor) =>
    settleTrackedChange(getDb(), { actor, ...data }),
  );
}

/** Corrects a segment's French source (owners); the translation is flagged "source changed". */
export async function editSourceAction(input: unknown) {
  return runAction(z.object({ segmentId: recordId, baseVersion: version, sourceText: z.string().max(100_000) }), input, (data, actor) =>
    editSource(getDb(), { actor, ...data }),
  );
}

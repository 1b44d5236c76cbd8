"use server";

import { z } from "zod";
import { getDb } from "@/server/db/client";
import { attachMemory } from "@/server/tm/attach-memory";
import { countRepetitions } from "@/server/tm/count-repetitions";
import { detachMemory } from "@/server/tm/detach-memory";
import { listMemories } from "@/server/tm/list-memories";
import { pretranslateDocument } from "@/server/tm/pretranslate-document";
import { propagateRepetitions } from "@/server/tm/propagate-repetitions";
import { reorderMemories } from "@/server/tm/reorder-memories";
import { setAutoPropagate } from "@/server/tm/set-auto-propagate";
import { recordId } from "./_lib/input-schemas";
import { runAction } from "./_lib/run-action";

// Translation memory: which memories a project reads (owners), pre-translation and repetitions.

const ZProject = z.object({ projectId: recordId });
const ZAttachment = ZProject.extend({ memoryProjectId: recordId });
const ZSegment = z.object({ segmentId: recordId });

/** The Memory page: own memory, attached ones in order, what could be attached, the propagation setting. */
export async function listMemoriesAction(input: unknown) {
  return runAction(ZProject, input, (data, actor) => listMemories(getDb(), { actor, ...data }));
}

export async function attachMemoryAction(input: unknown) {
  return runAction(ZAttachment, input, (data, actor) => attachMemory(getDb(), { actor, ...data }));
}

export async function detachMemoryAction(input: unknown) {
  return runAction(ZAttachment, input, (data, actor) => detachMemory(getDb(), { actor, ...data }));
}

export async function reorderMemoriesAction(input: unknown) {
  return runAction(ZProject.extend({ memoryProjectIds: z.array(recordId).max(1_000) }), input, (data, actor) => reorderMemories(getDb(), { actor, ...data }));
}

export async function setAutoPropagateAction(input: unknown) {
  return runAction(ZProject.extend({ autoPropagate: z.boolean() }), input, (data, actor) => setAutoPropagate(getDb(), { actor, ...data }));
}

/** Fills a document's empty segments from the memory (threshold 70 % by default, or 100 for exact matches only). */
export async function pretranslateDocumentAction(input: unknown) {
  return runAction(z.object({ documentId: recordId, minScore: z.number().int().min(1).max(101).optional() }), input, (data, actor) =>
    pretranslateDocument(getDb(), { actor, ...data }),
  );
}

/** The grid's offer after a confirm: how many empty repetitions there are… */
export async function countRepetitionsAction(input: unknown) {
  return runAction(ZSegment, input, (data, actor) => countRepetitions(getDb(), { actor, ...data }));
}

/** …and filling them when the user accepts. */
export async function propagateRepetitionsAction(input: unknown) {
  return runAction(ZSegment, input, (data, actor) => propagateRepetitions(getDb(), { actor, ...data }));
}

"use server";

import { z } from "zod";
import { recordId, versionStamp } from "./_lib/input-schemas";
import { MAX_COMMENT_LENGTH } from "@/server/comments/comment-view";
import { createComment } from "@/server/comments/create-comment";
import { deleteComment } from "@/server/comments/delete-comment";
import { listComments } from "@/server/comments/list-comments";
import { replyToComment } from "@/server/comments/reply-to-comment";
import { reopenThread, resolveThread } from "@/server/comments/resolve-comment";
import { updateComment } from "@/server/comments/update-comment";
import { getDb } from "@/server/db/client";
import { runAction } from "./_lib/run-action";

const offset = z.number().int().min(0).max(1_000_000);
// Room for surrounding whitespace and CRLFs: the use case trims, then enforces MAX_COMMENT_LENGTH with a precise message.
const body = z.string().max(2 * MAX_COMMENT_LENGTH);

export async function listCommentsAction(input: unknown) {
  return runAction(z.object({ documentId: recordId, segmentId: recordId.optional() }), input, (data, actor) => listComments(getDb(), { actor, ...data }));
}

export async function createCommentAction(input: unknown) {
  return runAction(z.object({ segmentId: recordId, body, start: offset.optional(), end: offset.optional() }), input, (data, actor) =>
    createComment(getDb(), { actor, ...data }),
  );
}

export async function replyToCommentAction(input: unknown) {
  return runAction(z.object({ commentId: recordId, body }), input, (data, actor) => replyToComment(getDb(), { actor, ...data }));
}

export async function updateCommentAction(input: unknown) {
  return runAction(z.object({ commentId: recordId, baseUpdatedAt: versionStamp, body }), input, (data, actor) => updateComment(getDb(), { actor, ...data }));
}

export async function deleteCommentAction(input: unknown) {
  return runAction(z.object({ commentId: recordId }), input, (data, actor) => deleteComment(getDb(), { actor, ...data }));
}

export async function resolveThreadAction(input: unknown) {
  return runAction(z.object({ commentId: recordId }), input, (data, actor) => resolveThread(getDb(), { actor, ...data }));
}

export async function reopenThreadAction(input: unknown) {
  return runAction(z.object({ commentId: recordId }), input, (data, actor) => reopenThread(getDb(), { actor, ...data }));
}

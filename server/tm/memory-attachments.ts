import { groupBy } from "@/core/group-by";
import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";

/**
 * The rules an owner's attachments follow, shared by the use cases that change them and the list
 * of what could be attached: a project reads another's memory only if its owner can read that
 * project, never its own, and never in a cycle (A reads B reads A), which would make "where does
 * this match come from" circular.
 */

/** Whether `from` reads `target`'s memory, directly or through the memories it reads. */
export function reaches(edges: readonly { projectId: string; memoryProjectId: string }[], from: string, target: string): boolean {
  const next = groupBy(edges, (e) => e.projectId);
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (at === target) return true;
    if (seen.has(at)) continue;
    seen.add(at);
    for (const e of next.get(at) ?? []) stack.push(e.memoryProjectId);
  }
  return false;
}

/** Every attachment there is: a small table (a few per project), read whole for the cycle check. */
export function allAttachments(db: Pick<Db, "tmAttachment">) {
  return db.tmAttachment.findMany({ select: { projectId: true, memoryProjectId: true } });
}

/** Refuses, with the reason in one line, a memory `projectId` may not read. */
export async function requireAttachable(db: Db, actor: Actor, projectId: string, memoryProjectId: string): Promise<void> {
  if (memoryProjectId === projectId)
    throw new AppError("INVALID_INPUT", "A project always reads its own memory first; it cannot be attached to itself.", { reason: "OWN_MEMORY" });
  // The owner must be able to read the other project: a non-member learns nothing of it.
  await requireProjectAction(db, actor, memoryProjectId, "memory.read");
  if (reaches(await allAttachments(db), memoryProjectId, projectId))
    throw new AppError("INVALID_INPUT", "That project already reads this project's memory; attaching it would make a cycle.", { reason: "CYCLE" });
}

/** Renumbers a project's attachments 1…n in the given order (the one home of priorities). */
export async function renumber(db: Pick<Db, "tmAttachment">, projectId: string, memoryProjectIds: readonly string[]): Promise<void> {
  for (const [k, memoryProjectId] of memoryProjectIds.entries())
    await db.tmAttachment.update({ where: { projectId_memoryProjectId: { projectId, memoryProjectId } }, data: { priority: k + 1 } });
}

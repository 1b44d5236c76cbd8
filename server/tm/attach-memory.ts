import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { requireAttachable } from "./memory-attachments";

/** The owner of `projectId` attaches another project's memory (read-only), read after the others already attached. */
export async function attachMemory(db: Db, options: { actor: Actor; projectId: string; memoryProjectId: string }): Promise<{ priority: number }> {
  await requireProjectAction(db, options.actor, options.projectId, "memory.manage");
  await requireAttachable(db, options.actor, options.projectId, options.memoryProjectId);
  return db.$transaction(async (tx) => {
    const existing = await tx.tmAttachment.findMany({ where: { projectId: options.projectId }, select: { memoryProjectId: true, priority: true } });
    if (existing.some((a) => a.memoryProjectId === options.memoryProjectId))
      throw new AppError("INVALID_INPUT", "This memory is already attached.", { reason: "ALREADY_ATTACHED" });
    const priority = Math.max(0, ...existing.map((a) => a.priority)) + 1;
    await tx.tmAttachment.create({ data: { projectId: options.projectId, memoryProjectId: options.memoryProjectId, priority } });
    return { priority };
  });
}

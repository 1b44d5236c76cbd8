import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { renumber } from "./memory-attachments";

/** The owner sets the order attached memories are read in (after the project's own): every attached one, once. */
export async function reorderMemories(db: Db, options: { actor: Actor; projectId: string; memoryProjectIds: string[] }): Promise<void> {
  await requireProjectAction(db, options.actor, options.projectId, "memory.manage");
  await db.$transaction(async (tx) => {
    const attached = await tx.tmAttachment.findMany({ where: { projectId: options.projectId }, select: { memoryProjectId: true } });
    const asked = new Set(options.memoryProjectIds);
    if (asked.size !== options.memoryProjectIds.length || asked.size !== attached.length || attached.some((a) => !asked.has(a.memoryProjectId)))
      throw new AppError("INVALID_INPUT", "The new order must list every attached memory once; reload the page and try again.", { reason: "STALE_ORDER" });
    await renumber(tx, options.projectId, options.memoryProjectIds);
  });
}

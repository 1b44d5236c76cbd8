import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { renumber } from "./memory-attachments";

/** The owner stops reading another project's memory; the others keep their order. Units are not touched. */
export async function detachMemory(db: Db, options: { actor: Actor; projectId: string; memoryProjectId: string }): Promise<void> {
  await requireProjectAction(db, options.actor, options.projectId, "memory.manage");
  await db.$transaction(async (tx) => {
    const { count } = await tx.tmAttachment.deleteMany({ where: { projectId: options.projectId, memoryProjectId: options.memoryProjectId } });
    if (count === 0) throw new AppError("NOT_FOUND", "This memory is not attached.");
    const rest = await tx.tmAttachment.findMany({ where: { projectId: options.projectId }, orderBy: { priority: "asc" }, select: { memoryProjectId: true } });
    await renumber(
      tx,
      options.projectId,
      rest.map((a) => a.memoryProjectId),
    );
  });
}

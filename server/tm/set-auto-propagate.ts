import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import type { Db } from "../db/client";

/** The owner decides whether confirming a segment fills its empty repetitions at once (else the grid offers to). */
export async function setAutoPropagate(db: Db, options: { actor: Actor; projectId: string; autoPropagate: boolean }): Promise<{ autoPropagate: boolean }> {
  await requireProjectAction(db, options.actor, options.projectId, "memory.manage");
  const project = await db.project.update({
    where: { id: options.projectId },
    data: { autoPropagate: options.autoPropagate },
    select: { autoPropagate: true },
  });
  return { autoPropagate: project.autoPropagate };
}

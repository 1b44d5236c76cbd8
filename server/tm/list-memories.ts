import { roleAllows } from "@/core/access/permissions";
import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { allAttachments, reaches } from "./memory-attachments";
import { memoryOrder } from "./memory-order";

export interface MemorySummary {
  projectId: string;
  name: string;
  /** 0 for the project's own memory, then 1, 2… in the order they are read. */
  priority: number;
  units: number;
}

export interface MemoryList {
  /** The project's own memory first, then the attached ones in the order they are read. */
  memories: MemorySummary[];
  /** Projects the actor could attach (owners only; empty for other roles). */
  attachable: { projectId: string; name: string }[];
  autoPropagate: boolean;
  /** Whether the actor may attach, detach, reorder and change the setting. */
  canManage: boolean;
}

/** The Memory page: what the project reads, in order, with unit counts, and what its owner could add. */
export async function listMemories(db: Db, options: { actor: Actor; projectId: string }): Promise<MemoryList> {
  const role = await requireProjectAction(db, options.actor, options.projectId, "memory.read");
  const canManage = roleAllows(role, "memory.manage");
  const order = await memoryOrder(db, options.projectId);
  const counts = await db.tmUnit.groupBy({ by: ["projectId"], where: { projectId: { in: order.map((m) => m.projectId) } }, _count: { _all: true } });
  const unitsOf = new Map(counts.map((c) => [c.projectId, c._count._all]));
  const memories = order.map((m) => ({ ...m, units: unitsOf.get(m.projectId) ?? 0 }));
  const { autoPropagate } = await db.project.findUniqueOrThrow({ where: { id: options.projectId }, select: { autoPropagate: true } });
  if (!canManage || !options.actor.userId) return { memories, attachable: [], autoPropagate, canManage };
  const taken = new Set(order.map((m) => m.projectId));
  const readable = await db.membership.findMany({
    where: { userId: options.actor.userId, projectId: { notIn: [...taken] } },
    select: { role: true, project: { select: { id: true, name: true } } },
    orderBy: { project: { name: "asc" } },
  });
  const edges = await allAttachments(db);
  const attachable = readable
    .filter((m) => roleAllows(m.role, "memory.read") && !reaches(edges, m.project.id, options.projectId))
    .map((m) => ({ projectId: m.project.id, name: m.project.name }));
  return { memories, attachable, autoPropagate, canManage };
}

import type { Db } from "../db/client";

/** A memory a project reads: its own first (priority 0), then attached ones by priority. */
export interface ReadMemory {
  projectId: string;
  name: string;
  priority: number;
}

/** The memories `projectId` reads, in priority order (the one home of that order). */
export async function memoryOrder(db: Pick<Db, "project" | "tmAttachment">, projectId: string): Promise<ReadMemory[]> {
  const own = await db.project.findUnique({ where: { id: projectId }, select: { id: true, name: true } });
  if (!own) return [];
  const attached = await db.tmAttachment.findMany({
    where: { projectId },
    orderBy: { priority: "asc" },
    select: { priority: true, memoryProject: { select: { id: true, name: true } } },
  });
  return [
    { projectId: own.id, name: own.name, priority: 0 },
    ...attached.map((a) => ({ projectId: a.memoryProject.id, name: a.memoryProject.name, priority: a.priority })),
  ];
}

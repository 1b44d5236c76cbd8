import { trashDaysLeft } from "@/core/trash/retention";
import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { trashedDocumentsOf } from "./live-documents";
import { purgeTrash } from "./purge-trash";

export interface TrashedDocument {
  id: string;
  title: string;
  deletedAt: string;
  deletedBy: string | null;
  daysLeft: number;
}

/** A project's trash for its owners, most recently deleted first; expired documents are purged first. */
export async function listTrash(db: Db, options: { actor: Actor; projectId: string; now?: Date }): Promise<TrashedDocument[]> {
  await requireProjectAction(db, options.actor, options.projectId, "document.restore");
  const now = options.now ?? new Date();
  await purgeTrash(db, { projectId: options.projectId, now });
  const rows = await db.document.findMany({
    where: trashedDocumentsOf(options.projectId),
    orderBy: { deletedAt: "desc" },
    select: { id: true, title: true, deletedAt: true, deletedBy: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    deletedAt: row.deletedAt!.toISOString(),
    deletedBy: row.deletedBy?.name ?? null,
    daysLeft: trashDaysLeft(row.deletedAt!, now),
  }));
}

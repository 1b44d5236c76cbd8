import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { PRESENCE_STALE_MS } from "@/core/live/presence-rules";

export interface PresenceView {
  userId: string;
  name: string;
  segmentId: string | null;
  /** When it was last refreshed, ms since the epoch. */
  at: number;
}

/** Who is on the document now (fresh rows only), so that a newcomer sees them whichever server it asks. */
export async function listPresence(db: Db, options: { actor: Actor; documentId: string; now?: Date }): Promise<PresenceView[]> {
  await requireDocumentAction(db, options.actor, options.documentId, "project.read");
  const now = options.now ?? new Date();
  const rows = await db.presence.findMany({
    where: { documentId: options.documentId, updatedAt: { gt: new Date(now.getTime() - PRESENCE_STALE_MS) } },
    select: { userId: true, segmentId: true, updatedAt: true, user: { select: { name: true } } },
    orderBy: { updatedAt: "asc" },
  });
  return rows.map((row) => ({ userId: row.userId, name: row.user.name, segmentId: row.segmentId, at: row.updatedAt.getTime() }));
}

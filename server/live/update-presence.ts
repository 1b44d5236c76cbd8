import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { PRESENCE_STALE_MS } from "@/core/live/presence-rules";
import { getEventBus, stamp, type EventBus } from "./event-bus";

/**
 * Records which segment of a document the user is on (null: they left it) and tells the other
 * readers. Anyone who may read the document shares their presence; the segment must be one of its.
 */
export async function updatePresence(
  db: Db,
  options: { actor: Actor; documentId: string; segmentId: string | null },
  bus: EventBus = getEventBus(),
): Promise<void> {
  await requireDocumentAction(db, options.actor, options.documentId, "project.read");
  const userId = options.actor.userId;
  if (userId === null) return; // the system has no presence
  const { documentId, segmentId } = options;
  if (segmentId !== null && !(await db.segment.findFirst({ where: { id: segmentId, documentId }, select: { id: true } })))
    throw new AppError("NOT_FOUND", "Segment not found.");
  if (segmentId === null) await db.presence.deleteMany({ where: { documentId, userId } });
  else
    await db.presence.upsert({
      where: { documentId_userId: { documentId, userId } },
      create: { documentId, userId, segmentId },
      // Written even when unchanged: updatedAt is the heartbeat that keeps the presence fresh.
      update: { segmentId, updatedAt: new Date() },
    });
  // Presences of browsers that went without a word (crash, network) are cleared as others come and go.
  await db.presence.deleteMany({ where: { documentId, updatedAt: { lt: new Date(Date.now() - PRESENCE_STALE_MS) } } });
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true } });
  await bus.publish(documentId, stamp({ type: "presence", by: userId, userId, name: user?.name ?? "", segmentId }));
}

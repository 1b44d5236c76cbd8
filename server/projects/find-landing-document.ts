import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { LIVE_DOCUMENT } from "../documents/live-documents";

/** The first document of the actor's first project: where a new owner lands (the demo article). */
export async function findLandingDocument(db: Db, options: { actor: Actor }) {
  if (options.actor.kind !== "user") return null;
  const membership = await db.membership.findFirst({
    where: { userId: options.actor.userId, project: { documents: { some: LIVE_DOCUMENT } } },
    orderBy: { project: { createdAt: "asc" } },
    select: { project: { select: { id: true, documents: { where: LIVE_DOCUMENT, orderBy: { createdAt: "asc" }, take: 1, select: { id: true } } } } },
  });
  const document = membership?.project.documents[0];
  return document ? { projectId: membership.project.id, documentId: document.id } : null;
}

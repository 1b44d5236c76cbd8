import type { Db } from "../db/client";

/**
 * Gives `userId` ownership of every project that has no member (the demo article, CLI imports made
 * before any account existed). Called when the first account is created.
 */
export async function claimOwnerlessProjects(db: Db, userId: string): Promise<string[]> {
  const ownerless = await db.project.findMany({ where: { memberships: { none: {} } }, select: { id: true } });
  for (const { id } of ownerless) {
    await db.membership.create({ data: { projectId: id, userId, role: "owner" } });
  }
  return ownerless.map((p) => p.id);
}

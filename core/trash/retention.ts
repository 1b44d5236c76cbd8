/**
 * How long a deleted document stays in its project's trash, where owners can restore it, before it
 * is purged for good. Pure so that the purge, the trash view and the tests share one rule.
 */
export const TRASH_RETENTION_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Documents deleted strictly before this instant are past their retention and get purged. */
export function purgeCutoff(now: Date): Date {
  return new Date(now.getTime() - TRASH_RETENTION_DAYS * DAY_MS);
}

/** Days left, rounded up, before a document deleted at `deletedAt` is purged: 30 just after deletion, 1 on its last day, 0 once due. */
export function trashDaysLeft(deletedAt: Date, now: Date): number {
  const left = deletedAt.getTime() + TRASH_RETENTION_DAYS * DAY_MS - now.getTime();
  return Math.max(0, Math.ceil(left / DAY_MS));
}

/**
 * The one rule for which documents exist as far as lists, counts, progress, term usage and the
 * landing page are concerned: those not in the trash. Loading one document by id goes through
 * `requireDocumentAction`, which applies the same rule; project-wide queries use these filters.
 */
export const LIVE_DOCUMENT = { deletedAt: null } as const;

/** Prisma `where` for the live documents of one project. */
export function liveDocumentsOf(projectId: string) {
  return { projectId, ...LIVE_DOCUMENT };
}

/** Prisma `where` for the trashed documents of one project. */
export function trashedDocumentsOf(projectId: string) {
  return { projectId, deletedAt: { not: null } };
}

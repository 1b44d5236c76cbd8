import { decodeCursor, encodeCursor, newestFirst, rowsAtCursorTime, type ActivityCursor } from "@/core/activity/activity-cursor";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { ACTIVITY_KINDS, authorSelect, segmentFields, segmentSelect, type ActivityEvent, type ActivityKind, type Query } from "./activity-event";
import { revisionEvents } from "./activity-revisions";

export { ACTIVITY_KINDS, type ActivityEvent, type ActivityKind };

export interface ActivityPage {
  events: ActivityEvent[];
  nextCursor: string | null;
  people: { id: string; name: string }[];
  document: { title: string; projectId: string; projectName: string };
}

export interface ListActivityOptions {
  actor: Actor;
  documentId: string;
  authorId?: string;
  kinds?: readonly ActivityKind[];
  /** A `nextCursor` from the previous page (or an ISO time: everything strictly older). */
  before?: string;
  limit?: number;
}

const MAX_LIMIT = 200;

/**
 * Who did what in one document, newest first: saved revisions (edits, status changes, source
 * changes, replacements; not the authorless rows written at import), comments, resolved threads and
 * glosses/notes. Each stream is read with a keyset `where`, so a page costs the same at any depth.
 */
export async function listActivity(db: Db, options: ListActivityOptions): Promise<ActivityPage> {
  const { projectId } = await requireDocumentAction(db, options.actor, options.documentId, "project.read");
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(options.limit ?? 50)));
  const cursor = options.before ? decodeCursor(options.before) : null;
  if (options.before && !cursor) throw new AppError("INVALID_INPUT", "This page link is not valid.");
  const kinds = new Set<ActivityKind>(options.kinds?.length ? options.kinds : ACTIVITY_KINDS);
  const q = { db, documentId: options.documentId, authorId: options.authorId, cursor, take: limit + 1 };
  const streams = await Promise.all([
    revisionEvents(q, kinds),
    kinds.has("comment") ? commentEvents(q, false) : [],
    kinds.has("resolve") ? commentEvents(q, true) : [],
    kinds.has("annotation") ? annotationEvents(q) : [],
  ]);
  const merged = streams.flat().sort((a, b) => newestFirst({ at: a.at, key: a.id }, { at: b.at, key: b.id }));
  const events = merged.slice(0, limit);
  const last = events.at(-1);
  const nextCursor = merged.length > limit && last ? encodeCursor({ at: last.at, key: last.id }) : null;
  const [people, document] = await Promise.all([
    listPeople(db, projectId, options.documentId),
    db.document.findUniqueOrThrow({ where: { id: options.documentId }, select: { title: true, projectId: true, project: { select: { name: true } } } }),
  ]);
  return { events, nextCursor, people, document: { title: document.title, projectId: document.projectId, projectName: document.project.name } };
}

/** Rows after the cursor in one stream, for its time column. */
function after<F extends "createdAt" | "resolvedAt">(cursor: ActivityCursor | null, prefix: string, field: F) {
  if (!cursor) return {};
  const rule = rowsAtCursorTime(cursor, prefix);
  const older = { [field]: { lt: cursor.at } };
  if (rule === "none") return older as Record<F, { lt: Date }>;
  const tie = rule === "all" ? { [field]: cursor.at } : { [field]: cursor.at, id: { lt: rule.idBelow } };
  return { OR: [older, tie] } as { OR: (Record<F, Date | { lt: Date }> & { id?: { lt: string } })[] };
}

/** Comments as written ("c"), or threads as resolved ("x": the root's resolution time and resolver). */
async function commentEvents(q: Query, resolved: boolean): Promise<ActivityEvent[]> {
  const [time, person] = resolved ? (["resolvedAt", "resolvedById"] as const) : (["createdAt", "authorId"] as const);
  const rows = await q.db.comment.findMany({
    where: {
      documentId: q.documentId,
      ...(resolved ? { resolvedAt: { not: null } } : {}),
      ...(q.authorId ? { [person]: q.authorId } : {}),
      AND: [after(q.cursor, resolved ? "x" : "c", time)],
    },
    orderBy: [{ [time]: "desc" }, { id: "desc" }],
    take: q.take,
    select: { id: true, body: true, createdAt: true, resolvedAt: true, author: authorSelect, resolvedBy: authorSelect, segment: segmentSelect },
  });
  return rows.map((c) => ({
    id: `${resolved ? "x" : "c"}:${c.id}`,
    at: (resolved ? c.resolvedAt! : c.createdAt).toISOString(),
    kind: resolved ? "resolve" : "comment",
    authorName: (resolved ? c.resolvedBy : c.author)?.name ?? null,
    ...segmentFields(c.segment),
    detail: { body: c.body },
  }));
}

async function annotationEvents(q: Query): Promise<ActivityEvent[]> {
  const rows = await q.db.annotation.findMany({
    where: { documentId: q.documentId, ...(q.authorId ? { authorId: q.authorId } : {}), ...after(q.cursor, "a", "createdAt") },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: q.take,
    select: { id: true, body: true, exact: true, createdAt: true, author: authorSelect, segment: segmentSelect },
  });
  return rows.map((a) => ({
    id: `a:${a.id}`,
    at: a.createdAt.toISOString(),
    kind: "annotation",
    authorName: a.author?.name ?? null,
    ...segmentFields(a.segment),
    detail: { body: a.body, quote: a.exact },
  }));
}

/** Everyone who can appear in the list: the project's members and anyone who wrote in this document. */
async function listPeople(db: Db, projectId: string, documentId: string) {
  const [members, revisions, comments, annotations] = await Promise.all([
    db.membership.findMany({ where: { projectId }, select: { userId: true } }),
    db.segmentRevision.groupBy({ by: ["authorId"], where: { documentId, authorId: { not: null } } }),
    db.comment.groupBy({ by: ["authorId"], where: { documentId, authorId: { not: null } } }),
    db.annotation.groupBy({ by: ["authorId"], where: { documentId, authorId: { not: null } } }),
  ]);
  const ids = new Set([...members.map((m) => m.userId), ...[...revisions, ...comments, ...annotations].map((r) => r.authorId!)]);
  return db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

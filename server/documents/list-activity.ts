import { decodeCursor, encodeCursor, newestFirst, rowsAtCursorTime, type ActivityCursor } from "@/core/activity/activity-cursor";
import { describeRevision, type RevisionFacts } from "@/core/activity/describe-revision";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { AppError } from "../errors";

export const ACTIVITY_KINDS = ["edit", "status", "source", "replace", "comment", "resolve", "annotation"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface ActivityEvent {
  /** `<stream letter>:<row id>`, unique across streams. */
  id: string;
  at: string;
  kind: ActivityKind;
  authorName: string | null;
  segmentId: string | null;
  /** 1-based, as numbered in the grid; null for a comment or annotation whose segment is gone. */
  segmentPosition: number | null;
  sourceExcerpt: string | null;
  detail: { fromStatus?: string; toStatus?: string; before?: string; after?: string; body?: string; quote?: string; restored?: boolean };
}

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
const EXCERPT = 80;
type SegmentInfo = { id: string; position: number; sourceText: string } | null;

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

type Query = { db: Db; documentId: string; authorId?: string; cursor: ActivityCursor | null; take: number };

/** Rows after the cursor in one stream, for its time column. */
function after<F extends "createdAt" | "resolvedAt">(cursor: ActivityCursor | null, prefix: string, field: F) {
  if (!cursor) return {};
  const rule = rowsAtCursorTime(cursor, prefix);
  const older = { [field]: { lt: cursor.at } };
  if (rule === "none") return older as Record<F, { lt: Date }>;
  const tie = rule === "all" ? { [field]: cursor.at } : { [field]: cursor.at, id: { lt: rule.idBelow } };
  return { OR: [older, tie] } as { OR: (Record<F, Date | { lt: Date }> & { id?: { lt: string } })[] };
}

function segmentFields(segment: SegmentInfo) {
  if (!segment) return { segmentId: null, segmentPosition: null, sourceExcerpt: null };
  const text = segment.sourceText;
  return { segmentId: segment.id, segmentPosition: segment.position + 1, sourceExcerpt: text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text };
}

const segmentSelect = { select: { id: true, position: true, sourceText: true } } as const;
const authorSelect = { select: { name: true } } as const;

/**
 * The revision stream. One SQL statement (the previous version joined on the unique
 * (segmentId, version) index) picks the next rows that can be of a wanted kind; describeRevision
 * then decides exactly, and the rare rows it turns away are made up from the following rows.
 */
async function revisionEvents(q: Query, kinds: Set<ActivityKind>): Promise<ActivityEvent[]> {
  const sameText = Prisma.sql`r."targetText" = COALESCE(p."targetText", '')`;
  const wanted = [
    kinds.has("replace") ? Prisma.sql`r."batchId" IS NOT NULL` : null,
    kinds.has("edit") ? Prisma.sql`(r."batchId" IS NULL AND (r."version" = 1 OR NOT ${sameText}))` : null,
    kinds.has("status") ? Prisma.sql`(r."batchId" IS NULL AND r."version" > 1 AND ${sameText})` : null,
    kinds.has("source") ? Prisma.sql`(r."batchId" IS NULL AND r."sourceText" IS NOT NULL)` : null,
  ].filter((part) => part !== null);
  if (wanted.length === 0) return [];
  const author = q.authorId ? Prisma.sql`r."authorId" = ${q.authorId}` : Prisma.sql`(r."authorId" IS NOT NULL OR r."version" > 1)`;
  const out: ActivityEvent[] = [];
  let cursor = q.cursor;
  for (;;) {
    const take = q.take - out.length;
    const page = await q.db.$queryRaw<{ id: string }[]>`
      SELECT r."id" FROM "SegmentRevision" r
      JOIN "Segment" s ON s."id" = r."segmentId"
      LEFT JOIN "SegmentRevision" p ON p."segmentId" = r."segmentId" AND p."version" = r."version" - 1
      WHERE s."documentId" = ${q.documentId} AND ${author} AND (${Prisma.join(wanted, " OR ")}) AND ${rawAfter(cursor)}
      ORDER BY r."createdAt" DESC, r."id" DESC LIMIT ${take}`;
    const rows = await q.db.segmentRevision.findMany({
      where: { id: { in: page.map((r) => r.id) } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      include: { author: authorSelect, segment: segmentSelect },
    });
    for (const event of await describeRows(q.db, rows)) if (kinds.has(event.kind)) out.push(event);
    const lastRow = rows.at(-1);
    if (page.length < take || out.length >= q.take || !lastRow) return out;
    cursor = { at: lastRow.createdAt, key: `r:${lastRow.id}` };
  }
}

function rawAfter(cursor: ActivityCursor | null) {
  if (!cursor) return Prisma.sql`1 = 1`;
  const rule = rowsAtCursorTime(cursor, "r");
  if (rule === "none") return Prisma.sql`r."createdAt" < ${cursor.at}`;
  if (rule === "all") return Prisma.sql`r."createdAt" <= ${cursor.at}`;
  return Prisma.sql`(r."createdAt" < ${cursor.at} OR (r."createdAt" = ${cursor.at} AND r."id" < ${rule.idBelow}))`;
}

type RevisionRow = RevisionFacts & { id: string; segmentId: string; sourceBefore: string | null; createdAt: Date; author: { name: string } | null; segment: NonNullable<SegmentInfo> };

/** Classifies a chunk of revisions with three look-ups for the whole chunk (never one per row). */
async function describeRows(db: Db, rows: RevisionRow[]): Promise<ActivityEvent[]> {
  const segmentIds = [...new Set(rows.map((r) => r.segmentId))];
  const previousRows = await db.segmentRevision.findMany({
    where: { segmentId: { in: segmentIds }, version: { in: [...new Set(rows.map((r) => r.version - 1))] } },
    select: { segmentId: true, version: true, targetText: true, status: true, sourceText: true, batchId: true },
  });
  const previousOf = new Map(previousRows.map((p) => [`${p.segmentId}:${p.version}`, p]));
  const prev = (r: RevisionRow) => (r.version > 1 ? (previousOf.get(`${r.segmentId}:${r.version - 1}`) ?? null) : null);
  const sourceRows = rows.some((r) => r.sourceText !== null && r.version > 1)
    ? await db.segmentRevision.findMany({ where: { segmentId: { in: segmentIds }, sourceText: { not: null } }, select: { segmentId: true, version: true, sourceText: true } })
    : [];
  const sourcesOf = groupBy(sourceRows);
  const lastSource = (r: RevisionRow) => (sourcesOf.get(r.segmentId) ?? []).filter((s) => s.version < r.version).sort((a, b) => b.version - a.version)[0]?.sourceText ?? null;
  const candidates = rows.filter((r) => r.version > 2 && r.batchId === null && r.targetText !== "" && r.targetText !== (prev(r)?.targetText ?? ""));
  const earlier = candidates.length
    ? await db.segmentRevision.findMany({
        where: { OR: candidates.map((r) => ({ segmentId: r.segmentId, targetText: r.targetText, version: { lt: r.version - 1 } })) },
        select: { segmentId: true, version: true, targetText: true },
      })
    : [];
  const earlierOf = groupBy(earlier);
  return rows.map((r) => {
    const previous = prev(r);
    const earlierTargetTexts = (earlierOf.get(r.segmentId) ?? []).filter((e) => e.version < r.version - 1).map((e) => e.targetText);
    const previousSourceText = r.sourceText !== null && r.version > 1 ? (r.sourceBefore ?? lastSource(r)) : undefined;
    const d = describeRevision(r, previous, { previousSourceText, earlierTargetTexts });
    const statuses = { ...(d.fromStatus ? { fromStatus: d.fromStatus } : {}), toStatus: d.toStatus };
    const texts = { before: previous?.targetText ?? "", after: r.targetText };
    const base = { id: `r:${r.id}`, at: r.createdAt.toISOString(), authorName: r.author?.name ?? null, ...segmentFields(r.segment) };
    if (d.kind === "source-changed" || (d.kind === "created" && r.sourceText !== null)) {
      return { ...base, kind: "source" as const, detail: { ...statuses, ...(previousSourceText ? { before: previousSourceText } : {}), after: r.sourceText ?? "" } };
    }
    if (d.kind === "replaced") return { ...base, kind: "replace" as const, detail: { ...statuses, ...texts } };
    if (d.kind === "status") return { ...base, kind: "status" as const, detail: statuses };
    return { ...base, kind: "edit" as const, detail: { ...statuses, ...texts, ...(d.kind === "restored" ? { restored: true } : {}) } };
  });
}

function groupBy<T extends { segmentId: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.segmentId, [...(groups.get(item.segmentId) ?? []), item]);
  return groups;
}

/** Comments as written ("c"), or threads as resolved ("x": the root's resolution time and resolver). */
async function commentEvents(q: Query, resolved: boolean): Promise<ActivityEvent[]> {
  const [time, person] = resolved ? (["resolvedAt", "resolvedById"] as const) : (["createdAt", "authorId"] as const);
  const rows = await q.db.comment.findMany({
    where: { documentId: q.documentId, ...(resolved ? { resolvedAt: { not: null } } : {}), ...(q.authorId ? { [person]: q.authorId } : {}), AND: [after(q.cursor, resolved ? "x" : "c", time)] },
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
  return rows.map((a) => ({ id: `a:${a.id}`, at: a.createdAt.toISOString(), kind: "annotation", authorName: a.author?.name ?? null, ...segmentFields(a.segment), detail: { body: a.body, quote: a.exact } }));
}

/** Everyone who can appear in the list: the project's members and anyone who wrote in this document. */
async function listPeople(db: Db, projectId: string, documentId: string) {
  const [members, revisions, comments, annotations] = await Promise.all([
    db.membership.findMany({ where: { projectId }, select: { userId: true } }),
    db.segmentRevision.groupBy({ by: ["authorId"], where: { segment: { documentId }, authorId: { not: null } } }),
    db.comment.groupBy({ by: ["authorId"], where: { documentId, authorId: { not: null } } }),
    db.annotation.groupBy({ by: ["authorId"], where: { documentId, authorId: { not: null } } }),
  ]);
  const ids = new Set([...members.map((m) => m.userId), ...[...revisions, ...comments, ...annotations].map((r) => r.authorId!)]);
  return db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

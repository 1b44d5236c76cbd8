import { rowsAtCursorTime, type ActivityCursor } from "@/core/activity/activity-cursor";
import { describeRevision, type RevisionFacts } from "@/core/activity/describe-revision";
import { groupBy } from "@/core/group-by";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { authorSelect, segmentFields, segmentSelect, type ActivityEvent, type ActivityKind, type Query, type SegmentInfo } from "./activity-event";

/**
 * The revision stream. One SQL statement (the previous version joined on the unique
 * (segmentId, version) index) picks the next rows that can be of a wanted kind; describeRevision
 * then decides exactly, and the rare rows it turns away are made up from the following rows.
 */
export async function revisionEvents(q: Query, kinds: Set<ActivityKind>): Promise<ActivityEvent[]> {
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
      LEFT JOIN "SegmentRevision" p ON p."segmentId" = r."segmentId" AND p."version" = r."version" - 1
      WHERE r."documentId" = ${q.documentId} AND ${author} AND (${Prisma.join(wanted, " OR ")}) AND ${rawAfter(cursor)}
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

type RevisionRow = RevisionFacts & {
  id: string;
  segmentId: string;
  sourceBefore: string | null;
  action: string | null;
  createdAt: Date;
  author: { name: string } | null;
  segment: NonNullable<SegmentInfo>;
};

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
    ? await db.segmentRevision.findMany({
        where: { segmentId: { in: segmentIds }, sourceText: { not: null } },
        select: { segmentId: true, version: true, sourceText: true },
      })
    : [];
  const sourcesOf = groupBy(sourceRows, (row) => row.segmentId);
  const lastSource = (r: RevisionRow) =>
    (sourcesOf.get(r.segmentId) ?? []).filter((s) => s.version < r.version).sort((a, b) => b.version - a.version)[0]?.sourceText ?? null;
  const candidates = rows.filter((r) => r.version > 2 && r.batchId === null && r.targetText !== "" && r.targetText !== (prev(r)?.targetText ?? ""));
  const earlier = candidates.length
    ? await db.segmentRevision.findMany({
        where: { OR: candidates.map((r) => ({ segmentId: r.segmentId, targetText: r.targetText, version: { lt: r.version - 1 } })) },
        select: { segmentId: true, version: true, targetText: true },
      })
    : [];
  const earlierOf = groupBy(earlier, (row) => row.segmentId);
  return rows.map((r) => {
    const previous = prev(r);
    const earlierTargetTexts = (earlierOf.get(r.segmentId) ?? []).filter((e) => e.version < r.version - 1).map((e) => e.targetText);
    const previousSourceText = r.sourceText !== null && r.version > 1 ? (r.sourceBefore ?? lastSource(r)) : undefined;
    const d = describeRevision(r, previous, { previousSourceText, earlierTargetTexts });
    const texts = { before: previous?.targetText ?? "", after: r.targetText };
    const base = { id: `r:${r.id}`, at: r.createdAt.toISOString(), authorName: r.author?.name ?? null, ...segmentFields(r.segment) };
    const statuses = { ...(d.fromStatus ? { fromStatus: d.fromStatus } : {}), toStatus: d.toStatus, ...(r.action ? { action: r.action } : {}) };
    if (d.kind === "source-changed" || (d.kind === "created" && r.sourceText !== null)) {
      return {
        ...base,
        kind: "source" as const,
        detail: { ...statuses, ...(previousSourceText ? { before: previousSourceText } : {}), after: r.sourceText ?? "" },
      };
    }
    if (d.kind === "replaced") return { ...base, kind: "replace" as const, detail: { ...statuses, ...texts } };
    if (d.kind === "status") return { ...base, kind: "status" as const, detail: statuses };
    return { ...base, kind: "edit" as const, detail: { ...statuses, ...texts, ...(d.kind === "restored" ? { restored: true } : {}) } };
  });
}

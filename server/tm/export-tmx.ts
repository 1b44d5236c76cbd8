import { writeTmx } from "@/core/formats/tmx/write-tmx";
import { pauseForOthers } from "@/core/work/slices";
import packageJson from "../../package.json";
import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { dialectOf } from "../db/dialect";
import { Prisma } from "../db/generated/client";
import type { ExportedFile } from "../documents/export-document";
import { safeFileName } from "../documents/safe-file-name";
import { unitToTmx, type StoredUnit } from "./tmx-units";

export const TMX_CONTENT_TYPE = "application/x-tmx+xml; charset=utf-8";

// Units per database read: the export holds one page (and the writer's 64 KB chunk) at a time.
const PAGE = 1_000;

/**
 * The project's own memory (not the memories it reads) as TMX 1.4b, made as it is read: units a
 * page at a time in id order, written by the streamed writer. Audited with the unit count when
 * asked for; nothing is read until the caller reads `chunks`.
 */
export async function exportTmx(db: Db, options: { actor: Actor; projectId: string; ip?: string }): Promise<ExportedFile & { units: number }> {
  await requireProjectAction(db, options.actor, options.projectId, "memory.export");
  const project = await db.project.findUniqueOrThrow({ where: { id: options.projectId }, select: { name: true } });
  const units = await db.tmUnit.count({ where: { projectId: options.projectId } });
  const first = await db.tmUnit.findFirst({ where: { projectId: options.projectId }, orderBy: { id: "asc" }, select: { id: true, sourceLang: true } });
  await recordAuditEvent(db, {
    actorId: options.actor.userId,
    projectId: options.projectId,
    action: "memory.exported",
    targetType: "project",
    targetId: options.projectId,
    details: { format: "tmx", count: units },
    ip: options.ip,
  });
  const text = writeTmx(storedUnits(db, options.projectId, (first?.id ?? 1) - 1), {
    creationToolVersion: packageJson.version,
    srcLang: first?.sourceLang ?? "fr-FR",
  });
  return {
    fileName: `${safeFileName(project.name, "memory", 60)}-memory.tmx`,
    contentType: TMX_CONTENT_TYPE,
    chunks: encode(text),
    units,
  };
}

/**
 * The project's units in id order after `after`, a page per query; pauses between pages so other
 * requests are answered. Each page is read along the primary key (SQLite: NOT INDEXED, its own
 * syntax): left to choose, SQLite reads the project's whole (projectId, …) index and sorts it for
 * every page — quadratic, most of a 100,000-unit export's time and minutes at a million.
 * PostgreSQL's planner walks the primary key for `ORDER BY "id" LIMIT` by itself.
 */
async function* storedUnits(db: Db, projectId: string, after: number) {
  const primaryKeyOnly = Prisma.raw(dialectOf(db) === "postgres" ? "" : "NOT INDEXED");
  for (;;) {
    const page = (
      await db.$queryRaw<(Omit<StoredUnit, "createdAt" | "updatedAt"> & { createdAt: Date | string; updatedAt: Date | string })[]>`
        SELECT "id", "sourceText", "targetText", "sourceLang", "targetLang", "status", "origin", "documentTitle", "authorName", "metadata", "createdAt", "updatedAt"
        FROM "TmUnit" ${primaryKeyOnly} WHERE "id" > ${after} AND "projectId" = ${projectId} ORDER BY "id" LIMIT ${PAGE}`
    ).map((row): StoredUnit => ({ ...row, id: Number(row.id), createdAt: new Date(row.createdAt), updatedAt: new Date(row.updatedAt) }));
    for (const row of page) yield unitToTmx(row);
    if (page.length < PAGE) return;
    after = page[page.length - 1].id;
    await pauseForOthers();
  }
}

async function* encode(chunks: AsyncIterable<string>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  for await (const chunk of chunks) yield encoder.encode(chunk);
}

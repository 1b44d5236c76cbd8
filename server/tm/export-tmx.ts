import { writeTmx } from "@/core/formats/tmx/write-tmx";
import { pauseForOthers } from "@/core/work/slices";
import packageJson from "../../package.json";
import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import type { ExportedFile } from "../documents/export-document";
import { safeFileName } from "../documents/safe-file-name";
import { unitToTmx, type StoredUnit } from "./tmx-units";

export const TMX_CONTENT_TYPE = "application/x-tmx+xml; charset=utf-8";

// Units per database read: the export holds one page (and the writer's 64 KB chunk) at a time.
const PAGE = 1_000;

const STORED_COLUMNS = {
  id: true,
  sourceText: true,
  targetText: true,
  sourceLang: true,
  targetLang: true,
  status: true,
  origin: true,
  documentTitle: true,
  authorName: true,
  metadata: true,
  createdAt: true,
  updatedAt: true,
} as const;

/**
 * The project's own memory (not the memories it reads) as TMX 1.4b, made as it is read: units a
 * page at a time in id order, written by the streamed writer. Audited with the unit count when
 * asked for; nothing is read until the caller reads `chunks`.
 */
export async function exportTmx(db: Db, options: { actor: Actor; projectId: string; ip?: string }): Promise<ExportedFile & { units: number }> {
  await requireProjectAction(db, options.actor, options.projectId, "memory.export");
  const project = await db.project.findUniqueOrThrow({ where: { id: options.projectId }, select: { name: true } });
  const units = await db.tmUnit.count({ where: { projectId: options.projectId } });
  const first = await db.tmUnit.findFirst({ where: { projectId: options.projectId }, orderBy: { id: "asc" }, select: { sourceLang: true } });
  await recordAuditEvent(db, {
    actorId: options.actor.userId,
    projectId: options.projectId,
    action: "memory.exported",
    targetType: "project",
    targetId: options.projectId,
    details: { format: "tmx", count: units },
    ip: options.ip,
  });
  const text = writeTmx(storedUnits(db, options.projectId), { creationToolVersion: packageJson.version, srcLang: first?.sourceLang ?? "fr-FR" });
  return {
    fileName: `${safeFileName(project.name, "memory", 60)}-memory.tmx`,
    contentType: TMX_CONTENT_TYPE,
    chunks: encode(text),
    units,
  };
}

/** The project's units in id order, a page per query; pauses between pages so other requests are answered. */
async function* storedUnits(db: Db, projectId: string) {
  let after = 0;
  for (;;) {
    const page: StoredUnit[] = await db.tmUnit.findMany({
      where: { projectId, id: { gt: after } },
      orderBy: { id: "asc" },
      take: PAGE,
      select: STORED_COLUMNS,
    });
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

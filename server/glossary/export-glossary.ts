import { writeGlossaryCsv } from "@/core/formats/csv/write-glossary-csv";
import { writeTbx } from "@/core/formats/tbx/write-tbx";
import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { safeFileName } from "../documents/safe-file-name";
import { loadTermbase } from "./load-termbase";

export const GLOSSARY_FORMATS = ["tbx", "csv"] as const;
export type GlossaryExportFormat = (typeof GLOSSARY_FORMATS)[number];

/** The project's termbase as TBX-Basic (TBX v3) or CSV, for other tools. Audited like document exports. */
export async function exportGlossary(db: Db, options: { actor: Actor; projectId: string; format: GlossaryExportFormat; ip?: string }) {
  await requireProjectAction(db, options.actor, options.projectId, "glossary.export");
  const project = await db.project.findUniqueOrThrow({ where: { id: options.projectId }, select: { name: true } });
  const entries = await loadTermbase(db, options.projectId, { details: options.format === "tbx" });
  await recordAuditEvent(db, {
    actorId: options.actor.userId,
    projectId: options.projectId,
    action: "glossary.exported",
    targetType: "project",
    targetId: options.projectId,
    details: { format: options.format, entries: entries.length },
    ip: options.ip,
  });
  const base = safeFileName(project.name, "glossary", 60);
  return options.format === "tbx"
    ? {
        fileName: `${base}-glossary.tbx`,
        contentType: "application/x-tbx+xml; charset=utf-8",
        body: writeTbx(entries, { description: `${project.name} — glossary exported from Lisière` }),
      }
    : { fileName: `${base}-glossary.csv`, contentType: "text/csv; charset=utf-8", body: writeGlossaryCsv(entries) };
}

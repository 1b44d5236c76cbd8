import type { TermbaseEntry } from "@/core/terms/termbase-entry";
import type { Db } from "../db/client";
import { toTermbaseEntry } from "./term-entry-fields";

export type StoredTermEntry = TermbaseEntry & { id: string; updatedAt: string };

/**
 * Every entry of a project, alphabetical by French term. No access check: callers have done it.
 * TBX details only with `details: true` (the glossary page and the TBX export); the workbench and
 * the matcher get the columns alone, so a rich termbase costs them nothing more.
 */
export async function loadTermbase(db: Db, projectId: string, options: { details?: boolean } = {}): Promise<StoredTermEntry[]> {
  const rows = options.details
    ? await db.termEntry.findMany({ where: { projectId } })
    : await db.termEntry.findMany({ where: { projectId }, omit: { details: true } });
  return rows
    .map((row) => ({ ...toTermbaseEntry(row, options), updatedAt: row.updatedAt.toISOString() }))
    .sort((a, b) => a.source.localeCompare(b.source, "fr", { sensitivity: "base" }));
}

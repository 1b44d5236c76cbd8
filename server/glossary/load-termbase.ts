import type { TermbaseEntry } from "@/core/terms/termbase-entry";
import type { Db } from "../db/client";
import { toTermbaseEntry } from "./term-entry-fields";

export type StoredTermEntry = TermbaseEntry & { id: string; updatedAt: string };

/** Every entry of a project, alphabetical by French term. No access check: callers have done it. */
export async function loadTermbase(db: Db, projectId: string): Promise<StoredTermEntry[]> {
  const rows = await db.termEntry.findMany({ where: { projectId } });
  return rows
    .map((row) => ({ ...toTermbaseEntry(row), updatedAt: row.updatedAt.toISOString() }))
    .sort((a, b) => a.source.localeCompare(b.source, "fr", { sensitivity: "base" }));
}

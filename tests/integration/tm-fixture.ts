import type { Db } from "@/server/db/client";
import { createProject } from "@/server/projects/create-project";
import { writeUnits, type NewUnit } from "@/server/tm/write-units";
import { createUser } from "./test-db";

/** What the memory tests share: a unit as a confirmed segment records it, and a memory of its own holding some. */

export const unit = (sourceText: string, targetText: string, extra: Partial<NewUnit> = {}): NewUnit => ({
  sourceText,
  targetText,
  status: "translated",
  origin: "segment",
  ...extra,
});

/** The words a hit (start, end) marks in a text. */
export const span = (text: string, hit: { start: number; end: number }) => text.slice(hit.start, hit.end);

/** A new project (with a new owner) whose memory holds `units`; its id. */
export async function memory(db: Db, units: NewUnit[], name = `M-${Math.random()}`) {
  const owner = await createUser(db);
  const { id } = await createProject(db, { actor: owner, name });
  await writeUnits(db, id, units);
  return id;
}

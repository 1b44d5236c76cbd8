import { parseQaSettings, type QaSettings } from "@/core/qa/settings";
import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import type { Db } from "../db/client";

/** The project's QA settings, defaults filled in. Every member may read them (the editor's checks follow them). */
export async function getQaSettings(db: Db, options: { actor: Actor; projectId: string }): Promise<QaSettings> {
  await requireProjectAction(db, options.actor, options.projectId, "project.read");
  const project = await db.project.findUniqueOrThrow({ where: { id: options.projectId }, select: { qaSettings: true } });
  return parseQaSettings(project.qaSettings);
}

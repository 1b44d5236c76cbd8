import type { ConcordanceHit } from "@/core/tm/types";
import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { searchConcordance, type ConcordanceQuery } from "./search-concordance";

/** The concordance search a project member runs from the side panel (Ctrl+K). */
export async function concordance(db: Db, actor: Actor, query: ConcordanceQuery): Promise<ConcordanceHit[]> {
  await requireProjectAction(db, actor, query.projectId, "memory.read");
  return searchConcordance(db, query);
}

import type { TmMatch } from "@/core/tm/types";
import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { findMatches } from "./find-matches";

/**
 * Fuzzy matches for free-standing French sentences (the CLI's `tm search`), best first for each,
 * from the memories the project reads; one access check for the whole list.
 */
export async function searchMemory(
  db: Db,
  actor: Actor,
  query: { projectId: string; sentences: readonly string[]; minScore?: number; limit?: number },
): Promise<TmMatch[][]> {
  await requireProjectAction(db, actor, query.projectId, "memory.read");
  const results: TmMatch[][] = [];
  for (const sourceText of query.sentences) {
    results.push(sourceText.trim() ? await findMatches(db, { projectId: query.projectId, sourceText, minScore: query.minScore, limit: query.limit }) : []);
  }
  return results;
}

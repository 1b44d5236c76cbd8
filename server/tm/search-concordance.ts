import { indexKeyList } from "@/core/tm/index-keys";
import type { ConcordanceHit, TmUnitOrigin, TmUnitStatus } from "@/core/tm/types";
import type { Db } from "../db/client";
import { memoryOrder } from "./memory-order";

/**
 * INTERIM (replaced by the tm-engine work before issue 13 lands, with keyword-in-context offsets
 * from the tokeniser and ranking): finds units whose French keys or English text hold the phrase.
 * The signature is the contract the UI and the CLI code against.
 */

export interface ConcordanceQuery {
  projectId: string;
  text: string;
  /** Which side to search. @default "fr" */
  lang?: "fr" | "en";
  /** @default 50 */
  limit?: number;
}

/** Concordance lines for a word or phrase in the memories the project reads, best first. No access check: callers check. */
export async function searchConcordance(db: Db, query: ConcordanceQuery): Promise<ConcordanceHit[]> {
  const lang = query.lang ?? "fr";
  const limit = query.limit ?? 50;
  const memories = await memoryOrder(db, query.projectId);
  const phrase = lang === "fr" ? indexKeyList(query.text).join(" ") : query.text.trim().toLowerCase();
  if (!phrase) return [];
  const hits: ConcordanceHit[] = [];
  for (const memory of memories) {
    const units = await db.tmUnit.findMany({ where: { projectId: memory.projectId }, take: 10_000 });
    for (const unit of units) {
      const haystack = lang === "fr" ? unit.sourceKeys : unit.targetText.toLowerCase();
      if (!haystack.includes(phrase)) continue;
      const side = lang === "fr" ? unit.sourceText : unit.targetText;
      const at = side.toLowerCase().indexOf(query.text.trim().toLowerCase());
      hits.push({
        unitId: unit.id,
        source: unit.sourceText,
        target: unit.targetText,
        lang,
        start: Math.max(0, at),
        end: at >= 0 ? at + query.text.trim().length : 0,
        provenance: {
          memoryProjectId: memory.projectId,
          memoryName: memory.name,
          documentTitle: unit.documentTitle,
          authorName: unit.authorName,
          date: unit.updatedAt.toISOString(),
          status: unit.status as TmUnitStatus,
          origin: unit.origin as TmUnitOrigin,
        },
      });
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
}

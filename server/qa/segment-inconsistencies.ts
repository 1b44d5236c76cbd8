import { consistencyKey } from "@/core/qa/inconsistent";
import { findInconsistencies } from "@/core/qa/inconsistent";
import type { QaContext } from "@/core/qa/run-checks";
import type { QaFinding } from "@/core/qa/types";
import type { Db } from "../db/client";
import { projectInconsistencies, type ProjectPair } from "./project-inconsistencies";

/**
 * The `inconsistent` findings of one segment (its English as on screen), reading only the project's
 * segments that may share its source or its translation. The side panel asks on every save and every
 * move: reading every translated segment of the project each time took seconds once a book was in it.
 * Rows sharing a comparison key (consistencyKey) contain the key's runs of ASCII letters, whatever
 * their case, so LOWER … LIKE on the longest run (standard SQL) keeps every row that can match; the
 * key itself decides, as for the whole project.
 */
export async function segmentInconsistencies(db: Db, projectId: string, context: QaContext, pair: ProjectPair): Promise<QaFinding[] | undefined> {
  if (!context.settings.checks.inconsistent.enabled || pair.target.trim() === "") return undefined;
  const sourceRun = keyRun(pair.source);
  const targetRun = keyRun(pair.target);
  if (!sourceRun || !targetRun) return (await projectInconsistencies(db, projectId, context, [pair])).get(pair.segmentId);
  const rows = await db.$queryRaw<{ id: string; documentId: string; sourceText: string; targetText: string }[]>`
    SELECT s."id", s."documentId", s."sourceText", s."targetText"
    FROM "Segment" s JOIN "Document" d ON d."id" = s."documentId"
    WHERE d."projectId" = ${projectId} AND d."deletedAt" IS NULL AND s."targetText" <> '' AND s."id" <> ${pair.segmentId}
      AND (LOWER(s."sourceText") LIKE ${`%${sourceRun}%`} OR LOWER(s."targetText") LIKE ${`%${targetRun}%`})`;
  const pairs: ProjectPair[] = rows.map((row) => ({ segmentId: row.id, documentId: row.documentId, source: row.sourceText, target: row.targetText }));
  return findInconsistencies([...pairs, pair]).get(pair.segmentId);
}

/**
 * The longest run of the text's comparison key that a raw text with the same key must contain as is
 * (up to ASCII case): letters only (digit groups are joined by the key), and not "i" or "k", which
 * the key may get from "İ" and the Kelvin sign. Null when shorter than three letters.
 */
export function keyRun(text: string): string | null {
  const runs = consistencyKey(text).match(/[a-hjl-z]+/g) ?? [];
  const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), "");
  return longest.length >= 3 ? longest : null;
}

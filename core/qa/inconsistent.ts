/**
 * `inconsistent`, across segments: the same source translated differently, or the same
 * translation given to different sources. Texts are compared normalised (case, spacing,
 * punctuation), so "Thursday," and "thursday" agree. Rows are grouped by key, so a project of
 * 10,000+ segments costs one pass; each finding lists a bounded number of related rows, so a
 * sentence repeated a thousand times does not make the report quadratic.
 */

import { groupBy } from "../group-by";
import type { QaFinding, QaRelated } from "./types";

export interface QaConsistencyRow {
  segmentId: string;
  documentId?: string;
  source: string;
  target: string;
}

/** At most this many related rows per finding, and findings per row and kind. */
export const MAX_RELATED = 10;
export const MAX_VARIANTS = 5;

/** The comparison key: lower case, letters and digits only, «1 200» read as «1200». */
export function consistencyKey(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/(?<=\d)[ \u00A0\u202F.,](?=\d)/gu, "")
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .trim();
}

/**
 * A 32-bit hash of a text's comparison key, as a signed integer (an SQL INTEGER column on both
 * engines): stored on each segment, so the rows that may share a key with a given text are found by
 * index. Equal keys give equal hashes; a collision only adds a row to compare, since the keys decide.
 * FNV-1a, written out: five lines, and the same in the browser, the server and the CLI without a
 * digest library (only equality is needed, not strength).
 */
export function consistencyHash(text: string): number {
  return keyHash(consistencyKey(text));
}

/** consistencyHash of a text whose comparison key is already at hand. */
export function keyHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/** A translation groups with the same translation of other sources only when its key has a letter: «2026», «$200» say nothing. */
export function groupsByTranslation(targetKey: string): boolean {
  return /\p{L}/u.test(targetKey);
}

/** The stored hashes of a segment's texts (the Segment columns sourceKeyHash and targetKeyHash). */
export function segmentKeyHashes(sourceText: string, targetText: string): { sourceKeyHash: number; targetKeyHash: number } {
  return { sourceKeyHash: consistencyHash(sourceText), targetKeyHash: consistencyHash(targetText) };
}

interface Keyed {
  row: QaConsistencyRow;
  sourceKey: string;
  targetKey: string;
}

const toRelated = ({ row }: Keyed): QaRelated => ({
  segmentId: row.segmentId,
  ...(row.documentId !== undefined ? { documentId: row.documentId } : {}),
  source: row.source,
  target: row.target,
});

/** Findings for groups of rows that share their `shared` side and differ on the other side. */
function report(groups: Map<string, Keyed[]>, shared: "source" | "target", out: Map<string, QaFinding[]>): void {
  const varying = shared === "source" ? "target" : "source";
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const variants = [...groupBy(group, (keyed) => (varying === "target" ? keyed.targetKey : keyed.sourceKey)).entries()];
    if (variants.length < 2) continue;
    for (const [key, members] of variants) {
      const others = variants.filter(([otherKey]) => otherKey !== key).slice(0, MAX_VARIANTS);
      for (const member of members) {
        const findings = out.get(member.row.segmentId) ?? [];
        for (const [otherKey, rows] of others) {
          findings.push({
            code: "inconsistent",
            start: 0,
            end: member.row.target.length,
            message: { key: `inconsistent.${shared}`, params: { other: rows[0].row[varying].trim() } },
            subject: otherKey,
            related: rows.slice(0, MAX_RELATED).map(toRelated),
          });
        }
        out.set(member.row.segmentId, findings);
      }
    }
  }
}

/**
 * The `inconsistent` findings of each segment (by segmentId; segments without any are absent).
 * Untranslated rows are left out. The subject is the other text, normalised, so an ignore holds
 * against that one other translation (or source) only.
 */
export function findInconsistencies(rows: readonly QaConsistencyRow[]): Map<string, QaFinding[]> {
  const keyed: Keyed[] = [];
  for (const row of rows) {
    if (row.target.trim() === "") continue;
    const sourceKey = consistencyKey(row.source);
    if (sourceKey !== "") keyed.push({ row, sourceKey, targetKey: consistencyKey(row.target) });
  }
  const out = new Map<string, QaFinding[]>();
  // Same source, other translations.
  report(
    groupBy(keyed, (k) => k.sourceKey),
    "source",
    out,
  );
  // Same translation, other sources; a translation with no letters («2026», «$200») says nothing.
  const worded = keyed.filter((k) => groupsByTranslation(k.targetKey));
  report(
    groupBy(worded, (k) => k.targetKey),
    "target",
    out,
  );
  return out;
}

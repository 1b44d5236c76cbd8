import { randomUUID } from "node:crypto";
import { DEFAULT_MATCH_THRESHOLD } from "@/core/tm/types";
import { Slice } from "@/core/work/slices";
import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { inChunks } from "../db/in-chunks";
import { AppError } from "../errors";
import { requireWriter, writeSegments, type SegmentRow, type SegmentWrite, type Writer } from "../segments/write-segment";
import { commitThenPublish, LiveChanges } from "../live/outbox";
import { findMatches } from "./find-matches";
import { inDocumentOrder } from "./segment-context";

export interface PretranslateOptions {
  actor: Actor;
  documentId: string;
  /** Lowest score used (%): 70 by default; 100 fills exact (and context) matches only. */
  minScore?: number;
}

export interface PretranslateResult {
  /** Empty segments filled. */
  filled: number;
  /** Of those, from a 100 % or 101 % match. */
  exact: number;
  /** Of those, from a fuzzy match. */
  fuzzy: number;
  /** Empty segments with no match good enough, left empty. */
  skipped: number;
  /** The revisions' batch id: undoReplace takes the whole pre-translation back. */
  batchId: string;
}

// Segments filled per transaction: short write locks, and memory bounded by one chunk.
const CHUNK = 200;

/**
 * Fills every empty segment of a document with its best memory match at or above the threshold,
 * as a draft marked with the match's origin and score (so reviewers can filter them), numbers
 * adapted as the match says (`insertText`). A segment someone filled meanwhile is left alone: the
 * write re-reads each row and only fills it while it is still empty. The document is read in
 * order a page at a time and written a chunk at a time, pausing for other requests between them.
 */
export async function pretranslateDocument(db: Db, options: PretranslateOptions): Promise<PretranslateResult> {
  const minScore = options.minScore ?? DEFAULT_MATCH_THRESHOLD;
  if (!Number.isFinite(minScore) || minScore < 1 || minScore > 101) throw new AppError("INVALID_INPUT", "The threshold must be between 1 and 101 %.");
  const writer = await requireWriter(db, options.actor, options.documentId);
  const { projectId } = await db.document.findUniqueOrThrow({ where: { id: options.documentId }, select: { projectId: true } });
  const result: PretranslateResult = { filled: 0, exact: 0, fuzzy: 0, skipped: 0, batchId: randomUUID() };
  // Open grids hear of the whole pre-translation once, after its last chunk (or a failure).
  const changes = new LiveChanges(options.actor.userId);
  try {
    await fillDocument(db, writer, { ...options, projectId, minScore }, result, changes);
  } finally {
    await changes.publish();
  }
  return result;
}

async function fillDocument(
  db: Db,
  writer: Writer,
  options: { documentId: string; projectId: string; minScore: number },
  result: PretranslateResult,
  changes: LiveChanges,
): Promise<void> {
  const { projectId, minScore } = options;
  let pending: { id: string; text: string; score: number }[] = [];
  const slice = new Slice();
  for await (const { segment, previousSource, nextSource } of inDocumentOrder(db, options.documentId)) {
    await slice.pauseIfDue();
    if (segment.targetText !== "" || segment.sourceText.trim() === "") continue;
    const [best] = await findMatches(db, { projectId, sourceText: segment.sourceText, previousSource, nextSource, minScore, limit: 1 });
    if (!best || best.insertText.trim() === "") {
      result.skipped++;
      continue;
    }
    pending.push({ id: segment.id, text: best.insertText, score: best.score });
    if (pending.length >= CHUNK) {
      await fill(db, writer, pending, result, changes);
      pending = [];
    }
  }
  await fill(db, writer, pending, result, changes);
}

async function fill(db: Db, writer: Writer, fills: { id: string; text: string; score: number }[], result: PretranslateResult, changes: LiveChanges) {
  if (fills.length === 0) return;
  const counts = await commitThenPublish(
    db,
    writer.actor.userId,
    async (tx) => {
      const rows = new Map(
        (
          await inChunks(
            fills.map((f) => f.id),
            (chunk) => tx.segment.findMany({ where: { id: { in: chunk } } }),
          )
        ).map((r) => [r.id, r]),
      );
      const items: { row: SegmentRow; write: SegmentWrite }[] = [];
      const counted = { exact: 0, fuzzy: 0, skipped: 0 };
      for (const f of fills) {
        const row = rows.get(f.id);
        if (!row || row.targetText !== "") {
          counted.skipped++;
          continue;
        }
        items.push({
          row,
          write: { action: "edit", targetText: f.text, batchId: result.batchId, recordAs: "pretranslate", match: { origin: "tm", score: f.score } },
        });
        if (f.score >= 100) counted.exact++;
        else counted.fuzzy++;
      }
      await writeSegments(tx, writer, items);
      return counted;
    },
    { into: changes },
  );
  result.filled += counts.exact + counts.fuzzy;
  result.exact += counts.exact;
  result.fuzzy += counts.fuzzy;
  result.skipped += counts.skipped;
}

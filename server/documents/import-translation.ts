import { randomUUID } from "node:crypto";
import { segmentKeyHashes } from "@/core/qa/inconsistent";
import { alignSentenceSteps } from "@/core/alignment/align-sentences";
import type { Bead } from "@/core/alignment/types";
import { LOW_CONFIDENCE } from "@/core/model/document";
import { joinText } from "@/core/segments/restructure";
import { moveAnnotationsForMerge } from "../annotations/move-annotations";
import { MAX_SEGMENTS } from "@/core/limits";
import { segmentBlockSteps, tooManySegments } from "@/core/segmentation/segment-blocks";
import { stageReporter, type ReportProgress } from "@/core/work/progress";
import { runInSlices, Slice } from "@/core/work/slices";
import type { Actor } from "../access/actor";
import { alignmentLexicon } from "../alignment/lexicon";
import type { Db } from "../db/client";
import { insertRows } from "../db/insert-rows";
import { readPages } from "../db/read-pages";
import { AppError } from "../errors";
import { fromDomainError } from "../from-domain-error";
import type { TextFormat } from "./read-text-blocks";
import { readUploadBlocks, routeUpload } from "./read-upload";
import { deleteSegments, requireWriter, writeSegments } from "../segments/write-segment";
import { commitThenPublish } from "../live/outbox";

export interface ImportTranslationOptions {
  actor: Actor;
  documentId: string;
  content: Uint8Array | string;
  /** The format the file's name suggests (see formatOfFile); its content decides first. */
  format: TextFormat;
  /** Overwrite translations already typed; without it a document with any translation is refused. */
  replace?: boolean;
  /** Told the stage and how far through it, for the page to show (server/jobs/progress-board.ts). */
  onProgress?: ReportProgress;
}

export interface Row {
  id: string;
  paragraphId: string;
  sourceText: string;
  targetText: string;
  status: string;
  version: number;
  alignScore: number | null;
  isNew: boolean;
  deleted?: boolean;
  /** For a deleted row: the segment it was merged into, and that segment's source just before the join. */
  mergedInto?: { id: string; sourceBefore: string };
}

/** Applies beads to the ordered segments: merges within paragraphs, fills targets, adds 0-1 pairs. */
export function applyBeads(segments: Row[], english: string[], beads: Bead[]): Row[] {
  const out: Row[] = [];
  for (const bead of beads) {
    const target = bead.target.map((k) => english[k]).join(" ");
    if (bead.source.length === 0) {
      // An English sentence with no French: its own pair, in the paragraph of the previous one.
      const paragraphId = out.at(-1)?.paragraphId ?? segments[0].paragraphId;
      out.push({ id: randomUUID(), paragraphId, sourceText: "", targetText: target, status: "draft", version: 1, alignScore: bead.score, isNew: true });
      continue;
    }
    const group = bead.source.map((i) => segments[i]);
    let head = group[0];
    head = { ...head, targetText: target, status: target ? "draft" : head.status === "new" ? "new" : head.status, alignScore: bead.score };
    for (const next of group.slice(1)) {
      if (next.paragraphId === head.paragraphId) {
        // Several French sentences translated as one: one pair, as the user would merge them.
        out.push({ ...next, deleted: true, mergedInto: { id: head.id, sourceBefore: head.sourceText } });
        head = { ...head, sourceText: joinText(head.sourceText, next.sourceText) };
      } else {
        // Never merge across paragraphs: the later French sentences stay, flagged, without English.
        out.push(head);
        head = { ...next, targetText: "", alignScore: Math.min(bead.score, 0.3) };
      }
    }
    out.push(head);
  }
  return out;
}

/**
 * Imports an existing English translation of a document: reads and segments it, aligns its
 * sentences with the document's French segments, and stores the pairs with their confidence, as
 * one transaction with a revision for every changed segment. At most MAX_SEGMENTS English
 * sentences, and the document may not grow past MAX_SEGMENTS pairs (both refused before writing);
 * segmenting, aligning and writing run in slices, so a long book does not hold up the server.
 */
export async function importTranslation(db: Db, options: ImportTranslationOptions) {
  const writer = await requireWriter(db, options.actor, options.documentId);
  // What the file is decides how it is read (an HTML page named .txt is HTML); non-texts are refused.
  const { format } = routeUpload(options.content, options.format, "translation");
  stageReporter(options.onProgress, "reading")(0, 0);
  const { blocks } = await readUploadBlocks(options.content, format);
  let english: string[];
  try {
    english = (await runInSlices(segmentBlockSteps(blocks, "en", undefined, undefined, stageReporter(options.onProgress, "segmenting")))).flat();
  } catch (error) {
    fromDomainError(error);
  }

  const all = await readPages((cursor, take) =>
    db.segment.findMany({
      where: { documentId: options.documentId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      take,
      ...(cursor ? { cursor, skip: 1 } : {}),
    }),
  );
  if (!options.replace && all.some((s) => s.targetText.trim())) {
    throw new AppError(
      "INVALID_INPUT",
      "This document already has translations. Tick “replace existing translations” to overwrite them (the old ones stay in the history).",
      { reason: "HAS_TRANSLATIONS" },
    );
  }
  const french = all.filter((s) => s.sourceText.trim()).map((s) => ({ ...s, isNew: false }));
  stageReporter(options.onProgress, "aligning")(0, 0);
  const beads = await runInSlices(
    alignSentenceSteps(
      french.map((s) => s.sourceText),
      english,
      { lexicon: alignmentLexicon() ?? undefined },
    ),
  );
  const rows = applyBeads(french, english, beads);
  if (rows.filter((r) => !r.deleted).length > MAX_SEGMENTS) fromDomainError(tooManySegments("document"));
  const emptySource = all.filter((s) => !s.sourceText.trim()).map((s) => s.id);

  const original = new Map(all.map((s) => [s.id, s]));
  await commitThenPublish(
    db,
    options.actor.userId,
    async (tx) => {
      await deleteSegments(tx, emptySource);
      const created: Record<string, string | number | Date | null>[] = [];
      const revisions: Record<string, string | number | Date | null>[] = [];
      const writes: Parameters<typeof writeSegments>[2][number][] = [];
      const now = new Date();
      let position = 0;
      const finalSource = new Map(rows.filter((r) => !r.deleted).map((r) => [r.id, r.sourceText]));
      const slice = new Slice();
      const writing = stageReporter(options.onProgress, "writing");
      for (const [k, row] of rows.entries()) {
        if (slice.due()) writing(k, rows.length);
        await slice.pauseIfDue();
        if (row.deleted) {
          // Glosses and notes on the merged sentence move into the pair it joined.
          if (row.mergedInto) {
            const into = { id: row.mergedInto.id, sourceText: row.mergedInto.sourceBefore };
            await moveAnnotationsForMerge(tx, into, row, { id: into.id, sourceText: finalSource.get(into.id) ?? into.sourceText });
          }
          await deleteSegments(tx, [row.id]);
          continue;
        }
        if (row.isNew) {
          created.push({
            id: row.id,
            documentId: options.documentId,
            paragraphId: row.paragraphId,
            position,
            sourceText: "",
            targetText: row.targetText,
            status: row.status,
            sourceWords: 0,
            ...segmentKeyHashes("", row.targetText),
            alignScore: row.alignScore,
            translatedById: options.actor.userId,
            createdAt: now,
            updatedAt: now,
          });
          revisions.push({
            id: randomUUID(),
            segmentId: row.id,
            documentId: options.documentId,
            version: 1,
            targetText: row.targetText,
            status: row.status,
            sourceText: "",
            authorId: options.actor.userId,
            action: "import",
            createdAt: now,
          });
        } else {
          // The version read before aligning: a save made meanwhile is a CONFLICT, not overwritten.
          const layout = { position, alignScore: row.alignScore };
          writes.push({
            row: original.get(row.id)!,
            write: { action: "import", sourceText: row.sourceText, targetText: row.targetText, baseVersion: row.version, layout },
          });
        }
        position++;
      }
      await insertRows(
        tx,
        "Segment",
        [
          "id",
          "documentId",
          "paragraphId",
          "position",
          "sourceText",
          "targetText",
          "status",
          "sourceWords",
          "sourceKeyHash",
          "targetKeyHash",
          "alignScore",
          "translatedById",
          "createdAt",
          "updatedAt",
        ],
        created,
      );
      await insertRows(
        tx,
        "SegmentRevision",
        ["id", "segmentId", "documentId", "version", "targetText", "status", "sourceText", "authorId", "action", "createdAt"],
        revisions,
      );
      // Last, once every pair is in place: the memory records each aligned pair with its neighbours.
      await writeSegments(tx, writer, writes);
      await tx.document.update({ where: { id: options.documentId }, data: { updatedAt: now } });
    },
    { timeout: 120_000 },
  );

  const kept = rows.filter((r) => !r.deleted);
  return {
    pairs: kept.length,
    englishSentences: english.length,
    lowConfidence: kept.filter((r) => r.alignScore !== null && r.alignScore < LOW_CONFIDENCE).length,
  };
}

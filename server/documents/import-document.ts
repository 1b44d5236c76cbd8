import { randomUUID } from "node:crypto";
import { segmentBlockSteps, type SegmentationMode } from "@/core/segmentation/segment-blocks";
import { runInSlices, Slice } from "@/core/work/slices";
import { countWords } from "@/core/text/count-words";
import { segmentKeyHashes } from "@/core/qa/inconsistent";
import { stageReporter, type ReportProgress } from "@/core/work/progress";
import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { insertRows } from "../db/insert-rows";
import { fromDomainError } from "../from-domain-error";
import { importXliff } from "./import-xliff";
import type { XliffDropped } from "@/core/formats/xliff/validate/refuse";
import { formatOfFile } from "./read-text-blocks";
import { readUploadBlocks, routeUpload } from "./read-upload";

export type { SegmentationMode };

export interface ImportDocumentOptions {
  actor: Actor;
  projectId: string;
  /** The file's bytes (any supported encoding) or already-decoded pasted text. */
  content: Uint8Array | string;
  fileName?: string;
  title?: string;
  /** How to read text content (what the name says otherwise); a file that is HTML, Word or XLIFF is read as such regardless. */
  format?: "txt" | "md";
  segmentation?: SegmentationMode;
  /** Told the stage and how far through it, for the page to show (server/jobs/progress-board.ts). */
  onProgress?: ReportProgress;
  /** An XLIFF file that breaks XLIFF 2.1's rules: import what is safe and list the rest, instead of refusing it. */
  importAnyway?: boolean;
}

/** Title when the user gave none: the file name without extensions, else the first heading or words. */
function defaultTitle(fileName: string | undefined, firstText: string): string {
  const base = fileName
    ?.replace(/^.*[\\/]/, "")
    .replace(/(\.[a-z0-9]{1,8})+$/i, "")
    .trim();
  if (base) return base;
  return firstText.length > 80 ? `${firstText.slice(0, 79).trimEnd()}…` : firstText;
}

/**
 * Imports a French text as a new document: route by content (XLIFF 2, HTML, Word, else text or
 * Markdown by name; translation memories, termbases, PDFs… are refused with what to do), decode,
 * parse blocks, cut segments (at most MAX_SEGMENTS, refused before writing), then write the
 * document, its paragraphs and segments in one transaction, so a failure leaves nothing behind.
 * Reading, segmenting and writing run in slices: a 200,000-line file does not hold up the server.
 */
export async function importDocument(db: Db, options: ImportDocumentOptions): Promise<{ documentId: string; segments: number; dropped?: XliffDropped[] }> {
  await requireProjectAction(db, options.actor, options.projectId, "document.import");
  const route = routeUpload(options.content, options.format ?? formatOfFile(options.fileName), "document");
  // A bilingual XLIFF file brings its own segments, targets and states.
  if (route.reader === "xliff") {
    const { actor, projectId, content, fileName, title, importAnyway } = options;
    return importXliff(db, { actor, projectId, content, fileName, title, importAnyway });
  }
  stageReporter(options.onProgress, "reading")(0, 0);
  const parsed = await readUploadBlocks(options.content, route.format);

  const segmentation = options.segmentation ?? "sentence";
  const documentId = randomUUID();
  const now = new Date();
  const paragraphs: { id: string; documentId: string; position: number; kind: string; level: number | null }[] = [];
  const segments: {
    id: string;
    documentId: string;
    paragraphId: string;
    position: number;
    sourceText: string;
    sourceWords: number;
    sourceKeyHash: number;
    targetKeyHash: number;
    createdAt: Date;
    updatedAt: Date;
  }[] = [];
  let segmented: string[][];
  try {
    segmented = await runInSlices(segmentBlockSteps(parsed.blocks, "fr", segmentation, undefined, stageReporter(options.onProgress, "segmenting")));
  } catch (error) {
    fromDomainError(error);
  }
  // Ids and word counts of 200,000 segments take a second: built in slices too.
  const slice = new Slice();
  for (const [position, block] of parsed.blocks.entries()) {
    await slice.pauseIfDue();
    const paragraphId = randomUUID();
    paragraphs.push({ id: paragraphId, documentId, position, kind: block.kind, level: block.level ?? null });
    for (const sourceText of segmented[position]) {
      segments.push({
        id: randomUUID(),
        documentId,
        paragraphId,
        position: segments.length,
        sourceText,
        sourceWords: countWords(sourceText),
        ...segmentKeyHashes(sourceText, ""),
        createdAt: now,
        updatedAt: now,
      });
    }
  }

  const title = options.title?.trim() || defaultTitle(options.fileName, parsed.blocks[0].text);
  await db.$transaction(
    async (tx) => {
      await tx.document.create({
        data: {
          id: documentId,
          projectId: options.projectId,
          title,
          documentDate: parsed.date ?? null,
          originFileName: options.fileName ?? null,
          segmentation,
          createdById: options.actor.userId,
        },
      });
      await insertRows(tx, "Paragraph", ["id", "documentId", "position", "kind", "level"], paragraphs);
      await insertRows(
        tx,
        "Segment",
        ["id", "documentId", "paragraphId", "position", "sourceText", "sourceWords", "sourceKeyHash", "targetKeyHash", "createdAt", "updatedAt"],
        segments,
        stageReporter(options.onProgress, "writing"),
      );
    },
    { timeout: 120_000 },
  );
  return { documentId, segments: segments.length };
}

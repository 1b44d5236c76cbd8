import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { SEGMENT_VIEW_SELECT, toSegmentView, type SegmentView } from "../segments/segment-view";
import { emptyProgress, type Progress } from "@/core/model/progress";
import { documentPart, type DocumentPart } from "@/core/model/parts";
import { partWindow } from "./part-window";
import { Prisma } from "../db/generated/client";
import { dialectOf } from "../db/dialect";
import { inChunks } from "../db/in-chunks";
import { progressByDocument } from "./list-documents";
import type { AnnotationView } from "../annotations/annotation-view";
import { listAnnotations } from "../annotations/list-annotations";
import { openCommentMarks, type OpenCommentMarks } from "@/core/comments/open-comment-marks";
import { loadThreads } from "../comments/list-comments";
import { loadTermbase, type StoredTermEntry } from "../glossary/load-termbase";

export type WorkbenchSegment = SegmentView;

export interface WorkbenchParagraph {
  id: string;
  position: number;
  kind: "heading" | "paragraph";
  level: number | null;
}

export interface Workbench {
  document: {
    id: string;
    projectId: string;
    projectName: string;
    title: string;
    documentDate: string | null;
    originFileName: string | null;
    segmentation: string;
    sourceLanguage: string;
    targetLanguage: string;
    /** Changes when the whole document is rewritten (an aligned translation imported). */
    updatedAt: string;
  };
  role: string;
  /** Which part of the document `segments` is (a long document opens a part at a time). */
  part: DocumentPart;
  /** The paragraphs of this part's segments. */
  paragraphs: WorkbenchParagraph[];
  /** This part's segments, in document order. */
  segments: WorkbenchSegment[];
  /** Progress of the whole document, when loaded. */
  progress: Progress;
  /** Segments of the whole document still without a translation, of how many (what the English exports would mark). */
  gaps: { missing: number; total: number };
  /** The project's termbase, for highlighting terms and offering their equivalents. */
  terms: StoredTermEntry[];
  /** Glosses and notes on the source, re-anchored to the current text; orphans included. */
  annotations: AnnotationView[];
  /** Open comment threads per segment id (segments without any are left out), and the words they are about. */
  openComments: OpenCommentMarks;
  /** The caller (null for the system actor), to tell their own annotations apart. */
  userId: string | null;
  /** Server time (ms) just before the rows were read: live updates catch up from there. */
  readAt: number;
}

/** Whitespace the export rule (english-text.ts, trim()) ignores, as code points, for counting gaps in SQL. */
const BLANK_CODE_POINTS = [32, 9, 10, 13, 160, 8201, 8239, 12288];

/** `column` with that whitespace trimmed from both ends, in the dialect of `db`. */
function trimmed(db: Db, column: string): Prisma.Sql {
  if (dialectOf(db) === "postgres") return Prisma.raw(`btrim("${column}", ${BLANK_CODE_POINTS.map((c) => `chr(${c})`).join(" || ")})`);
  return Prisma.raw(`trim("${column}", char(${BLANK_CODE_POINTS.join(", ")}))`);
}

/** Missing translations in the whole document, counted as the English exports count them. */
async function documentGaps(db: Db, documentId: string): Promise<{ missing: number; total: number }> {
  const target = trimmed(db, "targetText");
  const source = trimmed(db, "sourceText");
  const [row] = await db.$queryRaw<{ missing: bigint | number; total: bigint | number }[]>`
    SELECT COALESCE(SUM(CASE WHEN ${target} = '' AND ${source} <> '' THEN 1 ELSE 0 END), 0) AS "missing",
           COALESCE(SUM(CASE WHEN ${target} = '' AND ${source} = '' THEN 0 ELSE 1 END), 0) AS "total"
    FROM "Segment" WHERE "documentId" = ${documentId}`;
  return { missing: Number(row?.missing ?? 0), total: Number(row?.total ?? 0) };
}

/**
 * The paragraphs of some segments, in document order. Read as the range between the first and the
 * last segment's paragraphs on the (documentId, position) index: 5,000 ids in IN lists took 265 ms
 * on a book, the range a few. A paragraph outside the range (orders disagreeing after a restructure)
 * is still read by id.
 */
async function paragraphsOf(db: Db, documentId: string, segments: readonly { paragraphId: string }[]) {
  const ids = new Set(segments.map((s) => s.paragraphId));
  if (ids.size === 0) return [];
  const ends = await db.paragraph.findMany({ where: { id: { in: [segments[0].paragraphId, segments.at(-1)!.paragraphId] } }, select: { position: true } });
  const positions = ends.map((p) => p.position);
  const inRange = await db.paragraph.findMany({
    where: { documentId, position: { gte: Math.min(...positions), lte: Math.max(...positions) } },
    orderBy: { position: "asc" },
  });
  const found = inRange.filter((p) => ids.has(p.id));
  if (found.length === ids.size) return found;
  const seen = new Set(found.map((p) => p.id));
  const rest = await inChunks(
    [...ids].filter((id) => !seen.has(id)),
    (chunk) => db.paragraph.findMany({ where: { id: { in: chunk } } }),
  );
  return [...found, ...rest].sort((a, b) => a.position - b.position);
}

/**
 * Everything the side-by-side grid needs for one document, in document order: one part of it
 * (`part`, 1-based; see core/model/parts.ts), with the figures of the whole document.
 */
export async function getWorkbench(db: Db, options: { actor: Actor; documentId: string; part?: number }): Promise<Workbench> {
  const { role } = await requireDocumentAction(db, options.actor, options.documentId, "project.read");
  const document = await db.document.findUniqueOrThrow({
    where: { id: options.documentId },
    include: { project: { select: { name: true } } },
  });
  const readAt = Date.now();
  const total = await db.segment.count({ where: { documentId: document.id } });
  const part = documentPart(total, options.part);
  const segments = await db.segment.findMany({ ...(await partWindow(db, document.id, part)), select: SEGMENT_VIEW_SELECT });
  const [paragraphs, terms, annotations, comments, progress, gaps] = await Promise.all([
    paragraphsOf(db, document.id, segments),
    loadTermbase(db, document.projectId),
    listAnnotations(db, document.id),
    loadThreads(db, { documentId: document.id }),
    progressByDocument(db, [document.id]),
    documentGaps(db, document.id),
  ]);
  return {
    document: {
      id: document.id,
      projectId: document.projectId,
      projectName: document.project.name,
      title: document.title,
      documentDate: document.documentDate,
      originFileName: document.originFileName,
      segmentation: document.segmentation,
      sourceLanguage: document.sourceLanguage,
      targetLanguage: document.targetLanguage,
      updatedAt: document.updatedAt.toISOString(),
    },
    role,
    part,
    paragraphs: paragraphs.map((p) => ({ id: p.id, position: p.position, kind: p.kind === "heading" ? "heading" : "paragraph", level: p.level })),
    segments: segments.map(toSegmentView),
    progress: progress.get(document.id) ?? emptyProgress(),
    gaps,
    terms,
    annotations,
    openComments: openCommentMarks(comments),
    userId: options.actor.userId,
    readAt,
  };
}

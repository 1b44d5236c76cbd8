import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { SEGMENT_VIEW_SELECT, toSegmentView, type SegmentView } from "../segments/segment-view";
import { progressOf, type Progress } from "@/core/model/progress";
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
  paragraphs: WorkbenchParagraph[];
  segments: WorkbenchSegment[];
  progress: Progress;
  /** The project's termbase, for highlighting terms and offering their equivalents. */
  terms: StoredTermEntry[];
  /** Glosses and notes on the source, re-anchored to the current text; orphans included. */
  annotations: AnnotationView[];
  /** Open comment threads per segment id (segments without any are left out), and the words they are about. */
  openComments: OpenCommentMarks;
  /** The caller (null for the system actor), to tell their own annotations apart. */
  userId: string | null;
}

/** Everything the side-by-side grid needs for one document, in document order. */
export async function getWorkbench(db: Db, options: { actor: Actor; documentId: string }): Promise<Workbench> {
  const { role } = await requireDocumentAction(db, options.actor, options.documentId, "project.read");
  const document = await db.document.findUniqueOrThrow({
    where: { id: options.documentId },
    include: { project: { select: { name: true } } },
  });
  const [paragraphs, segments, terms, annotations, comments] = await Promise.all([
    db.paragraph.findMany({ where: { documentId: document.id }, orderBy: { position: "asc" } }),
    db.segment.findMany({
      where: { documentId: document.id },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: SEGMENT_VIEW_SELECT,
    }),
    loadTermbase(db, document.projectId),
    listAnnotations(db, document.id),
    loadThreads(db, { documentId: document.id }),
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
    paragraphs: paragraphs.map((p) => ({ id: p.id, position: p.position, kind: p.kind === "heading" ? "heading" : "paragraph", level: p.level })),
    segments: segments.map(toSegmentView),
    progress: progressOf(segments),
    terms,
    annotations,
    openComments: openCommentMarks(comments),
    userId: options.actor.userId,
  };
}

import type { BilingualDocument, SegmentStatus } from "@/core/model/document";
import { exportBilingualHtml } from "@/core/formats/export-bilingual-html";
import { exportReviewHtml } from "@/core/formats/export-review-html";
import { DEFAULT_ENGLISH_TEXT_OPTIONS, type EnglishTextOptions } from "@/core/formats/english-text";
import { exportTargetMarkdown, exportTargetText } from "@/core/formats/export-target";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { fromDomainError } from "../from-domain-error";
import { safeFileName } from "./safe-file-name";
import { exportEnglishDocx, exportReviewDocx } from "./export-docx";
import { loadReviewDocument } from "./export-review";
import { exportXliffBody } from "./export-xliff";

export const EXPORT_FORMATS = ["md", "txt", "html", "xliff", "review-html", "docx", "docx-en"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Formats whose body is bytes (a zip), not text. */
export type BinaryExportFormat = "docx" | "docx-en";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** An export: text for the text formats, bytes for Word (`ExportedFile<"docx">` has a Uint8Array body). */
export interface ExportedFile<F extends ExportFormat = ExportFormat> {
  fileName: string;
  contentType: string;
  body: F extends BinaryExportFormat ? Uint8Array : string;
}

/** Loads a document as the pure bilingual model that every exporter reads. */
export async function loadBilingualDocument(db: Db, documentId: string): Promise<BilingualDocument> {
  const document = await db.document.findUniqueOrThrow({
    where: { id: documentId },
    include: {
      paragraphs: {
        orderBy: { position: "asc" },
        include: { segments: { orderBy: { position: "asc" }, select: { sourceText: true, targetText: true, status: true } } },
      },
    },
  });
  return {
    title: document.title,
    date: document.documentDate ?? undefined,
    sourceLanguage: document.sourceLanguage,
    targetLanguage: document.targetLanguage,
    blocks: document.paragraphs.map((p) => ({
      kind: p.kind === "heading" ? "heading" : "paragraph",
      level: p.level ?? undefined,
      segments: p.segments.map((s) => ({ source: s.sourceText, target: s.targetText, status: s.status as SegmentStatus })),
    })),
  };
}

/** The formats that hold the English text only, where a missing translation would shorten the article. */
export const ENGLISH_EXPORT_FORMATS = ["md", "txt", "docx-en"] as const satisfies readonly ExportFormat[];

export interface ExportDocumentOptions<F extends ExportFormat> {
  actor: Actor;
  documentId: string;
  format: F;
  /** For the English formats: what stands for a missing translation (default a marker; `fail` refuses) and whether drafts are flagged. */
  english?: Partial<EnglishTextOptions>;
  ip?: string;
}

/**
 * The English text as Markdown, plain text or Word, a bilingual side-by-side HTML page, XLIFF 2.1,
 * or a review copy (segments, statuses and notes) as HTML or Word. An English export asked to
 * `fail` on missing translations throws INCOMPLETE_TRANSLATION (nothing is audited as exported).
 */
export async function exportDocument<F extends ExportFormat>(db: Db, options: ExportDocumentOptions<F>): Promise<ExportedFile<F>> {
  const { projectId } = await requireDocumentAction(db, options.actor, options.documentId, "document.export");
  const english: EnglishTextOptions = { missing: options.english?.missing ?? DEFAULT_ENGLISH_TEXT_OPTIONS.missing, drafts: options.english?.drafts ?? DEFAULT_ENGLISH_TEXT_OPTIONS.drafts };
  let file: ExportedFile;
  try {
    file = await renderExport(db, options.documentId, options.format, english);
  } catch (error) {
    fromDomainError(error);
  }
  const isEnglish = (ENGLISH_EXPORT_FORMATS as readonly string[]).includes(options.format);
  await recordAuditEvent(db, { actorId: options.actor.userId, projectId, action: "document.exported", targetType: "document", targetId: options.documentId, details: isEnglish ? { format: options.format, ...english } : { format: options.format }, ip: options.ip });
  return file as ExportedFile<F>;
}

async function renderExport(db: Db, documentId: string, format: ExportFormat, english: EnglishTextOptions): Promise<ExportedFile> {
  if (format === "review-html" || format === "docx") {
    const review = await loadReviewDocument(db, documentId);
    const name = safeFileName(review.title);
    return format === "docx"
      ? { fileName: `${name}.fr-en.review.docx`, contentType: DOCX, body: await exportReviewDocx(review) }
      : { fileName: `${name}.fr-en.review.html`, contentType: "text/html; charset=utf-8", body: exportReviewHtml(review) };
  }
  const document = await loadBilingualDocument(db, documentId);
  const name = safeFileName(document.title);
  switch (format) {
    case "md":
      return { fileName: `${name}.en.md`, contentType: "text/markdown; charset=utf-8", body: exportTargetMarkdown(document, english) };
    case "txt":
      return { fileName: `${name}.en.txt`, contentType: "text/plain; charset=utf-8", body: exportTargetText(document, english) };
    case "html":
      return { fileName: `${name}.fr-en.html`, contentType: "text/html; charset=utf-8", body: exportBilingualHtml(document) };
    case "xliff":
      return { fileName: `${name}.fr-en.xlf`, contentType: "application/xliff+xml; charset=utf-8", body: await exportXliffBody(db, documentId) };
    case "docx-en":
      return { fileName: `${name}.en.docx`, contentType: DOCX, body: await exportEnglishDocx(document, english) };
  }
}

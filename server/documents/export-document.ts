import type { DocumentWriter } from "@/core/formats/document-writer";
import { englishDocx, type DocxExport } from "@/core/formats/docx/english-docx";
import { reviewDocx } from "@/core/formats/docx/review-docx";
import { zipDocx } from "@/core/formats/docx/zip-docx";
import { DEFAULT_ENGLISH_TEXT_OPTIONS, translationGaps, untranslatedMessage, type EnglishTextOptions } from "@/core/formats/english-text";
import { bilingualHtmlWriter } from "@/core/formats/export-bilingual-html";
import { reviewHtmlWriter } from "@/core/formats/export-review-html";
import { targetMarkdownWriter, targetTextWriter } from "@/core/formats/export-target";
import { xliffWriter } from "@/core/formats/xliff/write-xliff";
import { xliff12Writer } from "@/core/formats/xliff12/write-xliff12";
import type { XliffQualityIssue } from "@/core/formats/xliff/xliff-model";
import type { BilingualSegment, SegmentStatus } from "@/core/model/document";
import type { Language } from "@/i18n/settings";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { fromDomainError } from "../from-domain-error";
import { segmentPages, writeDocument, type ExportRow } from "./export-pages";
import { reviewSegments } from "./export-review";
import { exportInWorker } from "./export-in-worker";
import { xliffSegments } from "./export-xliff";
import { safeFileName } from "./safe-file-name";
import { xliffQualityIssues } from "./xliff-quality-issues";

export const EXPORT_FORMATS = ["md", "txt", "html", "xliff", "xliff12", "review-html", "docx", "docx-en"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The formats that hold the English text only, where a missing translation would shorten the article. */
export const ENGLISH_EXPORT_FORMATS = ["md", "txt", "docx-en"] as const satisfies readonly ExportFormat[];

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * An export on its way out: the bytes are made as they are read (`chunks`), a page of segments at a
 * time, so memory does not grow with the document and other requests are served in between.
 */
export interface ExportedFile {
  fileName: string;
  contentType: string;
  chunks: AsyncIterable<Uint8Array>;
}

export interface ExportDocumentOptions {
  actor: Actor;
  documentId: string;
  format: ExportFormat;
  /** For the English formats: what stands for a missing translation (default a marker; `fail` refuses) and whether drafts are flagged. */
  english?: Partial<EnglishTextOptions>;
  ip?: string;
  /** XLIFF only: add the QA report as ITS Localization Quality Issue annotations, messages in `lang`. */
  qaReport?: { lang: Language };
  /**
   * Write the export in a worker thread (the server does), so that a large one does not hold up
   * other requests; the CLI and tests write it in their own thread.
   */
  inWorker?: boolean;
}

/**
 * The English text as Markdown, plain text or Word, a bilingual side-by-side HTML page, XLIFF 2.1
 * or 1.2 (for OmegaT, Trados, memoQ, Phrase and translate-toolkit),
 * or a review copy (segments, statuses, notes and comments) as HTML or Word. An English export
 * asked to `fail` on missing translations is refused (INCOMPLETE_TRANSLATION, nothing audited as
 * exported) after a first reading of the document, before any byte is sent. Nothing is written
 * until the caller reads `chunks` (it must, or return() it, to free the worker).
 */
export async function exportDocument(db: Db, options: ExportDocumentOptions): Promise<ExportedFile> {
  const { projectId } = await requireDocumentAction(db, options.actor, options.documentId, "document.export");
  const english: EnglishTextOptions = {
    missing: options.english?.missing ?? DEFAULT_ENGLISH_TEXT_OPTIONS.missing,
    drafts: options.english?.drafts ?? DEFAULT_ENGLISH_TEXT_OPTIONS.drafts,
  };
  const isEnglish = (ENGLISH_EXPORT_FORMATS as readonly string[]).includes(options.format);
  const { title } = await db.document.findUniqueOrThrow({ where: { id: options.documentId }, select: { title: true } });
  if (options.qaReport && options.format !== "xliff") throw new AppError("INVALID_INPUT", "The QA report can be included in the XLIFF export only.");
  // Checked here, with the actor (the worker has none); the result travels with the job.
  const qualityIssues = options.qaReport ? await xliffQualityIssues(db, options.actor, options.documentId, { lang: options.qaReport.lang }) : undefined;
  const job: ExportJob = { documentId: options.documentId, projectId, format: options.format, english, ...(qualityIssues ? { qualityIssues } : {}) };
  const chunks = domainErrorsCoded(options.inWorker ? exportInWorker(job) : exportChunks(db, job));
  // The first chunk is made before anything is answered, so a refusal (missing translations under
  // `fail`, a language XLIFF cannot carry) is an error response, not a truncated download, and is
  // not audited as an export.
  const first = await chunks.next();
  await recordAuditEvent(db, {
    actorId: options.actor.userId,
    projectId,
    action: "document.exported",
    targetType: "document",
    targetId: options.documentId,
    details: isEnglish ? { title, format: options.format, ...english } : { title, format: options.format, ...(qualityIssues ? { qaReport: true } : {}) },
    ip: options.ip,
  });
  return { ...fileOf(options.format, title), chunks: resumed(first, chunks) };
}

async function* resumed(first: IteratorResult<Uint8Array>, rest: AsyncGenerator<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (first.done) return;
  yield first.value;
  yield* rest;
}

/** A refusal found while writing (an XLIFF id or language the format cannot carry) as a coded error. */
async function* domainErrorsCoded(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    yield* chunks;
  } catch (error) {
    fromDomainError(error);
  }
}

/** The whole export in memory (tests, and callers that need the bytes at once). */
export async function exportBytes(file: ExportedFile): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of file.chunks) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function assertNoGaps(db: Db, documentId: string): Promise<void> {
  let missing = 0;
  let total = 0;
  for await (const rows of segmentPages(db, documentId)) {
    const gaps = translationGaps(rows.map((r) => ({ source: r.sourceText, target: r.targetText })));
    missing += gaps.missing;
    total += gaps.total;
  }
  if (missing > 0) throw new AppError("INCOMPLETE_TRANSLATION", untranslatedMessage(missing, total), { missing, total });
}

const bilingual = (rows: ExportRow[]): BilingualSegment[] =>
  rows.map((r) => ({ source: r.sourceText, target: r.targetText, status: r.status as SegmentStatus }));

async function* encoded(text: AsyncIterable<string>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  for await (const piece of text) if (piece) yield encoder.encode(piece);
}

/** What an export is called and what it is, from the document's title. */
function fileOf(format: ExportFormat, title: string): { fileName: string; contentType: string } {
  const name = safeFileName(title);
  const files: Record<ExportFormat, [string, string]> = {
    md: [`${name}.en.md`, "text/markdown; charset=utf-8"],
    txt: [`${name}.en.txt`, "text/plain; charset=utf-8"],
    html: [`${name}.fr-en.html`, "text/html; charset=utf-8"],
    xliff: [`${name}.fr-en.xlf`, "application/xliff+xml; charset=utf-8"],
    xliff12: [`${name}.fr-en.xliff12.xlf`, "application/xliff+xml; charset=utf-8"],
    "review-html": [`${name}.fr-en.review.html`, "text/html; charset=utf-8"],
    docx: [`${name}.fr-en.review.docx`, DOCX],
    "docx-en": [`${name}.en.docx`, DOCX],
  };
  const [fileName, contentType] = files[format];
  return { fileName, contentType };
}

export interface ExportJob {
  documentId: string;
  projectId: string;
  format: ExportFormat;
  english: EnglishTextOptions;
  /** XLIFF with the QA report: each segment's issues by segment id. */
  qualityIssues?: Record<string, XliffQualityIssue[]>;
}

/**
 * The bytes of an export, made a page of segments at a time: the document is read in pages, each
 * page written by the format's writer and (for Word) compressed into the zip as it comes. No
 * access check: exportDocument has done it. Runs in the request's thread or in a worker
 * (export-worker.ts), with the same result.
 */
export async function* exportChunks(db: Db, job: ExportJob): AsyncGenerator<Uint8Array> {
  const { documentId, projectId, format, english } = job;
  if ((ENGLISH_EXPORT_FORMATS as readonly string[]).includes(format) && english.missing === "fail") await assertNoGaps(db, documentId);
  const document = await db.document.findUniqueOrThrow({ where: { id: documentId } });
  const meta = {
    title: document.title,
    date: document.documentDate ?? undefined,
    sourceLanguage: document.sourceLanguage,
    targetLanguage: document.targetLanguage,
  };
  const text = <S>(writer: DocumentWriter<S>, toSegments: (rows: ExportRow[]) => Promise<S[]> | S[]) =>
    encoded(writeDocument(db, documentId, writer, toSegments));
  const word = <S>(docx: DocxExport<S>, toSegments: (rows: ExportRow[]) => Promise<S[]> | S[]) =>
    zipDocx(docx.parts, writeDocument(db, documentId, docx.writer, toSegments));
  const review = (rows: ExportRow[]) => reviewSegments(db, documentId, rows);
  const reviewMeta = { ...meta, exportedAt: new Date() };
  switch (format) {
    case "md":
      return yield* text(targetMarkdownWriter(meta, english), bilingual);
    case "txt":
      return yield* text(targetTextWriter(meta, english), bilingual);
    case "html":
      return yield* text(bilingualHtmlWriter(meta), bilingual);
    case "xliff":
      return yield* text(
        xliffWriter({ ...meta, qualityIssues: job.qualityIssues !== undefined }),
        await xliffSegments(db, documentId, projectId, job.qualityIssues),
      );
    case "xliff12":
      // The same segments, notes and comments as XLIFF 2.1 (terms and QA issues are not written).
      return yield* text(xliff12Writer(meta), await xliffSegments(db, documentId, projectId));
    case "review-html":
      return yield* text(reviewHtmlWriter(reviewMeta), review);
    case "docx":
      return yield* word(reviewDocx(reviewMeta), review);
    case "docx-en":
      return yield* word(englishDocx(meta, english), bilingual);
  }
}

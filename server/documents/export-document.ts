import type { BilingualDocument, SegmentStatus } from "@/core/model/document";
import { exportBilingualHtml } from "@/core/formats/export-bilingual-html";
import { exportTargetMarkdown, exportTargetText } from "@/core/formats/export-target";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { exportXliffBody } from "./export-xliff";

export const EXPORT_FORMATS = ["md", "txt", "html", "xliff"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  fileName: string;
  contentType: string;
  body: string;
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

function safeFileName(title: string): string {
  const base = title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
  return (base || "document").slice(0, 80);
}

/** The English text as Markdown or plain text, a bilingual side-by-side HTML page, or XLIFF 2.1. */
export async function exportDocument(db: Db, options: { actor: Actor; documentId: string; format: ExportFormat; ip?: string }): Promise<ExportedFile> {
  const { projectId } = await requireDocumentAction(db, options.actor, options.documentId, "document.export");
  await recordAuditEvent(db, { actorId: options.actor.userId, projectId, action: "document.exported", targetType: "document", targetId: options.documentId, details: { format: options.format }, ip: options.ip });
  const document = await loadBilingualDocument(db, options.documentId);
  const name = safeFileName(document.title);
  switch (options.format) {
    case "md":
      return { fileName: `${name}.en.md`, contentType: "text/markdown; charset=utf-8", body: exportTargetMarkdown(document) };
    case "txt":
      return { fileName: `${name}.en.txt`, contentType: "text/plain; charset=utf-8", body: exportTargetText(document) };
    case "html":
      return { fileName: `${name}.fr-en.html`, contentType: "text/html; charset=utf-8", body: exportBilingualHtml(document) };
    case "xliff":
      return { fileName: `${name}.fr-en.xlf`, contentType: "application/xliff+xml; charset=utf-8", body: await exportXliffBody(db, options.documentId) };
  }
}

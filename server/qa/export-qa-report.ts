import type { LanguageChecker } from "@/core/qa/run-checks";
import { writeQaReportCsv, type QaReportRow } from "@/core/qa/report-csv";
import { renderQaMessage } from "@/i18n/render-qa-message";
import type { Language } from "@/i18n/settings";
import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { safeFileName } from "../documents/safe-file-name";
import { checkDocument } from "./check-document";
import { getLanguageChecker } from "./language-checker";

export interface ExportQaReportOptions {
  /** The language of the messages. */
  lang: Language;
  /** The English linter, for spelling, grammar and repetition (default: the server's one). */
  language?: LanguageChecker;
}

/**
 * A document's QA report as a CSV download: one row per issue in document order (segment position,
 * code, severity, message in `lang`, source, target, and the reason when someone ignored it).
 * Whoever may read the project may download it (checkDocument checks).
 */
export async function exportQaReport(
  db: Db,
  actor: Actor,
  documentId: string,
  options: ExportQaReportOptions,
): Promise<{ fileName: string; contentType: string; body: string }> {
  const report = await checkDocument(db, actor, documentId, { language: options.language ?? (await getLanguageChecker()) });
  const { title } = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { title: true } });
  const rows: QaReportRow[] = report.segments.flatMap((segment) =>
    segment.issues.map((issue) => ({
      position: segment.position,
      code: issue.code,
      severity: issue.severity,
      message: renderQaMessage(issue.message, options.lang),
      source: segment.source,
      target: segment.target,
      ...(issue.ignored ? { ignoredReason: issue.ignored.reason } : {}),
    })),
  );
  return { fileName: `${safeFileName(title)}.qa.csv`, contentType: "text/csv; charset=utf-8", body: writeQaReportCsv(rows) };
}

import type { XliffQualityIssue } from "@/core/formats/xliff/xliff-model";
import { ITS_ISSUE_TYPE, ITS_SEVERITY } from "@/core/qa/its-quality";
import type { LanguageChecker } from "@/core/qa/run-checks";
import { renderQaMessage } from "@/i18n/render-qa-message";
import type { Language } from "@/i18n/settings";
import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { checkDocument } from "../qa/check-document";
import { getLanguageChecker } from "../qa/language-checker";

/**
 * The document's QA report as the XLIFF export carries it (ITS Localization Quality Issue), by
 * segment id (spelling and grammar included, by the server's linter unless one is given): type and severity in ITS terms, the message in `lang` as the comment, and ignored
 * issues kept but disabled, so the next tool sees what was decided. A plain object: it travels to
 * the export worker.
 */
export async function xliffQualityIssues(
  db: Db,
  actor: Actor,
  documentId: string,
  options: { lang: Language; language?: LanguageChecker },
): Promise<Record<string, XliffQualityIssue[]>> {
  const report = await checkDocument(db, actor, documentId, { language: options.language ?? (await getLanguageChecker()) });
  return Object.fromEntries(
    report.segments.map((segment) => [
      segment.segmentId,
      segment.issues.map((issue) => ({
        start: issue.start,
        end: issue.end,
        type: ITS_ISSUE_TYPE[issue.code],
        comment: renderQaMessage(issue.message, options.lang),
        severity: ITS_SEVERITY[issue.severity],
        enabled: !issue.ignored,
      })),
    ]),
  );
}

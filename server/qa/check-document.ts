import { documentPart, type DocumentPart } from "@/core/model/parts";
import { partWindow, wholeDocument } from "../documents/part-window";
import type { LanguageChecker } from "@/core/qa/run-checks";
import type { QaCode, QaReportedIssue } from "@/core/qa/types";
import { Slice } from "@/core/work/slices";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { loadQaContext } from "./load-qa-context";
import { projectInconsistencies } from "./project-inconsistencies";
import { loadIgnores } from "./qa-ignores";
import { segmentIssues, segmentIssuesWithLanguage } from "./segment-issues";

export interface QaDocumentSegment {
  segmentId: string;
  position: number;
  source: string;
  target: string;
  status: string;
  /** Every issue of the segment, ignored ones included (marked `ignored`), so the reviewer sees the reasons. */
  issues: QaReportedIssue[];
}

export interface QaDocumentReport {
  documentId: string;
  /** Segments whose English was checked. */
  checked: number;
  /** Segments with no English yet: not checked (the grid's status already says they are untranslated). */
  empty: number;
  /** Issues nobody ignored, per check: what the grid's filter by check counts. */
  counts: Partial<Record<QaCode, number>>;
  /** Issues covered by an ignore. */
  ignored: number;
  /** Only the segments with at least one issue (ignored or not), in document order. */
  segments: QaDocumentSegment[];
  /** The part checked, when only one part of the document was. */
  part?: DocumentPart;
}

export interface CheckDocumentOptions {
  /** The English linter (spelling, grammar, repetition); without it only the synchronous checks run. */
  language?: LanguageChecker;
  /**
   * Only this part of a long document (core/model/parts.ts): what the grid holds. A book's report
   * checked every segment on each open (20 s of server time) and sent tens of MB to the page.
   */
  part?: number;
}

/**
 * The document's QA report: every translated segment through the one runner, with the project's
 * settings and glossary, compared with the whole project's segments (`inconsistent`), its ignores applied. Anyone who may read the project may see it.
 */
export async function checkDocument(db: Db, actor: Actor, documentId: string, options: CheckDocumentOptions = {}): Promise<QaDocumentReport> {
  const { projectId } = await requireDocumentAction(db, actor, documentId, "project.read");
  const context = await loadQaContext(db, projectId);
  const part = options.part === undefined ? undefined : documentPart(await db.segment.count({ where: { documentId } }), options.part);
  const window = part ? await partWindow(db, documentId, part) : wholeDocument(documentId);
  const rows = await db.segment.findMany({ ...window, select: { id: true, position: true, sourceText: true, targetText: true, status: true } });
  const ignores = await loadIgnores(db, { documentId });
  const inconsistencies = await projectInconsistencies(
    db,
    projectId,
    context,
    rows.map((row) => ({ segmentId: row.id, documentId, source: row.sourceText, target: row.targetText })),
  );
  const report: QaDocumentReport = { documentId, checked: 0, empty: 0, counts: {}, ignored: 0, segments: [], ...(part ? { part } : {}) };
  // A 10,000-segment document takes a while: let other requests in between segments.
  const slice = new Slice();
  for (const row of rows) {
    if (row.targetText.trim() === "") {
      report.empty += 1;
      continue;
    }
    await slice.pauseIfDue();
    const check = {
      pair: { source: row.sourceText, target: row.targetText },
      context,
      ignores: ignores.get(row.id) ?? [],
      projectFindings: inconsistencies.get(row.id),
    };
    const issues = options.language ? await segmentIssuesWithLanguage(check, options.language) : segmentIssues(check);
    report.checked += 1;
    if (issues.length === 0) continue;
    for (const issue of issues) {
      if (issue.ignored) report.ignored += 1;
      else report.counts[issue.code] = (report.counts[issue.code] ?? 0) + 1;
    }
    report.segments.push({ segmentId: row.id, position: row.position, source: row.sourceText, target: row.targetText, status: row.status, issues });
  }
  return report;
}

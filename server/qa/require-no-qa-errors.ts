import { blockingIssues } from "@/core/qa/fingerprint";
import type { QaReportedIssue } from "@/core/qa/types";
import { Slice } from "@/core/work/slices";
import type { Db } from "../db/client";
import { inChunks } from "../db/in-chunks";
import { AppError } from "../errors";
import { loadQaContext } from "./load-qa-context";
import { projectInconsistencies } from "./project-inconsistencies";
import { loadIgnores } from "./qa-ignores";
import { segmentIssues } from "./segment-issues";

/** What the gate reads: the client or the writer's transaction. */
type GateReader = Pick<Db, "project" | "termEntry" | "document" | "qaIgnore" | "segment">;

/** A segment about to be stored as approved. */
export interface ApprovedRow {
  id: string;
  documentId: string;
  sourceText: string;
  targetText: string;
}

const toPair = (row: ApprovedRow) => ({ segmentId: row.id, documentId: row.documentId, source: row.sourceText, target: row.targetText });

export interface BlockedSegment {
  segmentId: string;
  issues: QaReportedIssue[];
}

/** The refusal: names the checks, and carries every blocking issue for the editor to show. */
function refusal(blocked: BlockedSegment[]): AppError {
  const codes = [...new Set(blocked.flatMap((segment) => segment.issues.map((issue) => issue.code)))];
  const which = blocked.length === 1 ? "This translation has" : `${blocked.length} segments have`;
  return new AppError(
    "QA_ERRORS",
    `${which} QA errors (${codes.join(", ")}): fix them, or ignore each with a reason, before approving.`,
    { segmentId: blocked[0].segmentId, issues: blocked[0].issues, segments: blocked },
  );
}

/**
 * The approval gate: a translation is approved only when no error-severity finding stands against it
 * unignored. The segment writer calls it for every write that stores an approved text (approve,
 * restore or undo back to approved), inside its transaction, so no path approves around it.
 * The synchronous checks run here, and `inconsistent` against the project's other segments when the
 * project makes it an error; spelling and grammar need the linter (see below).
 */
export async function requireNoQaErrors(db: GateReader, rows: readonly ApprovedRow[]): Promise<void> {
  if (rows.length === 0) return;
  const documentIds = [...new Set(rows.map((row) => row.documentId))];
  const documents = await inChunks(documentIds, (chunk) => db.document.findMany({ where: { id: { in: chunk } }, select: { id: true, projectId: true } }));
  const projectOf = new Map(documents.map((document) => [document.id, document.projectId]));
  const contexts = new Map<string, Awaited<ReturnType<typeof loadQaContext>>>();
  const inconsistencies = new Map<string, Awaited<ReturnType<typeof projectInconsistencies>>>();
  const ignores = await loadIgnores(db, { segmentIds: rows.map((row) => row.id) });
  const blocked: BlockedSegment[] = [];
  // Undoing a large replace may approve thousands again: let other requests in between segments.
  const slice = new Slice();
  for (const row of rows) {
    await slice.pauseIfDue();
    const projectId = projectOf.get(row.documentId);
    if (!projectId) continue;
    if (!contexts.has(projectId)) {
      const context = await loadQaContext(db, projectId);
      contexts.set(projectId, context);
      // Reading the whole project's segments is only worth it when an inconsistency can block.
      const blocks = context.settings.checks.inconsistent.severity === "error";
      const approved = rows.filter((other) => projectOf.get(other.documentId) === projectId).map(toPair);
      inconsistencies.set(projectId, blocks ? await projectInconsistencies(db, projectId, context, approved) : new Map());
    }
    const context = contexts.get(projectId)!;
    const issues = blockingIssues(
      segmentIssues({
        pair: { source: row.sourceText, target: row.targetText },
        context,
        ignores: ignores.get(row.id) ?? [],
        projectFindings: inconsistencies.get(projectId)?.get(row.id),
      }),
    );
    if (issues.length > 0) blocked.push({ segmentId: row.id, issues });
  }
  if (blocked.length > 0) throw refusal(blocked);
}

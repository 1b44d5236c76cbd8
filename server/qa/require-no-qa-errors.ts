import { blockingIssues } from "@/core/qa/fingerprint";
import { parseQaSettings, type QaSettings } from "@/core/qa/settings";
import type { LanguageChecker, QaContext } from "@/core/qa/run-checks";
import type { QaFinding, QaReportedIssue } from "@/core/qa/types";
import { Slice } from "@/core/work/slices";
import type { Db } from "../db/client";
import { inChunks } from "../db/in-chunks";
import { AppError } from "../errors";
import { loadQaContext } from "./load-qa-context";
import { projectInconsistencies, type ProjectPair } from "./project-inconsistencies";
import { getLanguageChecker } from "./language-checker";
import { loadIgnores } from "./qa-ignores";
import { segmentIssuesWithLanguage } from "./segment-issues";

/** What the gate reads: the client or the writer's transaction. */
type GateReader = Pick<Db, "project" | "termEntry" | "document" | "qaIgnore" | "segment" | "$queryRaw">;

/** A segment about to be stored as approved. */
export interface ApprovedRow {
  id: string;
  documentId: string;
  sourceText: string;
  targetText: string;
}

/** Whether the project makes any of the linter's findings an error. */
function languageBlocks(settings: QaSettings): boolean {
  return (["spelling", "grammar", "repetition"] as const).some((code) => settings.checks[code].enabled && settings.checks[code].severity === "error");
}

const toPair = (row: ApprovedRow): ProjectPair => ({ segmentId: row.id, documentId: row.documentId, source: row.sourceText, target: row.targetText });

export interface BlockedSegment {
  segmentId: string;
  issues: QaReportedIssue[];
}

/** The refusal: names the checks, and carries every blocking issue for the editor to show. */
function refusal(blocked: BlockedSegment[]): AppError {
  const codes = [...new Set(blocked.flatMap((segment) => segment.issues.map((issue) => issue.code)))];
  const which = blocked.length === 1 ? "This translation has" : `${blocked.length} segments have`;
  return new AppError("QA_ERRORS", `${which} QA errors (${codes.join(", ")}): fix them, or ignore each with a reason, before approving.`, {
    segmentId: blocked[0].segmentId,
    issues: blocked[0].issues,
    segments: blocked,
  });
}

/** What the gate needs of one project, read once per call. */
interface ProjectGate {
  context: QaContext;
  inconsistencies: Map<string, QaFinding[]>;
  language?: LanguageChecker;
}

async function prepareGate(db: GateReader, projectId: string, approved: ProjectPair[]): Promise<ProjectGate> {
  const context = await loadQaContext(db, projectId);
  // Reading the project's segments that share a text, or setting the linter up, is only worth it when they can block.
  const inconsistencyBlocks = context.settings.checks.inconsistent.severity === "error";
  return {
    context,
    inconsistencies: inconsistencyBlocks ? await projectInconsistencies(db, projectId, context, approved) : new Map(),
    language: languageBlocks(context.settings) ? await getLanguageChecker() : undefined,
  };
}

/**
 * The approval gate: a translation is approved only when no error-severity finding stands against it
 * unignored. The segment writer calls it for every write that stores an approved text (approve,
 * restore or undo back to approved), inside its transaction, so no path approves around it.
 * The synchronous checks run here; `inconsistent` (the whole project's segments) and the linter's
 * spelling, grammar and repetition only when the project makes them errors: by default they are
 * warnings, and neither the project's reading nor the linter's first set-up (~2 s) then delays an approval.
 */
export async function requireNoQaErrors(db: GateReader, rows: readonly ApprovedRow[]): Promise<void> {
  if (rows.length === 0) return;
  const documentIds = [...new Set(rows.map((row) => row.documentId))];
  const documents = await inChunks(documentIds, (chunk) => db.document.findMany({ where: { id: { in: chunk } }, select: { id: true, projectId: true } }));
  const projectOf = new Map(documents.map((document) => [document.id, document.projectId]));
  const gates = new Map<string, ProjectGate>();
  const ignores = await loadIgnores(db, { segmentIds: rows.map((row) => row.id) });
  const blocked: BlockedSegment[] = [];
  // Undoing a large replace may approve thousands again: let other requests in between segments.
  const slice = new Slice();
  for (const row of rows) {
    await slice.pauseIfDue();
    const projectId = projectOf.get(row.documentId);
    if (!projectId) continue;
    if (!gates.has(projectId))
      gates.set(projectId, await prepareGate(db, projectId, rows.filter((other) => projectOf.get(other.documentId) === projectId).map(toPair)));
    const { context, inconsistencies, language } = gates.get(projectId)!;
    const pair = { source: row.sourceText, target: row.targetText };
    const check = { pair, context, ignores: ignores.get(row.id) ?? [], projectFindings: inconsistencies.get(row.id) };
    const issues = blockingIssues(await segmentIssuesWithLanguage(check, language));
    if (issues.length > 0) blocked.push({ segmentId: row.id, issues });
  }
  if (blocked.length > 0) throw refusal(blocked);
}

/**
 * Sets the linter up before a write that approves, outside its transaction, when the project makes
 * the linter's findings errors: the first set-up takes seconds, longer than a save's transaction may
 * stay open. Callers that approve (save, restore) call it first; otherwise it costs one read.
 */
export async function prepareApprovalGate(db: Pick<Db, "document" | "project">, documentId: string): Promise<void> {
  const document = await db.document.findUnique({ where: { id: documentId }, select: { project: { select: { qaSettings: true } } } });
  if (document && languageBlocks(parseQaSettings(document.project.qaSettings))) await getLanguageChecker();
}

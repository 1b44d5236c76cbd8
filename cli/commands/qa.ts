import { parseArgs } from "node:util";
import { readGlossary } from "@/core/formats/read-glossary";
import { findInconsistencies } from "@/core/qa/inconsistent";
import { checkPairWithLanguage, toIssues, type LanguageChecker, type QaContext } from "@/core/qa/run-checks";
import { DEFAULT_QA_SETTINGS } from "@/core/qa/settings";
import { qaGlossaryOfTermbase } from "@/core/qa/termbase-glossary";
import type { QaIssue } from "@/core/qa/types";
import { renderQaMessage } from "@/i18n/render-qa-message";
import { requireDocumentAction } from "@/server/access/require-project-action";
import { AppError, isAppError } from "@/server/errors";
import { checkDocument } from "@/server/qa/check-document";
import { getLanguageChecker } from "@/server/qa/language-checker";
import { CliError } from "../cli-error";
import { withDatabase } from "../database";
import { readInput, writeOut } from "../io";
import { readQaPairs } from "../read-qa-pairs";
import { withFile } from "../with-file";

const USAGE = "use qa --pairs FILE.jsonl [--glossary FILE.tbx|FILE.csv] or qa DOCUMENT_ID";

/**
 * Quality checks from the command line (an exact contract: other tools rely on it).
 * - `qa --pairs FILE.jsonl [--glossary FILE.tbx|FILE.csv]` reads JSON Lines {"source","target"}
 *   (FILE `-` is stdin) and prints one JSON line per issue, pairs in order, issues by place:
 *   {"pair":0,"code":"number","severity":"error","start":12,"end":15,"message":"…","suggestion":"…"}
 *   — start/end are UTF-16 offsets in the target, message is English, suggestion only when certain.
 *   Default settings (DEFAULT_QA_SETTINGS); the file is one document for `inconsistent`; no database is opened.
 * - `qa DOCUMENT_ID` does the same for a document's segments, with "segment":"<id>" instead of
 *   "pair", with its project's settings and glossary; issues someone ignored (with a reason) are left out.
 * `--no-language` leaves out spelling, grammar and repetition (the English linter takes ~2 s to start).
 */
export async function runQa(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { pairs: { type: "string" }, glossary: { type: "string" }, "no-language": { type: "boolean", default: false }, user: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  const language = !values["no-language"];
  if (values.pairs !== undefined) {
    if (positionals.length > 0) throw new CliError(`qa takes --pairs FILE or a DOCUMENT_ID, not both: ${USAGE}`, 2);
    if (values.pairs === "-" && values.glossary === "-") throw new CliError("the pairs and the glossary cannot both come from stdin", 2);
    return runQaPairs(values.pairs, values.glossary, language);
  }
  if (values.glossary !== undefined) throw new CliError("--glossary goes with --pairs; a document is checked with its project's glossary", 2);
  if (positionals.length !== 1) throw new CliError(`qa needs pairs or a document: ${USAGE}`, 2);
  return runQaDocument(positionals[0], language, values.user);
}

async function runQaDocument(documentId: string, withLanguage: boolean, user: string | undefined): Promise<void> {
  const report = await withDatabase(async (db, actor) => {
    // The document must exist and be readable before the linter is started.
    await requireDocumentAction(db, actor, documentId, "project.read").catch((error: unknown) => {
      throw isAppError(error) ? new AppError(error.code, `document ${documentId}: ${error.message}`, error.details) : error;
    });
    return checkDocument(db, actor, documentId, { language: withLanguage ? await englishLinter() : undefined });
  }, user);
  const lines = report.segments.flatMap((segment) =>
    segment.issues.filter((issue) => !issue.ignored).map((issue) => qaLine({ segment: segment.segmentId }, issue)),
  );
  await writeOut(lines.join(""));
}

async function runQaPairs(file: string, glossaryFile: string | undefined, withLanguage: boolean): Promise<void> {
  const context: QaContext = { settings: DEFAULT_QA_SETTINGS };
  if (glossaryFile !== undefined) {
    const bytes = await readInput(glossaryFile);
    const { entries } = withFile(`glossary ${glossaryFile}`, () => readGlossary(bytes, glossaryFile));
    context.glossary = qaGlossaryOfTermbase(entries);
  }
  const pairs = readQaPairs(await readInput(file), file === "-" ? "stdin" : file);
  // Only once the input is known good: the linter takes a while to start.
  const language = withLanguage && pairs.length > 0 ? await englishLinter() : undefined;
  // The file is checked as one document: the same source translated differently is `inconsistent`, as in a document.
  const inconsistent = findInconsistencies(pairs.map((qaPair, pair) => ({ segmentId: String(pair), ...qaPair })));
  const lines: string[] = [];
  for (const [pair, qaPair] of pairs.entries()) {
    const issues = await checkPairWithLanguage(qaPair, context, language);
    const more = inconsistent.get(String(pair)) ?? [];
    for (const issue of more.length ? toIssues([...issues, ...more], context) : issues) lines.push(qaLine({ pair }, issue));
  }
  await writeOut(lines.join(""));
}

/** One output line, keys in the contract's order; `suggestion` only when there is one. */
export function qaLine(where: { pair: number } | { segment: string }, issue: QaIssue): string {
  const { code, severity, start, end, suggestion } = issue;
  const line = { ...where, code, severity, start, end, message: renderQaMessage(issue.message, "en"), ...(suggestion !== undefined ? { suggestion } : {}) };
  return `${JSON.stringify(line)}\n`;
}

/** The English linter (spelling, grammar, repetition): the server's one, created on first use. */
function englishLinter(): Promise<LanguageChecker> {
  return getLanguageChecker();
}

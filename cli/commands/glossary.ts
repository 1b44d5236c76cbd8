import path from "node:path";
import { parseArgs } from "node:util";
import { isDomainError } from "@/core/errors";
import { glossaryFormatOf } from "@/core/formats/read-glossary";
import { decodeText } from "@/core/import/decode-text";
import { exportGlossary, GLOSSARY_FORMATS, type GlossaryExportFormat } from "@/server/glossary/export-glossary";
import { importGlossary } from "@/server/glossary/import-glossary";
import { CliError } from "../cli-error";
import { explained } from "../explained";
import { withDatabase } from "../database";
import { readInput, writeOut } from "../io";

const SUBCOMMANDS = "glossary export PROJECT_ID --format tbx|csv, or glossary import FILE --project PROJECT_ID";

/**
 * `glossary export PROJECT_ID --format tbx|csv`: writes the project's glossary to stdout.
 * `glossary import FILE --project PROJECT_ID`: imports a TBX or CSV glossary (format from the
 * extension, else from the content), all or nothing, and prints one JSON line:
 * {"projectId":"…","format":"tbx","read":3,"created":2,"updated":1}.
 * Both act as --user EMAIL (or $LISIERE_USER), else the first account, like import and export.
 */
export async function runGlossary(args: string[]): Promise<void> {
  const [subcommand, ...rest] = args;
  if (subcommand === "export") return runGlossaryExport(rest);
  if (subcommand === "import") return runGlossaryImport(rest);
  throw new CliError(subcommand ? `unknown glossary command "${subcommand}": use ${SUBCOMMANDS}` : `glossary needs a command: ${SUBCOMMANDS}`, 2);
}

async function runGlossaryExport(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { format: { type: "string" }, user: { type: "string" } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new CliError("glossary export takes exactly one PROJECT_ID", 2);
  const format = values.format as GlossaryExportFormat | undefined;
  if (!format || !GLOSSARY_FORMATS.includes(format)) throw new CliError(`--format must be one of ${GLOSSARY_FORMATS.join(", ")}`, 2);
  const projectId = positionals[0];
  const file = await withDatabase((db, actor) => explained(projectId, undefined, () => exportGlossary(db, { actor, projectId, format })), values.user);
  await writeOut(file.body);
}

async function runGlossaryImport(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { project: { type: "string" }, user: { type: "string" } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new CliError("glossary import takes exactly one FILE (.tbx or .csv; - for stdin)", 2);
  const projectId = values.project;
  if (!projectId) throw new CliError("glossary import needs --project PROJECT_ID", 2);
  const file = positionals[0];
  const bytes = await readInput(file);
  const fileName = file === "-" ? stdinName(bytes) : path.basename(file);
  const result = await withDatabase(
    (db, actor) => explained(projectId, file === "-" ? "stdin" : file, () => importGlossary(db, { actor, projectId, bytes, fileName })),
    values.user,
  );
  // stdout keeps its documented shape; what the import only reports goes to stderr, one line each.
  const { warnings, ...counts } = result;
  for (const warning of warnings ?? []) process.stderr.write(`warning: ${warning}\n`);
  await writeOut(`${JSON.stringify({ projectId, ...counts })}\n`);
}

/** stdin has no extension: XML-looking text is TBX, anything else is read as CSV. */
function stdinName(bytes: Uint8Array): string {
  try {
    return glossaryFormatOf("", decodeText(bytes).text) === "tbx" ? "stdin.tbx" : "stdin.csv";
  } catch (error) {
    // Empty or binary input: let the use case refuse it with its own message.
    if (isDomainError(error)) return "stdin";
    throw error;
  }
}

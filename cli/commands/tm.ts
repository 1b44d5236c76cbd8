import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { TmProvenance } from "@/core/tm/types";
import { concordance } from "@/server/tm/concordance";
import { exportTmx } from "@/server/tm/export-tmx";
import { importTmx } from "@/server/tm/import-tmx";
import { searchMemory } from "@/server/tm/search-memory";
import { CliError } from "../cli-error";
import { explained } from "../explained";
import { withDatabase } from "../database";
import { readInput, writeOut } from "../io";

const SUBCOMMANDS = "tm import FILE.tmx --project ID, tm export --project ID, tm search --project ID TEXT, or tm concordance --project ID TEXT";

/**
 * Translation memory from the command line (an exact contract: other tools rely on it).
 * - `tm import FILE.tmx --project ID` → {"read":N,"imported":N,"skipped":N} (read = imported + skipped)
 * - `tm export --project ID` → the project's memory as TMX 1.4b on stdout
 * - `tm search --project ID [--min 70] [--limit 5] TEXT` → JSON Lines {"score","source","target","origin"},
 *   best first; with `--queries FILE` (one French sentence per line) one line per line of FILE:
 *   {"query":0,"matches":[…]} (an empty line gets no matches)
 * - `tm concordance --project ID [--lang fr|en] TEXT` → JSON Lines {"source","target","start","end"}
 */
export async function runTm(args: string[]): Promise<void> {
  const [subcommand, ...rest] = args;
  const run = { import: runTmImport, export: runTmExport, search: runTmSearch, concordance: runTmConcordance }[subcommand ?? ""];
  if (!run) throw new CliError(subcommand ? `unknown tm command "${subcommand}": use ${SUBCOMMANDS}` : `tm needs a command: ${SUBCOMMANDS}`, 2);
  return run(rest);
}

const COMMON = { project: { type: "string" }, user: { type: "string" } } as const;

function projectOf(values: { project?: string }, command: string): string {
  if (!values.project) throw new CliError(`tm ${command} needs --project ID`, 2);
  return values.project;
}

async function runTmImport(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: COMMON, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new CliError("tm import takes exactly one FILE.tmx (- for stdin)", 2);
  const projectId = projectOf(values, "import");
  const file = positionals[0];
  const stdin = file === "-";
  const totalBytes = stdin ? undefined : statFile(file);
  const result = await withDatabase(
    (db, actor) =>
      explained(projectId, stdin ? "stdin" : file, () =>
        importTmx(db, {
          actor,
          projectId,
          bytes: stdin ? process.stdin : fs.createReadStream(file, { highWaterMark: 1 << 16 }),
          totalBytes,
          fileName: stdin ? "stdin.tmx" : path.basename(file),
        }),
      ),
    values.user,
  );
  await writeOut(`${JSON.stringify({ read: result.read, imported: result.imported, skipped: result.skipped })}\n`);
}

async function runTmExport(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: COMMON, allowPositionals: true, strict: true });
  if (positionals.length > 0) throw new CliError("tm export takes no FILE: it writes to stdout", 2);
  const projectId = projectOf(values, "export");
  await withDatabase(async (db, actor) => {
    const file = await explained(projectId, undefined, () => exportTmx(db, { actor, projectId }));
    // Written as read, so a million units never sit in memory; stdout's pace holds the reading back.
    for await (const chunk of file.chunks) await writeOut(chunk);
  }, values.user);
}

async function runTmSearch(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...COMMON, min: { type: "string", default: "70" }, limit: { type: "string", default: "5" }, queries: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  const projectId = projectOf(values, "search");
  const minScore = numberOption(values.min, "--min", 0, 101);
  const limit = numberOption(values.limit, "--limit", 1, 1000);
  if (values.queries && positionals.length > 0) throw new CliError("tm search takes TEXT or --queries FILE, not both", 2);
  if (!values.queries && positionals.length !== 1) throw new CliError("tm search takes exactly one TEXT (quote it) or --queries FILE", 2);
  const sentences = values.queries ? linesOf(new TextDecoder().decode(await readInput(values.queries))) : positionals;
  const results = await withDatabase(
    (db, actor) => explained(projectId, undefined, () => searchMemory(db, actor, { projectId, sentences, minScore, limit })),
    values.user,
  );
  const shaped = results.map((matches) =>
    matches.map((m) => ({ score: m.score, source: m.source, target: m.target, origin: originOf(m.provenance, projectId) })),
  );
  const lines = values.queries ? shaped.map((matches, query) => JSON.stringify({ query, matches })) : shaped[0].map((match) => JSON.stringify(match));
  await writeOut(lines.map((line) => `${line}\n`).join(""));
}

async function runTmConcordance(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { ...COMMON, lang: { type: "string", default: "fr" } }, allowPositionals: true, strict: true });
  const projectId = projectOf(values, "concordance");
  if (values.lang !== "fr" && values.lang !== "en") throw new CliError("--lang must be fr or en", 2);
  if (positionals.length !== 1 || !positionals[0].trim()) throw new CliError("tm concordance takes exactly one TEXT (quote a phrase)", 2);
  const lang = values.lang;
  const hits = await withDatabase(
    (db, actor) => explained(projectId, undefined, () => concordance(db, actor, { projectId, text: positionals[0], lang })),
    values.user,
  );
  await writeOut(hits.map((h) => `${JSON.stringify({ source: h.source, target: h.target, start: h.start, end: h.end })}\n`).join(""));
}

/**
 * Where a match comes from, in a few words: the document it was translated in (a TMX unit's
 * x-document, else the name of the file it was imported from), else its kind of origin; prefixed
 * with the memory's name when it comes from another project's memory than the one searched.
 */
export function originOf(provenance: TmProvenance, projectId: string): string {
  const where = provenance.documentTitle || provenance.origin;
  return provenance.memoryProjectId === projectId ? where : `${provenance.memoryName} › ${where}`;
}

/** The lines of a queries file: every line is a query (so answers line up), but a final newline adds none. */
function linesOf(text: string): string[] {
  const lines = text.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

function numberOption(value: string, name: string, min: number, max: number): number {
  const number = Number(value);
  if (!value.trim() || !Number.isFinite(number) || number < min || number > max) throw new CliError(`${name} must be a number from ${min} to ${max}`, 2);
  return number;
}

function statFile(file: string): number {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new CliError(`${file} is a directory`);
    return stat.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? `no such file: ${file}` : `cannot read ${file} (${code})`);
  }
}

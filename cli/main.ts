/**
 * `npm run -s cli -- <command>`: the core for batch work. Results go to stdout (JSON Lines or the
 * requested format), errors to stderr as one line, with a non-zero exit code and no stack trace.
 */
import { runAlign } from "./commands/align";
import { runBackup, runRestore } from "./commands/backup";
import { runExport } from "./commands/export";
import { runExportProject } from "./commands/export-project";
import { runGlossary } from "./commands/glossary";
import { runImport } from "./commands/import";
import { runProject } from "./commands/project";
import { runQa } from "./commands/qa";
import { runSegment } from "./commands/segment";
import { runTerms } from "./commands/terms";
import { runTm } from "./commands/tm";
import { CliError } from "./cli-error";

const USAGE = `Usage: npm run -s cli -- <command>
  segment --lang fr|en [FILE]                      sentences of FILE or stdin as JSON Lines
  align --source FR_FILE --target EN_FILE [--presegmented]   sentence alignment beads as JSON Lines
  terms --glossary FILE.tbx|FILE.csv [FILE]        glossary terms found in FILE or stdin as JSON Lines
  import FILE [--title T] [--project ID] [--paragraphs]   import a French text (.txt, .md, .html, .docx) or an XLIFF 2 or 1.2
                                                    file, recognised by content; print the document id
  export DOCUMENT_ID --format md|txt|html|xliff|xliff12|review-html|docx|docx-en   write the document to stdout
      [--missing mark|source|fail] [--drafts keep|mark]   English formats: untranslated segments as [untranslated]
                                                    (default), as the French, or refuse; flag drafts with [draft]
  export-project PROJECT_ID > FILE.zip              the whole project as one zip: XLIFF per document, glossary.tbx,
                                                    memory.tmx, annotations (JSON-LD), manifest.json
  glossary export PROJECT_ID --format tbx|csv       write the project's glossary to stdout
  glossary import FILE --project PROJECT_ID         import a TBX or CSV glossary, print the counts as JSON
  project create NAME                              create a project, print its id
  project list                                     your projects as JSON Lines {"id","name"}
  tm import FILE.tmx --project ID                  import a TMX memory, print {"read","imported","skipped"}
  tm export --project ID                           write the project's memory as TMX 1.4b to stdout
  tm search --project ID [--min 70] [--limit 5] TEXT   fuzzy matches as JSON Lines {"score","source","target","origin"}
      [--queries FILE]                              one French sentence per line: {"query":0,"matches":[…]} per line
  tm concordance --project ID [--lang fr|en] TEXT  memory lines holding TEXT as JSON Lines {"source","target","start","end"}
  qa --pairs FILE.jsonl [--glossary FILE.tbx|FILE.csv]   quality checks of JSON Lines {"source","target"} (- for stdin):
                                                    one JSON line per issue {"pair","code","severity","start","end","message"[,"suggestion"]}
  qa DOCUMENT_ID                                   the same for a document's segments, with "segment" instead of "pair"
      [--no-language]                               without spelling, grammar and repetition (faster start)
  backup FILE                                      copy the SQLite database to FILE (new file), safe while the app serves;
                                                    print {"database","file","bytes","migrations"}
  restore FILE                                     stop the app servers first: check FILE is a Lisière backup, keep the current
                                                    database aside (renamed with the time), put FILE in place
Commands that use the database act as --user EMAIL (or $LISIERE_USER), else the first account.`;

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  segment: runSegment,
  align: runAlign,
  terms: runTerms,
  import: runImport,
  export: runExport,
  "export-project": runExportProject,
  glossary: runGlossary,
  project: runProject,
  tm: runTm,
  qa: runQa,
  backup: runBackup,
  restore: runRestore,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    (command ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) throw new CliError(`unknown command "${command}"\n${USAGE}`, 2);
  await run(args);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: ${message}\n`);
    if (process.env.LISIERE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    const usage = error instanceof CliError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    process.exitCode = error instanceof CliError ? error.exitCode : usage ? 2 : 1;
  },
);

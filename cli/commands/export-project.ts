import { parseArgs } from "node:util";
import { exportProjectArchive } from "@/server/operations/export-project-archive";
import { CliError } from "../cli-error";
import { withDatabase } from "../database";
import { explained } from "../explained";
import { writeOut } from "../io";

/** The app's public address (as sign-in uses it), for the annotations' document IRIs. */
const appOrigin = () => new URL(process.env.BETTER_AUTH_URL || "http://localhost:3000").origin;

/**
 * `export-project PROJECT_ID > project.zip`: the whole project as one zip on stdout (XLIFF per
 * document, glossary.tbx, memory.tmx, annotations as JSON-LD, manifest.json), written as it is
 * made. Acts as --user EMAIL (or $LISIERE_USER), else the first account, like export.
 */
export async function runExportProject(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { user: { type: "string" } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new CliError("export-project takes exactly one PROJECT_ID", 2);
  if (process.stdout.isTTY) throw new CliError("export-project writes a zip to stdout: redirect it to a file (> project.zip)", 2);
  const projectId = positionals[0];
  await withDatabase(async (db, actor) => {
    const file = await explained(projectId, undefined, () => exportProjectArchive(db, { actor, projectId, origin: appOrigin() }));
    for await (const chunk of file.chunks) await writeOut(chunk);
  }, values.user);
}

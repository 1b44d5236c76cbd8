import path from "node:path";
import { parseArgs } from "node:util";
import { importDocument } from "@/server/documents/import-document";
import { isAppError } from "@/server/errors";
import { createProject } from "@/server/projects/create-project";
import { listProjects } from "@/server/projects/list-projects";
import { CliError } from "../cli-error";
import { withDatabase } from "../database";
import { readInput, writeOut } from "../io";

/**
 * `import FILE [--title T] [--project ID] [--paragraphs] [--user EMAIL]`: prints the new document's
 * id. FILE is recognised by its content: text or Markdown, HTML, Word (.docx), XLIFF 2 or XLIFF 1.2
 * (with .sdlxliff, .mqxliff, .mxliff); anything else (TMX, PDF…) exits 1 with one line saying what it is and what to do.
 */
export async function runImport(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { title: { type: "string" }, project: { type: "string" }, paragraphs: { type: "boolean", default: false }, user: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new CliError("import takes exactly one FILE (use - for stdin)", 2);
  const file = positionals[0];
  const content = await readInput(file);
  const documentId = await withDatabase(async (db, actor) => {
    let projectId = values.project;
    if (!projectId) {
      const [first] = await listProjects(db, { actor });
      projectId = first?.id ?? (await createProject(db, { actor, name: "Imports" })).id;
    }
    try {
      const result = await importDocument(db, {
        actor,
        projectId,
        content,
        fileName: file === "-" ? undefined : path.basename(file),
        title: values.title,
        segmentation: values.paragraphs ? "paragraph" : "sentence",
      });
      return result.documentId;
    } catch (error) {
      // A refused file is exit code 1 with what is wrong and where (XLIFF messages name the line).
      if (isAppError(error)) throw new CliError(`${file === "-" ? "stdin" : file}: ${error.message}`, 1);
      throw error;
    }
  }, values.user);
  await writeOut(`${documentId}\n`);
}

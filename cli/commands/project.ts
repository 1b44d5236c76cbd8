import { parseArgs } from "node:util";
import { createProject } from "@/server/projects/create-project";
import { listProjects } from "@/server/projects/list-projects";
import { CliError } from "../cli-error";
import { withDatabase } from "../database";
import { writeOut } from "../io";

const SUBCOMMANDS = "project create NAME, or project list";

/**
 * `project create NAME`: creates a project owned by the CLI's account and prints its id.
 * `project list`: the projects the account is a member of (every project before any account
 * exists), oldest first, as JSON Lines {"id":"…","name":"…"}.
 */
export async function runProject(args: string[]): Promise<void> {
  const [subcommand, ...rest] = args;
  const { values, positionals } = parseArgs({ args: rest, options: { user: { type: "string" } }, allowPositionals: true, strict: true });
  if (subcommand === "create") {
    if (positionals.length !== 1) throw new CliError("project create takes exactly one NAME (quote it if it has spaces)", 2);
    const project = await withDatabase((db, actor) => createProject(db, { actor, name: positionals[0] }), values.user);
    return writeOut(`${project.id}\n`);
  }
  if (subcommand === "list") {
    if (positionals.length > 0) throw new CliError("project list takes no arguments", 2);
    const projects = await withDatabase(
      async (db, actor) =>
        actor.kind === "system"
          ? db.project.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, name: true } })
          : (await listProjects(db, { actor })).map(({ id, name }) => ({ id, name })),
      values.user,
    );
    return writeOut(projects.map(({ id, name }) => `${JSON.stringify({ id, name })}\n`).join(""));
  }
  throw new CliError(subcommand ? `unknown project command "${subcommand}": use ${SUBCOMMANDS}` : `project needs a command: ${SUBCOMMANDS}`, 2);
}

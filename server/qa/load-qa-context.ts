import { compileQaGlossary, type QaGlossary, type QaGlossaryEntry } from "@/core/qa/glossary";
import type { QaContext } from "@/core/qa/run-checks";
import { parseQaSettings } from "@/core/qa/settings";
import { qaGlossaryEntryOf } from "@/core/qa/termbase-glossary";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { toTermbaseEntry, type TermEntryRow } from "../glossary/term-entry-fields";

/** What loading a context reads: the client or a transaction of it (the approval gate runs inside one). */
export type QaReader = Pick<Db, "project" | "termEntry">;

/**
 * Compiled glossaries by project, with the stamp they were compiled at. Compiling a 5,000-term
 * glossary costs far more than a pair's checks, so it is done once per change of the termbase, not
 * per segment or per request. Bounded: a server hosting many projects keeps the recently used ones.
 */
const compiled = new Map<string, { stamp: string; glossary: QaGlossary }>();
const MAX_CACHED_PROJECTS = 32;

/** A termbase row as the QA checks read it (core/qa/termbase-glossary.ts says which terms count). */
export function toQaGlossaryEntry(row: TermEntryRow): QaGlossaryEntry {
  const entry = toTermbaseEntry(row);
  return qaGlossaryEntryOf(entry, entry.id);
}

/**
 * Identifies the state of a project's termbase: every create changes the count or the newest
 * updatedAt, every edit the newest updatedAt, every delete the count.
 */
async function termbaseStamp(db: QaReader, projectId: string): Promise<string> {
  const { _count, _max } = await db.termEntry.aggregate({ where: { projectId }, _count: { _all: true }, _max: { updatedAt: true } });
  return `${_count._all}|${_max.updatedAt?.getTime() ?? 0}`;
}

async function projectGlossary(db: QaReader, projectId: string): Promise<QaGlossary> {
  const stamp = await termbaseStamp(db, projectId);
  const hit = compiled.get(projectId);
  if (hit?.stamp === stamp) {
    // Most recently used last, so the oldest is the one dropped when the cache is full.
    compiled.delete(projectId);
    compiled.set(projectId, hit);
    return hit.glossary;
  }
  const rows = await db.termEntry.findMany({ where: { projectId } });
  // An entry with neither an accepted nor a forbidden English term gives the checks nothing to judge.
  const entries = rows.map(toQaGlossaryEntry).filter((entry) => entry.accepted.length > 0 || entry.forbidden.length > 0);
  const glossary = compileQaGlossary(entries);
  compiled.delete(projectId);
  compiled.set(projectId, { stamp, glossary });
  while (compiled.size > MAX_CACHED_PROJECTS) compiled.delete(compiled.keys().next().value as string);
  return glossary;
}

/**
 * The project's QA context: its settings (defaults for anything unset) and its glossary, compiled
 * once per change of the termbase. No access check: callers have done it.
 */
export async function loadQaContext(db: QaReader, projectId: string): Promise<QaContext> {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { qaSettings: true } });
  if (!project) throw new AppError("NOT_FOUND", "Project not found.");
  const settings = parseQaSettings(project.qaSettings);
  const glossary = await projectGlossary(db, projectId);
  return glossary.entries.length > 0 ? { settings, glossary } : { settings };
}

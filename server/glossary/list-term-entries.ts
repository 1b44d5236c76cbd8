import { compileTermIndex, matchTerms } from "@/core/terms/match-terms";
import { toTermEntries } from "@/core/terms/termbase-entry";
import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { liveDocumentsOf } from "../documents/live-documents";
import { loadTermbase, type StoredTermEntry } from "./load-termbase";

export interface GlossaryEntry extends StoredTermEntry {
  /** Occurrences of the term in the project's source texts, in any inflection. */
  occurrences: number;
  /** Documents where it occurs at least once. */
  documents: number;
  /** Whether it carries TBX details (getTermEntryDetails reads them). */
  hasDetails: boolean;
}

/**
 * The project's termbase with occurrence counts, found by the same matcher as the highlighter
 * (so counts and highlights agree). One pass over every source segment of the project.
 */
export async function listTermEntries(db: Db, options: { actor: Actor; projectId: string }) {
  const role = await requireProjectAction(db, options.actor, options.projectId, "project.read");
  // Details can be kilobytes per entry: the page gets them one entry at a time, when opened.
  const entries = await loadTermbase(db, options.projectId);
  const withDetails = new Set(
    (await db.termEntry.findMany({ where: { projectId: options.projectId, NOT: { details: "" } }, select: { id: true } })).map((r) => r.id),
  );
  const index = compileTermIndex(toTermEntries(entries));
  const occurrences = new Map<string, number>();
  const documents = new Map<string, Set<string>>();
  const segments = await db.segment.findMany({ where: { document: liveDocumentsOf(options.projectId) }, select: { documentId: true, sourceText: true } });
  for (const segment of segments) {
    for (const match of matchTerms(index, segment.sourceText)) {
      occurrences.set(match.entryId, (occurrences.get(match.entryId) ?? 0) + 1);
      let seen = documents.get(match.entryId);
      if (!seen) documents.set(match.entryId, (seen = new Set()));
      seen.add(segment.documentId);
    }
  }
  const project = await db.project.findUniqueOrThrow({ where: { id: options.projectId }, select: { id: true, name: true } });
  const list: GlossaryEntry[] = entries.map((e) => ({
    ...e,
    occurrences: occurrences.get(e.id) ?? 0,
    documents: documents.get(e.id)?.size ?? 0,
    hasDetails: withDetails.has(e.id),
  }));
  return { project, role, entries: list };
}

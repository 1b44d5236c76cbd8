import type { QaGlossaryEntry } from "@/core/qa/glossary";
import type { QaSettings } from "@/core/qa/settings";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { loadQaContext } from "./load-qa-context";

/** What the editor's QA worker needs, as plain data: the settings and the glossary's entries (it compiles them). */
export interface QaLiveContext {
  settings: QaSettings;
  glossary: QaGlossaryEntry[];
}

/**
 * The QA context of a document's project for the browser, sent once when the document opens: the
 * same settings and glossary entries the server checks with (load-qa-context.ts), so the live
 * underlines and the approval gate agree.
 */
export async function getQaLiveContext(db: Db, options: { actor: Actor; documentId: string }): Promise<QaLiveContext> {
  const { projectId } = await requireDocumentAction(db, options.actor, options.documentId, "project.read");
  const context = await loadQaContext(db, projectId);
  return { settings: context.settings, glossary: [...(context.glossary?.entries ?? [])] };
}

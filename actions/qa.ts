"use server";

import { z } from "zod";
import { getDb } from "@/server/db/client";
import { checkDocument } from "@/server/qa/check-document";
import { checkSegment } from "@/server/qa/check-segment";
import { getQaLiveContext } from "@/server/qa/get-qa-live-context";
import { getQaSettings } from "@/server/qa/get-qa-settings";
import { getLanguageChecker } from "@/server/qa/language-checker";
import { ignoreQaIssue, qaIgnoreSchema } from "@/server/qa/ignore-qa-issue";
import { unignoreQaIssue } from "@/server/qa/unignore-qa-issue";
import { qaSettingsChangeSchema, updateQaSettings } from "@/server/qa/update-qa-settings";
import { recordId } from "./_lib/input-schemas";
import { runAction } from "./_lib/run-action";

// Quality checks: the project's settings (owners change them), ignores with a reason, a segment's
// and a document's findings. The use cases validate again and decide access.

const ZProject = z.object({ projectId: recordId });

/** The project's QA settings, defaults filled in. */
export async function getQaSettingsAction(input: unknown) {
  return runAction(ZProject, input, (data, actor) => getQaSettings(getDb(), { actor, ...data }));
}

/** Changes any part of the settings (checks on/off and severities, US/UK, length ratio). */
export async function updateQaSettingsAction(input: unknown) {
  return runAction(ZProject.extend({ settings: qaSettingsChangeSchema }), input, (data, actor) => updateQaSettings(getDb(), { actor, ...data }));
}

/** Ignores one finding of a segment with a reason (1–500 characters) the reviewer sees. */
export async function ignoreQaIssueAction(input: unknown) {
  return runAction(qaIgnoreSchema, input, (data, actor) => ignoreQaIssue(getDb(), { actor, ...data }));
}

export async function unignoreQaIssueAction(input: unknown) {
  return runAction(z.object({ segmentId: recordId, fingerprint: z.string().min(1).max(2_000) }), input, (data, actor) =>
    unignoreQaIssue(getDb(), { actor, ...data }),
  );
}

/** `language: true` adds the English linter's spelling, grammar and repetition (set up once, ~2 s, on first use). */
const withLanguage = async (language: boolean | undefined) => (language ? { language: await getLanguageChecker() } : {});

/** One segment's issues and ignores, for the English on screen when given. */
export async function checkSegmentAction(input: unknown) {
  const schema = z.object({ segmentId: recordId, targetText: z.string().max(100_000).optional(), language: z.boolean().optional() });
  return runAction(schema, input, async ({ language, ...data }, actor) => checkSegment(getDb(), { actor, ...data, ...(await withLanguage(language)) }));
}

/** The document's QA report (of one part of a long document, with `part`): counts per check and the segments with issues. */
export async function checkDocumentAction(input: unknown) {
  return runAction(z.object({ documentId: recordId, language: z.boolean().optional(), part: z.number().int().min(1).optional() }), input, async (data, actor) =>
    checkDocument(getDb(), actor, data.documentId, { ...(await withLanguage(data.language)), part: data.part }),
  );
}

/** The settings and glossary entries the editor's QA worker checks with, once per document. */
export async function qaLiveContextAction(input: unknown) {
  return runAction(z.object({ documentId: recordId }), input, (data, actor) => getQaLiveContext(getDb(), { actor, ...data }));
}

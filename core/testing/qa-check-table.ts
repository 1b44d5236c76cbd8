/** Test helper for the tables of the text checks: runs one check and reads its findings back. */

import { DEFAULT_QA_SETTINGS } from "../qa/settings";
import type { QaContext } from "../qa/run-checks";
import type { RegisteredCheck } from "../qa/checks";

/** [code, flagged target text, suggestion (or null)] of each finding, in order. */
export type FindingRow = readonly [string, string, string | null];

export const DEFAULT_CONTEXT: QaContext = { settings: DEFAULT_QA_SETTINGS };

export function findingRows(check: RegisteredCheck, source: string, target: string, context: QaContext = DEFAULT_CONTEXT): FindingRow[] {
  return check
    .run({ source, target }, context)
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((f) => [f.code, target.slice(f.start, f.end), f.suggestion ?? null] as const);
}

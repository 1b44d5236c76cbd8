/**
 * The one table of how XLIFF 1.2 and its dialects say how far a translation has got, and what that
 * is in our statuses (new, draft, translated, reviewed, approved, rejected). ARCHITECTURE.md prints
 * it. Names come from real files and the tools that read them:
 * - core 1.2: `<target state>` (OASIS XLIFF 1.2, stateValueList), `state-qualifier`, `approved`;
 * - SDLXLIFF (Trados): `<sdl:seg conf>` per segment (Sdl.Core.Globalization.ConfirmationLevel:
 *   Unspecified, Draft, Translated, RejectedTranslation, ApprovedTranslation, RejectedSignOff,
 *   ApprovedSignOff);
 * - MQXLIFF (memoQ): `mq:status` per trans-unit (the row colours of memoQ's grid: NotStarted,
 *   PreTranslated, MachineTranslated, AssembledFromFragments, PartiallyEdited, ManuallyConfirmed,
 *   Reviewer1Confirmed, Proofread, Rejected);
 * - MXLIFF (Phrase, formerly Memsource): `m:confirmed` per trans-unit, the workflow step (1, 2, 3…)
 *   that confirmed it, 0 for none.
 * A dialect's own attribute wins over the core `state` it may also carry (tools update their own).
 * A target with no usable status is a draft: the import pipeline turns "new" + a target into draft.
 */

import type { SegmentStatus } from "../../model/document";

/** Core `<target state>` values (XLIFF 1.2 stateValueList); x- values and absent ones read as new. */
export const STATUS_OF_STATE: Record<string, SegmentStatus> = {
  new: "new",
  "needs-translation": "new",
  "needs-l10n": "draft",
  "needs-adaptation": "draft",
  "needs-review-translation": "translated",
  "needs-review-l10n": "translated",
  "needs-review-adaptation": "translated",
  translated: "translated",
  "signed-off": "reviewed",
  final: "approved",
};

/** Trados `sdl:seg conf` (absent = Unspecified). */
export const STATUS_OF_SDL_CONF: Record<string, SegmentStatus> = {
  Unspecified: "new",
  Draft: "draft",
  Translated: "translated",
  RejectedTranslation: "rejected",
  ApprovedTranslation: "reviewed",
  RejectedSignOff: "rejected",
  ApprovedSignOff: "approved",
};

/** memoQ `mq:status` (also the spellings seen in files: Pretranslated, Edited, Confirmed…). */
export const STATUS_OF_MEMOQ: Record<string, SegmentStatus> = {
  NotStarted: "new",
  PreTranslated: "draft",
  Pretranslated: "draft",
  MachineTranslated: "draft",
  AssembledFromFragments: "draft",
  PartiallyEdited: "draft",
  Edited: "draft",
  Editing: "draft",
  ManuallyConfirmed: "translated",
  Confirmed: "translated",
  TranslatorConfirmed: "translated",
  Reviewer1Confirmed: "reviewed",
  Proofread: "approved",
  Reviewer2Confirmed: "approved",
  Rejected: "rejected",
};

/** Phrase `m:confirmed`: the workflow step that confirmed the segment (0 or absent: none). */
export function statusOfPhraseConfirmed(confirmed: string): SegmentStatus | undefined {
  const step = /^\d+$/u.test(confirmed) ? Number(confirmed) : NaN;
  if (Number.isNaN(step)) return undefined;
  return step === 0 ? "new" : step === 1 ? "translated" : step === 2 ? "reviewed" : "approved";
}

/**
 * A core trans-unit's status: a `rejected-*` state-qualifier (rejected-inaccurate, -grammar,
 * -length, -spelling) means a reviewer sent it back; else the state. `approved="yes"` lifts a unit
 * without a confirmed state to translated, no further: the 1.2 spec calls it "final", but
 * translate-toolkit (and Weblate through it) writes it on every translation that is not fuzzy, so
 * taking it for our "approved" would claim sign-offs nobody gave; `state="final"` says that.
 */
export function statusOfCore(state: string | undefined, qualifier: string | undefined, approved: string | undefined): SegmentStatus {
  if (qualifier?.startsWith("rejected-")) return "rejected";
  const stated = (state !== undefined && Object.hasOwn(STATUS_OF_STATE, state) ? STATUS_OF_STATE[state] : undefined) ?? "new";
  return approved === "yes" && (stated === "new" || stated === "draft") ? "translated" : stated;
}

/**
 * What we write for each status (reads back through statusOfCore to the same status). approved="yes"
 * from translated on, as translate-toolkit expects of a non-fuzzy unit (else it demotes signed-off
 * and final to plain translated).
 */
export const STATE_12_OF: Record<SegmentStatus, { state: string; qualifier?: string; approved?: true }> = {
  new: { state: "new" },
  draft: { state: "needs-l10n" },
  translated: { state: "translated", approved: true },
  reviewed: { state: "signed-off", approved: true },
  approved: { state: "final", approved: true },
  rejected: { state: "needs-translation", qualifier: "rejected-inaccurate" },
};

/**
 * The segment status machine: the one home of every status list and every rule for how a segment's
 * status and review bookkeeping change. One table, read top to bottom: for an action, the first row
 * whose "who" and "when" hold decides the new status and the bookkeeping. ARCHITECTURE.md prints it
 * (a test keeps the two equal) and the status legend in the UI is drawn from it.
 *
 * Rules users of Trados, Phrase and memoQ expect, which the rows encode:
 * - a confirmation or review decision refers to the exact text on screen: any change of the English
 *   takes it away (back to draft) unless the same action confirms or decides again;
 * - a tracked change exists only when someone with review rights edits a finished translation
 *   written by someone else (its author, not whoever touched the segment last);
 * - a rejection stays until the translation's author (or a new author) fixes it.
 */

export const SEGMENT_STATUSES = ["new", "draft", "translated", "reviewed", "approved", "rejected"] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];
/** Confirmed by a translator or better: progress counts these, exports take them as final text. */
export const CONFIRMED_STATUSES: readonly SegmentStatus[] = ["translated", "reviewed", "approved"];
/** Whether a stored status is one of CONFIRMED_STATUSES. */
export function isConfirmed(status: string): boolean {
  return CONFIRMED_STATUSES.includes(status as SegmentStatus);
}
/** Review decisions: each records the version it judged. */
export const DECISION_STATUSES: readonly SegmentStatus[] = ["reviewed", "approved", "rejected"];
/** Finished translations: a reviewer's edit of someone else's is tracked. */
const FINISHED: readonly SegmentStatus[] = ["translated", "reviewed", "approved", "rejected"];

export const SEGMENT_ACTIONS = [
  "edit",
  "confirm",
  "unconfirm",
  "review",
  "approve",
  "reject",
  "accept",
  "revert",
  "restore",
  "replace",
  "undo",
  "restructure",
  "import",
  "source",
] as const;
export type SegmentAction = (typeof SEGMENT_ACTIONS)[number];

export function isSegmentStatus(value: string): value is SegmentStatus {
  return (SEGMENT_STATUSES as readonly string[]).includes(value);
}

/** What the machine knows of a segment. */
export interface SegmentState {
  sourceText: string;
  targetText: string;
  status: SegmentStatus;
  version: number;
  /** Whose words the translation is: set by every untracked change of the text. */
  translatedById: string | null;
  /** The author's text a pending reviewer edit is measured against; null when none is pending. */
  trackedBaseText: string | null;
  /** The source before a correction, until someone acts on the translation ("source changed"). */
  previousSourceText: string | null;
  /** The version of the last review decision. */
  reviewedVersion: number | null;
}

export interface Move {
  action: SegmentAction;
  /** The new English, for actions that may change it (unchanged when omitted). */
  targetText?: string;
  /** The new French, for source corrections and restructuring. */
  sourceText?: string;
  /** `undo`: the status before the undone batch. `restore`: the status of the version brought back. */
  status?: SegmentStatus;
}

export interface Mover {
  userId: string | null;
  /** May set review statuses (reviewers and owners). */
  reviews: boolean;
}

type Context = { state: SegmentState; move: Move; mover: Mover; text: string; textChanged: boolean; tracked: boolean; isAuthor: boolean };
type Who = "editor" | "reviewer" | "author or reviewer" | "source editor";
type To = SegmentStatus | "unchanged" | "before the batch" | "refused";
type Tracked = "text rule" | "cleared" | "must be none" | "kept";
type Author = "text rule" | "kept" | "kept, else the actor" | "actor";
type Flag = "cleared" | "set" | "kept";

export interface Rule {
  action: SegmentAction;
  who: Who;
  when: string;
  test: (c: Context) => boolean;
  to: To;
  tracked: Tracked;
  author: Author;
  decision: boolean;
  flag: Flag;
  /** Why a refused row refuses, as the user reads it. */
  refusal?: string;
}

const always = () => true;
const noText = (c: Context) => c.text.trim() === "";
const emptied = (c: Context) => c.textChanged && c.text === "";
/** A rejection is fixed by its author's (or a new author's) edit or confirmation, not by a reviewer's suggestion. */
const rejectionStands = (c: Context) => c.state.status === "rejected" && (c.tracked || (!c.textChanged && !c.isAuthor));
const decidedUnchanged = (c: Context) => !c.textChanged && (c.state.status === "reviewed" || c.state.status === "approved");
const row = (action: SegmentAction, who: Who, when: string, test: Rule["test"], to: To, effects: Partial<Rule> = {}): Rule => ({
  action,
  who,
  when,
  test,
  to,
  tracked: "text rule",
  author: "text rule",
  decision: false,
  flag: "cleared",
  ...effects,
});
const edits = (action: SegmentAction): Rule[] => [
  row(action, "editor", "the English is unchanged", (c) => !c.textChanged, "unchanged"),
  row(action, "editor", "the English is emptied", emptied, "new"),
  row(action, "editor", "rejected, and not fixed by its author", rejectionStands, "rejected"),
  row(action, "editor", "otherwise", always, "draft"),
];
const decide = (action: SegmentAction, to: SegmentStatus, effects: Partial<Rule> = {}): Rule[] => [
  row(action, "reviewer", "no English", noText, "refused", { refusal: "There is no translation to decide on." }),
  row(action, "reviewer", "otherwise", always, to, { decision: true, ...effects }),
];

/** The table. Rows of one action are tried in order; the first whose condition holds applies. */
export const STATUS_TABLE: readonly Rule[] = [
  ...edits("edit"),
  row("confirm", "editor", "no English", noText, "refused", { refusal: "There is no translation to confirm." }),
  row("confirm", "editor", "reviewed or approved, English unchanged", decidedUnchanged, "unchanged"),
  row("confirm", "editor", "rejected, and not fixed by its author", rejectionStands, "rejected"),
  row("confirm", "editor", "otherwise", always, "translated"),
  row("unconfirm", "editor", "translated", (c) => c.state.status === "translated", "draft"),
  row("unconfirm", "reviewer", "reviewed, approved or rejected", (c) => DECISION_STATUSES.includes(c.state.status), "draft"),
  ...decide("review", "reviewed"),
  ...decide("approve", "approved", { tracked: "cleared" }),
  ...decide("reject", "rejected"),
  row("accept", "author or reviewer", "a tracked change is pending", (c) => c.state.trackedBaseText !== null, "unchanged", {
    tracked: "cleared",
    author: "kept",
  }),
  row("revert", "author or reviewer", "rejected, with a tracked change", (c) => c.state.trackedBaseText !== null && c.state.status === "rejected", "rejected", {
    tracked: "cleared",
    author: "kept",
  }),
  row("revert", "author or reviewer", "a tracked change is pending", (c) => c.state.trackedBaseText !== null, "translated", {
    tracked: "cleared",
    author: "kept",
  }),
  ...(["accept", "revert"] as const).map((action) =>
    row(action, "editor", "no tracked change", always, "refused", { refusal: "This segment has no tracked change to settle." }),
  ),
  row("restore", "editor", "the version has no English", (c) => c.text === "", "new"),
  row("restore", "reviewer", "the version was approved, and a reviewer brings it back", (c) => c.mover.reviews && c.move.status === "approved", "approved", {
    decision: true,
    tracked: "cleared",
  }),
  row("restore", "reviewer", "the version was reviewed, and a reviewer brings it back", (c) => c.mover.reviews && c.move.status === "reviewed", "reviewed", {
    decision: true,
  }),
  row("restore", "editor", "rejected, and not fixed by its author", rejectionStands, "rejected"),
  row("restore", "editor", "the version was confirmed", (c) => CONFIRMED_STATUSES.includes(c.move.status ?? "new"), "translated"),
  row("restore", "editor", "otherwise", always, "draft"),
  ...edits("replace"),
  row("undo", "editor", "the batch is the segment's last change", always, "before the batch"),
  row("restructure", "editor", "a tracked change is pending", (c) => c.state.trackedBaseText !== null, "refused", {
    refusal: "Accept or revert the reviewer's edit first.",
  }),
  row("restructure", "editor", "no English left", noText, "new", { tracked: "must be none", author: "kept" }),
  row("restructure", "editor", "otherwise", always, "draft", { tracked: "must be none", author: "kept, else the actor" }),
  row("import", "editor", "no English", noText, "new", { tracked: "cleared", author: "actor" }),
  row("import", "editor", "otherwise", always, "draft", { tracked: "cleared", author: "actor" }),
  row("source", "source editor", "the French is unchanged", (c) => (c.move.sourceText ?? c.state.sourceText) === c.state.sourceText, "unchanged", {
    tracked: "kept",
    author: "kept",
    flag: "kept",
  }),
  row("source", "source editor", "no English", noText, "unchanged", { tracked: "kept", author: "kept", flag: "set" }),
  row("source", "source editor", "otherwise", always, "draft", { tracked: "kept", author: "kept", flag: "set" }),
];

export type Transition = { ok: true; changed: boolean; state: SegmentState; rule: Rule } | { ok: false; code: "FORBIDDEN" | "INVALID_INPUT"; message: string };

/**
 * Applies one action to a segment: the new state (version + 1 when anything changed), or why it is
 * refused. Pure; the server's segment writer is its only caller that stores the result.
 */
export function transition(state: SegmentState, move: Move, mover: Mover): Transition {
  const text = move.action === "revert" ? (state.trackedBaseText ?? state.targetText) : (move.targetText ?? state.targetText);
  const textChanged = text !== state.targetText;
  const isAuthor = mover.userId !== null && mover.userId === state.translatedById;
  const finished = state.targetText !== "" && FINISHED.includes(state.status);
  const tracked = textChanged && mover.reviews && !isAuthor && (state.trackedBaseText !== null || finished);
  const context: Context = { state, move, mover, text, textChanged, tracked, isAuthor };
  const rule = STATUS_TABLE.find((r) => r.action === move.action && r.test(context));
  if (!rule) return { ok: false, code: "INVALID_INPUT", message: `Nothing to ${move.action} here.` };
  if (rule.who === "reviewer" && !mover.reviews) return { ok: false, code: "FORBIDDEN", message: "Only reviewers set review statuses." };
  if (rule.who === "author or reviewer" && !mover.reviews && !isAuthor && state.translatedById !== null) {
    return { ok: false, code: "FORBIDDEN", message: "Only the translation's author or a reviewer can settle a reviewer's edit." };
  }
  if (rule.to === "refused") return { ok: false, code: "INVALID_INPUT", message: rule.refusal ?? "Not possible." };

  const status = rule.to === "unchanged" ? state.status : rule.to === "before the batch" ? (move.status ?? (text ? "draft" : "new")) : rule.to;
  let trackedBaseText = rule.tracked === "kept" || (rule.tracked === "text rule" && !textChanged) ? state.trackedBaseText : null;
  if (rule.tracked === "text rule" && tracked) trackedBaseText = state.trackedBaseText ?? state.targetText;
  if (trackedBaseText === text) trackedBaseText = null;
  const actorWrites =
    rule.author === "actor" ||
    (rule.author === "text rule" && textChanged && !tracked) ||
    (rule.author === "kept, else the actor" && state.translatedById === null);
  const author = actorWrites ? mover.userId : state.translatedById;
  const sourceText = move.sourceText ?? state.sourceText;
  const original = state.previousSourceText ?? state.sourceText;
  const flagged = rule.flag === "set" && text !== "" && original !== sourceText ? original : null;
  const previousSourceText = rule.flag === "kept" ? state.previousSourceText : flagged;
  const next: SegmentState = {
    sourceText,
    targetText: text,
    status,
    version: state.version,
    translatedById: text === "" ? null : author,
    trackedBaseText,
    previousSourceText,
    reviewedVersion: state.reviewedVersion,
  };
  const changed = (Object.keys(next) as (keyof SegmentState)[]).some((key) => next[key] !== state[key]);
  if (!changed) return { ok: true, changed: false, state, rule };
  next.version = state.version + 1;
  if (rule.decision) next.reviewedVersion = next.version;
  return { ok: true, changed: true, state: next, rule };
}

/**
 * The status a segment is created with when a file states one (XLIFF import): kept where it fits
 * the text — a translation must exist to be confirmed, decided or even drafted — else new or draft.
 */
export function importedStatus(stated: SegmentStatus, targetText: string): SegmentStatus {
  if (targetText === "") return "new";
  return stated === "new" ? "draft" : stated;
}

/** The action a save asking for `status` (or for none) stands for: how the grid and the API speak to the machine. */
export function actionForStatus(status: SegmentStatus | undefined, textChanged: boolean): SegmentAction {
  switch (status) {
    case "translated":
      return "confirm";
    case "reviewed":
      return "review";
    case "approved":
      return "approve";
    case "rejected":
      return "reject";
    case "draft":
      return textChanged ? "edit" : "unconfirm";
    default:
      return "edit";
  }
}

/** A segment edited since its last review decision. */
export function changedSinceReview(segment: { version: number; reviewedVersion: number | null }): boolean {
  return segment.reviewedVersion !== null && segment.version > segment.reviewedVersion;
}

import { describe, expect, it } from "vitest";
import { changedSinceReview, transition, type Move, type Mover, type SegmentState } from "./status-machine";

const tom: Mover = { userId: "tom", reviews: false };
const rita: Mover = { userId: "rita", reviews: true };
const olga: Mover = { userId: "olga", reviews: true }; // an owner: reviews, and translates too

const translated: SegmentState = {
  sourceText: "Le Pentagone exige des garanties.",
  targetText: "The Pentagon wants guarantees.",
  status: "translated",
  version: 3,
  translatedById: "tom",
  trackedBaseText: null,
  previousSourceText: null,
  reviewedVersion: null,
};

function apply(state: SegmentState, move: Move, mover: Mover): SegmentState {
  const result = transition(state, move, mover);
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.state;
}
function refusal(state: SegmentState, move: Move, mover: Mover): string {
  const result = transition(state, move, mover);
  return result.ok ? "accepted" : result.code;
}

describe("a decision refers to the exact text", () => {
  const approved = apply(translated, { action: "approve" }, rita);

  it("records the version it judged", () => {
    expect([approved.status, approved.version, approved.reviewedVersion]).toEqual(["approved", 4, 4]);
  });

  it("any edit sends an approved segment back to draft, by anyone", () => {
    expect(apply(approved, { action: "edit", targetText: "The Pentagon demands guarantees." }, tom).status).toBe("draft");
    expect(apply(approved, { action: "edit", targetText: "The Pentagon demands guarantees." }, rita).status).toBe("draft");
    expect(apply(approved, { action: "replace", targetText: "The DoD wants guarantees." }, tom).status).toBe("draft");
  });

  it("unless the same action decides again", () => {
    const reapproved = apply(approved, { action: "approve", targetText: "The Pentagon demands guarantees." }, rita);
    expect([reapproved.status, reapproved.reviewedVersion, reapproved.trackedBaseText]).toEqual(["approved", 5, null]);
  });

  it("confirming what was approved keeps the approval; confirming a change does not", () => {
    expect(transition(approved, { action: "confirm" }, tom)).toMatchObject({ ok: true, changed: false });
    expect(apply(approved, { action: "confirm", targetText: "The Pentagon demands guarantees." }, tom).status).toBe("translated");
  });

  it("only reviewers decide, and only on a translation", () => {
    expect(refusal(translated, { action: "approve" }, tom)).toBe("FORBIDDEN");
    expect(refusal({ ...translated, targetText: "", status: "new" }, { action: "approve" }, rita)).toBe("INVALID_INPUT");
    expect(refusal({ ...translated, targetText: "", status: "new" }, { action: "confirm" }, tom)).toBe("INVALID_INPUT");
  });

  it("changing nothing changes nothing: no new version", () => {
    expect(transition(translated, { action: "edit", targetText: translated.targetText }, tom)).toMatchObject({
      ok: true,
      changed: false,
      state: { version: 3 },
    });
  });
});

describe("tracked changes are a reviewer's edits of someone else's finished translation", () => {
  it("starts one against the author's text and keeps that base across further edits", () => {
    const once = apply(translated, { action: "edit", targetText: "The Pentagon demands guarantees." }, rita);
    expect([once.trackedBaseText, once.translatedById, once.status]).toEqual(["The Pentagon wants guarantees.", "tom", "draft"]);
    const twice = apply(once, { action: "edit", targetText: "The Pentagon demands firm guarantees." }, rita);
    expect(twice.trackedBaseText).toBe("The Pentagon wants guarantees.");
    expect(apply(twice, { action: "edit", targetText: "The Pentagon wants guarantees." }, rita).trackedBaseText).toBeNull();
  });

  it("never tracks the author's own words, even when the author reviews", () => {
    const mine = { ...translated, translatedById: "olga" };
    const rejected = apply(mine, { action: "reject" }, rita);
    const fixed = apply(rejected, { action: "edit", targetText: "The Pentagon demands guarantees." }, olga);
    expect([fixed.trackedBaseText, fixed.status, fixed.translatedById]).toEqual([null, "draft", "olga"]);
  });

  it("does not track edits of a draft: the reviewer becomes its author", () => {
    const draft = { ...translated, status: "draft" as const };
    const edited = apply(draft, { action: "edit", targetText: "The Pentagon asks for guarantees." }, rita);
    expect([edited.trackedBaseText, edited.translatedById]).toEqual([null, "rita"]);
  });

  it("the author's edit takes the reviewer's change over", () => {
    const tracked = apply(translated, { action: "edit", targetText: "The Pentagon demands guarantees." }, rita);
    expect(apply(tracked, { action: "edit", targetText: "The Pentagon insists on guarantees." }, tom).trackedBaseText).toBeNull();
  });

  it("accept keeps the edit, revert brings the author's text back; both are changes, by the author or a reviewer", () => {
    const tracked = apply(translated, { action: "edit", targetText: "The Pentagon demands guarantees." }, rita);
    const accepted = apply(tracked, { action: "accept" }, tom);
    expect([accepted.targetText, accepted.trackedBaseText, accepted.version]).toEqual(["The Pentagon demands guarantees.", null, tracked.version + 1]);
    const reverted = apply(tracked, { action: "revert" }, rita);
    expect([reverted.targetText, reverted.status, reverted.trackedBaseText]).toEqual(["The Pentagon wants guarantees.", "translated", null]);
    expect(refusal(tracked, { action: "accept" }, { userId: "someone-else", reviews: false })).toBe("FORBIDDEN");
    expect(refusal(translated, { action: "accept" }, rita)).toBe("INVALID_INPUT");
  });

  it("approving accepts a pending change", () => {
    const tracked = apply(translated, { action: "edit", targetText: "The Pentagon demands guarantees." }, rita);
    expect(apply(tracked, { action: "approve" }, rita).trackedBaseText).toBeNull();
  });
});

describe("a rejection stays until its author fixes it", () => {
  const rejected = apply(translated, { action: "reject" }, rita);

  it("a reviewer's suggested fix leaves it rejected", () => {
    const suggested = apply(rejected, { action: "edit", targetText: "The Pentagon demands guarantees." }, rita);
    expect([suggested.status, suggested.trackedBaseText]).toEqual(["rejected", "The Pentagon wants guarantees."]);
    expect(apply(suggested, { action: "revert" }, tom).status).toBe("rejected");
  });

  it("someone else confirming the same words leaves it rejected; the author's edit or confirmation fixes it", () => {
    expect(transition(rejected, { action: "confirm" }, { userId: "ann", reviews: false })).toMatchObject({ ok: true, changed: false });
    expect(apply(rejected, { action: "confirm" }, tom).status).toBe("translated");
    expect(apply(rejected, { action: "edit", targetText: "The Pentagon demands guarantees." }, tom).status).toBe("draft");
  });
});

describe("other actions", () => {
  it("a source correction flags the translation and drops it to draft; changing it back clears the flag", () => {
    const corrected = apply(translated, { action: "source", sourceText: "Le Pentagone exigeait des garanties." }, olga);
    expect([corrected.status, corrected.previousSourceText]).toEqual(["draft", translated.sourceText]);
    expect(apply(corrected, { action: "source", sourceText: translated.sourceText }, olga).previousSourceText).toBeNull();
    expect(apply(corrected, { action: "replace", targetText: "The Pentagon wanted guarantees." }, tom).previousSourceText).toBeNull();
  });

  it("undo brings back the status before the batch", () => {
    const approved = apply(translated, { action: "approve" }, rita);
    const replaced = apply(approved, { action: "replace", targetText: "The DoD wants guarantees." }, tom);
    const undone = apply(replaced, { action: "undo", targetText: approved.targetText, status: "approved" }, tom);
    expect([undone.status, undone.targetText, undone.reviewedVersion]).toEqual(["approved", approved.targetText, approved.reviewedVersion]);
  });

  it("restore re-applies what the actor may set", () => {
    const draft = { ...translated, status: "draft" as const, targetText: "Something else." };
    expect(apply(draft, { action: "restore", targetText: translated.targetText, status: "approved" }, rita).status).toBe("approved");
    expect(apply(draft, { action: "restore", targetText: translated.targetText, status: "approved" }, tom).status).toBe("translated");
    expect(apply(draft, { action: "restore", targetText: "", status: "new" }, tom).status).toBe("new");
  });

  it("restructuring refuses a pending tracked change and otherwise leaves a draft", () => {
    const tracked = apply(translated, { action: "edit", targetText: "The Pentagon demands guarantees." }, rita);
    expect(refusal(tracked, { action: "restructure", targetText: "The Pentagon" }, tom)).toBe("INVALID_INPUT");
    expect(apply(translated, { action: "restructure", targetText: "The Pentagon wants", sourceText: "Le Pentagone exige" }, tom)).toMatchObject({
      status: "draft",
      translatedById: "tom",
    });
  });

  it("emptying the English makes the segment new again, with no author", () => {
    expect(apply(translated, { action: "edit", targetText: "" }, tom)).toMatchObject({ status: "new", translatedById: null });
  });
});

describe("changedSinceReview", () => {
  it("is true only after a decision, for later versions", () => {
    expect(changedSinceReview({ version: 4, reviewedVersion: null })).toBe(false);
    expect(changedSinceReview({ version: 4, reviewedVersion: 4 })).toBe(false);
    expect(changedSinceReview({ version: 5, reviewedVersion: 4 })).toBe(true);
  });
});

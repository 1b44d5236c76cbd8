import { describe, expect, it } from "vitest";
import { applyReviewTransition, changedSinceReview, type SegmentState } from "./review-transition";

const translated: SegmentState = {
  targetText: "The Pentagon wants guarantees.",
  status: "translated",
  updatedById: "tom",
  trackedBaseText: null,
  previousSourceText: null,
  reviewedVersion: null,
};

describe("applyReviewTransition", () => {
  it("starts a tracked change when a reviewer edits someone else's translation", () => {
    const marks = applyReviewTransition(translated, { targetText: "The Pentagon demands guarantees.", status: "translated", version: 3, actorId: "rita", actorReviews: true });
    expect(marks.trackedBaseText).toBe("The Pentagon wants guarantees.");
    expect(marks.reviewedVersion).toBeNull();
  });

  it("keeps the translator's version as the base across further reviewer edits", () => {
    const edited = { ...translated, targetText: "The Pentagon demands guarantees.", updatedById: "rita", trackedBaseText: "The Pentagon wants guarantees." };
    const marks = applyReviewTransition(edited, { targetText: "The Pentagon demands firm guarantees.", status: "translated", version: 4, actorId: "rita", actorReviews: true });
    expect(marks.trackedBaseText).toBe("The Pentagon wants guarantees.");
  });

  it("drops the tracked change when the reviewer's text comes back to the translator's", () => {
    const edited = { ...translated, targetText: "The Pentagon demands guarantees.", updatedById: "rita", trackedBaseText: "The Pentagon wants guarantees." };
    const marks = applyReviewTransition(edited, { targetText: "The Pentagon wants guarantees.", status: "translated", version: 4, actorId: "rita", actorReviews: true });
    expect(marks.trackedBaseText).toBeNull();
  });

  it("does not track an owner's or reviewer's edits of their own translation", () => {
    const own = { ...translated, updatedById: "olivia" };
    expect(applyReviewTransition(own, { targetText: "x", status: "translated", version: 3, actorId: "olivia", actorReviews: true }).trackedBaseText).toBeNull();
  });

  it("does not track edits of drafts or empty targets, nor translators' edits", () => {
    expect(applyReviewTransition({ ...translated, status: "draft" }, { targetText: "x", status: "draft", version: 3, actorId: "rita", actorReviews: true }).trackedBaseText).toBeNull();
    expect(applyReviewTransition({ ...translated, targetText: "", status: "new" }, { targetText: "x", status: "draft", version: 3, actorId: "rita", actorReviews: true }).trackedBaseText).toBeNull();
    expect(applyReviewTransition(translated, { targetText: "x", status: "translated", version: 3, actorId: "tina", actorReviews: false }).trackedBaseText).toBeNull();
  });

  it("lets a translator take a pending change over by editing, and approval accept it", () => {
    const pending = { ...translated, targetText: "reviewer text", updatedById: "rita", trackedBaseText: "The Pentagon wants guarantees." };
    expect(applyReviewTransition(pending, { targetText: "translator text", status: "translated", version: 5, actorId: "tom", actorReviews: false }).trackedBaseText).toBeNull();
    const approved = applyReviewTransition(pending, { targetText: "reviewer text", status: "approved", version: 5, actorId: "rita", actorReviews: true });
    expect(approved.trackedBaseText).toBeNull();
    expect(approved.reviewedVersion).toBe(5);
  });

  it("keeps a pending change through a status-only save other than approval", () => {
    const pending = { ...translated, targetText: "reviewer text", updatedById: "rita", trackedBaseText: "base" };
    expect(applyReviewTransition(pending, { targetText: "reviewer text", status: "reviewed", version: 5, actorId: "rita", actorReviews: true }).trackedBaseText).toBe("base");
  });

  it("clears the source-changed flag on any save and records review decisions only", () => {
    const flagged = { ...translated, status: "draft", previousSourceText: "Ancienne phrase." };
    const marks = applyReviewTransition(flagged, { targetText: translated.targetText, status: "translated", version: 6, actorId: "tom", actorReviews: false });
    expect(marks.previousSourceText).toBeNull();
    expect(marks.reviewedVersion).toBeNull();
    expect(applyReviewTransition(translated, { targetText: translated.targetText, status: "rejected", version: 6, actorId: "rita", actorReviews: true }).reviewedVersion).toBe(6);
  });
});

describe("changedSinceReview", () => {
  it("is true only for segments saved after their last review decision", () => {
    expect(changedSinceReview({ version: 4, reviewedVersion: null })).toBe(false);
    expect(changedSinceReview({ version: 4, reviewedVersion: 4 })).toBe(false);
    expect(changedSinceReview({ version: 5, reviewedVersion: 4 })).toBe(true);
  });
});

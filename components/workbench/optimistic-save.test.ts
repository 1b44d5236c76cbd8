import { describe, expect, it } from "vitest";
import type { WorkbenchSegment } from "@/server/documents/get-workbench";
import { optimisticSave } from "./optimistic-save";

const approved: WorkbenchSegment = {
  id: "s1",
  paragraphId: "p1",
  position: 0,
  sourceText: "Le DoD parle.",
  targetText: "The DoD speaks.",
  status: "approved",
  version: 4,
  sourceWords: 3,
  alignScore: null,
  trackedBaseText: null,
  previousSourceText: null,
  reviewedVersion: 4,
  translatedById: "tom",
  updatedAt: "2026-12-06T10:00:00.000Z",
};

describe("optimisticSave", () => {
  it("shows an edited approval as a draft at once", () => {
    expect(optimisticSave(approved, "The DoD talks.", undefined, { userId: "tom", reviews: false })).toMatchObject({ status: "draft", trackedBaseText: null });
  });

  it("shows a reviewer's edit of someone else's words as a tracked change", () => {
    expect(optimisticSave(approved, "The DoD talks.", undefined, { userId: "rita", reviews: true })).toMatchObject({
      status: "draft",
      trackedBaseText: "The DoD speaks.",
    });
  });

  it("refuses, so nothing is queued, what the server would refuse", () => {
    expect(
      optimisticSave({ ...approved, targetText: "", status: "new", translatedById: null }, "", "translated", { userId: "tom", reviews: false }),
    ).toBeNull();
    expect(optimisticSave(approved, "The DoD speaks.", "approved", { userId: "tom", reviews: false })).toBeNull();
  });

  it("keeps an approval a confirmation of the same words does not change", () => {
    expect(optimisticSave(approved, "The DoD speaks.", "translated", { userId: "tom", reviews: false })).toMatchObject({ status: "approved" });
  });
});

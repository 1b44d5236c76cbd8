import { describe, expect, it } from "vitest";
import { SEGMENT_STATUSES } from "@/core/review/status-machine";
import { DRAWN } from "./ProgressBar";

describe("ProgressBar drawing order", () => {
  it("draws every status of the status machine exactly once", () => {
    expect([...DRAWN].sort()).toEqual([...SEGMENT_STATUSES].sort());
  });
});

import { describe, expect, it } from "vitest";
import { purgeCutoff, trashDaysLeft, TRASH_RETENTION_DAYS } from "./retention";

const DAY = 24 * 60 * 60 * 1000;
const deletedAt = new Date("2026-12-01T10:00:00Z");

describe("trash retention", () => {
  it("keeps a document 30 days", () => {
    expect(TRASH_RETENTION_DAYS).toBe(30);
    expect(trashDaysLeft(deletedAt, deletedAt)).toBe(30);
    expect(trashDaysLeft(deletedAt, new Date(deletedAt.getTime() + 1))).toBe(30);
    expect(trashDaysLeft(deletedAt, new Date(deletedAt.getTime() + DAY + 1))).toBe(29);
    expect(trashDaysLeft(deletedAt, new Date(deletedAt.getTime() + 29 * DAY + 1))).toBe(1);
    expect(trashDaysLeft(deletedAt, new Date(deletedAt.getTime() + 30 * DAY))).toBe(0);
    expect(trashDaysLeft(deletedAt, new Date(deletedAt.getTime() + 45 * DAY))).toBe(0);
  });
  it("purges what was deleted more than 30 days ago, not at 30 days exactly", () => {
    const now = new Date(deletedAt.getTime() + 30 * DAY);
    expect(purgeCutoff(now).getTime()).toBe(deletedAt.getTime());
    expect(deletedAt < purgeCutoff(now)).toBe(false);
    expect(deletedAt < purgeCutoff(new Date(now.getTime() + 1))).toBe(true);
  });
});

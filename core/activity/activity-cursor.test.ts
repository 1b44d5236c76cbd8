import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, newestFirst, rowsAtCursorTime } from "./activity-cursor";

describe("activity cursor", () => {
  it("round-trips the last event shown; a bare ISO time is a cursor too; anything else is refused", () => {
    const cursor = encodeCursor({ at: "2026-01-01T10:00:00.000Z", key: "r:abc-1" });
    expect(decodeCursor(cursor)).toEqual({ at: new Date("2026-01-01T10:00:00.000Z"), key: "r:abc-1" });
    expect(decodeCursor("2026-01-01T10:00:00.000Z")).toEqual({ at: new Date("2026-01-01T10:00:00.000Z"), key: null });
    for (const bad of ["yesterday", "2026-13-45T99:00:00Z", "2026-01-01T10:00:00.000Z~nokey", "2026-01-01T10:00:00.000Z~r:a~b", ""])
      expect(decodeCursor(bad), bad).toBeNull();
  });

  it("orders newest first, then by key, and says which rows at the cursor's time are still to come", () => {
    const events = [
      { at: "2026-01-01T10:00:00.000Z", key: "a:1" },
      { at: "2026-01-02T10:00:00.000Z", key: "c:1" },
      { at: "2026-01-01T10:00:00.000Z", key: "r:2" },
    ];
    expect(events.sort(newestFirst).map((e) => e.key)).toEqual(["c:1", "r:2", "a:1"]);
    const cursor = decodeCursor("2026-01-01T10:00:00.000Z~r:2")!;
    expect(rowsAtCursorTime(cursor, "a")).toBe("all");
    expect(rowsAtCursorTime(cursor, "x")).toBe("none");
    expect(rowsAtCursorTime(cursor, "r")).toEqual({ idBelow: "2" });
    expect(rowsAtCursorTime({ ...cursor, key: null }, "a")).toBe("none");
  });
});

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEGMENT_ACTIONS, STATUS_TABLE } from "./status-machine";
import { statusTableMarkdown } from "./status-table";

describe("the status table", () => {
  it("is printed in ARCHITECTURE.md exactly as the machine applies it", () => {
    const architecture = fs.readFileSync(path.resolve(import.meta.dirname, "../../ARCHITECTURE.md"), "utf8");
    expect(architecture).toContain(statusTableMarkdown());
  });

  it("has rows for every action, and prints every row", () => {
    for (const action of SEGMENT_ACTIONS) {
      const rows = STATUS_TABLE.filter((rule) => rule.action === action);
      expect(rows.length, action).toBeGreaterThan(0);
    }
    expect(statusTableMarkdown().split("\n")).toHaveLength(STATUS_TABLE.length + 2);
  });
});

import { expect, it } from "vitest";
import { groupBy } from "./group-by";

it("groups items by key, keeping input order within and across groups", () => {
  const groups = groupBy(["b1", "a1", "b2", "c1", "a2"], (s) => s[0]);
  expect([...groups.entries()]).toEqual([
    ["b", ["b1", "b2"]],
    ["a", ["a1", "a2"]],
    ["c", ["c1"]],
  ]);
  expect(groupBy([], (s: string) => s).size).toBe(0);
});

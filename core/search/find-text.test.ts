import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { buildMatcher, compileSearch, findMatches, replaceMatchAt, replaceMatches } from "./find-text";

const text = "The Pentagon and the pentagon's allies; Pentagonal shapes.";

describe("search", () => {
  it("finds case-insensitively by default, case-sensitively on request", () => {
    expect(findMatches(text, buildMatcher({ query: "pentagon" })).map((m) => text.slice(m.start, m.end))).toEqual(["Pentagon", "pentagon", "Pentagon"]);
    expect(findMatches(text, buildMatcher({ query: "pentagon", caseSensitive: true }))).toHaveLength(1);
  });

  it("whole words know accented letters", () => {
    expect(findMatches(text, buildMatcher({ query: "pentagon", wholeWord: true }))).toHaveLength(2);
    expect(findMatches("déjà vu, déjàvu", buildMatcher({ query: "déjà", wholeWord: true }))).toEqual([{ start: 0, end: 4 }]);
  });

  it("takes the query literally unless regex is on", () => {
    expect(findMatches("a.b axb", buildMatcher({ query: "a.b" }))).toEqual([{ start: 0, end: 3 }]);
    expect(findMatches("a.b axb", buildMatcher({ query: "a.b", regex: true }))).toHaveLength(2);
  });

  it("refuses an empty query and a broken expression with a clear message", () => {
    expect(() => buildMatcher({ query: "" })).toThrow(/search for/);
    try {
      buildMatcher({ query: "(unclosed", regex: true });
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error, "INVALID_INPUT")).toBe(true);
      expect((error as Error).message).toBe("This regular expression is not valid: a group is not closed.");
    }
    // The engine's own message quotes the pattern it built (flags, look-arounds): the user never sees it.
    expect(compileSearch({ query: "*x", regex: true, wholeWord: true })).toEqual({ problem: { kind: "regex", problem: "nothingToRepeat" } });
  });

  it("replaces literally, or with groups in regex mode", () => {
    expect(replaceMatches(text, buildMatcher({ query: "pentagon", wholeWord: true }), "$& (DoD)", false)).toBe(
      "The $& (DoD) and the $& (DoD)'s allies; Pentagonal shapes.",
    );
    expect(replaceMatches("12,5 % et 3,25 %", buildMatcher({ query: "(\\d+),(\\d+)", regex: true }), "$1.$2", true)).toBe("12.5 % et 3.25 %");
  });

  it("replaces one match at a time, leaving the others", () => {
    const matcher = buildMatcher({ query: "(\\d+),(\\d+)", regex: true });
    const [, second] = findMatches("12,5 % et 3,25 %", matcher);
    expect(replaceMatchAt("12,5 % et 3,25 %", matcher, second, "$1.$2", true)).toBe("12,5 % et 3.25 %");
    expect(replaceMatchAt("DoD and DoD", buildMatcher({ query: "dod" }), { start: 8, end: 11 }, "Pentagon", false)).toBe("DoD and Pentagon");
  });
});

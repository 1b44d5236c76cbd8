import { describe, expect, it } from "vitest";
import { regexProblem } from "./regex-problem";

/** The engine must refuse each pattern, or the test would describe a valid one. */
const refused = (pattern: string) => {
  expect(() => new RegExp(pattern, "gu")).toThrow();
  return regexProblem(pattern);
};

describe("regexProblem", () => {
  it("names the common slips", () => {
    expect(refused("(unclosed")).toBe("unclosedGroup");
    expect(refused("(?:a|(b)")).toBe("unclosedGroup");
    expect(refused("a)")).toBe("unmatchedParenthesis");
    expect(refused("[abc")).toBe("unclosedClass");
    expect(refused("*start")).toBe("nothingToRepeat");
    expect(refused("a|+b")).toBe("nothingToRepeat");
    expect(refused("(?<name>+)")).toBe("nothingToRepeat");
    expect(refused("end\\")).toBe("trailingBackslash");
    expect(refused("a{3,1}")).toBe("badQuantifier");
    expect(refused("a{")).toBe("badQuantifier");
  });

  it("reads escapes, classes and look-behinds without false alarms", () => {
    expect(refused("[(]\\((")).toBe("unclosedGroup");
    expect(refused("(?<=a)b)")).toBe("unmatchedParenthesis");
  });

  it("says only 'invalid' for slips it does not know", () => {
    expect(refused("\\p{Nope}")).toBe("invalid");
  });
});

import { describe, expect, it } from "vitest";
import { englishNumber, englishNumberValue, isEnglishGrouped, numberValue } from "./number-format";

describe("number formats", () => {
  it.each([
    ["1 234,5", "1234.5"],
    ["1\u00a0200", "1200"],
    ["1\u202f200", "1200"],
    ["0,27", "0.27"],
    ["3.5", "3.5"],
    ["2026", "2026"],
  ])("reads the French %s as %s", (surface, value) => {
    expect(numberValue(surface)).toBe(value);
  });

  it.each([
    ["1,200", "1200", true],
    ["1,234.5", "1234.5", true],
    ["3,5", "3.5", false],
    ["12,3456", "12.3456", false],
    ["12 000", "12000", false],
  ])("reads the English %s as %s", (surface, value, grouped) => {
    expect(englishNumberValue(surface)).toBe(value);
    expect(isEnglishGrouped(surface)).toBe(grouped);
  });

  it.each([
    ["1200", true, "1,200"],
    ["1200", false, "1200"],
    ["12000", false, "12,000"],
    ["3.5", false, "3.5"],
    ["1234567.25", false, "1,234,567.25"],
  ])("writes %s (grouped: %s) as %s", (value, grouped, written) => {
    expect(englishNumber(value, grouped)).toBe(written);
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_QA_SETTINGS } from "@/core/qa/settings";
import { getLanguageChecker } from "./language-checker";

describe("getLanguageChecker", () => {
  it("creates one checker for concurrent first callers, and it lints", async () => {
    const [a, b] = await Promise.all([getLanguageChecker(), getLanguageChecker()]);
    expect(a).toBe(b);
    expect(await getLanguageChecker()).toBe(a);
    const findings = await a.check({ source: "Le monde.", target: "The wrld is big." }, { settings: DEFAULT_QA_SETTINGS });
    expect(findings.map((f) => f.code)).toEqual(["spelling"]);
  });
});

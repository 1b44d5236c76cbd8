import { describe, expect, it } from "vitest";
import { DEFAULT_QA_SETTINGS } from "@/core/qa/settings";
import type { LanguageChecker } from "@/core/qa/run-checks";
import type { QaFinding } from "@/core/qa/types";
import { QaLiveChecker } from "./qa-live-checker";
import type { QaWorkerAnswer } from "./qa-worker-protocol";

const SPELLING: QaFinding = { code: "spelling", start: 3, end: 7, message: { key: "spelling.unknown", params: { word: "cots" } } };

function setup(findings: QaFinding[] = [SPELLING], settings = DEFAULT_QA_SETTINGS) {
  const answers: QaWorkerAnswer[] = [];
  const calls: string[] = [];
  const language: LanguageChecker = {
    check: async (pair) => {
      calls.push(pair.target);
      return findings;
    },
  };
  const checker = new QaLiveChecker(
    (answer) => answers.push(answer),
    async () => language,
  );
  return { checker, answers, calls, context: { type: "context" as const, context: { settings, glossary: [] } } };
}

describe("the QA worker's checker", () => {
  it("refuses to check before the document's context came", async () => {
    const { checker, answers } = setup();
    await checker.handle({ type: "check", id: 1, segmentId: "s1", source: "Il coûte", target: "It cots" });
    expect(answers).toEqual([{ type: "failed", id: 1, message: "QA context not loaded" }]);
  });

  it("answers at once with the quick checks, then with spelling and grammar, naming the text checked", async () => {
    const { checker, answers, context } = setup();
    await checker.handle(context);
    await checker.handle({ type: "check", id: 1, segmentId: "s1", source: "Il coûte", target: "It cots" });
    expect(answers.map((a) => a.type === "issues" && a.complete)).toEqual([false, true]);
    const last = answers[1];
    expect(last).toMatchObject({ segmentId: "s1", target: "It cots", issues: [{ code: "spelling", severity: "warning", start: 3, end: 7 }] });
  });

  it("finds a changed number of the demo article with the fix, through the one runner", async () => {
    const answers: QaWorkerAnswer[] = [];
    const checker = new QaLiveChecker((answer) => answers.push(answer));
    await checker.handle({ type: "context", context: { settings: DEFAULT_QA_SETTINGS, glossary: [] } });
    const target = "A two-year contract worth $300 million.";
    await checker.handle({ type: "check", id: 1, segmentId: "s1", source: "Un contrat de 200 millions de dollars sur deux ans.", target });
    expect(answers).toHaveLength(1);
    const [answer] = answers;
    if (answer.type !== "issues") throw new Error(answer.message);
    expect(answer.complete).toBe(true);
    const number = answer.issues.find((issue) => issue.code === "number");
    expect(number && target.slice(number.start, number.end)).toBe("300");
    expect(number).toMatchObject({ severity: "error", suggestion: "200" });
  });

  it("gives the quick answer without waiting for the linter to load", async () => {
    const answers: QaWorkerAnswer[] = [];
    let loaded: (checker: LanguageChecker) => void = () => {};
    const checker = new QaLiveChecker(
      (answer) => answers.push(answer),
      () => new Promise((resolve) => (loaded = resolve)),
    );
    await checker.handle({ type: "context", context: { settings: DEFAULT_QA_SETTINGS, glossary: [] } });
    const pending = checker.handle({ type: "check", id: 1, segmentId: "s1", source: "Il coûte", target: "It cots" });
    await Promise.resolve();
    expect(answers).toMatchObject([{ type: "issues", id: 1, complete: false }]);
    loaded({ check: async () => [SPELLING] });
    await pending;
    expect(answers).toMatchObject([{ complete: false }, { complete: true, issues: [{ code: "spelling" }] }]);
  });

  it("leaves out the language checks of a request overtaken by newer typing", async () => {
    const { checker, answers, calls, context } = setup();
    await checker.handle(context);
    const first = checker.handle({ type: "check", id: 1, segmentId: "s1", source: "Il coûte", target: "It c" });
    const second = checker.handle({ type: "check", id: 2, segmentId: "s1", source: "Il coûte", target: "It cots" });
    await Promise.all([first, second]);
    expect(calls).toEqual(["It cots"]);
    expect(answers.filter((a) => a.type === "issues" && a.complete).map((a) => a.id)).toEqual([2]);
  });

  it("applies the project's settings to the language findings (a check turned off says nothing)", async () => {
    const settings = { ...DEFAULT_QA_SETTINGS, checks: { ...DEFAULT_QA_SETTINGS.checks, spelling: { enabled: false, severity: "warning" as const } } };
    const { checker, answers, context } = setup([SPELLING], settings);
    await checker.handle(context);
    await checker.handle({ type: "check", id: 1, segmentId: "s1", source: "Il coûte", target: "It cots" });
    expect(answers.every((a) => a.type === "issues" && a.issues.length === 0)).toBe(true);
  });
});

import { Dialect, LocalLinter } from "harper.js";
import { binaryInlined } from "harper.js/binaryInlined";
import { beforeAll, describe, expect, it } from "vitest";
import { compileQaGlossary } from "../glossary";
import type { QaContext } from "../run-checks";
import { DEFAULT_QA_SETTINGS, type QaSettings } from "../settings";
import type { QaFinding } from "../types";
import { createHarperChecker } from "./harper-checker";
import type { LanguageChecker } from "../run-checks";

// One real linter for the file: setting harper up takes ~2 s.
let checker: LanguageChecker;
beforeAll(async () => {
  const linter = new LocalLinter({ binary: binaryInlined, dialect: Dialect.American });
  await linter.setup();
  checker = createHarperChecker(linter);
});

const US: QaContext = { settings: DEFAULT_QA_SETTINGS };
const UK: QaContext = { settings: { ...DEFAULT_QA_SETTINGS, dialect: "uk" } };
const flagged = (target: string, findings: QaFinding[]) => findings.map((f) => [f.code, target.slice(f.start, f.end)]);

describe("harper checker", () => {
  it("finds a misspelling after an emoji and curly quotes, with UTF-16 offsets", async () => {
    const target = "😀 “Hello” the wrld is big.";
    const findings = await checker.check({ source: "« Bonjour » le monde est grand.", target }, US);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: "spelling", start: 15, end: 19, subject: "wrld" });
    expect(target.slice(findings[0].start, findings[0].end)).toBe("wrld");
    expect(findings[0].message).toEqual({ key: "spelling.unknown", params: { detail: expect.stringContaining("wrld"), word: "wrld" } });
    // weld, wild and world are equally near: no fix is certain.
    expect(findings[0].suggestion).toBeUndefined();
  });

  it("does not flag the source's proper nouns and acronyms, even possessive, but flags other unknown names", async () => {
    const source = "Dario Amodei, patron d’Anthropic, répond à Pete Hegseth et à la NSA.";
    const target = "Dario Amodei, Anthropic’s chief, answers Pete Hegseth and the NSA. Amodei’s answer came fast.";
    expect(await checker.check({ source, target }, US)).toEqual([]);
    // Not in the source, at a sentence start: nothing says it is a name.
    const without = "Il a répondu jeudi.";
    expect(flagged("Amodei answered on Thursday.", await checker.check({ source: without, target: "Amodei answered on Thursday." }, US))).toEqual([
      ["spelling", "Amodei"],
    ]);
  });

  it("takes an inner capitalised word for a name the translator adapted, and fixes a slip of a source name", async () => {
    const source = "Candide et Cunégonde rencontrent Dario Amodei.";
    expect(await checker.check({ source, target: "Candide and Cunegund meet Dario Amodei." }, US)).toEqual([]);
    const target = "Candide and Cunegund meet Dario Amodie.";
    expect(await checker.check({ source, target }, US)).toMatchObject([{ code: "spelling", start: target.indexOf("Amodie"), suggestion: "Amodei" }]);
  });

  it("does not flag a glossary equivalent, URLs, e-mails and handles", async () => {
    const glossary = compileQaGlossary([{ id: "g1", source: "garde-fou", accepted: ["frontierguard"], forbidden: [] }]);
    const target = "The frontierguard holds, see https://exmple.org/anthrpic or write to contct@exmple.org or @anthrpic.";
    const source = "Le garde-fou tient, voir https://exmple.org/anthrpic ou écrire à contct@exmple.org ou @anthrpic.";
    expect(await checker.check({ source, target }, { ...US, glossary })).toEqual([]);
    expect(flagged(target, await checker.check({ source, target }, US))).toEqual([["spelling", "frontierguard"]]);
  });

  it("follows the project's dialect: colour is wrong in US English, color in UK English", async () => {
    const source = "La couleur du ciel est belle.";
    const us = await checker.check({ source, target: "The colour of the sky is beautiful." }, US);
    expect(us).toMatchObject([{ code: "spelling", start: 4, end: 10, suggestion: "color" }]);
    expect(await checker.check({ source, target: "The color of the sky is beautiful." }, US)).toEqual([]);
    expect(flagged("The color of the sky is beautiful.", await checker.check({ source, target: "The color of the sky is beautiful." }, UK))).toEqual([
      ["spelling", "color"],
    ]);
    expect(await checker.check({ source, target: "The colour of the sky is beautiful." }, UK)).toEqual([]);
  });

  it("keeps concurrent checks of different dialects apart", async () => {
    const pair = { source: "La couleur.", target: "The colour is nice." };
    const [us, uk, us2] = await Promise.all([checker.check(pair, US), checker.check(pair, UK), checker.check(pair, US)]);
    expect([us.length, uk.length, us2.length]).toEqual([1, 0, 1]);
  });

  it("reports a repeated word with the fix", async () => {
    const target = "He signed the the contract.";
    const findings = await checker.check({ source: "Il a signé le contrat.", target }, US);
    expect(findings).toMatchObject([{ code: "repetition", start: 10, end: 17, suggestion: "the", subject: "the the" }]);
    expect(findings[0].message).toMatchObject({ key: "repetition.word", params: { word: "the" } });
  });

  it("fixes “A apple” as “An apple”, and colour in UK English", async () => {
    expect(await checker.check({ source: "Une pomme par jour.", target: "A apple a day." }, US)).toMatchObject([
      { code: "grammar", start: 0, end: 1, suggestion: "An" },
    ]);
    expect(await checker.check({ source: "La couleur.", target: "The color is red." }, UK)).toMatchObject([{ code: "spelling", suggestion: "colour" }]);
  });

  it("reports a grammar error, and nothing on a correct sentence", async () => {
    const target = "He go to the Pentagon every day.";
    expect(flagged(target, await checker.check({ source: "Il va au Pentagone chaque jour.", target }, US))).toEqual([["grammar", "go"]]);
    const good = "The Pentagon signed a $200 million contract with Anthropic on February 28, 2026, over two years.";
    expect(await checker.check({ source: "Le Pentagone a signé un contrat de 200 millions de dollars.", target: good }, US)).toEqual([]);
  });

  it("leaves style and other checks' matters alone: sentence capitals, double spaces", async () => {
    const target = "the contract was signed.  It is over.";
    expect(await checker.check({ source: "le contrat a été signé. C’est fini.", target }, US)).toEqual([]);
  });

  it("leaves a target still in French to the untranslated check rather than underlining every word", async () => {
    const target = "Le Pentagone exige un accès illimité à son modèle.";
    expect((await checker.check({ source: target, target }, US)).filter((f) => f.code === "spelling")).toEqual([]);
  });

  it("reports nothing for a code the project switched off", async () => {
    const settings: QaSettings = { ...DEFAULT_QA_SETTINGS, checks: { ...DEFAULT_QA_SETTINGS.checks, spelling: { enabled: false, severity: "warning" } } };
    expect(await checker.check({ source: "Le monde.", target: "The wrld." }, { settings })).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { checkPair } from "../run-checks";
import { DEFAULT_QA_SETTINGS } from "../settings";
import type { QaFinding } from "../types";
import { checkNumbers } from "./numbers";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

// [French source, English target, expected findings as [code, message key, flagged target text, suggestion?]].
type Row = readonly [string, string, ReadonlyArray<readonly [string, string, string, string?]>];

/** Findings as rows; a missing number must point at the end of the target with an empty span. */
function rows(source: string, target: string): ReadonlyArray<readonly [string, string, string, string?]> {
  const findings: QaFinding[] = checkNumbers({ source, target });
  for (const f of findings) if (f.message.key.endsWith(".missing") && f.start === f.end && f.code === "number") expect(f.start).toBe(target.length);
  return findings.map((f) =>
    f.suggestion === undefined ? [f.code, f.message.key, target.slice(f.start, f.end)] : [f.code, f.message.key, target.slice(f.start, f.end), f.suggestion],
  );
}

const NUMBER_CASES: readonly Row[] = [
  // Right: the same value, written the English way.
  ["une hausse de 3,5 %", "a 3.5% rise", []],
  ["une hausse de 3,5 %", "a 3.5 percent rise", []],
  ["une hausse de 3,5 %", "a 3.5 per cent rise", []],
  ["1 200 soldats", "1,200 soldiers", []],
  [`1${NBSP}200 soldats`, "1,200 soldiers", []],
  [`1${NNBSP}200 soldats`, "1,200 soldiers", []],
  ["un taux de 0,27", "a rate of 0.27", []],
  ["le 1er et le 2e", "the 1st and the 2nd", []],
  ["le 1er et le 2e", "the first and the second", []],
  ["le 21e siècle", "the 21st century", []],
  ["2 ans", "two years", []],
  ["2 ans", "a two-year term", []],
  ["deux ans", "2 years", []],
  ["deux ans", "two years", []],
  ["Quatre sénateurs", "Four senators", []],
  ["12 œufs", "a dozen eggs", []],
  ["en 2026", "in 2026", []],
  ["les années 1990", "the 1990s", []],
  ["à 14 h 30", "at 2:30 p.m.", []],
  ["à 14h30", "at 14:30", []],
  ["à 14 heures", "at 2 p.m.", []],
  ["le F-35, le COVID-19 et l’article 5", "the F-35, COVID-19 and Article 5", []],
  ["un chasseur F-35", "an F35 fighter", []],
  ["10 000 personnes", "10,000 people", []],
  ["une personne sur 3", "one person in 3", []],
  ["aucun chiffre ici", "no figure here", []],
  ["un contrat", "a contract", []],
  ["un contrat", "one contract", []],
  ["pendant 2 h", "for 2 hours", []],
  ["ouvert 24h/24 et 7 j/7", "open 24/7", []],
  ["ouvert 24h/24", "open around the clock", []],
  ["1 000 soldats", "a thousand soldiers", []],
  ["deux mille soldats", "2,000 soldiers", []],
  ["il y a 10 ans", "a decade ago", []],
  ["2 fois plus", "twice as many", []],
  ["0,5 %", "half a percent", []],
  ["du 3 au 5 mars", "from March 3 to 5", []],
  ["les 3 et 5 mars", "on March 3 and 5", []],
  ["du 3 au 5 mars", "March 3-5", []],
  ["le 7 octobre 2023, le Hamas", "on October 7, 2023, Hamas", []],
  ["un enfant de 3 ans", "a 3-year-old child", []],
  ["1,5 °C", "1.5°C", []],
  ["au XXIe siècle", "in the 21st century", []],
  ["la IIIe République", "the Third Republic", []],
  // Wrong: missing, added, changed, French-style digits.
  ["12 pays", "countries", [["number", "number.missing", ""]]],
  ["12 pays", "", []],
  ["pays", "12 countries", [["number", "number.added", "12"]]],
  ["en 2026, 12 pays", "in 2026, 13 countries", [["number", "number.changed", "13", "12"]]],
  ["1 200 soldats", "1,300 soldiers", [["number", "number.changed", "1,300", "1,200"]]],
  [
    "3 et 4",
    "5 and 6",
    [
      ["number", "number.changed", "5"],
      ["number", "number.changed", "6"],
    ],
  ],
  ["3 et 4", "3", [["number", "number.missing", ""]]],
  ["une hausse de 3,5 %", "a 3,5% rise", [["number", "number.format", "3,5%", "3.5%"]]],
  ["une hausse de 3,5 %", `a 3,5${NBSP}% rise`, [["number", "number.format", `3,5${NBSP}%`, "3.5%"]]],
  ["un taux de 0,27", "a rate of 0,27", [["number", "number.format", "0,27", "0.27"]]],
  [`1${NNBSP}200 soldats`, `1${NNBSP}200 soldiers`, [["number", "number.format", `1${NNBSP}200`, "1,200"]]],
  ["le 2e", "the 3rd", [["number", "number.changed", "3"]]],
  ["à 14 h 30", "at 3:30 p.m.", [["number", "number.missing", ""]]],
  ["deux ans", "3 years", [["number", "number.added", "3"]]],
  ["au XXIe siècle", "in the 20th century", [["number", "number.added", "20"]]],
  ["Le prix", "The 50 prize", [["number", "number.added", "50"]]],
];

const MAGNITUDE_CASES: readonly Row[] = [
  ["un contrat de 200 millions de dollars", "a $200 million contract", []],
  ["un contrat de 200 millions de dollars", "a $200m contract", []],
  ["un contrat de 200 millions de dollars", "a contract worth 200 million dollars", []],
  ["1,5 milliard d’euros", "€1.5 billion", []],
  ["1,5 milliard d’euros", "€1.5bn", []],
  ["1,5 milliard d’euros", "€1,500 million", []],
  ["un contrat de 200 millions de dollars", "a $200-million contract", []],
  ["un accord de 1,5 milliard d’euros", "a 1.5-billion-euro deal", []],
  ["2,50 €", "€2.50", []],
  ["2 billions de dollars", "$2 trillion", []],
  ["deux millions d’habitants", "two million inhabitants", []],
  ["deux millions d’habitants", "2 million inhabitants", []],
  ["des millions de personnes", "millions of people", []],
  ["un 200 m", "a 200m race", []],
  ["1 million de personnes", "1m people", []],
  ["1 million de personnes", "1 million people", []],
  ["un contrat de 200 millions de dollars", "a $200 millions contract", [["magnitude", "magnitude.plural", "millions", "million"]]],
  ["1,5 milliard d’euros", "€1.5 million", [["magnitude", "magnitude.wrong", "million", "billion"]]],
  ["1,5 milliard d’euros", "€1.5m", [["magnitude", "magnitude.wrong", "m", "bn"]]],
  ["2 billions de dollars", "$2 billion", [["magnitude", "magnitude.wrong", "billion", "trillion"]]],
  ["1,5 milliard de dollars", "a $1.5 contract", [["magnitude", "magnitude.missing", "", " billion"]]],
];

const CURRENCY_CASES: readonly Row[] = [
  ["15 €", "€15", []],
  ["15 €", "15 euros", []],
  ["15 €", "EUR 15", []],
  ["15 euros", "€15", []],
  ["200 M$", "$200m", []],
  ["200 M$", "$200 million", []],
  ["20 livres sterling", "£20", []],
  ["20 livres", "20 books", []],
  ["200 millions de dollars", "200 million US dollars", []],
  ["un budget de 200 millions de dollars", "a budget, in dollars, of 200 million", []],
  ["15 €", "15 €", [["currency", "currency.placement", "15 €", "€15"]]],
  ["15 €", "15€", [["currency", "currency.placement", "15€", "€15"]]],
  ["1 200 €", "1 200 €", [["currency", "currency.placement", "1 200 €", "€1,200"]]],
  ["200 M$", "200 M$", [["currency", "currency.placement", "200 M$", "$200 million"]]],
  ["15 €", "$15", [["currency", "currency.wrong", "$", "€"]]],
  ["15 euros", "15 pounds", [["currency", "currency.wrong", "pounds"]]],
  ["200 millions de dollars", "200 million", [["currency", "currency.missing", "200 million"]]],
];

function table(name: string, cases: readonly Row[]) {
  describe(name, () => {
    it.each(cases.map(([source, target, expected]) => ({ source, target, expected })))("$source → $target", ({ source, target, expected }) => {
      expect(rows(source, target)).toEqual(expected);
    });
  });
}

table("number check", NUMBER_CASES);
table("magnitude check", MAGNITUDE_CASES);
table("currency check", CURRENCY_CASES);

describe("number findings", () => {
  it("key an ignore on the French number, not on the target", () => {
    const [finding] = checkNumbers({ source: "un contrat de 200 millions de dollars", target: "a $200 millions contract" });
    expect(finding.subject).toBe("200 millions de dollars");
    const [changed] = checkNumbers({ source: "12 pays", target: "13 countries" });
    expect(changed.subject).toBe("12");
  });

  it("are registered with the runner, with the project's severities", () => {
    const issues = checkPair({ source: "12 pays", target: "13 countries" }, { settings: DEFAULT_QA_SETTINGS });
    expect(issues.filter((i) => i.code === "number").map((i) => [i.severity, i.message.key])).toEqual([["error", "number.changed"]]);
  });
});

import { describe, expect, it } from "vitest";
import { compileQaGlossary } from "../glossary";
import { DEFAULT_QA_SETTINGS } from "../settings";
import { findingRows, type FindingRow } from "../../testing/qa-check-table";
import { termsCheck } from "./terms";

const glossary = compileQaGlossary([
  { id: "scr", source: "risque pour la chaîne d’approvisionnement", accepted: ["supply chain risk"], forbidden: ["procurement risk"] },
  { id: "pentagone", source: "Pentagone", accepted: ["Pentagon"], forbidden: [] },
  { id: "garde-fou", source: "garde-fou", accepted: ["safeguard", "guardrail"], forbidden: ["railing"] },
  { id: "decret", source: "décret", accepted: [], forbidden: ["decret"] },
  { id: "risque", source: "risque", accepted: ["risk"], forbidden: [] },
  { id: "securite", source: "risque de sécurité nationale", accepted: ["national security risk"], forbidden: ["security risk"] },
  { id: "menace", source: "menace", accepted: ["threat"], forbidden: ["threat of violence"] },
]);
const context = { settings: DEFAULT_QA_SETTINGS, glossary };

// [source, target, expected [code, flagged text, suggestion]]. Positive rows first, then negative ones.
const CASES: ReadonlyArray<readonly [string, string, readonly FindingRow[]]> = [
  ["comme « risque pour la chaîne d’approvisionnement »", "as a “procurement risk”", [["term-forbidden", "procurement risk", "supply chain risk"]]],
  ["des risques pour les chaînes d’approvisionnement", "Procurement risk everywhere", [["term-forbidden", "Procurement risk", "Supply chain risk"]]],
  ["des risques pour les chaînes d’approvisionnement", "two procurement risks", [["term-forbidden", "procurement risks", null]]],
  ["comme « risque pour la chaîne d’approvisionnement »", "as a “national security threat”", [["term-missing", "", null]]],
  ["le Pentagone exige", "the Department of War demands", [["term-missing", "", null]]],
  ["des garde-fous", "railings", [["term-forbidden", "railings", null]]],
  ["le décret", "the decret", [["term-forbidden", "decret", null]]],
  ["un risque de sécurité nationale", "a security risk", [["term-forbidden", "security risk", "national security risk"]]],
  ["une menace", "a threat of violence", [["term-forbidden", "threat of violence", "threat"]]],
  // Negative rows.
  ["comme « risque pour la chaîne d’approvisionnement »", "as a “supply chain risk”", []],
  ["des risques pour les chaînes d’approvisionnement", "supply-chain risks", []],
  ["la désignation de risque pour la chaîne d’approvisionnement", "the supply chain risk's designation", []],
  ["des risques pour la chaîne d’approvisionnement", "Supply Chain Risks’ scope", []],
  ["le Pentagone exige", "the PENTAGON demands", []],
  ["des garde-fous", "guardrails and safeguards", []],
  ["le décret", "the decree", []],
  ["un choix risqué", "a risky choice", []],
  ["un risque de sécurité nationale", "a national security risk", []],
  ["le Pentagone exige", "", []],
];

describe("term-missing and term-forbidden", () => {
  it.each(CASES)("%s → %s", (source, target, expected) => {
    expect(findingRows(termsCheck, source, target, context)).toEqual(expected);
  });

  it("reports a missing term at the end of the target, about the entry", () => {
    const target = "the Department of War";
    const [finding] = termsCheck.run({ source: "le Pentagone", target }, context);
    expect([finding.start, finding.end, finding.subject, finding.message.params?.term]).toEqual([target.length, target.length, "pentagone", "Pentagone"]);
  });

  it("does nothing without a glossary", () => {
    expect(termsCheck.run({ source: "le Pentagone", target: "the ministry" }, { settings: DEFAULT_QA_SETTINGS })).toEqual([]);
  });
});

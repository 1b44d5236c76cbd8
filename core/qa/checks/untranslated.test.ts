import { describe, expect, it } from "vitest";
import { DEFAULT_CONTEXT, findingRows, type FindingRow } from "../../testing/qa-check-table";
import { looksFrench } from "./french-signals";
import { untranslatedCheck } from "./untranslated";

const HEADING = "Les décisions d’Anthropic agacent Donald Trump";

// [source, target, expected [code, flagged text, suggestion]]. Positive rows first, then negative ones.
const CASES: ReadonlyArray<readonly [string, string, readonly FindingRow[]]> = [
  ["Un soutien de la part d’OpenAI", "", [["untranslated", "", null]]],
  ["Un soutien de la part d’OpenAI", "  ", [["untranslated", "", null]]],
  [HEADING, HEADING, [["untranslated", HEADING, null]]],
  [HEADING, ` ${HEADING.toUpperCase()} `, [["untranslated", ` ${HEADING.toUpperCase()} `, null]]],
  [HEADING, "Les décisions d’Anthropic agacent Trump", [["untranslated", "Les décisions d’Anthropic agacent Trump", null]]],
  ["Un soutien de la part d’OpenAI", "Un soutien de la part d’OpenAI, hélas", [["untranslated", "Un soutien de la part d’OpenAI, hélas", null]]],
  [
    "Le patron d’OpenAI, Sam Altman, a pris position.",
    "Le patron d’OpenAI, Sam Altman, a pris position en faveur d’Anthropic.",
    [["untranslated", "Le patron d’OpenAI, Sam Altman, a pris position en faveur d’Anthropic.", null]],
  ],
  // Negative rows.
  ["Claude", "Claude", []],
  ["Truth Social", "Truth Social", []],
  ["Dario Amodei", "Dario Amodei", []],
  ["Charles de Gaulle", "Charles de Gaulle", []],
  ["2026", "2026", []],
  ["https://www.anthropic.com/news", "https://www.anthropic.com/news", []],
  ["ERREUR CATASTROPHIQUE", "ERREUR CATASTROPHIQUE", []],
  ["", "", []],
  [HEADING, "Anthropic’s decisions irk Donald Trump", []],
  ["Le Monde", "Le Monde", []],
  ["Il a dit : « C’est la vie ».", "He said: “C’est la vie.”", []],
  ["Le café", "The café in the Élysée", []],
  ["La Jolla", "He moved to La Jolla and Notre-Dame de Paris", []],
];

describe("untranslated", () => {
  it.each(CASES)("%s → %s", (source, target, expected) => {
    expect(findingRows(untranslatedCheck, source, target)).toEqual(expected);
  });

  it("tells empty, identical and French apart", () => {
    const keys = ["", HEADING, "Les décisions d’Anthropic agacent Trump"].map(
      (target) => untranslatedCheck.run({ source: HEADING, target }, DEFAULT_CONTEXT)[0].message.key,
    );
    expect(keys).toEqual(["untranslated.empty", "untranslated.identical", "untranslated.french"]);
  });
});

describe("looksFrench", () => {
  it.each([
    ["Le Pentagone exige qu’Anthropic autorise l’utilisation de son modèle IA", true],
    ["Donald Trump a ordonné à toutes les agences fédérales américaines de cesser", true],
    ["The Pentagon demands that Anthropic allow its AI model to be used for all lawful purposes", false],
    ["Pete Hegseth", false],
    ["Sam Altman, OpenAI", false],
    ["a déjà", false],
    ["The résumé, the café and the naïve fiancée", false],
  ])("%s → %s", (text, expected) => {
    expect(looksFrench(text)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { findingRows, type FindingRow } from "../../testing/qa-check-table";
import { bracketsCheck, quotesCheck } from "./quotes-brackets";

// [source, target, expected [code, flagged text, suggestion]]. Positive rows first, then negative ones.
const QUOTES: ReadonlyArray<readonly [string, string, readonly FindingRow[]]> = [
  ["il a dit « non ».", "he said “no.", [["quotes", "“", null]]],
  ["il a dit « non ».", 'he said "no.', [["quotes", '"', null]]],
  ["il a dit « non ».", "he said no.”", [["quotes", "”", null]]],
  ["il a dit « non ».", 'he said "no" and "yes.', [["quotes", '"', null]]],
  ["« Il a dit ‹ non › ».", "“He said ‘no.”", [["quotes", "‘", null]]],
  ["« Première phrase. » Et d’autres", "“First sentence.” And “more", [["quotes", "“", null]]],
  // Negative rows.
  ["il a dit « non ».", "he said “no.”", []],
  ["il a dit « non ».", 'he said "no."', []],
  ["« Les extrémistes gauchistes chez Anthropic ont commis une erreur.", "“The leftist extremists at Anthropic made a mistake.", []],
  ["Fin de la citation. »", "End of the quotation.”", []],
  ["Fin de la citation. »", 'End of the quotation."', []],
  ["Anthropic’s", "don't, Anthropic’s, the companies’ demands, rock ’n’ roll", []],
  ["« ne peut pas en bonne conscience accéder »", "“cannot in good conscience accede”", []],
  ["le « ‹ oui › »", "the “‘yes’”", []],
];

const BRACKETS: ReadonlyArray<readonly [string, string, readonly FindingRow[]]> = [
  ["l’IA (intelligence artificielle)", "AI (artificial intelligence", [["brackets", "(", null]]],
  ["l’IA (intelligence artificielle)", "AI artificial intelligence)", [["brackets", ")", null]]],
  ["voir [1]", "see [1", [["brackets", "[", null]]],
  ["un {objet}", "an object}", [["brackets", "}", null]]],
  ["a (b) c", "a (b (c) d", [["brackets", "(", null]]],
  // Negative rows.
  ["l’IA (intelligence artificielle)", "AI (artificial intelligence)", []],
  ["1) premier point", "1) first point", []],
  ["(suite de la parenthèse", "(rest of the aside", []],
  ["fin de la parenthèse)", "end of the aside)", []],
  ["voir [1] et {x}", "see [1] and {x}", []],
];

describe("quotes", () => {
  it.each(QUOTES)("%s → %s", (source, target, expected) => {
    expect(findingRows(quotesCheck, source, target)).toEqual(expected);
  });
});

describe("brackets", () => {
  it.each(BRACKETS)("%s → %s", (source, target, expected) => {
    expect(findingRows(bracketsCheck, source, target)).toEqual(expected);
  });
});

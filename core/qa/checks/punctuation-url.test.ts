import { describe, expect, it } from "vitest";
import { findingRows, type FindingRow } from "../../testing/qa-check-table";
import { punctuationEndCheck } from "./punctuation-end";
import { findLinks, urlCheck } from "./url";

type Row = readonly [string, string, readonly FindingRow[]];

// [source, target, expected [code, flagged text, suggestion]]. Positive rows first, then negative ones.
const PUNCTUATION: readonly Row[] = [
  ["Le Pentagone refuse.", "The Pentagon refuses", [["punctuation-end", "", "."]]],
  ["Pourquoi ?", "Why", [["punctuation-end", "", "?"]]],
  ["Il a dit « non ».", "He said “no”", [["punctuation-end", "", "."]]],
  ["Les décisions d’Anthropic agacent Donald Trump", "Anthropic’s decisions irk Donald Trump.", [["punctuation-end", ".", null]]],
  ["Pourquoi ?", "Why.", [["punctuation-end", ".", "?"]]],
  ["Une menace :", "A threat.", [["punctuation-end", ".", null]]],
  ["Et puis…", "And then!", [["punctuation-end", "!", "…"]]],
  // Negative rows.
  ["Le Pentagone refuse.", "The Pentagon refuses.", []],
  ["Il a dit « non ».", "He said “no.”", []],
  ["Il a dit « non ».", "He said “no”.", []],
  ["« Pourquoi ? »", "“Why?”", []],
  ["(voir plus haut.)", "(see above.)", []],
  ["Et puis...", "And then…", []],
  ["Les décisions d’Anthropic agacent Donald Trump", "Anthropic’s decisions irk Donald Trump", []],
  ["Il a écrit :  ", "He wrote: ", []],
  ["Le Pentagone refuse.", "", []],
  ["des médias des États-Unis", "media in the U.S.", []],
  ["Anthropic, OpenAI, etc.", "Anthropic, OpenAI and others", []],
  ["Anthropic PBC", "Anthropic Inc.", []],
];

const URLS: readonly Row[] = [
  ["Voir https://www.anthropic.com/news.", "See the news.", [["url", "", null]]],
  ["Écrivez à presse@anthropic.com.", "Write to press@anthropic.com.", [["url", "", null]]],
  ["Selon @AnthropicAI sur X", "According to @Anthropic on X", [["url", "", null]]],
  ["Voir www.defense.gov et https://x.com/a", "See www.defense.gov", [["url", "", null]]],
  // Negative rows.
  ["Voir https://www.anthropic.com/news.", "See https://www.anthropic.com/news.", []],
  ["Écrivez à presse@anthropic.com.", "Write to presse@anthropic.com.", []],
  ["Selon @AnthropicAI sur X", "According to @AnthropicAI on X", []],
  ["Rendez-vous @ 10 h", "Meeting @ 10 a.m.", []],
  ["Le Pentagone", "The Pentagon", []],
];

describe("punctuation-end", () => {
  it.each(PUNCTUATION)("%s → %s", (source, target, expected) => {
    expect(findingRows(punctuationEndCheck, source, target)).toEqual(expected);
  });
});

describe("url", () => {
  it.each(URLS)("%s → %s", (source, target, expected) => {
    expect(findingRows(urlCheck, source, target)).toEqual(expected);
  });

  it("names the missing link as the finding's subject, at the end of the target", () => {
    const [finding] = urlCheck.run({ source: "Voir https://www.anthropic.com/news.", target: "See it." }, undefined as never);
    expect([finding.subject, finding.start, finding.end]).toEqual(["https://www.anthropic.com/news", 7, 7]);
  });

  it.each([
    ["(https://fr.wikipedia.org/wiki/Anthropic_(entreprise))", ["https://fr.wikipedia.org/wiki/Anthropic_(entreprise)"]],
    ["« https://x.com/a », puis a.b@c.fr!", ["https://x.com/a", "a.b@c.fr"]],
    ["mail@host.com et @handle_1", ["mail@host.com", "@handle_1"]],
  ])("finds the links of %s", (text, links) => {
    expect(findLinks(text)).toEqual(links);
  });
});

import { describe, expect, it } from "vitest";
import { lemmaCandidates } from "./french-lemmas";
import { parseLexicon } from "./lexicon/parse-lexicon";
import { cognateKey, compileGlossary, sentenceKeys } from "./sentence-evidence";

const shared = (a: string[], b: string[]): string[] => a.filter((key) => b.includes(key)).sort();

describe("sentenceKeys", () => {
  it("finds cognates, names and numbers shared by a sentence and its translation", () => {
    const french = sentenceKeys("Le baron abandonna Cunégonde en 1755 dans la province.", "fr");
    const english = sentenceKeys("The Baron abandoned Cunegonde in 1755 in the province.", "en");
    expect(shared(french, english)).toEqual(["name:cunegonde", "num:1755", "w:aban", "w:baro", "w:cune", "w:prov"]);
  });

  it("shares nothing between unrelated sentences made of function words", () => {
    const french = sentenceKeys("Elle était avec eux dans cette maison.", "fr");
    const english = sentenceKeys("They were there with them, but not for long.", "en");
    expect(shared(french, english)).toEqual([]);
  });

  it("marks questions and exclamations", () => {
    expect(sentenceKeys("Où est-il ?", "fr")).toContain("p:?");
    expect(sentenceKeys("Hélas !", "fr")).toContain("p:!");
  });

  it("reads Roman chapter numbers as numbers", () => {
    expect(sentenceKeys("CHAPITRE IV.", "fr")).toContain("num:4");
    expect(sentenceKeys("CHAPTER 4", "en")).toContain("num:4");
    expect(sentenceKeys("I think so.", "en")).not.toContain("num:1");
  });

  it("adds the translations of inflected French words from an injected lexicon", () => {
    const lexicon = parseLexicon("# comment\nchâteau\tcastle|palace\nchanter\tsing\n");
    const keys = sentenceKeys("Ils chantaient dans les châteaux.", "fr", lexicon);
    expect(keys).toContain(cognateKey("castle"));
    expect(keys).toContain(cognateKey("sing"));
    expect(sentenceKeys("Ils chantaient dans les châteaux.", "fr")).not.toContain(cognateKey("castle"));
  });

  it("finds glossary terms on each side, plural or not", () => {
    const glossary = compileGlossary([{ source: "sous-marin", target: "submarine" }]);
    expect(sentenceKeys("Les sous-marins approchent.", "fr", undefined, glossary)).toContain("g:0");
    expect(sentenceKeys("The submarine approaches.", "en", undefined, glossary)).toContain("g:0");
    expect(sentenceKeys("Le marin approche.", "fr", undefined, glossary)).not.toContain("g:0");
  });
});

describe("lemmaCandidates", () => {
  it("proposes the dictionary forms of inflected words", () => {
    expect(lemmaCandidates("chantaient")).toContain("chanter");
    expect(lemmaCandidates("chevaux")).toContain("cheval");
    expect(lemmaCandidates("finissait")).toContain("finir");
    expect(lemmaCandidates("grandes")).toContain("grand");
    expect(lemmaCandidates("grandes")[0]).toBe("grandes");
  });
});

describe("parseLexicon", () => {
  it("folds words, merges repeated headwords and skips comments", () => {
    const lexicon = parseLexicon("# x\nŒil\teye|Eye\noeil\tsight\nbad line\n");
    expect(lexicon.get("oeil")).toEqual(["eye", "sight"]);
    expect(lexicon.size).toBe(1);
  });
});

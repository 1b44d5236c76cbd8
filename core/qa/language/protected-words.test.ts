import { describe, expect, it } from "vitest";
import { compileQaGlossary } from "../glossary";
import { protectedWords } from "./protected-words";

const source = "Dario Amodei, patron d’Anthropic, écrit à Pete Hegseth et à la NSA sur Truth Social.";
const glossary = compileQaGlossary([{ id: "g", source: "garde-fou", accepted: ["Frontierguard rail"], forbidden: ["fenceguard"] }]);

describe("protectedWords", () => {
  const target = "See https://exmple.org/x, mail a@exmple.org or @anthrpic now.";
  const guard = protectedWords(source, target, glossary);

  it.each([
    ["Amodei", true],
    ["AMODEI", true],
    ["Amodei’s", true],
    ["Anthropic's", true],
    ["Truth Social", true],
    ["DoD", true],
    ["GPT", true],
    ["5th", true],
    ["frontierguard", true],
    ["Frontierguard", true],
    ["amodei", false],
    ["fenceguard", false],
    ["wrld", false],
    ["Amodei wrld", false],
  ])("%s protected from spelling: %s", (word, expected) => {
    expect(guard.isProtectedSpelling(word)).toBe(expected);
  });

  it("knows the source's names only, for findings of any kind", () => {
    expect(guard.isSourceName("Hegseth")).toBe(true);
    expect(guard.isSourceName("frontierguard")).toBe(false);
    expect(guard.isSourceName("DoD")).toBe(false);
  });

  it("takes a capitalised word inside a sentence for a name, unless it is a slip of a source name", () => {
    const text = "Then Cunegund met Amodie. Cunegund left, and Amodie’s car too.";
    const names = protectedWords(source, text);
    expect(names.isInnerName("Cunegund", text.indexOf("Cunegund"))).toBe(true);
    expect(names.isInnerName("Cunegund", text.lastIndexOf("Cunegund"))).toBe(false);
    expect(names.isInnerName("Amodie", text.indexOf("Amodie"))).toBe(false);
    expect(names.isInnerName("wrld", 5)).toBe(false);
    expect(names.nearSourceName("Amodie")).toBe("Amodei");
    expect(names.nearSourceName("Amodie’s")).toBe("Amodei’s");
    expect(names.nearSourceName("Cunegund")).toBeUndefined();
  });

  it("exempts URLs, e-mail addresses and handles of the target, nothing else", () => {
    const at = (text: string) => [target.indexOf(text), target.indexOf(text) + text.length] as const;
    expect(guard.inExemptSpan(...at("exmple.org/x"))).toBe(true);
    expect(guard.inExemptSpan(...at("a@exmple.org"))).toBe(true);
    expect(guard.inExemptSpan(...at("anthrpic"))).toBe(true);
    expect(guard.inExemptSpan(...at("See"))).toBe(false);
    expect(guard.inExemptSpan(...at("now"))).toBe(false);
  });
});

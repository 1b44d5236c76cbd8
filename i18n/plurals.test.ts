import { describe, expect, it } from "vitest";
import { createI18n } from "./create-i18n";
import { resources } from "./resources";
import { LANGUAGES, NAMESPACES } from "./settings";

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  return Object.entries(value as object).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

/** Keys whose {{count}} is followed by a word that does not agree with it (an abbreviation). */
const INVARIANT = new Set(["glossary:occurrences"]);

describe.each(LANGUAGES)("plural forms in %s", (lng) => {
  it.each(NAMESPACES)("%s: a count followed by a word comes in plural forms, and every plural has its one and other", (ns) => {
    const entries = flatten(resources[lng][ns]);
    const keys = new Set(entries.map(([k]) => k));
    for (const [key, text] of entries) {
      if (/\{\{count(, ?number)?\}\} \p{L}/u.test(text) && !INVARIANT.has(`${ns}:${key}`)) expect(key, `${lng} ${ns}:${key} — "${text}"`).toMatch(PLURAL);
      const base = key.replace(PLURAL, "");
      if (base !== key) for (const form of ["one", "other"]) expect(keys, `${lng} ${ns}:${base}_${form}`).toContain(`${base}_${form}`);
    }
  });

  it.each(NAMESPACES)("%s: every nested $t(…) names a key of the namespace", (ns) => {
    const entries = flatten(resources[lng][ns]);
    const keys = new Set(entries.map(([k]) => k.replace(PLURAL, "")));
    for (const [key, text] of entries) for (const [, nested] of text.matchAll(/\$t\(([^,)]+)/g)) expect(keys, `${lng} ${ns}:${key}`).toContain(nested);
  });
});

describe("French agreement", () => {
  const fr = createI18n("fr");
  const en = createI18n("en");
  it("French « one » covers 0 and 1; English says 0 in the plural", () => {
    const frCommon = fr.getFixedT("fr", "common");
    expect(frCommon("progress.wordCount", { count: 0 })).toBe("0 mot");
    expect(frCommon("progress.wordCount", { count: 1 })).toBe("1 mot");
    expect(frCommon("progress.wordCount", { count: 2 })).toBe("2 mots");
    expect(en.getFixedT("en", "workbench")("find.replaceAll", { count: 0 })).toBe("Replace in 0 translations");
    expect(fr.getFixedT("fr", "workbench")("find.replaceAll", { count: 0 })).toBe("Remplacer dans 0 traduction");
  });

  it("sentences with several numbers agree with each of them", () => {
    const t = fr.getFixedT("fr", "workbench");
    expect(t("align.done", { pairs: 1, sentences: 2, low: 0 })).toBe("Aligné : 1 paire à partir de 2 phrases anglaises ; 0 à vérifier.");
    const g = fr.getFixedT("fr", "glossary");
    expect(g("import.done", { read: 1, created: 1, updated: 0 })).toBe("1 entrée lue : 1 ajoutée, 0 entrée existante complétée.");
    expect(g("annotations.imported", { imported: 3, orphaned: 1 })).toBe("3 annotations importées ; 1 n’a pu être placée et figure parmi les orphelines.");
    expect(en.getFixedT("en", "glossary")("count", { shown: 1, total: 1 })).toBe("1 of 1 entry");
  });

  it("« de » elides before a vowel or a mute h, in the French strings that name something", () => {
    const t = fr.getFixedT("fr", "workbench");
    expect(t("grid.label", { title: "Anthropic" })).toBe("Segments d’Anthropic");
    expect(t("grid.label", { title: "Lisière" })).toBe("Segments de Lisière");
    expect(fr.getFixedT("fr", "members")("audit.title", { project: "Histoire" })).toBe("Journal d’audit d’Histoire");
    expect(fr.getFixedT("fr", "members")("members.title", { project: "Pentagone" })).toBe("Membres de Pentagone");
    expect(en.getFixedT("en", "workbench")("grid.label", { title: "Anthropic" })).toBe("Segments of Anthropic");
  });
});

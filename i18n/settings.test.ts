import { describe, expect, it } from "vitest";
import enCommon from "@/locales/en/common.json";
import { resources } from "./resources";
import { languageFromAcceptLanguage } from "./settings";

describe("languageFromAcceptLanguage", () => {
  it.each([
    ["fr-FR,fr;q=0.9,en;q=0.8", "fr"],
    ["en-GB,en;q=0.9", "en"],
    ["de-DE,fr;q=0.5,en;q=0.7", "en"],
    ["de-DE,fr;q=0.7,en;q=0.5", "fr"],
    ["de,it", "en"],
    ["", "en"],
    [null, "en"],
    ["fr;q=0", "en"],
  ])("%s → %s", (header, expected) => {
    expect(languageFromAcceptLanguage(header)).toBe(expected);
  });
});

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe("locales", () => {
  it("French has exactly the English keys in every namespace", () => {
    for (const ns of Object.keys(resources.en) as (keyof typeof resources.en)[]) {
      expect(keysOf(resources.fr[ns]).sort(), ns).toEqual(keysOf(resources.en[ns]).sort());
    }
  });
  it("no French string is left identical to a long English one (forgotten translation)", () => {
    const en = keysOf(enCommon);
    expect(en.length).toBeGreaterThan(5);
    for (const ns of Object.keys(resources.en) as (keyof typeof resources.en)[]) {
      const flat = (obj: unknown, p = ""): [string, string][] =>
        typeof obj === "string" ? [[p, obj]] : Object.entries(obj as object).flatMap(([k, v]) => flat(v, p ? `${p}.${k}` : k));
      const frMap = new Map(flat(resources.fr[ns]));
      for (const [key, value] of flat(resources.en[ns])) {
        // Words, not placeholders: "{{count, number}} segment" is one word, the same in French.
        const words = value
          .replace(/\{\{[^}]*\}\}/g, "")
          .split(" ")
          .filter(Boolean);
        if (words.length >= 3 && !value.includes("Lisière")) expect(frMap.get(key), `${ns}:${key}`).not.toBe(value);
      }
    }
  });
});

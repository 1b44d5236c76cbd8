import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { checkLanguagePair, languageInWords } from "./language-pair";

function refusal(source: string | undefined, target: string | undefined): string {
  try {
    checkLanguagePair(source, target);
  } catch (error) {
    expect(isDomainError(error, "UNSUPPORTED_LANGUAGES")).toBe(true);
    return (error as Error).message;
  }
  throw new Error("not refused");
}

describe("checkLanguagePair", () => {
  it.each([
    ["fr", "en", "fr", "en"],
    ["fr-FR", "en-US", "fr-FR", "en-US"],
    ["fr-CA", "en-GB", "fr-CA", "en-GB"],
    ["FR-ca", "EN-gb", "fr-CA", "en-GB"],
    ["fr_FR", "en_US", "fr-FR", "en-US"],
    ["fra", "eng", "fr", "en"],
  ])("accepts French %s into English %s, keeping the tags (%s → %s)", (source, target, sourceLanguage, targetLanguage) => {
    expect(checkLanguagePair(source, target)).toEqual({ sourceLanguage, targetLanguage });
  });

  it("reads a French file with no target language as French into English", () => {
    expect(checkLanguagePair("fr-FR", undefined)).toEqual({ sourceLanguage: "fr-FR", targetLanguage: "en" });
    expect(checkLanguagePair("fr", "")).toEqual({ sourceLanguage: "fr", targetLanguage: "en" });
  });

  it.each([
    ["en", "de", "This XLIFF file translates English (en) into German (de); Lisière translates French into English."],
    ["en", "fr", "This XLIFF file translates English (en) into French (fr); Lisière translates French into English."],
    ["fr-FR", "de-DE", "This XLIFF file translates French (fr-FR) into German (de-DE); Lisière translates French into English."],
    ["en-US", undefined, "This XLIFF file is in English (en-US) and names no target language; Lisière translates French into English."],
    [undefined, "en", "This XLIFF file does not say which language it translates from (srcLang). Lisière translates French into English."],
    ["fr", "en--x", "This XLIFF file's target language “en--x” is not a valid language tag. Lisière translates French into English."],
  ])("refuses %s → %s naming both languages", (source, target, message) => {
    expect(refusal(source, target)).toBe(message);
  });
});

describe("languageInWords", () => {
  it("names a language in English with its code, or quotes a code it cannot name", () => {
    expect(languageInWords("de")).toBe("German (de)");
    expect(languageInWords("fr-CA")).toBe("French (fr-CA)");
    expect(languageInWords("qaa")).toBe("“qaa”");
  });
});

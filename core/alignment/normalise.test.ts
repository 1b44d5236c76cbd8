import { describe, expect, it } from "vitest";
import { extractNumbers, foldWord, normaliseNumber, numberOrMonthKey, romanValue } from "./normalise";

describe("normaliseNumber", () => {
  it.each([
    ["3,5", "fr", "3.5"],
    ["1 200", "fr", "1200"],
    ["1\u202F200,75", "fr", "1200.75"],
    ["1.200", "fr", "1200"],
    ["3.5", "fr", "3.5"],
    ["3.5", "en", "3.5"],
    ["1,200", "en", "1200"],
    ["1,200,000.5", "en", "1200000.5"],
    ["007", "en", "7"],
  ] as const)("%s in %s → %s", (written, lang, value) => {
    expect(normaliseNumber(written, lang)).toBe(value);
  });

  it("rejects what is not a number", () => {
    expect(normaliseNumber("trois", "fr")).toBeNull();
    expect(normaliseNumber("1,2,3", "fr")).toBeNull();
  });
});

describe("extractNumbers", () => {
  it("reads French and English spellings of the same values alike", () => {
    const french = extractNumbers("Il y avait 1 200 hommes et 3,5 tonnes, le 14 juillet 1789.", "fr");
    const english = extractNumbers("There were 1,200 men and 3.5 tons, on 14 July 1789.", "en");
    expect(french).toEqual(["1200", "3.5", "14", "1789"]);
    expect(english).toEqual(french);
  });

  it("keeps a French comma followed by a space as punctuation", () => {
    expect(extractNumbers("En 1866, 300 navires.", "fr")).toEqual(["1866", "300"]);
  });

  it("takes the number out of ordinals", () => {
    expect(extractNumbers("le 1er et le 2e", "fr")).toEqual(["1", "2"]);
    expect(extractNumbers("the 1st and the 19th", "en")).toEqual(["1", "19"]);
  });
});

describe("numberOrMonthKey", () => {
  it("maps number words and months of both languages to the same key", () => {
    expect(numberOrMonthKey("vingt", "fr", false)).toBe(numberOrMonthKey("twenty", "en", false));
    expect(numberOrMonthKey("mille", "fr", false)).toBe("1000");
    expect(numberOrMonthKey(foldWord("août"), "fr", false)).toBe(numberOrMonthKey("august", "en", true));
  });

  it("ignores the modal 'may' and the verb 'march' unless capitalised", () => {
    expect(numberOrMonthKey("may", "en", false)).toBeNull();
    expect(numberOrMonthKey("may", "en", true)).toBe("month:5");
    expect(numberOrMonthKey("table", "fr", false)).toBeNull();
  });
});

describe("romanValue", () => {
  it("reads Roman numerals, ordinal suffixes included", () => {
    expect(romanValue("XIX", false)).toBe(19);
    expect(romanValue("XIXe", false)).toBe(19);
    expect(romanValue("MCMXC", false)).toBe(1990);
  });

  it("takes a lone letter as a number only after a heading word", () => {
    expect(romanValue("I", false)).toBeNull();
    expect(romanValue("I", true)).toBe(1);
    expect(romanValue("IIII", false)).toBeNull();
    expect(romanValue("Mme", false)).toBeNull();
  });
});

describe("foldWord", () => {
  it("removes case, accents and ligatures", () => {
    expect(foldWord("Cunégonde")).toBe("cunegonde");
    expect(foldWord("Mœurs")).toBe("moeurs");
    expect(foldWord("ÉTÉ")).toBe("ete");
  });
});

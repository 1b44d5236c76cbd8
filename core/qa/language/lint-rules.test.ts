import { describe, expect, it } from "vitest";
import { certainReplacement, codeOfLintKind, editDistance } from "./lint-rules";

describe("lint rules", () => {
  it.each([
    ["Spelling", "spelling"],
    ["Typo", "spelling"],
    ["Repetition", "repetition"],
    ["Agreement", "grammar"],
    ["Style", undefined],
    ["Readability", undefined],
    ["Formatting", undefined],
    ["toString", undefined],
  ])("kind %s → %s", (kind, code) => {
    expect(codeOfLintKind(kind)).toBe(code);
  });

  it.each([
    ["colour", "color", 1],
    ["teh", "the", 1],
    ["wrld", "world", 1],
    ["cloud", "colour", 2],
    ["", "abc", 3],
  ])("edit distance %s → %s = %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it("offers a fix only when it is certain", () => {
    expect(certainReplacement("spelling", "colour", ["color", "cloud", "collar"])).toBe("color");
    expect(certainReplacement("spelling", "wrld", ["weld", "wild", "world"])).toBeUndefined();
    expect(certainReplacement("spelling", "color", ["colour", "colon", "clog"])).toBe("colour");
    expect(certainReplacement("spelling", "centre", ["cent", "center", "centered"])).toBe("center");
    expect(certainReplacement("spelling", "realise", ["realize", "realism"])).toBe("realize");
    expect(certainReplacement("spelling", "traveled", ["travelled", "traveler"])).toBe("travelled");
    expect(certainReplacement("grammar", "go", ["goes"])).toBe("goes");
    expect(certainReplacement("grammar", "Their", ["There", "There's", "There's"])).toBeUndefined();
    expect(certainReplacement("repetition", "the the", ["the", "the"])).toBe("the");
    expect(certainReplacement("spelling", "zzz", [])).toBeUndefined();
    // Harper's “A apple” → “AN”: a lone capital starts a sentence.
    expect(certainReplacement("grammar", "A", ["AN"])).toBe("An");
    expect(certainReplacement("grammar", "a", ["an"])).toBe("an");
    expect(certainReplacement("grammar", "ATM", ["ATMS"])).toBe("ATMS");
  });
});

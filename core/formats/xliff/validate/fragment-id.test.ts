import { describe, expect, it } from "vitest";
import { isWellFormedLanguageTag } from "./check-languages";
import { parseFragment } from "./fragment-id";

const problemOf = (ref: string) => {
  const parsed = parseFragment(ref);
  return "problem" in parsed ? parsed.problem : undefined;
};

describe("parseFragment", () => {
  it.each(["#m1", "#t=m1", "#n=n1", "#f=f1/u=u1/1", "#f=f1/u=u1/t=1", "#f=f1/n=n1", "#/f=f1/g=g1/u=u1/n=n1", "#f=f1/res=r1", "#u=u1/gls=g1"])(
    "accepts the specification's form %s",
    (ref) => expect(problemOf(ref)).toBeUndefined(),
  );

  it("gives the selectors in order", () => {
    expect(parseFragment("#/f=f1/u=u1/t=m2")).toEqual({
      selectors: [
        { prefix: "f", id: "f1" },
        { prefix: "u", id: "u1" },
        { prefix: "t", id: "m2" },
      ],
    });
  });

  it.each([
    ["#", "FRAGMENT_SYNTAX"],
    ["m1", "FRAGMENT_SYNTAX"],
    ["#u=u1//s1", "FRAGMENT_SYNTAX"],
    ["#f=f 1/s1", "FRAGMENT_SYNTAX"],
    ["#f=f1/f=f2/s1", "FRAGMENT_DUPLICATE_PREFIX"],
    ["#u=u1/f=f1/s1", "FRAGMENT_ORDER"],
    ["#u=u1/g=g1/s1", "FRAGMENT_ORDER"],
    ["#s1/m1", "FRAGMENT_LEAF"],
    ["#n=n1/u=u1", "FRAGMENT_LEAF"],
    ["#f=f1/u=u1", "FRAGMENT_LEAF"],
    ["#u=u1/z=k1", "FRAGMENT_PREFIX"],
    ["#u=u1/abc=k1", "FRAGMENT_PREFIX"],
  ])("refuses %s (%s)", (ref, problem) => expect(problemOf(ref)).toBe(problem));
});

describe("isWellFormedLanguageTag", () => {
  it.each(["fr", "en-GB", "fr-CA", "zh-Hant-TW", "es-419", "de-CH-1901", "sr-Latn-RS", "x-private", "i-klingon", "en-GB-oed", "ja-JP-u-ca-japanese"])(
    "accepts %s",
    (tag) => expect(isWellFormedLanguageTag(tag)).toBe(true),
  );
  it.each(["e", "en_GB", "fr-", "123", "en-GB-", "toolonglanguage", ""])("refuses %j", (tag) => expect(isWellFormedLanguageTag(tag)).toBe(false));
});

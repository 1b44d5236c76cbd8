import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { CONTEXT_LENGTH, describeSpan } from "./span-anchor";

const TEXT = "Le Pentagone a classé Anthropic comme « risque pour la chaîne d’approvisionnement en matière de sécurité nationale ».";

describe("describeSpan", () => {
  it("keeps the quote and up to CONTEXT_LENGTH characters either side", () => {
    const start = TEXT.indexOf("chaîne");
    const anchor = describeSpan(TEXT, start, start + "chaîne d’approvisionnement".length);
    expect(anchor).toEqual({
      start,
      end: start + 26,
      exact: "chaîne d’approvisionnement",
      prefix: TEXT.slice(start - CONTEXT_LENGTH, start),
      suffix: " en matière de sécurité national",
    });
    expect(anchor.prefix).toHaveLength(CONTEXT_LENGTH);
  });

  it("shortens the context at the edges of the text", () => {
    expect(describeSpan(TEXT, 0, 2)).toMatchObject({ exact: "Le", prefix: "" });
    expect(describeSpan(TEXT, TEXT.length - 1, TEXT.length)).toMatchObject({ exact: ".", suffix: "" });
    expect(describeSpan("abc", 1, 2, 5)).toEqual({ start: 1, end: 2, exact: "b", prefix: "a", suffix: "c" });
    expect(describeSpan("abcdef", 2, 4, 1)).toMatchObject({ prefix: "b", suffix: "e" });
  });

  it.each([
    ["a fractional offset", 1.5, 4],
    ["a non-number", Number.NaN, 4],
    ["a negative start", -1, 4],
    ["an end past the text", 0, TEXT.length + 1],
    ["an empty span", 4, 4],
    ["an inverted span", 5, 4],
    ["a span of spaces only", 2, 3],
  ])("refuses %s", (_name, start, end) => {
    let error: unknown;
    try {
      describeSpan(TEXT, start, end);
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error, "INVALID_INPUT")).toBe(true);
  });
});

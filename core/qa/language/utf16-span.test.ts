import { describe, expect, it } from "vitest";
import { utf16Span } from "./utf16-span";

describe("utf16Span", () => {
  const text = "😀😀 “Hi” wrld";
  it("keeps offsets that already land on the flagged text (harper.js 2.10)", () => {
    expect(utf16Span(text, 10, 14, "wrld")).toEqual({ start: 10, end: 14 });
  });
  it("converts Unicode scalar offsets to UTF-16", () => {
    expect(utf16Span(text, 8, 12, "wrld")).toEqual({ start: 10, end: 14 });
  });
  it("gives no span when neither reading lands on the flagged text", () => {
    expect(utf16Span(text, 0, 3, "wrld")).toBeNull();
    expect(utf16Span(text, 5, 2, "wrld")).toBeNull();
  });
});

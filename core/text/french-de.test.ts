import { describe, expect, it } from "vitest";
import { frenchDe } from "./french-de";

describe("frenchDe", () => {
  it.each([
    ["Anthropic", "d’"],
    ["Lisière", "de "],
    ["OpenAI", "d’"],
    ["Émile", "d’"],
    ["Île-de-France", "d’"],
    ["Œuvres complètes", "d’"],
    ["Histoire du Pentagone", "d’"],
    ["hôpital", "d’"],
    ["Hegseth", "de "],
    ["Hollande", "de "],
    ["Yves", "d’"],
    ["Yale", "de "],
    ["“Atlas”", "d’"],
    ["« Pentagone »", "de "],
    ["2026", "de "],
    ["", "de "],
  ])("%s → %s", (name, expected) => {
    expect(frenchDe(name)).toBe(expected);
  });
});

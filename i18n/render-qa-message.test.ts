import { describe, expect, it } from "vitest";
import en from "@/locales/en/qa.json";
import { renderQaMessage } from "./render-qa-message";

describe("renderQaMessage", () => {
  it("renders a check's message in English and in French, with its values", () => {
    const message = { key: "magnitude.plural", params: { suggestion: "million", target: "millions" } };
    expect(renderQaMessage(message, "en")).toBe("After a number, English writes “million”, not “millions”.");
    expect(renderQaMessage(message, "fr")).toBe("Après un nombre, l’anglais écrit « million », sans s, et non « millions ».");
  });

  it("leaves values as they are (no HTML escaping: the CLI and CSV are not HTML)", () => {
    const text = renderQaMessage({ key: "magnitude.plural", params: { suggestion: "<b>&", target: '"x"' } }, "en");
    expect(text).toContain("“<b>&”");
    expect(text).toContain('“"x"”');
  });

  it("shows a key that has no text as the key itself", () => {
    expect(renderQaMessage({ key: "number.from-the-future" }, "en")).toBe("number.from-the-future");
    expect(renderQaMessage({ key: "number.from-the-future", params: { value: 3 } }, "fr")).toBe("number.from-the-future");
  });

  it("finds every English message by its flat key (keys hold dots)", () => {
    const keys = Object.keys(en.messages);
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) expect(renderQaMessage({ key }, "en"), key).not.toBe(key);
  });
});

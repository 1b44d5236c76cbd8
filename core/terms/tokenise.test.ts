import { describe, expect, it } from "vitest";
import { tokenise } from "./tokenise";
import { WordTable } from "./word-table";

function read(text: string) {
  const t = tokenise(text, new WordTable());
  return Array.from({ length: t.count }, (_, k) => ({ text: text.slice(t.starts[k], t.ends[k]), glue: t.glues[k], key: t.words[k].key }));
}

describe("tokenise", () => {
  it("splits elided words from the next word, whatever the apostrophe", () => {
    for (const apostrophe of ["'", "’", "ʼ"]) {
      expect(read(`d${apostrophe}approvisionnement`).map((w) => [w.text, w.glue])).toEqual([
        [`d${apostrophe}`, ""],
        ["approvisionnement", " "],
      ]);
    }
    expect(read("jusqu’aux lorsqu’il puisqu’Anthropic").map((w) => w.text)).toEqual(["jusqu’", "aux", "lorsqu’", "il", "puisqu’", "Anthropic"]);
  });

  it("keeps apostrophes inside other words", () => {
    expect(read("aujourd’hui O’Neill").map((w) => w.text)).toEqual(["aujourd’hui", "O’Neill"]);
    expect(read("qu’aujourd’hui").map((w) => w.text)).toEqual(["qu’", "aujourd’hui"]);
  });

  it("unifies spaces and hyphens in the separators", () => {
    expect(read("a\u00A0b\u202Fc \n d").map((w) => w.glue)).toEqual(["", " ", " ", " "]);
    expect(read("a-b‐c‑d–e").map((w) => w.glue)).toEqual(["", "-", "-", "-", "-"]);
    expect(read("a, b – c").map((w) => w.glue)).toEqual(["", ", ", " - "]);
  });

  it("fuses a preposition with the article after it", () => {
    const tokens = read("chaîne de la valeur, accès à l’eau, du sel");
    expect(tokens.map((w) => w.text)).toEqual(["chaîne", "de la", "valeur", "accès", "à l’", "eau", "du", "sel"]);
    expect(tokens[1].key).toBe(tokens[6].key);
  });

  it("does not fuse across punctuation", () => {
    expect(read("de, la").map((w) => w.text)).toEqual(["de", "la"]);
  });

  it("counts astral letters as one character of a word", () => {
    expect(read("a𝒜b c").map((w) => w.text)).toEqual(["a𝒜b", "c"]);
  });
});

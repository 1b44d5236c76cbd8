import { describe, expect, it } from "vitest";
import { kwicLine } from "./kwic";

describe("kwicLine", () => {
  it("keeps short texts whole around the hit", () => {
    expect(kwicLine("La chaîne de montagnes", 3, 9)).toEqual({ left: "La ", hit: "chaîne", right: " de montagnes", cutLeft: false, cutRight: false });
  });

  it("cuts long context at word boundaries and says so", () => {
    const text = "un deux trois quatre cinq six sept huit neuf dix onze douze";
    const start = text.indexOf("six");
    const line = kwicLine(text, start, start + 3, 12);
    expect(line.hit).toBe("six");
    expect(line.left).toBe("quatre cinq ");
    expect(line.right).toBe(" sept huit");
    expect(line.cutLeft).toBe(true);
    expect(line.cutRight).toBe(true);
  });

  it("clamps offsets outside the text instead of throwing", () => {
    expect(kwicLine("abc", 5, 9)).toMatchObject({ left: "abc", hit: "", right: "" });
    expect(kwicLine("abc", -2, 1)).toMatchObject({ left: "", hit: "a", right: "bc" });
  });
});

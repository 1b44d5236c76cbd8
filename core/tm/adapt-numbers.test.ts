import { describe, expect, it } from "vitest";
import { englishNumber } from "../numbers/number-format";
import { adaptNumbers, targetNumbers } from "./adapt-numbers";
import { matchTokens } from "./match-tokens";

const adapt = (before: string, after: string, target: string) => adaptNumbers(matchTokens(before), matchTokens(after), target);

describe("adaptNumbers", () => {
  it("puts a changed number into the translation, the English way", () => {
    expect(adapt("Le contrat vaut 1 234,5 millions.", "Le contrat vaut 2 345,75 millions.", "The contract is worth 1,234.5 million.")).toEqual({
      text: "The contract is worth 2,345.75 million.",
      warnings: [],
    });
    expect(adapt("Une hausse de 12 % en 2023.", "Une hausse de 15 % en 2024.", "A 12% rise in 2023.")).toEqual({ text: "A 15% rise in 2024.", warnings: [] });
  });

  it("flags a number it cannot place safely", () => {
    expect(adapt("Il a 3 chats et 3 chiens.", "Il a 4 chats et 3 chiens.", "He has 3 cats and 3 dogs.")).toEqual({
      text: "He has 3 cats and 3 dogs.",
      warnings: ["4"],
    });
    expect(adapt("Il a 3 chats.", "Il a 3 chats et 2 chiens.", "He has three cats.")).toEqual({ text: "He has three cats.", warnings: ["2"] });
    expect(adapt("Il a 3 chats.", "Il a 5 chats.", "He has three cats.").warnings).toEqual(["5"]);
  });

  it("leaves a translation alone when numbers agree", () => {
    expect(adapt("En 2023, 12 pays.", "En 2023, 12 États.", "In 2023, 12 countries.")).toEqual({ text: "In 2023, 12 countries.", warnings: [] });
  });

  it("reads English and French-formatted numbers in a translation", () => {
    expect(targetNumbers("1,234.5 and 12 000 and 3.5").map((n) => n.value)).toEqual(["1234.5", "12000", "3.5"]);
    expect(englishNumber("12000", false)).toBe("12,000");
    expect(englishNumber("2024", false)).toBe("2024");
  });
});

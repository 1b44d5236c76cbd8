import { describe, expect, it } from "vitest";
import { indexFacts, indexKeyList, indexKeys, sourceLength } from "./index-keys";

describe("index keys", () => {
  it("folds inflections and fused articles into the keys the index stores", () => {
    expect(indexKeyList("désignations des chaînes")).toEqual(indexKeyList("désignation de la chaîne"));
    expect(indexKeyList("aujourd’hui")).toEqual(["aujourd_hui"]);
  });

  it("leaves numbers, tags and placeholders out of the keys but counts numbers in the length", () => {
    expect(indexKeyList("Le {1} coûte 1 234,5 € et <b>%s</b>")).toEqual(["§le", "coût", "et"]);
    expect(sourceLength("Le {1} coûte 1 234,5 € et <b>%s</b>")).toBe(4);
  });

  it("gives the keys and the length of a text in one pass, as the two functions do", () => {
    const text = "Aujourd’hui, les 3 chaînes {1} coûtent 1 234,5 €.";
    expect(indexFacts(text)).toEqual({ keys: indexKeys(text), length: sourceLength(text) });
    expect(indexFacts(text).length).toBe(6); // aujourd’hui, les, 3, chaînes, coûtent, 1 234,5
  });
});

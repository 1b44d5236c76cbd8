import { describe, expect, it } from "vitest";
import { indexKeyList, sourceLength } from "./index-keys";

describe("index keys", () => {
  it("folds inflections and fused articles into the keys the index stores", () => {
    expect(indexKeyList("désignations des chaînes")).toEqual(indexKeyList("désignation de la chaîne"));
    expect(indexKeyList("aujourd’hui")).toEqual(["aujourd_hui"]);
  });

  it("leaves numbers, tags and placeholders out of the keys but counts numbers in the length", () => {
    expect(indexKeyList("Le {1} coûte 1 234,5 € et <b>%s</b>")).toEqual(["§le", "coût", "et"]);
    expect(sourceLength("Le {1} coûte 1 234,5 € et <b>%s</b>")).toBe(4);
  });
});

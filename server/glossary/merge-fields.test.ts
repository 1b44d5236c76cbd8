import { describe, expect, it } from "vitest";
import { mergeFields } from "./merge-fields";
import { termEntryFieldsSchema } from "./term-entry-fields";

const incoming = (fields: Record<string, unknown>) => termEntryFieldsSchema.parse({ source: "risque", ...fields });

describe("mergeFields", () => {
  it("fills what the entry lacks and keeps what it has", () => {
    const merged = mergeFields(
      { source: "risque", preferred: "risk", definition: "" },
      incoming({ preferred: "hazard", definition: "Possibilité d’un dommage." }),
    );
    expect(merged.preferred).toBe("risk");
    expect(merged.definition).toBe("Possibilité d’un dommage.");
  });

  it("keeps a different preferred equivalent from the file as an admitted one, never one the entry forbids", () => {
    const merged = mergeFields(
      { source: "risque", preferred: "risk", admitted: ["danger"], forbidden: ["jeopardy"] },
      incoming({ preferred: "hazard", admitted: ["jeopardy", "risk"] }),
    );
    expect(merged.admitted).toEqual(["danger", "hazard"]);
    expect(merged.forbidden).toEqual(["jeopardy"]);
  });

  it("takes the file's preferred equivalent when the entry has none", () => {
    const merged = mergeFields({ source: "risque", preferred: "" }, incoming({ preferred: "risk", admitted: ["hazard"] }));
    expect(merged).toMatchObject({ preferred: "risk", admitted: ["hazard"] });
  });
});

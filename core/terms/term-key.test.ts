import { describe, expect, it } from "vitest";
import { caseFits, caseShape, stemFrench, termKey } from "./term-key";

describe("termKey", () => {
  // Each group: forms that must share one key.
  const SAME: ReadonlyArray<readonly string[]> = [
    ["risque", "risques", "Risque", "RISQUES"],
    ["chaîne", "chaînes"],
    ["fédéral", "fédérale", "fédéraux", "fédérales"],
    ["commercial", "commerciaux", "commerciale", "commerciales"],
    ["réseau", "réseaux"],
    ["eau", "eaux"],
    ["jeu", "jeux"],
    ["dangereux", "dangereuse", "dangereuses"],
    ["chercheur", "chercheurs", "chercheuse", "chercheuses"],
    ["directeur", "directrice", "directrices"],
    ["américain", "américaine", "américains", "américaines"],
    ["désigné", "désignée", "désignés", "désignées"],
    ["culturel", "culturelle", "culturels", "culturelles"],
    ["européen", "européenne", "européens"],
    ["offensif", "offensive", "offensifs", "offensives"],
    ["premier", "première", "premières"],
    ["meilleur", "meilleure", "meilleures"],
    ["genou", "genoux"],
    ["cœur", "coeur", "cœurs"],
    ["le", "la", "les", "l'", "L'"],
    ["de", "du", "des", "d'", "D'"],
    ["à", "au", "aux"],
    ["un", "une"],
    ["qu'", "que"],
    ["jusqu'", "jusque"],
  ];
  it.each(SAME)("gives %s and its forms one key", (...forms) => {
    expect(new Set(forms.map(termKey)).size).toBe(1);
  });

  // Pairs that must stay apart: accents tell words apart, and invariable words keep their ending.
  const APART: ReadonlyArray<readonly [string, string]> = [
    ["risque", "risqué"],
    ["été", "ete"],
    ["prix", "pri"],
    ["peur", "peu"],
    ["chaîne", "chaine"],
    ["le", "de"],
    ["de", "à"],
    ["aux", "eux"],
  ];
  it.each(APART)("keeps %s and %s apart", (a, b) => {
    expect(termKey(a)).not.toBe(termKey(b));
  });

  it("leaves short words and numbers alone", () => {
    expect(stemFrench("ia")).toBe("ia");
    expect(stemFrench("2026")).toBe("2026");
    expect(stemFrench("g7")).toBe("g7");
  });

  it("composes decomposed accents before keying", () => {
    expect(termKey("e\u0301te\u0301")).toBe(termKey("été"));
  });
});

describe("caseShape and caseFits", () => {
  it.each([
    ["risque", "lower"],
    ["Défense", "title"],
    ["IA", "upper"],
    ["ÉTATS", "upper"],
    ["X", "title"],
    ["L'", "title"],
    ["iPhone", "mixed"],
    ["2026", "none"],
  ] as const)("%s is %s", (surface, shape) => {
    expect(caseShape(surface)).toBe(shape);
  });

  it("asks capitals to stay capitals unless told otherwise", () => {
    expect(caseFits("upper", "upper", undefined)).toBe(true);
    expect(caseFits("upper", "title", undefined)).toBe(false);
    expect(caseFits("upper", "lower", undefined)).toBe(false);
    expect(caseFits("title", "upper", undefined)).toBe(true);
    expect(caseFits("title", "lower", undefined)).toBe(false);
    expect(caseFits("lower", "title", undefined)).toBe(true);
    expect(caseFits("lower", "title", true)).toBe(false);
    expect(caseFits("upper", "lower", false)).toBe(true);
    expect(caseFits("none", "lower", true)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { consistencyHash, consistencyKey, findInconsistencies, MAX_RELATED, type QaConsistencyRow } from "./inconsistent";

const row = (segmentId: string, source: string, target: string, documentId?: string): QaConsistencyRow => ({ segmentId, source, target, documentId });

/** segmentId → [message key, subject, related segment ids] of each finding. */
function summary(rows: QaConsistencyRow[]) {
  const found = findInconsistencies(rows);
  return Object.fromEntries([...found].map(([id, findings]) => [id, findings.map((f) => [f.message.key, f.subject, f.related?.map((r) => r.segmentId)])]));
}

// [rows, expected summary]. Positive rows first, then negative ones.
const CASES: ReadonlyArray<readonly [string, QaConsistencyRow[], Record<string, unknown>]> = [
  [
    "same source, two translations",
    [row("a", "Jeudi", "Thursday"), row("b", "jeudi", "On Thursday")],
    { a: [["inconsistent.source", "on thursday", ["b"]]], b: [["inconsistent.source", "thursday", ["a"]]] },
  ],
  [
    "same translation, two sources",
    [row("a", "Le Pentagone", "The Pentagon"), row("b", "Le département de la Défense", "the Pentagon.")],
    { a: [["inconsistent.target", "le département de la défense", ["b"]]], b: [["inconsistent.target", "le pentagone", ["a"]]] },
  ],
  [
    "three rows, two of one translation",
    [row("a", "Jeudi", "Thursday"), row("b", "Jeudi", "Thursday"), row("c", "Jeudi", "On Thursday")],
    {
      a: [["inconsistent.source", "on thursday", ["c"]]],
      b: [["inconsistent.source", "on thursday", ["c"]]],
      c: [["inconsistent.source", "thursday", ["a", "b"]]],
    },
  ],
  // Negative rows.
  ["same source, same translation but for case, spacing and punctuation", [row("a", "Jeudi.", "Thursday."), row("b", "jeudi", "  thursday")], {}],
  ["an empty translation", [row("a", "Jeudi", "Thursday"), row("b", "Jeudi", ""), row("c", "Vendredi", " ")], {}],
  ["numbers only", [row("a", "2 026", "2026"), row("b", "2026", "2026"), row("c", "l’an 2026", "2026")], {}],
  ["different sources, different translations", [row("a", "Jeudi", "Thursday"), row("b", "Vendredi", "Friday")], {}],
];

describe("findInconsistencies", () => {
  it.each(CASES)("%s", (_, rows, expected) => {
    expect(summary(rows)).toEqual(expected);
  });

  it("spans the whole target, tells the other text and keeps the documents of related rows", () => {
    const found = findInconsistencies([row("a", "Jeudi", "Thursday", "d1"), row("b", "Jeudi", "On Thursday", "d2")]);
    const [finding] = found.get("a")!;
    expect([finding.code, finding.start, finding.end, finding.message.params]).toEqual(["inconsistent", 0, 8, { other: "On Thursday" }]);
    expect(finding.related).toEqual([{ segmentId: "b", documentId: "d2", source: "Jeudi", target: "On Thursday" }]);
  });

  // A guard against a quadratic pairing (484 million pairs here), not a timing goal: that is the bench's.
  it("bounds the related rows and stays near-linear on 20,000 segments", () => {
    const rows = Array.from({ length: 20_000 }, (_, k) =>
      row(`s${k}`, `Phrase ${k % 5000}`, Math.floor(k / 5000) % 2 === 0 ? `Sentence ${k % 5000}` : `Phrase number ${k % 5000}`),
    );
    rows.push(...Array.from({ length: 2000 }, (_, k) => row(`o${k}`, "Oui", k % 2 === 0 ? "Yes" : "Indeed")));
    const started = performance.now();
    const found = findInconsistencies(rows);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(found.size).toBe(22_000);
    for (const findings of found.values()) for (const f of findings) expect(f.related!.length).toBeLessThanOrEqual(MAX_RELATED);
  });

  it.each([
    ["  Thursday,  the 1 200 ", "thursday the 1200"],
    ["L’IA « générative »", "l ia générative"],
  ])("keys %j as %j", (text, key) => {
    expect(consistencyKey(text)).toBe(key);
  });
});

describe("consistencyHash", () => {
  it("is the same for texts with the same comparison key, and an integer an SQL INTEGER column holds", () => {
    expect(consistencyHash("Thursday, 1 200 people.")).toBe(consistencyHash("thursday 1200 PEOPLE"));
    expect(consistencyHash("Le risque")).not.toBe(consistencyHash("Le risques"));
    for (const text of ["", "Le Pentagone", "« risque pour la chaîne d'approvisionnement »", "x".repeat(10_000)]) {
      const hash = consistencyHash(text);
      expect(Number.isInteger(hash)).toBe(true);
      expect(hash).toBeGreaterThanOrEqual(-(2 ** 31));
      expect(hash).toBeLessThan(2 ** 31);
    }
  });

  it("gives equal hashes to any two texts whose keys are equal", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const quoted = `« ${text} ».`;
        fc.pre(consistencyKey(quoted) === consistencyKey(text));
        return consistencyHash(quoted) === consistencyHash(text);
      }),
    );
  });
});

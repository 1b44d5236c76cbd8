import { describe, expect, it } from "vitest";
import { parseXliff12 } from "../xliff12/parse-xliff12";
import { parseXliff } from "./parse-xliff";
import { xliffMatch } from "./xliff-matches";

const segmentsOf = (doc: { units: { segments: { source: string; target: string; matches?: unknown }[] }[] }) => doc.units.flatMap((unit) => unit.segments);

describe("xliffMatch", () => {
  it("keeps a number 0–100 as quality, with or without %, and drops the rest", () => {
    expect(xliffMatch("a", "b", " tm ", "85%")).toEqual({ source: "a", target: "b", origin: "tm", quality: 85 });
    expect(xliffMatch("a", "b", undefined, "high")).toEqual({ source: "a", target: "b" });
    expect(xliffMatch("a", "b", "", "101")).toEqual({ source: "a", target: "b" });
  });

  it("is no match when a side is blank", () => {
    expect(xliffMatch(" ", "b", "tm", "90")).toBeUndefined();
    expect(xliffMatch("a", "", "tm", "90")).toBeUndefined();
  });
});

describe("XLIFF 1.2 alt-trans", () => {
  const file = (body: string) =>
    `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="fr" target-language="en" datatype="plaintext"><body>${body}</body></file></xliff>`;

  it("goes to the seg-source segment its mid names, with its own source and quality", () => {
    const xml = file(`<trans-unit id="1"><source>Il pleut. Il vente.</source>
      <seg-source><mrk mtype="seg" mid="a">Il pleut.</mrk> <mrk mtype="seg" mid="b">Il vente.</mrk></seg-source>
      <target><mrk mtype="seg" mid="a">It rains.</mrk> <mrk mtype="seg" mid="b"></mrk></target>
      <alt-trans mid="b" match-quality="75" origin="Memory A"><source>Il vente fort.</source><target>It is very windy.</target></alt-trans></trans-unit>`);
    const [first, second] = segmentsOf(parseXliff12(xml));
    expect(first.matches).toBeUndefined();
    expect(second.target).toBe("");
    expect(second.matches).toEqual([{ source: "Il vente fort.", target: "It is very windy.", origin: "Memory A", quality: 75 }]);
  });

  it("without a mid, goes to the segment whose source it repeats, else is left out of a many-segment unit", () => {
    const xml = file(`<trans-unit id="1"><source>Un. Deux.</source>
      <seg-source><mrk mtype="seg" mid="1">Un.</mrk> <mrk mtype="seg" mid="2">Deux.</mrk></seg-source>
      <alt-trans><source>Deux.</source><target>Two.</target></alt-trans>
      <alt-trans><target>One. Two.</target></alt-trans></trans-unit>`);
    const [one, two] = segmentsOf(parseXliff12(xml));
    expect(one.matches).toBeUndefined();
    expect(two.matches).toEqual([{ source: "Deux.", target: "Two." }]);
  });
});

describe("XLIFF 2 mtc:match", () => {
  it("goes to the segment its ref names, never into the target", () => {
    const xml = `<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" srcLang="fr" trgLang="en">
      <file id="f1"><unit id="u1">
        <mtc:matches>
          <mtc:match ref="#s2" matchQuality="92.5" origin="TM ACME"><source>Il vente.</source><target>It is windy.</target></mtc:match>
        </mtc:matches>
        <segment id="s1"><source>Il pleut.</source></segment>
        <segment id="s2"><source>Il vente.</source></segment>
      </unit></file></xliff>`;
    const [first, second] = segmentsOf(parseXliff(xml));
    expect(first.matches).toBeUndefined();
    expect(second.target).toBe("");
    expect(second.matches).toEqual([{ source: "Il vente.", target: "It is windy.", origin: "TM ACME", quality: 92.5 }]);
  });
});

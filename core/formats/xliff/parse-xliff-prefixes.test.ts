import { describe, expect, it } from "vitest";
import { richDocument } from "./__fixtures__/rich-document";
import { parseXliff } from "./parse-xliff";
import { writeXliff } from "./write-xliff";

/**
 * Our export re-serialised by a tool that picks its own prefixes. Only names change: values such
 * as subState="lis:draft" or type="lis:heading" are user-defined strings, not QNames, and stay.
 */
function reprefix(xml: string): string {
  return (
    xml
      // Our namespace: lis → x (declaration and attribute names).
      .replace(/xmlns:lis=/gu, "xmlns:x=")
      .replace(/(\s)lis:([A-Za-z]+)=/gu, "$1x:$2=")
      .replace(/<(\/?)lis:/gu, "<$1x:")
      // Glossary and metadata modules: gls → g, mda → meta.
      .replace(/xmlns:gls=/gu, "xmlns:g=")
      .replace(/<(\/?)gls:/gu, "<$1g:")
      .replace(/xmlns:mda=/gu, "xmlns:meta=")
      .replace(/<(\/?)mda:/gu, "<$1meta:")
      // The core namespace: default → xlf: on every unprefixed element.
      .replace(/<(\/?)([A-Za-z]+)([\s/>])/gu, "<$1xlf:$2$3")
      .replace(/xmlns="urn:oasis:names:tc:xliff:document:2.0"/u, 'xmlns:xlf="urn:oasis:names:tc:xliff:document:2.0"')
  );
}

describe("parseXliff reads namespaces by URI, not by prefix", () => {
  const written = writeXliff(richDocument());
  const renamed = reprefix(written);

  it("really renames every prefix (the test would prove nothing otherwise)", () => {
    expect(renamed).not.toMatch(/\slis:[a-zA-Z]+=|<\/?lis:|<gls:|<mda:|xmlns="/u);
    expect(renamed).toMatch(/<x:forbidden>/u);
    expect(renamed).toMatch(/x:author=/u);
    expect(renamed).toMatch(/<xlf:segment /u);
    expect(renamed).toMatch(/<g:glossEntry /u);
  });

  it("brings back every comment thread, note and glossary entry of the rich document", () => {
    expect(parseXliff(renamed)).toEqual(richDocument());
  });

  it("does not take attributes of another namespace that happens to use the lis prefix", () => {
    const foreign = written.replace('xmlns:lis="urn:lisiere:xliff"', 'xmlns:lis="urn:example:other"');
    const segments = parseXliff(foreign).units.flatMap((unit) => unit.segments);
    expect(segments.flatMap((segment) => segment.comments ?? [])).toEqual([]);
  });
});

import type { XmlElement } from "../tbx/read-xml";
import { elements, firstElement } from "../xliff/xliff-elements";
import type { XliffSegment } from "../xliff/xliff-model";
import { xliffMatch } from "../xliff/xliff-matches";
import { readInline12 } from "./xliff12-inline";

/**
 * A trans-unit's `<alt-trans>` proposals as matches of its segments (never their targets). An
 * alt-trans names its segment by `mid` (the seg-source marker); without one it translates the whole
 * unit, which is a segment's source only when the unit is one segment (or when its own `<source>`
 * repeats a segment's). Its source is its own `<source>` when it has one, else the segment's.
 */
export function addAltTransMatches(unit: XmlElement, ns: string, preserve: boolean, segments: XliffSegment[], mids: readonly string[]): void {
  for (const alt of elements(unit, ns, "alt-trans")) {
    const target = firstElement(alt, ns, "target");
    if (!target) continue;
    const ownSource = firstElement(alt, ns, "source");
    const sourceText = ownSource ? readInline12(ownSource, ns, preserve) : undefined;
    const mid = alt.attributes.mid;
    const byMid = mid !== undefined ? mids.indexOf(mid) : -1;
    const segment =
      byMid >= 0
        ? segments[byMid]
        : (segments.find((s) => sourceText !== undefined && s.source.trim() === sourceText.trim()) ?? (segments.length === 1 ? segments[0] : undefined));
    if (!segment) continue;
    const match = xliffMatch(sourceText ?? segment.source, readInline12(target, ns, preserve), alt.attributes.origin, alt.attributes["match-quality"]);
    if (match) (segment.matches ??= []).push(match);
  }
}

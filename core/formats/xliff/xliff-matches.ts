/**
 * Translation proposals an XLIFF file carries beside a segment — XLIFF 2's `<mtc:match>` (read here)
 * and XLIFF 1.2's `<alt-trans>` (xliff12/read-alt-trans.ts) — become `XliffMatch`es: never the
 * segment's target (a match is a suggestion, not a decision), but units of the project's memory on
 * import, so the Matches tab offers them with their origin.
 */

import type { XmlElement } from "../tbx/read-xml";
import { elements, firstElement } from "./xliff-elements";
import { MATCHES_NS, type XliffMatch } from "./xliff-model";
import { readInline } from "./xliff-text";

/** A match from its texts and what the tool said; undefined when either text is blank. */
export function xliffMatch(source: string, target: string, origin: string | undefined, quality: string | undefined): XliffMatch | undefined {
  if (source.trim() === "" || target.trim() === "") return undefined;
  // 1.2 writes match-quality as free text ("85", "85%", "high"); only a number 0–100 is kept.
  const score = quality === undefined ? NaN : Number(quality.trim().replace(/%$/u, ""));
  return {
    source,
    target,
    ...(origin?.trim() ? { origin: origin.trim() } : {}),
    ...(Number.isFinite(score) && score >= 0 && score <= 100 ? { quality: score } : {}),
  };
}

/**
 * XLIFF 2 `<mtc:matches>` of a unit, each with the id its `ref` points at (a segment, or an inline
 * element of a segment's source): `<mtc:match ref="#s1" matchQuality="87" origin="…"><source/><target/>`.
 */
export function readMatches2(unit: XmlElement, ns: string, preserve: boolean): { ref: string | undefined; match: XliffMatch }[] {
  return elements(unit, MATCHES_NS, "matches")
    .flatMap((list) => elements(list, MATCHES_NS, "match"))
    .flatMap((element) => {
      const source = firstElement(element, ns, "source");
      const target = firstElement(element, ns, "target");
      const match =
        source && target
          ? xliffMatch(readInline(source, preserve), readInline(target, preserve), element.attributes.origin, element.attributes.matchQuality)
          : undefined;
      return match ? [{ ref: element.attributes.ref, match }] : [];
    });
}

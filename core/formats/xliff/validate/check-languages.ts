/**
 * Languages and white space of an XLIFF 2 file: srcLang, trgLang and every xml:lang are well-formed
 * BCP 47 tags; the language a source or target is in — its own xml:lang, else the nearest one
 * above it (xml:lang is inherited, from <xliff> down) — is srcLang or trgLang; and a target keeps
 * its source's xml:space (both inherited the same way).
 */

import type { XmlElement } from "../../tbx/read-xml";
import { elements, firstElement } from "../xliff-elements";
import { violation, type XliffViolation } from "./violation";

/** RFC 5646 well-formedness (langtag, private use, the irregular grandfathered forms), case-insensitive. */
const LANGTAG =
  /^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[\da-wy-z](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?|x(?:-[a-z\d]{1,8})+|i-[a-z]{2,8}|en-gb-oed|sgn-[a-z]{2}-[a-z]{2})$/iu;

export const isWellFormedLanguageTag = (tag: string): boolean => LANGTAG.test(tag);

interface Inherited {
  lang?: string;
  space?: string;
}

export function checkLanguages(root: XmlElement, ns: string): XliffViolation[] {
  const out: XliffViolation[] = [];
  const { srcLang, trgLang } = root.attributes;
  for (const [attribute, value] of [
    ["srcLang", srcLang],
    ["trgLang", trgLang],
  ] as const) {
    if (value !== undefined && !isWellFormedLanguageTag(value)) out.push(violation("LANG_NOT_WELL_FORMED", root, { attribute, lang: value }));
  }
  const own = (element: XmlElement, inherited: Inherited): Inherited => {
    const lang = element.attributes["xml:lang"];
    if (lang !== undefined && lang !== "" && !isWellFormedLanguageTag(lang))
      out.push(violation("LANG_NOT_WELL_FORMED", element, { attribute: "xml:lang", lang }));
    return { lang: lang ?? inherited.lang, space: element.attributes["xml:space"] ?? inherited.space };
  };
  const part = (segment: XmlElement, inherited: Inherited): void => {
    const sides = (["source", "target"] as const).map((name) => {
      const side = firstElement(segment, ns, name);
      return side ? { name, side, ...own(side, inherited) } : undefined;
    });
    for (const found of sides) {
      const expected = found?.name === "source" ? srcLang : trgLang;
      if (found && found.lang !== undefined && expected !== undefined && found.lang.toLowerCase() !== expected.toLowerCase())
        out.push(violation("LANG_MISMATCH", found.side, { lang: found.lang, element: found.name, expected }));
    }
    const [source, target] = sides;
    if (source && target && (source.space ?? "default") !== (target.space ?? "default"))
      out.push(violation("XML_SPACE_MISMATCH", target.side, { source: source.space ?? "default", target: target.space ?? "default" }));
  };
  const walk = (container: XmlElement, inherited: Inherited): void => {
    const here = own(container, inherited);
    for (const child of elements(container, ns)) {
      if (child.name === "file" || child.name === "group" || child.name === "unit") walk(child, here);
      else if (child.name === "segment" || child.name === "ignorable") part(child, own(child, here));
    }
  };
  walk(root, {});
  return out;
}

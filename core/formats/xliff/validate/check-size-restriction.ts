/**
 * XLIFF 2.1's size and length restriction module (§5.7): restrictions are "*", "n", "n,m" or "n,*";
 * equivStorage is an integer; on an <ec> its attributes need isolated="yes"; sizeInfo and
 * sizeInfoRef exclude each other; sizeInfoRef names an element inside an <slr:data> that is a
 * sibling of the element or of one of its ancestors.
 */

import type { XmlElement } from "../../tbx/read-xml";
import { elements, nsAttribute } from "../xliff-elements";
import { descendants } from "./tree";
import { violation, type XliffViolation } from "./violation";

export const SIZE_NS = "urn:oasis:names:tc:xliff:sizerestriction:2.0";
const RESTRICTION = /^(?:\*|\d+|\d+,\d+|\d+,\*)$/u;

export function checkSizeRestriction(root: XmlElement, ns: string): XliffViolation[] {
  const out: XliffViolation[] = [];
  const parents = new Map<XmlElement, XmlElement>();
  const link = (parent: XmlElement): void => {
    for (const child of parent.children) {
      if (typeof child === "string") continue;
      parents.set(child, parent);
      link(child);
    }
  };
  link(root);
  for (const element of descendants(root)) {
    const slr = (local: string) => nsAttribute(element, SIZE_NS, local);
    const used = Object.keys(element.expanded ?? {}).filter((name) => name.startsWith(`{${SIZE_NS}}`));
    if (used.length === 0) continue;
    const attribute = (name: string) => `slr:${name.slice(SIZE_NS.length + 2)}`;
    if (slr("sizeInfo") !== undefined && slr("sizeInfoRef") !== undefined) out.push(violation("SIZE_INFO", element, { element: element.name }));
    for (const name of ["sizeRestriction", "storageRestriction"]) {
      const value = slr(name);
      if (value !== undefined && !RESTRICTION.test(value.trim())) out.push(violation("SIZE_VALUE", element, { attribute: `slr:${name}`, value }));
    }
    const equivStorage = slr("equivStorage");
    if (equivStorage !== undefined && !/^\d+$/u.test(equivStorage.trim()))
      out.push(violation("SIZE_VALUE", element, { attribute: "slr:equivStorage", value: equivStorage }));
    if (element.uri === ns && element.name === "ec" && element.attributes.isolated !== "yes") {
      out.push(violation("EC_ATTRIBUTE_NEEDS_ISOLATED", element, { attribute: attribute(used[0]) }));
    }
    const ref = slr("sizeInfoRef");
    if (ref !== undefined && !sizeDataHas(element, ref, parents)) out.push(violation("SIZE_INFO_REF", element, { ref, element: element.name }));
  }
  return out;
}

/** Whether an <slr:data> beside `element` or beside one of its ancestors holds an element with id `ref`. */
function sizeDataHas(element: XmlElement, ref: string, parents: Map<XmlElement, XmlElement>): boolean {
  for (let at: XmlElement | undefined = element; at; at = parents.get(at)) {
    const parent = parents.get(at);
    if (!parent) return false;
    for (const data of elements(parent, SIZE_NS, "data")) if (descendants(data).some((e) => e.attributes.id === ref)) return true;
  }
  return false;
}

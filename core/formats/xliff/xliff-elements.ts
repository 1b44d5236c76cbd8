/** Namespace-aware lookups over the element tree read-xml builds (with `namespaces: true`). */

import { textContent, type XmlElement } from "../tbx/read-xml";
import { METADATA_NS } from "./xliff-model";

/**
 * Child elements of `element` in namespace `ns` with one of the given local names (any name when
 * none is given). Matching the namespace, not the prefix, is what keeps `<my:unit>` from an
 * extension out of our units, and reads `<xlf:segment>` as well as `<segment>`.
 */
export function elements(element: XmlElement, ns: string, ...names: string[]): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== "string" && c.uri === ns && (names.length === 0 || names.includes(c.name)));
}

/** The first child element of `element` in `ns` named `name`, if any. */
export function firstElement(element: XmlElement, ns: string, name: string): XmlElement | undefined {
  return elements(element, ns, name)[0];
}

/**
 * Metadata module values held by `container` (file, group or unit): `<mda:meta type>` → trimmed
 * text, first one of each type wins, nested metaGroups included.
 */
export function metaValues(container: XmlElement): Map<string, string> {
  const values = new Map<string, string>();
  const visit = (group: XmlElement): void => {
    for (const child of elements(group, METADATA_NS, "metaGroup", "meta")) {
      if (child.name === "metaGroup") visit(child);
      else if (child.attributes.type !== undefined && !values.has(child.attributes.type)) values.set(child.attributes.type, textContent(child).trim());
    }
  };
  for (const metadata of elements(container, METADATA_NS, "metadata")) visit(metadata);
  return values;
}

/**
 * The value of attribute `local` of namespace `uri` on `element`, whatever prefix the file bound
 * to it (`lis:author`, `x:author`…); `uri` "" for an unprefixed attribute.
 */
export function nsAttribute(element: XmlElement, uri: string, local: string): string | undefined {
  return element.expanded?.[uri === "" ? local : `{${uri}}${local}`];
}

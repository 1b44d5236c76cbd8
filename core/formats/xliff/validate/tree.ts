/** Walks over the namespace-aware element tree that the XLIFF checks share. */

import type { XmlElement } from "../../tbx/read-xml";
import { elements } from "../xliff-elements";

/** Every element below `element` (not itself), depth first, in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (parent: XmlElement): void => {
    for (const child of parent.children) {
      if (typeof child === "string") continue;
      out.push(child);
      visit(child);
    }
  };
  visit(element);
  return out;
}

/** Descendants of `element` in namespace `uri` named one of `names` (any name when none). */
export function descendantsIn(element: XmlElement, uri: string, ...names: string[]): XmlElement[] {
  return descendants(element).filter((e) => e.uri === uri && (names.length === 0 || names.includes(e.name)));
}

/** Every unit of a file or group, groups walked through, in document order. */
export function unitsOf(container: XmlElement, ns: string): XmlElement[] {
  return elements(container, ns, "group", "unit").flatMap((child) => (child.name === "unit" ? [child] : unitsOf(child, ns)));
}

/** The segments and ignorables of a unit, in order. */
export const partsOf = (unit: XmlElement, ns: string): XmlElement[] => elements(unit, ns, "segment", "ignorable");

/** The inline elements (core namespace) of one side of a unit's parts, in document order. */
export function inlineOf(parts: readonly XmlElement[], ns: string, side: "source" | "target"): XmlElement[] {
  return parts.flatMap((part) => elements(part, ns, side).flatMap((content) => descendants(content).filter((e) => e.uri === ns)));
}

/** Counts of each value, to find the repeated ones. */
export function repeated<T>(items: readonly T[], key: (item: T) => string | undefined): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const value = key(item);
    if (value === undefined) continue;
    if (seen.has(value)) out.push(item);
    seen.add(value);
  }
  return out;
}

/** Whether a yes/no attribute is "no" (`value` absent means the default, "yes"). */
export const isNo = (value: string | undefined): boolean => value === "no";

/** The id a `ref`-style IRI points at inside the unit: "#id", "id", or the fragment's last "x=id" part. */
export function refTarget(ref: string): { prefix?: string; id: string } {
  // "#id", "id", "#t=id"; some tools write "t=#id" (the suite's sample1): a "#" anywhere is dropped.
  const fragment = ref.replace(/#/gu, "");
  const last = fragment.split("/").at(-1) ?? "";
  const keyed = /^([a-z]+)=(.*)$/u.exec(last);
  return keyed ? { prefix: keyed[1], id: keyed[2] } : { id: last };
}

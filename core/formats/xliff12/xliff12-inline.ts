/**
 * XLIFF 1.2 inline content read as plain text (our segments hold no markup). The whitespace rule
 * (xml:space) is the 2.x reader's, from xliff-text.ts; only the element vocabulary differs:
 * - `<g>`, `<mrk>`: their content (g wraps formatting, mrk marks a span);
 * - `<x/>`, `<bx/>`, `<ex/>`, `<ph>`, `<bpt>`, `<ept>`, `<it>`: their `equiv-text` when given, else
 *   nothing — the content of ph/bpt/ept/it is the original format's code ("&lt;b&gt;", "{\\b}"),
 *   not words of the text, and `<sub>` inside them goes with it;
 * - an element of another namespace (a tool's own inline markup): its words.
 */

import type { XmlElement } from "../tbx/read-xml";
import { collapse, preserves } from "../xliff/xliff-text";

const CODES = new Set(["x", "bx", "ex", "ph", "bpt", "ept", "it"]);

/** The plain text of a 1.2 `<source>`, `<target>` or `<mrk>` in namespace `ns`. */
export function readInline12(element: XmlElement, ns: string, inheritedPreserve: boolean): string {
  const text = flatten(element, ns);
  return preserves(element, inheritedPreserve) ? text : collapse(text);
}

function flatten(element: XmlElement, ns: string): string {
  let text = "";
  for (const child of element.children) {
    if (typeof child === "string") text += child;
    else if (child.uri === ns && CODES.has(child.name)) text += child.attributes["equiv-text"] ?? "";
    else if (child.uri === ns && child.name === "sub") continue;
    else text += flatten(child, ns);
  }
  return text;
}

/**
 * The `<mrk mtype="seg">` elements under `element` in document order, however deep (Trados puts
 * them inside `<g>`), but not inside one another.
 */
export function segmentMarkers(element: XmlElement, ns: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement): void => {
    for (const child of node.children) {
      if (typeof child === "string") continue;
      if (child.uri === ns && child.name === "mrk" && child.attributes.mtype === "seg") found.push(child);
      else visit(child);
    }
  };
  visit(element);
  return found;
}

/**
 * References inside an XLIFF 2 file: every same-document `ref` ("#…") on an XLIFF element is a
 * well-formed fragment identifier (fragment-id.ts); a match's or a glossary entry's `ref` is one
 * (it points at text of its unit, so it must start with "#"); and ids of extension elements are
 * unique per namespace within their immediate file, group or unit (§ Extension Mechanisms).
 */

import type { XmlElement } from "../../tbx/read-xml";
import { GLOSSARY_NS, MATCHES_NS } from "../xliff-model";
import { parseFragment } from "./fragment-id";
import { descendants } from "./tree";
import { violation, type XliffViolation } from "./violation";

const XLIFF_URI = /^urn:oasis:names:tc:xliff:/u;
const ITS_URI = "http://www.w3.org/2005/11/its";

export function checkReferences(root: XmlElement, ns: string): XliffViolation[] {
  const out: XliffViolation[] = [];
  for (const element of [root, ...descendants(root)]) {
    const ref = element.attributes.ref;
    if (ref === undefined || !XLIFF_URI.test(element.uri ?? "")) continue;
    const pointsIntoUnit = (element.uri === MATCHES_NS && element.name === "match") || (element.uri === GLOSSARY_NS && element.name === "glossEntry");
    if (pointsIntoUnit && !ref.startsWith("#")) {
      out.push(violation("FRAGMENT_REQUIRED", element, { element: element.name, ref }));
      continue;
    }
    if (!ref.startsWith("#")) continue; // another document, or an id the module resolves itself
    const parsed = parseFragment(ref);
    if ("problem" in parsed) out.push(violation(parsed.problem, element, { element: element.name, ref }));
  }
  out.push(...extensionIds(root, ns));
  return out;
}

/** Duplicate ids among the extension elements of one namespace directly in each file, group or unit. */
function extensionIds(root: XmlElement, ns: string): XliffViolation[] {
  const out: XliffViolation[] = [];
  const visitScope = (scope: XmlElement): void => {
    const seen = new Map<string, Set<string>>();
    const walk = (element: XmlElement): void => {
      for (const child of element.children) {
        if (typeof child === "string") continue;
        if (child.uri === ns && (child.name === "file" || child.name === "group" || child.name === "unit")) {
          visitScope(child);
          continue;
        }
        const uri = child.uri ?? "";
        // xml:id and id share one id space: an extension may name its elements either way.
        const id = child.attributes.id ?? child.attributes["xml:id"];
        if (id !== undefined && uri !== ns && !XLIFF_URI.test(uri) && uri !== ITS_URI) {
          const ids = seen.get(uri) ?? new Set<string>();
          if (ids.has(id)) out.push(violation("DUPLICATE_ID", child, { id, element: child.name, scope: scope.name }));
          ids.add(id);
          seen.set(uri, ids);
        }
        walk(child);
      }
    };
    walk(scope);
  };
  visitScope(root);
  return out;
}

/**
 * XLIFF 2.1 fragment identifiers (§ Fragment Identification), parsed and checked:
 *
 *   expression ::= "#" ["/"] selector {"/" selector};  selector ::= [prefix "="] id  (NMTOKENs)
 *
 * Constraints: no prefix twice; file, group and unit selectors in that order; exactly one leaf
 * selector (a note n=, data d=, target inline t=, a module's, or an unprefixed id) and it comes
 * last; a module or extension prefix is longer than one character and registered with the XLIFF TC.
 */

const NMTOKEN = /^[\p{L}\p{M}\p{N}._:\u00B7-]+$/u;
const CONTAINERS = ["f", "g", "u"] as const;
const LEAVES = new Set(["n", "d", "t"]);
/**
 * Prefixes registered with the XLIFF TC: the 2.x modules', plus "tbx" (used by the OASIS suite's own
 * valid files for a TBX extension). An unregistered one cannot be resolved, so it is refused.
 */
const REGISTERED = new Set(["mtc", "gls", "fs", "mda", "res", "slr", "val", "ctr", "its", "tbx"]);

export interface Selector {
  prefix?: string;
  id: string;
}

export type FragmentProblem = "FRAGMENT_SYNTAX" | "FRAGMENT_DUPLICATE_PREFIX" | "FRAGMENT_ORDER" | "FRAGMENT_LEAF" | "FRAGMENT_PREFIX";

/** The selectors of a same-document reference ("#…"), or the rule it breaks. */
export function parseFragment(ref: string): { selectors: Selector[] } | { problem: FragmentProblem } {
  const body = ref.replace(/^#\/?/u, "");
  if (!ref.startsWith("#") || body === "") return { problem: "FRAGMENT_SYNTAX" };
  const selectors: Selector[] = [];
  const seen = new Set<string>();
  let container = -1;
  let leaves = 0;
  for (const text of body.split("/")) {
    const equals = text.indexOf("=");
    const selector: Selector = equals < 0 ? { id: text } : { prefix: text.slice(0, equals), id: text.slice(equals + 1) };
    if (!NMTOKEN.test(selector.id) || (selector.prefix !== undefined && !NMTOKEN.test(selector.prefix))) return { problem: "FRAGMENT_SYNTAX" };
    if (leaves > 0) return { problem: "FRAGMENT_LEAF" };
    const { prefix } = selector;
    if (prefix !== undefined) {
      if (seen.has(prefix)) return { problem: "FRAGMENT_DUPLICATE_PREFIX" };
      seen.add(prefix);
    }
    const level = prefix === undefined ? -1 : CONTAINERS.indexOf(prefix as (typeof CONTAINERS)[number]);
    if (level >= 0) {
      if (level <= container) return { problem: "FRAGMENT_ORDER" };
      container = level;
    } else {
      if (prefix !== undefined && !LEAVES.has(prefix) && (prefix.length < 2 || !REGISTERED.has(prefix))) return { problem: "FRAGMENT_PREFIX" };
      leaves++;
    }
    selectors.push(selector);
  }
  return leaves === 1 ? { selectors } : { problem: "FRAGMENT_LEAF" };
}

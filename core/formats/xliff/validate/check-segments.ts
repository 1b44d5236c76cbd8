/**
 * XLIFF 2.1 core, structure and states: a unit has segments, a segment its source; translated,
 * reviewed and final segments have a target; the version is one the namespace serves; subState needs a state; user-defined values
 * (subState, unit and group type) are prefix:value with a prefix other than "xlf"; target `order`
 * values are a permutation within 1…N; targets need trgLang (languages: check-languages.ts); a skeleton has an href or content, not both.
 */

import type { XmlElement } from "../../tbx/read-xml";
import { elements, firstElement } from "../xliff-elements";
import { XLIFF_2_2_NS, XLIFF_NS } from "../xliff-model";
import { descendantsIn, partsOf } from "./tree";
import { violation, type XliffViolation } from "./violation";

/** prefix:value, the prefix an NCName-like token other than "xlf" (XLIFF 2.1, user-defined values). */
const PREFIXED = /^(?!xlf:)[A-Za-z_][\w.-]*:\S+$/u;

/** The versions each core namespace serves: 2.0's namespace is shared by XLIFF 2.0 and 2.1. */
const VERSIONS: Record<string, string[]> = { [XLIFF_NS]: ["2.0", "2.1"], [XLIFF_2_2_NS]: ["2.2"] };

export function checkSegments(root: XmlElement, ns: string): XliffViolation[] {
  const out: XliffViolation[] = [];
  const version = root.attributes.version ?? "";
  if (VERSIONS[ns] && !VERSIONS[ns].includes(version)) out.push(violation("VERSION", root, { version, expected: VERSIONS[ns].join(", ") }));
  const trgLang = root.attributes.trgLang;
  for (const skeleton of descendantsIn(root, ns, "skeleton")) {
    const hasContent = skeleton.children.some((c) => typeof c !== "string" || c.trim() !== "");
    if ((skeleton.attributes.href !== undefined) === hasContent) out.push(violation("SKELETON", skeleton));
  }
  for (const container of descendantsIn(root, ns, "group", "unit")) {
    const type = container.attributes.type;
    if (type !== undefined && !PREFIXED.test(type))
      out.push(violation("BAD_PREFIXED_VALUE", container, { attribute: "type", value: type, element: container.name }));
  }
  let reportedLang = false;
  for (const unit of descendantsIn(root, ns, "unit")) {
    const parts = partsOf(unit, ns);
    if (!parts.some((p) => p.name === "segment")) out.push(violation("NO_SEGMENT", unit, { id: unit.attributes.id ?? "" }));
    out.push(...targetOrders(parts, ns));
    for (const part of parts) {
      if (!firstElement(part, ns, "source")) out.push(violation("NO_SOURCE", part));
      const target = firstElement(part, ns, "target");
      if (target && trgLang === undefined && !reportedLang) {
        out.push(violation("NO_TRG_LANG", target));
        reportedLang = true;
      }
      if (part.name === "segment") out.push(...states(part, target));
    }
  }
  return out;
}

function states(segment: XmlElement, target: XmlElement | undefined): XliffViolation[] {
  const { state, subState } = segment.attributes;
  const out: XliffViolation[] = [];
  if ((state === "translated" || state === "reviewed" || state === "final") && !target) out.push(violation("STATE_NEEDS_TARGET", segment, { state }));
  if (subState !== undefined) {
    if (state === undefined) out.push(violation("SUBSTATE_WITHOUT_STATE", segment, { subState }));
    if (!PREFIXED.test(subState)) out.push(violation("BAD_PREFIXED_VALUE", segment, { attribute: "subState", value: subState, element: "segment" }));
  }
  return out;
}

/** Target order values: integers in 1…N (N parts), each used once, counting the parts' own positions. */
function targetOrders(parts: readonly XmlElement[], ns: string): XliffViolation[] {
  const out: XliffViolation[] = [];
  const max = parts.length;
  const explicit = new Set<number>();
  const targets = parts.map((p) => elements(p, ns, "target")[0]);
  for (const target of targets) {
    const order = target?.attributes.order;
    if (order === undefined) continue;
    const value = Number(order);
    if (!/^\d+$/u.test(order) || value < 1 || value > max || explicit.has(value)) out.push(violation("TARGET_ORDER", target, { order, max }));
    explicit.add(value);
  }
  // A target without order stands at its own position, which no other target may then claim.
  targets.forEach((target, k) => {
    if (target && target.attributes.order === undefined && explicit.has(k + 1)) {
      out.push(violation("TARGET_ORDER", target, { order: String(k + 1), max }));
    }
  });
  return out;
}

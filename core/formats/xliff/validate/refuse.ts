/**
 * Strict reading's refusal, and what "import anyway" leaves out. A refused file gets one coded
 * DomainError naming its first violation (line and rule) and how many more there are; the details
 * carry the code and values so the interface can say it in the user's language, and the first
 * violations for a fuller report.
 */

import { DomainError } from "../../../errors";
import type { XmlElement } from "../../tbx/read-xml";
import { descendants } from "./tree";
import { elementOf, type XliffViolation } from "./violation";

/** At most this many violations travel with a refusal or a report. */
export const MAX_LISTED = 50;

/** Something "import anyway" did not import: a unit, or a file-level part it ignored. */
export interface XliffDropped {
  kind: "unit" | "ignored";
  /** The unit's id in the file, for a dropped unit. */
  unitId?: string;
  /** Why (for a unit, its first violation). */
  violation: XliffViolation;
}

export function refuseViolations(violations: readonly XliffViolation[]): DomainError {
  const [first] = violations;
  const others = violations.length - 1;
  const more = others === 0 ? "" : ` (${others} more problem${others === 1 ? "" : "s"} in the file)`;
  return new DomainError("INVALID_INPUT", `${first.message}${more}`, {
    reason: "XLIFF_VIOLATION",
    ...first.details,
    code: first.code,
    line: first.line,
    others,
    violations: violations.slice(0, MAX_LISTED),
  });
}

/** The last line an element's start tags reach (its own, or its last descendant's). */
export function lastLine(element: XmlElement): number {
  let last = element.line ?? 0;
  for (const child of element.children) if (typeof child !== "string") last = Math.max(last, lastLine(child));
  return last;
}

/**
 * Splits violations between the units they fall in and the rest. A violation the checks found on
 * an element belongs to the unit holding that element; a schema violation (a line only) to the
 * unit whose start tags span its line.
 */
export function violationsByUnit(
  units: readonly XmlElement[],
  violations: readonly XliffViolation[],
): { byUnit: Map<XmlElement, XliffViolation[]>; outside: XliffViolation[] } {
  const spans = units.map((unit) => ({ unit, from: unit.line ?? 0, to: lastLine(unit) }));
  const byUnit = new Map<XmlElement, XliffViolation[]>();
  const outside: XliffViolation[] = [];
  const unitOf = new Map<XmlElement, XmlElement>();
  for (const unit of units) for (const element of [unit, ...descendants(unit)]) unitOf.set(element, unit);
  for (const v of violations) {
    const element = elementOf(v);
    const unit = element ? unitOf.get(element) : v.line === undefined ? undefined : spans.find((s) => v.line! >= s.from && v.line! <= s.to)?.unit;
    if (unit) byUnit.set(unit, [...(byUnit.get(unit) ?? []), v]);
    else outside.push(v);
  }
  return { byUnit, outside };
}

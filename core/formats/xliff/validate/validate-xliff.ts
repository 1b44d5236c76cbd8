/**
 * The processing constraints of XLIFF 2.1 (core and modules) that a schema cannot express, as the
 * OASIS Schematron files encode them: ids, inline codes, states, modules. Structure (element order,
 * required attributes, allowed values) is the XSD's job (check-schema.ts); the two together are what
 * "strict reading" means. Returns every violation, in document order; [] for a conforming file.
 */

import type { XmlElement } from "../../tbx/read-xml";
import { elements } from "../xliff-elements";
import { checkIds } from "./check-ids";
import { checkInline, dataIdsOf } from "./check-inline";
import { checkLanguages } from "./check-languages";
import { checkModules } from "./check-modules";
import { checkReferences } from "./check-references";
import { checkSegments } from "./check-segments";
import { inlineOf, partsOf, unitsOf } from "./tree";
import { violation, type XliffViolation } from "./violation";

export function validateXliff(root: XmlElement, ns: string): XliffViolation[] {
  const out = [
    ...checkIds(root, ns),
    ...checkSegments(root, ns),
    ...checkLanguages(root, ns),
    ...checkReferences(root, ns),
    ...checkUnits(root, ns),
    ...checkModules(root, ns),
  ];
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function checkUnits(root: XmlElement, ns: string): XliffViolation[] {
  const out: XliffViolation[] = [];
  for (const file of elements(root, ns, "file")) {
    const units = unitsOf(file, ns);
    const unitIds = new Set(units.map((u) => u.attributes.id ?? ""));
    for (const unit of units) {
      const parts = partsOf(unit, ns);
      const noteIds = new Set(elements(unit, ns, "notes").flatMap((n) => elements(n, ns, "note").map((note) => note.attributes.id ?? "")));
      const scope = { ns, dataIds: dataIdsOf(unit, ns), noteIds, fileId: file.attributes.id, unitId: unit.attributes.id };
      const source = inlineOf(parts, ns, "source");
      const target = inlineOf(parts, ns, "target");
      out.push(...checkInline(source, scope), ...checkInline(target, scope), ...subFlows([...source, ...target], unitIds));
      out.push(...undeletable(parts, ns));
    }
  }
  return out;
}

/** subFlows, subFlowsStart and subFlowsEnd list units of the same file. */
function subFlows(inline: readonly XmlElement[], unitIds: Set<string>): XliffViolation[] {
  const out: XliffViolation[] = [];
  for (const element of inline) {
    for (const attribute of ["subFlows", "subFlowsStart", "subFlowsEnd"]) {
      const missing = (element.attributes[attribute] ?? "").split(/\s+/u).find((id) => id !== "" && !unitIds.has(id));
      if (missing !== undefined) out.push(violation("SUB_FLOWS", element, { attribute, id: missing }));
    }
  }
  return out;
}

/** In a segment with a target (even an empty one), codes of the source with canDelete="no" are in the target. */
function undeletable(parts: readonly XmlElement[], ns: string): XliffViolation[] {
  const out: XliffViolation[] = [];
  for (const segment of parts.filter((p) => p.name === "segment")) {
    const [source, target] = [inlineOf([segment], ns, "source"), inlineOf([segment], ns, "target")];
    if (elements(segment, ns, "target").length === 0) continue;
    for (const code of source.filter((e) => e.attributes.canDelete === "no")) {
      const key = code.name === "ec" && code.attributes.startRef !== undefined ? ["startRef", code.attributes.startRef] : ["id", code.attributes.id];
      if (!target.some((e) => e.name === code.name && e.attributes[key[0]!] === key[1])) {
        out.push(violation("CAN_DELETE_MISSING", code, { element: code.name, id: key[1] ?? "" }));
      }
    }
  }
  return out;
}

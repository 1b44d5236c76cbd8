/**
 * XLIFF 2.1 core: ids unique at each scope (files in the document; groups, and units, in a file;
 * notes in their <notes>; data in <originalData>; segments, ignorables and source inline codes in a
 * unit), and target inline ids that repeat their source counterpart or are unique.
 */

import type { XmlElement } from "../../tbx/read-xml";
import { elements } from "../xliff-elements";
import { descendantsIn, inlineOf, partsOf, repeated } from "./tree";
import { violation, type XliffViolation } from "./violation";

const duplicates = (items: readonly XmlElement[], scope: string): XliffViolation[] =>
  repeated(items, (e) => e.attributes.id).map((e) => violation("DUPLICATE_ID", e, { id: e.attributes.id ?? "", element: e.name, scope }));

/** Id violations of the whole document. */
export function checkIds(root: XmlElement, ns: string): XliffViolation[] {
  const files = elements(root, ns, "file");
  const out = duplicates(files, "xliff");
  for (const file of files) {
    out.push(...duplicates(descendantsIn(file, ns, "group"), "file"));
    out.push(...duplicates(descendantsIn(file, ns, "unit"), "file"));
  }
  for (const notes of descendantsIn(root, ns, "notes")) out.push(...duplicates(elements(notes, ns, "note"), "notes"));
  for (const data of descendantsIn(root, ns, "originalData")) out.push(...duplicates(elements(data, ns, "data"), "originalData"));
  for (const unit of descendantsIn(root, ns, "unit")) out.push(...unitIds(unit, ns));
  return out;
}

function unitIds(unit: XmlElement, ns: string): XliffViolation[] {
  const parts = partsOf(unit, ns);
  const source = inlineOf(parts, ns, "source").filter((e) => e.attributes.id !== undefined);
  const out = duplicates([...parts, ...source], "unit");
  const taken = new Set([...parts, ...source].map((e) => e.attributes.id).filter((id) => id !== undefined));
  const inTarget = new Set<string>();
  for (const part of parts) {
    // A target's id repeats one of its own segment's source (same element name), or is unique in the unit.
    const sourceKind = new Map(inlineOf([part], ns, "source").flatMap((e) => (e.attributes.id === undefined ? [] : [[e.attributes.id, e.name] as const])));
    for (const element of inlineOf([part], ns, "target")) {
      const id = element.attributes.id;
      if (id === undefined) continue;
      if (inTarget.has(id)) out.push(violation("DUPLICATE_ID", element, { id, element: element.name, scope: "target" }));
      else if (sourceKind.get(id) !== element.name && taken.has(id)) out.push(violation("TARGET_ID", element, { id, element: element.name }));
      inTarget.add(id);
      taken.add(id);
    }
  }
  return out;
}

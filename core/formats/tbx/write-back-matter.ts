/**
 * What a TBX export writes besides concepts: valid, unique conceptEntry ids, and the back matter
 * (`refObjectSec`) holding the people that transaction notes name by id — without it their
 * `target`s would point at nothing and break TBX-Basic.
 */

import type { TbxItem, TbxLeaf } from "../../terms/term-details";
import { attr, text } from "./write-items";

// conceptEntry ids are xs:ID: an XML name, unique in the file.
const NCNAME = /^[\p{L}_][\p{L}\p{N}\p{M}_.\-\u00B7\u203F\u2040]*$/u;

/** Keeps each wanted id where it is a valid, unused XML id; otherwise derives one ("c3", "id-123"). */
export function conceptIds(wanted: readonly string[]): string[] {
  const used = new Set<string>();
  return wanted.map((raw, k) => {
    const id0 = raw.trim();
    const base = !id0 ? `c${k + 1}` : NCNAME.test(id0) ? id0 : `id-${id0.replace(/[^\p{L}\p{N}\p{M}_.-]/gu, "_")}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

export type RefObject = NonNullable<TbxLeaf["refObject"]>;

/** The back matter's objects (people named by transactions) in `items`, by id; only ids valid in XML. */
export function collectRefObjects(items: Iterable<TbxItem>): Map<string, RefObject> {
  const found = new Map<string, RefObject>();
  const visit = (leaf: TbxLeaf & { group?: TbxLeaf[] }) => {
    if (leaf.refObject && leaf.target && NCNAME.test(leaf.target) && !found.has(leaf.target)) found.set(leaf.target, leaf.refObject);
    leaf.group?.forEach(visit);
  };
  for (const item of items) visit(item);
  return found;
}

/** The `<back>` lines for the objects, grouped by section type; none when there are none. */
export function writeBack(objects: Map<string, RefObject>): string[] {
  if (objects.size === 0) return [];
  const sections = new Map<string, [string, RefObject][]>();
  for (const [id, object] of objects) {
    const section = object.section || "respPerson";
    sections.set(section, [...(sections.get(section) ?? []), [id, object]]);
  }
  const lines = [`    <back>`];
  for (const [section, members] of sections) {
    lines.push(`      <refObjectSec type="${attr(section)}">`);
    for (const [id, object] of members) {
      lines.push(
        `        <refObject id="${attr(id)}">`,
        ...object.items.map((i) => `          <item type="${attr(i.type)}">${text(i.value)}</item>`),
        `        </refObject>`,
      );
    }
    lines.push(`      </refObjectSec>`);
  }
  lines.push(`    </back>`);
  return lines;
}

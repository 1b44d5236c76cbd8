/**
 * Reads the data categories held at one level of a TBX file (a conceptEntry, langSec or termSec)
 * into ordered items (core/terms/term-details.ts), checking each against TBX-Basic on the way.
 * DCT-style elements (`<basic:partOfSpeech>`) become the DCA item they stand for.
 */

import { ITEM_ELEMENTS, type TbxItem, type TbxLeaf } from "../../terms/term-details";
import { BASIC_CATEGORIES, GROUP_ELEMENTS, checkItem, checkTarget, type BasicViolation, type Level } from "./basic-categories";
import { childElements, textContent, type XmlElement } from "./read-xml";

/** What the reader knows of the whole file while it reads one level. */
export interface ReadContext {
  /** Every `id` of the file, so `target`s can be checked. */
  ids: Set<string>;
  /** refObjects of the back matter by id, attached to the items whose target names them. */
  refObjects: Map<string, NonNullable<TbxLeaf["refObject"]>>;
  /** Whether the file says it is TBX-Basic: only then do its data categories get checked. */
  basic: boolean;
  /** Whether the file says it is DCT style; DCT elements in a DCA file are read but reported. */
  dct: boolean;
  violations: BasicViolation[];
  warnings: string[];
}

const ITEMS = new Set<string>(ITEM_ELEMENTS);
// Elements a level holds that are not data categories of that level.
const STRUCTURE = new Set(["langSec", "langSet", "termSec", "tig", "ntig", "termGrp", "term", "termCompList"]);

/** The items held directly by `element` (and by its groups), in file order. */
export function readItems(element: XmlElement, level: Level, context: ReadContext): TbxItem[] {
  const items: TbxItem[] = [];
  for (const child of childElements(element)) {
    if (GROUP_ELEMENTS.has(child.name)) {
      const [main, ...group] = readLeaves(child, level, context);
      if (main) items.push(group.length > 0 ? { ...main, group } : main);
    } else if (!STRUCTURE.has(child.name)) {
      const leaf = readLeaf(child, level, context);
      if (leaf) items.push(leaf);
    }
  }
  return items;
}

/** The leaves of a group, nested groups flattened (a transacGrp inside a descripGrp). */
function readLeaves(group: XmlElement, level: Level, context: ReadContext): TbxLeaf[] {
  return childElements(group).flatMap((child) =>
    GROUP_ELEMENTS.has(child.name) ? readLeaves(child, level, context) : (readLeaf(child, level, context) ?? []),
  );
}

function readLeaf(element: XmlElement, level: Level, context: ReadContext): TbxLeaf | null {
  const line = element.line ?? 0;
  let leaf: TbxLeaf;
  if (ITEMS.has(element.name)) {
    leaf = { element: element.name as TbxLeaf["element"], value: textContent(element).trim() };
    if (element.attributes.type !== undefined) leaf.type = element.attributes.type;
  } else if (Object.hasOwn(BASIC_CATEGORIES, element.name)) {
    if (!context.dct && context.basic)
      context.warnings.push(`Line ${line}: DCT-style element <${element.name}> in a DCA-style file, read as its DCA equivalent.`);
    leaf = { element: BASIC_CATEGORIES[element.name].element, type: element.name, value: textContent(element).trim() };
  } else {
    context.warnings.push(`Line ${line}: <${element.name}> is not a data category TBX-Basic knows; it was ignored.`);
    return null;
  }
  const target = element.attributes.target;
  if (target !== undefined) {
    leaf.target = target;
    const refObject = context.refObjects.get(target);
    if (refObject) leaf.refObject = refObject;
  }
  if (context.basic) {
    // A dangling target loses nothing and LTAC's Schematron lets it pass (its target rule never
    // fires on typed elements): reported, not refused. The export turns it into a note.
    const targetProblem = target === undefined ? null : checkTarget(target, context.ids);
    if (targetProblem) context.warnings.push(`Line ${line}: ${targetProblem}.`);
    const problem = checkItem({ ...leaf, target: undefined }, level, context.ids);
    if (problem) context.violations.push({ line, message: problem });
  }
  return leaf;
}

/** refObjects of the back matter by id: `<refObjectSec type="respPerson"><refObject id><item type>`. */
export function readRefObjects(root: XmlElement): ReadContext["refObjects"] {
  const objects: ReadContext["refObjects"] = new Map();
  const back = childElements(root, "text").flatMap((text) => childElements(text, "back"));
  for (const section of back.flatMap((b) => childElements(b, "refObjectSec"))) {
    for (const object of childElements(section, "refObject")) {
      const id = object.attributes.id;
      if (!id) continue;
      const items = childElements(object, "item", "itemGrp", "itemSet").map((item) => ({ type: item.attributes.type ?? "", value: textContent(item).trim() }));
      objects.set(id, { section: section.attributes.type ?? "", items });
    }
  }
  return objects;
}

/** Every `id` attribute of the file. */
export function collectIds(element: XmlElement, ids = new Set<string>()): Set<string> {
  if (element.attributes.id) ids.add(element.attributes.id);
  for (const child of childElements(element)) collectIds(child, ids);
  return ids;
}

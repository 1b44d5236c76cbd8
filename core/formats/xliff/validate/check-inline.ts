/**
 * XLIFF 2.1 core, inline content of a unit (each side on its own): <sc>/<ec> pairing by startRef and
 * their matching can* attributes, isolated codes, <sm>/<em> pairing, dataRef* naming the unit's
 * <data>, attributes that come in pairs, copyOf, subType and type, annotations (translate,
 * comment), canReorder sequences, <cp>. The same rules hold inside a match (matches module), where
 * the scope is the <mtc:match> instead of the unit.
 */

import type { XmlElement } from "../../tbx/read-xml";
import { elements } from "../xliff-elements";
import { parseFragment } from "./fragment-id";
import { isNo } from "./tree";
import { violation, type XliffViolation } from "./violation";

/** What a side's rules need from its scope (a unit, or a match). */
export interface InlineScope {
  ns: string;
  /** Ids of the scope's <data> elements. */
  dataIds: Set<string>;
  /** Ids of the notes a comment annotation may point at (undefined: not checked). */
  noteIds?: Set<string>;
  /** The enclosing file's and unit's ids, which an absolute comment reference must name. */
  fileId?: string;
  unitId?: string;
}

const CAN_ATTRIBUTES = ["canCopy", "canDelete", "canReorder", "canOverlap"] as const;
const SUBTYPE_TYPE: Record<string, string> = { "xlf:lb": "fmt", "xlf:pb": "fmt", "xlf:b": "fmt", "xlf:i": "fmt", "xlf:u": "fmt", "xlf:var": "ui" };
const PREFIXED = /^[A-Za-z_][\w.-]*:\S+$/u;
const CODES = new Set(["ph", "pc", "sc", "ec"]);
const PAIRS: [string, string][] = [
  ["dataRefStart", "dataRefEnd"],
  ["subFlowsStart", "subFlowsEnd"],
  ["equivStart", "equivEnd"],
];

/** The violations of one side (all inline elements of the source, or of the target, in order). */
export function checkInline(inline: readonly XmlElement[], scope: InlineScope): XliffViolation[] {
  const out: XliffViolation[] = [];
  inline.forEach((element, k) => {
    const a = element.attributes;
    const after = inline.slice(k + 1);
    const before = inline.slice(0, k);
    if (element.name === "sc") out.push(...startCode(element, after, before));
    if (element.name === "ec") out.push(...endCode(element, before));
    if (element.name === "sm" && a.id !== undefined && !after.some((e) => e.name === "em" && e.attributes.startRef === a.id)) {
      out.push(violation("MARKER_WITHOUT_END", element, { id: a.id }));
    }
    if (element.name === "em" && !before.some((e) => e.name === "sm" && e.attributes.id === a.startRef)) {
      out.push(violation("MARKER_WITHOUT_START", element, { id: a.startRef ?? "" }));
    }
    for (const attribute of ["dataRef", "dataRefStart", "dataRefEnd"]) {
      const id = a[attribute];
      if (id !== undefined && !scope.dataIds.has(id)) out.push(violation("DATA_REF", element, { attribute, id, element: element.name }));
    }
    if (element.name === "pc") {
      for (const [first, second] of PAIRS) {
        if ((a[first] === undefined) !== (a[second] === undefined)) {
          const [present, missing] = a[first] === undefined ? [second, first] : [first, second];
          out.push(violation("PAIRED_ATTRIBUTES", element, { element: "pc", present, missing }));
        }
      }
    }
    out.push(...copyOf(element, inline), ...types(element), ...annotation(element, scope), ...reorder(element, before));
    if (element.name === "cp") out.push(...codePoint(element));
  });
  return out;
}

function startCode(sc: XmlElement, after: readonly XmlElement[], before: readonly XmlElement[]): XliffViolation[] {
  const id = sc.attributes.id ?? "";
  const ec = after.find((e) => e.name === "ec" && e.attributes.startRef === id);
  if (sc.attributes.isolated === "yes") {
    const any = ec ?? before.find((e) => e.name === "ec" && e.attributes.startRef === id);
    return any ? [violation("SC_ISOLATED_WITH_EC", sc, { id })] : [];
  }
  if (!ec) return [violation("SC_WITHOUT_EC", sc, { id })];
  const out: XliffViolation[] = [];
  for (const attribute of CAN_ATTRIBUTES) {
    const [start, end] = [sc.attributes[attribute] ?? "yes", ec.attributes[attribute] ?? "yes"];
    if (attribute === "canReorder" && start === "firstNo") {
      if (end !== "no") out.push(violation("FIRST_NO_PAIR", sc, { id }));
    } else if (start !== end) out.push(violation("PAIR_MISMATCH", ec, { attribute, id }));
  }
  return out;
}

function endCode(ec: XmlElement, before: readonly XmlElement[]): XliffViolation[] {
  const { id, startRef, isolated, dir } = ec.attributes;
  const out: XliffViolation[] = [];
  const isolatedYes = isolated === "yes";
  if (isolatedYes ? id === undefined || startRef !== undefined : startRef === undefined || id !== undefined) out.push(violation("EC_ID_STARTREF", ec));
  if (dir !== undefined && !isolatedYes) out.push(violation("EC_DIR", ec));
  if (!isolatedYes && startRef !== undefined && !before.some((e) => e.name === "sc" && e.attributes.id === startRef)) {
    out.push(violation("EC_WITHOUT_SC", ec, { id: startRef }));
  }
  return out;
}

function copyOf(element: XmlElement, inline: readonly XmlElement[]): XliffViolation[] {
  const id = element.attributes.copyOf;
  if (id === undefined) return [];
  const a = element.attributes;
  if (a.dataRef !== undefined || a.dataRefStart !== undefined || a.dataRefEnd !== undefined)
    return [violation("COPY_OF_WITH_DATA", element, { element: element.name })];
  const original = inline.find((e) => e !== element && e.attributes.id === id && CODES.has(e.name));
  return original && !isNo(original.attributes.canCopy) ? [] : [violation("COPY_OF", element, { id, element: element.name })];
}

function types(element: XmlElement): XliffViolation[] {
  const { subType, type } = element.attributes;
  if (subType === undefined) return [];
  if (type === undefined) return [violation("SUBTYPE_WITHOUT_TYPE", element, { element: element.name, subType })];
  if (subType.startsWith("xlf:")) {
    const expected = SUBTYPE_TYPE[subType];
    if (expected === undefined) return [violation("BAD_PREFIXED_VALUE", element, { attribute: "subType", value: subType, element: element.name })];
    if (expected !== type) return [violation("SUBTYPE_TYPE", element, { element: element.name, subType, expected, type })];
    return [];
  }
  return PREFIXED.test(subType) ? [] : [violation("BAD_PREFIXED_VALUE", element, { attribute: "subType", value: subType, element: element.name })];
}

function annotation(element: XmlElement, scope: InlineScope): XliffViolation[] {
  if (element.name !== "sm" && element.name !== "mrk") return [];
  const { type, translate, value, ref } = element.attributes;
  const details = { element: element.name, ref: ref ?? "" };
  if (type === "generic" && translate === undefined) return [violation("TRANSLATE_ANNOTATION", element, details)];
  if (type === "mtc:match" && ref !== undefined) return [violation("MATCH_MARKER_REF", element, details)];
  if (type !== "comment") return [];
  if ((value === undefined) === (ref === undefined)) return [violation("COMMENT_ANNOTATION", element, details)];
  if (ref === undefined || scope.noteIds === undefined || !ref.startsWith("#")) return [];
  // A comment's ref points at a note of its own unit: "#n=id", or with f=/u= naming this file and unit.
  const parsed = parseFragment(ref);
  if ("problem" in parsed) return []; // reported by check-references
  const selector = (prefix: string) => parsed.selectors.find((s) => s.prefix === prefix)?.id;
  const leaf = parsed.selectors.at(-1)!;
  const [file, group, unit] = [selector("f"), selector("g"), selector("u")];
  const ownUnit = group === undefined && (file === undefined ? unit === undefined || unit === scope.unitId : file === scope.fileId && unit === scope.unitId);
  if (leaf.prefix !== "n" || !ownUnit) return [violation("COMMENT_REF_SCOPE", element, details)];
  return scope.noteIds.has(leaf.id) ? [] : [violation("COMMENT_REF", element, details)];
}

/** canReorder="no" continues a sequence: the code before it must be a firstNo or no one. */
function reorder(element: XmlElement, before: readonly XmlElement[]): XliffViolation[] {
  const value = element.attributes.canReorder;
  if (!CODES.has(element.name) || (value !== "no" && value !== "firstNo")) return [];
  const out: XliffViolation[] = [];
  if (!isNo(element.attributes.canCopy) || !isNo(element.attributes.canDelete)) {
    out.push(violation("CAN_REORDER_NEEDS_NO_COPY_DELETE", element, { element: element.name, value }));
  }
  if (value === "no" && !(element.name === "ec" && element.attributes.startRef !== undefined)) {
    const previous = [...before].reverse().find((e) => CODES.has(e.name));
    const reorderable = previous?.attributes.canReorder;
    if (reorderable !== "no" && reorderable !== "firstNo") out.push(violation("CAN_REORDER_SEQUENCE", element, { element: element.name }));
  }
  return out;
}

function codePoint(cp: XmlElement): XliffViolation[] {
  const hex = cp.attributes.hex ?? "";
  const value = /^[0-9A-Fa-f]{4,6}$/u.test(hex) ? parseInt(hex, 16) : NaN;
  const legalXml =
    value === 0x9 || value === 0xa || value === 0xd || (value >= 0x20 && value <= 0xd7ff) || (value >= 0xe000 && value <= 0xfffd) || value >= 0x10000;
  return Number.isNaN(value) || value > 0x10ffff || legalXml ? [violation("CP_HEX", cp, { hex })] : [];
}

/** Data ids of a scope's <originalData>. */
export const dataIdsOf = (scope: XmlElement, ns: string): Set<string> =>
  new Set(elements(scope, ns, "originalData").flatMap((d) => elements(d, ns, "data").map((e) => e.attributes.id ?? "")));

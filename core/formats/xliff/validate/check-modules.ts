/**
 * The XLIFF 2.1 modules' constraints (their Schematron asserts): glossary (unique ids, complete
 * entries, refs into the unit's text), metadata (unique ids), matches (unique ids, refs, subType,
 * and the core inline rules inside each match), size restriction, validation rules, resource data
 * and format style.
 */

import type { XmlElement } from "../../tbx/read-xml";
import { elements, nsAttribute } from "../xliff-elements";
import { GLOSSARY_NS, MATCHES_NS, METADATA_NS } from "../xliff-model";
import { checkInline, dataIdsOf } from "./check-inline";
import { checkChangeTracking } from "./check-change-tracking";
import { checkIts } from "./check-its";
import { checkSizeRestriction } from "./check-size-restriction";
import { descendants, descendantsIn, inlineOf, partsOf, refTarget, repeated } from "./tree";
import { violation, type XliffViolation } from "./violation";

export const VALIDATION_NS = "urn:oasis:names:tc:xliff:validation:2.0";
export const RESOURCE_NS = "urn:oasis:names:tc:xliff:resourcedata:2.0";
export const FS_NS = "urn:oasis:names:tc:xliff:fs:2.0";

const duplicates = (items: readonly XmlElement[], scope: string): XliffViolation[] =>
  repeated(items, (e) => e.attributes.id).map((e) => violation("DUPLICATE_ID", e, { id: e.attributes.id ?? "", element: e.name, scope }));

export function checkModules(root: XmlElement, ns: string): XliffViolation[] {
  const out: XliffViolation[] = [];
  for (const unit of descendantsIn(root, ns, "unit")) out.push(...glossary(unit, ns), ...matches(unit, ns));
  for (const metadata of descendantsIn(root, METADATA_NS, "metadata"))
    out.push(...duplicates([metadata, ...descendantsIn(metadata, METADATA_NS, "metaGroup")], "metadata"));
  for (const element of descendants(root)) out.push(...formatStyle(element, ns));
  out.push(...checkSizeRestriction(root, ns), ...checkChangeTracking(root));
  for (const rule of descendantsIn(root, VALIDATION_NS, "rule")) out.push(...validationRule(rule));
  for (const file of elements(root, ns, "file")) out.push(...resourceData(file, root.attributes.srcLang));
  out.push(...checkIts(root, ns));
  return out;
}

/** Whether `ref` ("#id" or "id", or "#t=id" for the target) names a segment or inline element of the unit. */
function pointsIntoUnit(unit: XmlElement, ns: string, ref: string): boolean {
  const parts = partsOf(unit, ns).filter((p) => p.name === "segment");
  const { prefix, id } = refTarget(ref);
  if (prefix === "t") return inlineOf(parts, ns, "target").some((e) => e.attributes.id === id);
  if (prefix !== undefined) return false;
  return parts.some((p) => p.attributes.id === id) || inlineOf(parts, ns, "source").some((e) => e.attributes.id === id);
}

function glossary(unit: XmlElement, ns: string): XliffViolation[] {
  const out: XliffViolation[] = [];
  for (const glossary of elements(unit, GLOSSARY_NS, "glossary")) {
    const entries = elements(glossary, GLOSSARY_NS, "glossEntry");
    out.push(...duplicates([...entries, ...entries.flatMap((e) => elements(e, GLOSSARY_NS, "translation"))], "glossary"));
    for (const entry of entries) {
      if (elements(entry, GLOSSARY_NS, "translation", "definition").length === 0) out.push(violation("GLOSSARY_ENTRY", entry));
      for (const element of [entry, ...elements(entry, GLOSSARY_NS, "translation")]) {
        const ref = element.attributes.ref;
        if (ref !== undefined && !pointsIntoUnit(unit, ns, ref)) out.push(violation("REF_TARGET", element, { ref, element: `gls:${element.name}` }));
      }
    }
  }
  return out;
}

function matches(unit: XmlElement, ns: string): XliffViolation[] {
  const out: XliffViolation[] = [];
  for (const list of elements(unit, MATCHES_NS, "matches")) {
    const all = elements(list, MATCHES_NS, "match");
    out.push(...duplicates(all, "matches"));
    for (const match of all) {
      const { ref, type, subType } = match.attributes;
      if (ref !== undefined && !pointsIntoUnit(unit, ns, ref)) out.push(violation("REF_TARGET", match, { ref, element: "mtc:match" }));
      if (subType !== undefined && type === undefined) out.push(violation("SUBTYPE_WITHOUT_TYPE", match, { element: "mtc:match", subType }));
      if (match.attributes["xml:lang"] !== undefined) out.push(violation("MATCH_XML_LANG", match));
      out.push(
        ...duplicates(
          elements(match, ns, "originalData").flatMap((d) => elements(d, ns, "data")),
          "originalData",
        ),
      );
      const scope = { ns, dataIds: dataIdsOf(match, ns) };
      for (const side of ["source", "target"] as const) out.push(...checkInline(inlineOf([match], ns, side), scope));
    }
  }
  return out;
}

function formatStyle(element: XmlElement, ns: string): XliffViolation[] {
  const [fs, subFs] = [nsAttribute(element, FS_NS, "fs"), nsAttribute(element, FS_NS, "subFs")];
  const out: XliffViolation[] = [];
  if (subFs !== undefined && fs === undefined) out.push(violation("FS_SUBFS", element, { element: element.name }));
  if (subFs !== undefined && !SUB_FS.test(subFs)) out.push(violation("FS_SUBFS_FORMAT", element, { value: subFs }));
  if (element.uri === ns && element.name === "ec" && element.attributes.isolated !== "yes" && (fs !== undefined || subFs !== undefined)) {
    out.push(violation("EC_ATTRIBUTE_NEEDS_ISOLATED", element, { attribute: fs !== undefined ? "fs:fs" : "fs:subFs" }));
  }
  return out;
}

/** fs:subFs: name,value pairs separated by "\\", a comma or backslash in a value escaped with "\\" (§5.3.5.2). */
const SUB_FS = /^[^,\\\s]+,(?:[^,\\]|\\[,\\])*(?:\\[^,\\\s]+,(?:[^,\\]|\\[,\\])*)*$/u;

const RULE_KINDS = ["isPresent", "isNotPresent", "startsWith", "endsWith"];

function validationRule(rule: XmlElement): XliffViolation[] {
  const a = rule.attributes;
  const kinds = RULE_KINDS.filter((k) => a[k] !== undefined);
  // As the module's Schematron has it: any attribute outside the module's namespace may be a custom rule.
  const custom = Object.keys(rule.expanded ?? {}).some((name) => !name.startsWith(`{${VALIDATION_NS}}`));
  const code =
    kinds.length > 1
      ? "VALIDATION_ONE_KIND"
      : kinds.length === 0 && !custom
        ? "VALIDATION_NO_KIND"
        : a.occurs !== undefined && a.isPresent === undefined
          ? "VALIDATION_OCCURS"
          : a.existsInSource !== undefined && !["isPresent", "startsWith", "endsWith"].includes(kinds[0] ?? "")
            ? "VALIDATION_EXISTS_IN_SOURCE"
            : undefined;
  return code ? [violation(code, rule)] : [];
}

/**
 * Resource data: ids unique in a <res:resourceData>; a res:source or res:target has an href or
 * content, not both. (Its refs and xml:lang are left alone: the suite's valid files use both freely.)
 */
function resourceData(file: XmlElement, srcLang: string | undefined): XliffViolation[] {
  const out: XliffViolation[] = [];
  for (const data of descendantsIn(file, RESOURCE_NS, "resourceData")) {
    out.push(...duplicates(descendantsIn(data, RESOURCE_NS, "resourceItem", "resourceItemRef"), "resourceData"));
  }
  for (const side of descendantsIn(file, RESOURCE_NS, "source", "target")) {
    const hasContent = side.children.some((c) => typeof c !== "string" || c.trim() !== "");
    if ((side.attributes.href !== undefined) === hasContent) out.push(violation("RESOURCE_HREF_OR_CONTENT", side, { element: side.name }));
    // Only the source's language is checked: the suite's valid files give targets other languages.
    const lang = side.attributes["xml:lang"];
    if (side.name === "source" && lang !== undefined && srcLang !== undefined && lang.toLowerCase() !== srcLang.toLowerCase()) {
      out.push(violation("LANG_MISMATCH", side, { lang, element: "res:source", expected: srcLang }));
    }
  }
  return out;
}

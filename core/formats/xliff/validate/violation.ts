/**
 * What the XLIFF 2 checker reports: one violation per broken constraint, with the line of the
 * element at fault, a stable code (one per rule), and the values a message needs. The English
 * sentences live here, once; locales/{en,fr}/common.json `errors.xliff` say the same in each
 * language (a test keeps the English identical), so the import form shows the rule in the user's
 * language with the line the server found.
 */

import type { XmlElement } from "../../tbx/read-xml";

export const VIOLATION_MESSAGES = {
  SCHEMA: "the file does not follow the XLIFF 2 schema: {{detail}}",
  VERSION: "version “{{version}}” does not go with this namespace, which serves XLIFF {{expected}}.",
  DUPLICATE_ID: "the id “{{id}}” of <{{element}}> is used more than once in its <{{scope}}>.",
  TARGET_ID: '<{{element}} id="{{id}}"> in a target matches no element of the same kind in the source and is not unique in its unit.',
  TARGET_ORDER: "the target order “{{order}}” is repeated or outside 1–{{max}}.",
  NO_TRG_LANG: "the file has targets but <xliff> has no trgLang.",
  LANG_NOT_WELL_FORMED: "{{attribute}} “{{lang}}” is not a well-formed BCP 47 language tag.",
  XML_SPACE_MISMATCH: "the target's xml:space “{{target}}” differs from its source's “{{source}}”.",
  FRAGMENT_SYNTAX: 'ref="{{ref}}" on <{{element}}> is not a fragment identifier: “#”, then prefix=id selectors separated by “/”.',
  FRAGMENT_DUPLICATE_PREFIX: 'ref="{{ref}}" on <{{element}}> uses a selector prefix twice.',
  FRAGMENT_ORDER: 'ref="{{ref}}" on <{{element}}> must name file (f=), group (g=) and unit (u=) in that order.',
  FRAGMENT_LEAF: 'ref="{{ref}}" on <{{element}}> must end with exactly one selector of a note, data, inline element, segment or module item.',
  FRAGMENT_PREFIX: 'ref="{{ref}}" on <{{element}}> uses a prefix that no module or registered extension defines.',
  FRAGMENT_REQUIRED: 'ref="{{ref}}" on <{{element}}> must be a fragment identifier (“#…”) pointing into its unit.',
  COMMENT_REF_SCOPE: '<{{element}}> ref="{{ref}}" must point at a note (n=) of its own unit.',
  LANG_MISMATCH: "xml:lang “{{lang}}” of <{{element}}> differs from the file's {{expected}}.",
  SKELETON: "<skeleton> must have either an href or content, not both and not neither.",
  NO_SEGMENT: '<unit id="{{id}}"> has no <segment>, so nothing in it can be translated.',
  NO_SOURCE: "<segment> has no <source>.",
  STATE_NEEDS_TARGET: "a segment in state “{{state}}” must have a <target>.",
  SUBSTATE_WITHOUT_STATE: "a segment has subState “{{subState}}” but no state.",
  BAD_PREFIXED_VALUE: "the {{attribute}} “{{value}}” of <{{element}}> is not of the form prefix:value (the prefix “xlf” is reserved).",
  SUBTYPE_WITHOUT_TYPE: "<{{element}}> has subType “{{subType}}” but no type.",
  SUBTYPE_TYPE: "<{{element}}> has subType “{{subType}}”, which requires type “{{expected}}”, not “{{type}}”.",
  SC_WITHOUT_EC: '<sc id="{{id}}"> has no matching <ec startRef="{{id}}"> after it in its unit.',
  EC_WITHOUT_SC: '<ec startRef="{{id}}"> has no <sc id="{{id}}"> before it in its unit.',
  SC_ISOLATED_WITH_EC: '<sc id="{{id}}"> says isolated="yes" but an <ec> refers to it in its unit.',
  EC_ID_STARTREF: "an <ec> must have startRef when not isolated and id (without startRef) when isolated.",
  EC_DIR: 'dir may be used on <ec> only when isolated="yes".',
  PAIR_MISMATCH: 'the {{attribute}} of <sc id="{{id}}"> and of its <ec> differ.',
  FIRST_NO_PAIR: '<sc id="{{id}}"> has canReorder="firstNo" but its <ec> does not have canReorder="no".',
  CAN_REORDER_NEEDS_NO_COPY_DELETE: '<{{element}}> has canReorder="{{value}}" but canCopy and canDelete are not both "no".',
  CAN_REORDER_SEQUENCE: '<{{element}}> has canReorder="no" without a preceding element with canReorder="firstNo".',
  CAN_DELETE_MISSING: '<{{element}} id="{{id}}"> has canDelete="no" but is missing from its segment\'s target.',
  COPY_OF: 'copyOf="{{id}}" on <{{element}}> names no copyable inline code of its unit.',
  COPY_OF_WITH_DATA: "<{{element}}> cannot have both copyOf and a reference to original data.",
  DATA_REF: '{{attribute}}="{{id}}" on <{{element}}> names no <data> of its unit.',
  PAIRED_ATTRIBUTES: "<{{element}}> has {{present}} without {{missing}}.",
  MARKER_WITHOUT_END: '<sm id="{{id}}"> has no <em startRef="{{id}}"> after it in its unit.',
  MARKER_WITHOUT_START: '<em startRef="{{id}}"> has no <sm id="{{id}}"> before it in its unit.',
  TRANSLATE_ANNOTATION: "<{{element}}> of type generic needs a translate attribute.",
  COMMENT_ANNOTATION: "<{{element}}> of type comment needs exactly one of value and ref.",
  COMMENT_REF: '<{{element}}> ref="{{ref}}" names no note of its unit.',
  MATCH_MARKER_REF: "<{{element}}> of type mtc:match cannot have a ref.",
  SUB_FLOWS: "{{attribute}} names “{{id}}”, which is no unit of this file.",
  CP_HEX: '<cp hex="{{hex}}"> must be a character XML cannot carry (0000–10FFFF, not a legal XML character).',
  GLOSSARY_ENTRY: "a <gls:glossEntry> needs a <gls:translation> or a <gls:definition>.",
  REF_TARGET: 'ref="{{ref}}" on <{{element}}> points at no text of its unit.',
  SIZE_INFO: "<{{element}}> cannot have both slr:sizeInfo and slr:sizeInfoRef.",
  SIZE_VALUE: '{{attribute}}="{{value}}" is not a size the module allows (a whole number, or "*", "n,m", "n,*" for a restriction).',
  SIZE_INFO_REF: 'slr:sizeInfoRef="{{ref}}" on <{{element}}> names nothing in an <slr:data> beside it or beside one of its ancestors.',
  CHANGE_TRACKING_REF: '<ctr:revisions ref="{{ref}}"> names no element of the element it tracks changes in.',
  CHANGE_TRACKING_PROPERTY: '<ctr:item property="{{property}}"> is neither content nor an attribute of the tracked <{{element}}>.',
  MATCH_XML_LANG: "<mtc:match> must not have xml:lang.",
  VALIDATION_ONE_KIND: "<val:rule> may have only one of isPresent, isNotPresent, startsWith and endsWith.",
  VALIDATION_NO_KIND: "<val:rule> needs one of isPresent, isNotPresent, startsWith, endsWith or a custom rule attribute.",
  VALIDATION_OCCURS: "<val:rule> may have occurs only with isPresent.",
  VALIDATION_EXISTS_IN_SOURCE: "<val:rule> may have existsInSource only with isPresent, startsWith or endsWith.",
  RESOURCE_HREF_OR_CONTENT: "<res:{{element}}> needs either an href or content, not both.",
  EC_ATTRIBUTE_NEEDS_ISOLATED: '<ec> with {{attribute}} must have isolated="yes".',
  ITS: "the ITS markup breaks the ITS module: {{problem}}.",
  FS_SUBFS_FORMAT: 'fs:subFs="{{value}}" is not a list of name,value pairs separated by backslashes.',
  FS_SUBFS: "<{{element}}> has fs:subFs without fs:fs.",
} as const;

export type ViolationCode = keyof typeof VIOLATION_MESSAGES;

export interface XliffViolation {
  /** Line (from 1) of the element at fault. */
  line?: number;
  code: ViolationCode;
  /** The values the message names (ids, attributes…), for the user's language. */
  details: Record<string, string | number>;
  /** The English sentence, starting with "Line N: " when the line is known. */
  message: string;
}

/** `template` with each {{name}} replaced by its value in `details`. */
export function fillMessage(template: string, details: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(details[name] ?? ""));
}

// The element at fault, kept beside each violation (not in it: violations travel as plain data).
const elementOfViolation = new WeakMap<XliffViolation, XmlElement>();

/** The element a violation was found on, when the checks (not the schema) found it. */
export const elementOf = (v: XliffViolation): XmlElement | undefined => elementOfViolation.get(v);

/** A violation of `code` at `element`. */
export function violation(code: ViolationCode, element: XmlElement | undefined, details: Record<string, string | number> = {}): XliffViolation {
  const line = element?.line;
  const text = fillMessage(VIOLATION_MESSAGES[code], details);
  const found: XliffViolation = {
    ...(line !== undefined ? { line } : {}),
    code,
    details,
    message: line === undefined ? capitalise(text) : `Line ${line}: ${text}`,
  };
  if (element && element.name !== "") elementOfViolation.set(found, element);
  return found;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

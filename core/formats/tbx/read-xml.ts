/**
 * Reads an XML document into a small element tree, refusing anything hostile before it can cost
 * us: a size cap, then any DOCTYPE that declares entities (external ones could read files or URLs,
 * internal ones can expand exponentially — "billion laughs"). Parsing is saxes, a strict
 * non-validating parser that never loads external resources and only knows the five predefined
 * entities and character references; we refuse entity declarations before parsing anyway, so
 * safety never depends on one library's defaults. saxes sits behind this adapter only.
 */

import { SaxesParser } from "saxes";
import { DomainError } from "../../errors";
import { tbxError } from "./errors";

/** An element: local name (prefix dropped), attributes by qualified name, children in order. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** Line (from 1) of the start tag, so importers can point users at the problem. */
  line?: number;
  /** Namespace URI ("" for none); set only when read with `namespaces: true`. */
  uri?: string;
  /**
   * With `namespaces: true`, attributes by expanded name: `local` for an unprefixed attribute,
   * `{uri}local` for a prefixed one (Clark notation), so readers match the namespace, not the
   * prefix a tool happened to choose. Namespace declarations (xmlns…) are left out.
   */
  expanded?: Record<string, string>;
}

/** An element or a run of text. */
export type XmlNode = XmlElement | string;

/** Limits for readXml. */
export interface ReadXmlOptions {
  /** Largest accepted document, in UTF-8 bytes. @default 10 MB */
  maxBytes?: number;
  /**
   * Resolve namespaces: each element gets its `uri`, and an unbound prefix is malformed XML.
   * Off by default, so readers that only compare local names (TBX) accept what they always did.
   */
  namespaces?: boolean;
}

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
// Real TBX nests about ten deep; a limit keeps the tree walkers' recursion safe.
export const MAX_XML_DEPTH = 100;
/** What makes a DOCTYPE hostile: any entity declaration (shared with the streamed TMX reader). */
export const ENTITY_DECLARATION = /<!ENTITY/iu;

/** Parses `xml` and returns its root element, or throws a coded DomainError and returns nothing. */
export function readXml(xml: string, options: ReadXmlOptions = {}): XmlElement {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (utf8Length(xml, maxBytes) > maxBytes) {
    throw tbxError("TOO_LARGE", `The file is larger than the ${formatBytes(maxBytes)} limit.`, { maxBytes });
  }
  const doctype = xml.indexOf("<!DOCTYPE");
  if (doctype >= 0 && ENTITY_DECLARATION.test(xml.slice(doctype))) throw hostileXml(lineAt(xml, doctype));

  const parser = new SaxesParser({ position: true, xmlns: options.namespaces === true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  // Belt and braces: the scan above could be fooled only by a DOCTYPE we never saw; saxes reports it.
  parser.on("doctype", (text) => {
    if (ENTITY_DECLARATION.test(text)) throw hostileXml(parser.line);
  });
  // opentag fires after the whole start tag; remember where it began (attributes may span lines).
  let tagLine = 1;
  parser.on("opentagstart", () => {
    tagLine = parser.line;
  });
  parser.on("opentag", (tag) => {
    if (stack.length >= MAX_XML_DEPTH) {
      throw tbxError("HOSTILE_XML", `The file nests elements more than ${MAX_XML_DEPTH} deep (line ${tagLine}).`, { line: tagLine });
    }
    const element: XmlElement = { name: localName(tag.name), attributes: attributeValues(tag.attributes), children: [], line: tagLine };
    if (tag.uri !== undefined) {
      element.uri = tag.uri;
      element.expanded = expandedAttributes(tag.attributes);
    }
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  const addText = (text: string) => {
    if (stack.length > 0) stack[stack.length - 1].children.push(text);
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw malformedXml(error);
  }
  if (!root) throw tbxError("MALFORMED_XML", "The file has no root element.");
  return root;
}

/** The refusal of a DOCTYPE declaring entities, at `line`. */
export function hostileXml(line: number) {
  return tbxError(
    "HOSTILE_XML",
    `The file declares XML entities (<!ENTITY …>, DOCTYPE at line ${line}), which could read local files or expand without bound; it was not imported.`,
    { line },
  );
}

/** Line (from 1) of the character at `index`. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** Attribute values by qualified name, whether saxes tracked namespaces (objects) or not (strings). */
function attributeValues(attributes: Record<string, string | { value: string }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) out[name] = typeof value === "string" ? value : value.value;
  return out;
}

/** Attributes by expanded name (see XmlElement.expanded), from saxes's namespace-aware attributes. */
function expandedAttributes(attributes: Record<string, string | { value: string; uri?: string; local?: string; prefix?: string }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (typeof attribute === "string") continue;
    const { uri = "", local = name, prefix = "" } = attribute;
    if (prefix === "xmlns" || name === "xmlns") continue;
    out[uri === "" ? local : `{${uri}}${local}`] = attribute.value;
  }
  return out;
}

/** saxes reports "line:column: message" (line from 1); keep the line for the user. */
export function malformedXml(error: unknown) {
  const text = error instanceof Error ? error.message : String(error);
  const position = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/su.exec(text);
  if (!position) return tbxError("MALFORMED_XML", `The file is not well-formed XML: ${text}`);
  const line = Number(position[1]);
  return tbxError("MALFORMED_XML", `The file is not well-formed XML (line ${line}): ${position[3]}`, { line, column: Number(position[2]) + 1 });
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** UTF-8 length of `text`, or any value above `cap` as soon as it is sure to exceed it. */
function utf8Length(text: string, cap: number): number {
  if (text.length > cap) return text.length;
  if (text.length * 3 <= cap) return text.length;
  return new TextEncoder().encode(text).length;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1048576) * 10) / 10} MB` : `${bytes} bytes`;
}

/** The concatenated text inside an element, markup dropped («<term>chaîne <hi>x</hi></term>» → "chaîne x"). */
export function textContent(element: XmlElement): string {
  let text = "";
  for (const child of element.children) text += typeof child === "string" ? child : textContent(child);
  return text;
}

/** Child elements of `element` with the given local name(s). */
export function childElements(element: XmlElement, ...names: string[]): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== "string" && (names.length === 0 || names.includes(c.name)));
}

/**
 * Text in and out of XLIFF: escaping what we write, flattening the inline markup we read.
 *
 * Inline codes, read as plain text (our segments hold no markup):
 * - `<pc>`, `<mrk>`: their content; `<pc>` adds its `equivStart`/`equivEnd` when given;
 * - `<ph>`, `<sc>`, `<ec>`: their `equiv` when given, else nothing. `equiv` is the spec's
 *   "plain text equivalent" of a code, meant for text-only use; `disp` is a display label
 *   (often "{1}" or "[b]") that would end up inside the translation, so it is not used;
 * - `<sm>`, `<em>`: nothing (they only mark where an annotation starts or ends);
 * - `<cp hex>`: the character it stands for (how XLIFF carries characters XML cannot).
 * Whitespace: under xml:space="default" (XLIFF's default) runs of XML whitespace (space, tab, CR,
 * LF) become one space and the ends are trimmed, so indentation from pretty-printers vanishes;
 * under "preserve" the text is kept as is. No-break spaces (French « … ») are never touched.
 */

import type { XmlElement } from "../tbx/read-xml";

/** Runs of the four XML whitespace characters; \s would also eat no-break spaces. */
const XML_SPACE = /[ \t\r\n]+/gu;

export const collapse = (text: string): string => text.replace(XML_SPACE, " ").trim();

/** Notes as both sides keep them: trimmed (inner line breaks stay), empty ones dropped. */
export function tidyNotes(notes: readonly string[] | undefined): string[] {
  return (notes ?? []).map((n) => n.trim()).filter((n) => n !== "");
}

/** Whether `text` must be written with xml:space="preserve" to read back unchanged. */
export const needsPreserve = (text: string): boolean => collapse(text) !== text;

// Characters XML 1.0 cannot carry (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': "&quot;", "\t": "&#9;", "\n": "&#10;" };

/** Escapes element content; "\r" becomes a reference, or parsers would read it as "\n". */
function escapeText(value: string): string {
  return value.replace(/[&<>\r]/gu, (ch) => TEXT_ESCAPES[ch]);
}

/** Element content where no markup is allowed (notes, glossary): XML-illegal characters dropped. */
export function plainText(value: string): string {
  return escapeText(value.replace(NOT_XML, ""));
}

/** An attribute value; tabs and newlines escaped, else attribute normalisation would flatten them. */
export function attr(value: string): string {
  return value.replace(NOT_XML, "").replace(/[&<>"\t\n\r]/gu, (ch) => ATTR_ESCAPES[ch]);
}

/** Source or target content: XML-illegal characters written as `<cp hex>`, so nothing is lost. */
export function inlineText(value: string): string {
  let out = "";
  let last = 0;
  for (const match of value.matchAll(NOT_XML)) {
    const hex = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    out += `${escapeText(value.slice(last, match.index))}<cp hex="${hex}"/>`;
    last = match.index + match[0].length;
  }
  return out + escapeText(value.slice(last));
}

/** Whether `element` asks for preserved whitespace, else what it inherits. */
export function preserves(element: XmlElement, inherited: boolean): boolean {
  const space = element.attributes["xml:space"];
  return space === "preserve" ? true : space === "default" ? false : inherited;
}

/** Calls `visit` on every element inside `element`, depth first, in document order. */
export function eachDescendant(element: XmlElement, visit: (child: XmlElement) => void): void {
  for (const child of element.children) {
    if (typeof child === "string") continue;
    visit(child);
    eachDescendant(child, visit);
  }
}

/** The plain text of a `<source>` or `<target>` (see the rules above). */
export function readInline(element: XmlElement, inheritedPreserve: boolean): string {
  const text = flatten(element);
  return preserves(element, inheritedPreserve) ? text : collapse(text);
}

function flatten(element: XmlElement): string {
  let text = "";
  for (const child of element.children) {
    if (typeof child === "string") text += child;
    else text += inlineElement(child);
  }
  return text;
}

function inlineElement(element: XmlElement): string {
  const a = element.attributes;
  switch (element.name) {
    case "ph":
    case "sc":
    case "ec":
      return a.equiv ?? "";
    case "sm":
    case "em":
      return "";
    case "pc":
      return (a.equivStart ?? "") + flatten(element) + (a.equivEnd ?? "");
    case "cp":
      return codePoint(a.hex);
    default: // mrk, and anything unexpected: keep the words
      return flatten(element);
  }
}

/** The character `<cp hex>` stands for; nothing if the value is not a code point. */
function codePoint(hex: string | undefined): string {
  const value = /^[0-9A-Fa-f]{1,6}$/u.test(hex ?? "") ? parseInt(hex!, 16) : NaN;
  return value <= 0x10ffff ? String.fromCodePoint(value) : "";
}

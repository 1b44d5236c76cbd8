/**
 * The namespaces of XLIFF 1.x and of the tools' dialects, and attribute lookup by namespace URI.
 * The XML reader keeps attributes under their written names ("mq:status"), so a prefixed one is
 * found through the xmlns declarations in scope: a file that binds memoQ's namespace to `q:` reads
 * the same, and an `mq:` bound to something else is not memoQ's.
 */

import type { XmlElement } from "../tbx/read-xml";

/** XLIFF 1.0/1.1/1.2 core namespaces (1.0 files may also have none). */
export const XLIFF_1_NAMESPACE = /^urn:oasis:names:tc:xliff:document:1\.[012]$/u;
export const XLIFF_12_NS = "urn:oasis:names:tc:xliff:document:1.2";
/** Trados SDLXLIFF. */
export const SDL_NS = "http://sdl.com/FileTypes/SdlXliff/1.0";
/** memoQ MQXLIFF (the namespace name is literally this word). */
export const MEMOQ_NS = "MQXliff";
/** Phrase (Memsource) MXLIFF. */
export const PHRASE_NS = "http://www.memsource.com/mxlf/2.0";

/** Our tool id and paragraph group types, written by write-xliff12.ts and recognised by parse-xliff12.ts. */
export const LISIERE_TOOL_ID = "lisiere";
export const PARAGRAPH_RESTYPE = "x-lis-paragraph";
export const HEADING_RESTYPE = /^x-lis-heading-([1-6])$/u;

/** Prefix → namespace URI of the declarations in scope. */
export type Scope = ReadonlyMap<string, string>;

/** The scope inside `element`: `outer` plus its own xmlns:prefix declarations. */
export function scopeOf(element: XmlElement, outer: Scope): Scope {
  let scope: Map<string, string> | null = null;
  for (const [name, value] of Object.entries(element.attributes)) {
    if (!name.startsWith("xmlns:")) continue;
    scope ??= new Map(outer);
    scope.set(name.slice(6), value);
  }
  return scope ?? outer;
}

/** The value of `element`'s attribute `local` in namespace `uri`, whatever its prefix. */
export function attributeNS(element: XmlElement, scope: Scope, uri: string, local: string): string | undefined {
  for (const [name, value] of Object.entries(element.attributes)) {
    const colon = name.indexOf(":");
    if (colon > 0 && name.slice(colon + 1) === local && name.slice(0, colon) !== "xmlns" && scope.get(name.slice(0, colon)) === uri) return value;
  }
  return undefined;
}

/**
 * The namespaces of XLIFF 1.x and of the tools' dialects. Their attributes are read by namespace
 * URI (`nsAttribute` in ../xliff/xliff-elements.ts, over the names the XML reader resolves): a
 * file that binds memoQ's namespace to `q:` reads the same, and an `mq:` bound to something else
 * is not memoQ's.
 */

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

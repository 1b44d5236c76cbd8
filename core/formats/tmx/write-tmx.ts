/**
 * A streamed TMX 1.4b writer: units come from an (async) iterable, text goes out in chunks of about
 * 64 KB, so a memory of a million units is written without being held. Output is valid against the
 * TMX 1.4b DTD (write-tmx.test.ts checks with xmllint --dtdvalid); no DOCTYPE is written, so no
 * reader ever goes looking for tmx14.dtd on the network. Dates are TMX's `YYYYMMDDThhmmssZ` (whole
 * seconds). Texts are plain (no inline codes); characters XML cannot carry are dropped.
 */

import { attr, plainText } from "../xliff/xliff-text";
import type { TmxAnnotations, TmxUnit } from "./tmx-model";
import { formatTmxDate } from "./tmx-date";

export const TMX_CREATION_TOOL = "Lisière";

export interface WriteTmxOptions {
  creationToolVersion: string;
  /** The header's srclang, as the memory stores it. @default "fr-FR" */
  srcLang?: string;
  /** When the file is written (header creationdate). @default now */
  now?: Date;
}

const CHUNK_CHARS = 65_536;
const SEGTYPES = new Set(["block", "paragraph", "sentence", "phrase"]);
/** `<tu>` attributes of the DTD that units may carry from an imported file (the others are written from fields). */
const KEPT_TU_ATTRIBUTES = ["usagecount", "lastusagedate", "creationtool", "creationtoolversion", "datatype", "o-tmf", "o-encoding", "srclang"];

/** The file, a chunk at a time. */
export async function* writeTmx(units: AsyncIterable<TmxUnit> | Iterable<TmxUnit>, options: WriteTmxOptions): AsyncGenerator<string> {
  let chunk = `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n${header(options)}\n<body>\n`;
  for await (const unit of units) {
    chunk += writeUnit(unit);
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = "";
    }
  }
  yield `${chunk}</body>\n</tmx>\n`;
}

function header(options: WriteTmxOptions): string {
  const attributes = {
    creationtool: TMX_CREATION_TOOL,
    creationtoolversion: options.creationToolVersion,
    segtype: "sentence",
    "o-tmf": TMX_CREATION_TOOL,
    adminlang: "en",
    srclang: options.srcLang ?? "fr-FR",
    datatype: "plaintext",
    creationdate: formatTmxDate(options.now ?? new Date()),
  };
  return `<header${attributeList(attributes)}/>`;
}

/** One `<tu>` with its French and English `<tuv>`. */
export function writeUnit(unit: TmxUnit): string {
  const attributes: Record<string, string | undefined> = {
    tuid: unit.tuid,
    creationdate: unit.creationDate && formatTmxDate(unit.creationDate),
    creationid: unit.creationId,
    changedate: unit.changeDate && formatTmxDate(unit.changeDate),
    changeid: unit.changeId,
  };
  for (const key of KEPT_TU_ATTRIBUTES) if (unit.attributes[key] !== undefined) attributes[key] = unit.attributes[key];
  if (SEGTYPES.has(unit.attributes.segtype ?? "")) attributes.segtype = unit.attributes.segtype;
  let out = `<tu${attributeList(attributes)}>\n${annotations(unit, "  ")}`;
  for (const variant of [unit.source, unit.target]) {
    out += `  <tuv xml:lang="${attr(variant.lang)}">\n${annotations(variant, "    ")}    <seg>${plainText(variant.text)}</seg>\n  </tuv>\n`;
  }
  return `${out}</tu>\n`;
}

function annotations(owner: TmxAnnotations, indent: string): string {
  let out = "";
  for (const [type, value] of owner.props) out += `${indent}<prop type="${attr(type)}">${plainText(value)}</prop>\n`;
  for (const note of owner.notes) out += `${indent}<note>${plainText(note)}</note>\n`;
  return out;
}

function attributeList(attributes: Record<string, string | undefined>): string {
  let out = "";
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined && value !== "") out += ` ${name}="${attr(value)}"`;
  return out;
}

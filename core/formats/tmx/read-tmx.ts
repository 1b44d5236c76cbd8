/**
 * A streamed TMX 1.4b reader: bytes go in a chunk at a time, finished French → English units come
 * out, so a 100 MB memory is read in bounded memory (a chunk, one unit and the parser's buffer).
 * saxes parses; hostile XML is refused exactly as the whole-document reader (tbx/read-xml.ts) does:
 * a DOCTYPE declaring entities, nesting past its depth limit, a file past the size cap, and
 * malformed XML with its line. saxes never loads external entities or DTDs.
 *
 * What is kept of a `<tu>`: the first French and the first English `<tuv>` (`xml:lang`, or the
 * legacy `lang`, compared case-insensitively and without region: fr, fr-FR, fr-CA, FR are French),
 * their `<seg>` as plain text, `<prop>`s and `<note>`s of the unit and of both variants, tuid,
 * creation/change dates and ids, and the other `<tu>` attributes. Units lacking either language
 * (or with an empty side) are skipped and counted.
 *
 * Inline markup in `<seg>`, as plain text (units hold no markup, as segments do not): the codes
 * `<bpt>`, `<ept>`, `<ph>`, `<it>`, `<ut>` are dropped with their content — it is the original
 * format's native code (`&lt;b>`, `{1}`), and `<sub>` only occurs inside codes; `<hi>` keeps its text
 * (it marks text, it is not code). The text is trimmed at both ends; inner whitespace is kept.
 */

import { SaxesParser, type SaxesTagPlain } from "saxes";
import { DomainError } from "../../errors";
import { MAX_TMX_BYTES } from "../../limits";
import { ENTITY_DECLARATION, formatBytes, hostileXml, malformedXml, MAX_XML_DEPTH } from "../tbx/read-xml";
import { tmxError } from "./errors";
import { TmxDecoder } from "./tmx-decoder";
import type { TmxAnnotations, TmxHeader, TmxUnit, TmxVariant } from "./tmx-model";
import { parseTmxDate } from "./tmx-date";

export interface ReadTmxOptions {
  /** Largest accepted file, in bytes. @default MAX_TMX_BYTES (core/limits.ts) */
  maxBytes?: number;
}

const CODE_ELEMENTS = new Set(["bpt", "ept", "ph", "it", "ut"]);
/** `<tu>` attributes read into fields of their own; the others are kept as they are. */
const MAPPED_TU_ATTRIBUTES = new Set(["tuid", "creationdate", "changedate", "creationid", "changeid"]);

interface OpenUnit extends TmxAnnotations {
  attributes: Record<string, string>;
  variants: TmxVariant[];
}

export class TmxReader {
  /** The file's `<header>`, once read. */
  header: TmxHeader | null = null;
  /** `<tu>` elements read, units given out, and units skipped (no French or no English text). */
  read = 0;
  imported = 0;
  skipped = 0;
  bytesRead = 0;

  private readonly maxBytes: number;
  private readonly decoder = new TmxDecoder();
  private readonly parser = new SaxesParser({ position: true });
  private out: TmxUnit[] = [];
  private depth = 0;
  private sawRoot = false;
  private tagLine = 1;
  private unit: OpenUnit | null = null;
  private variant: TmxVariant | null = null;
  private inSeg = false;
  private codeDepth = 0;
  private capture: { kind: "prop" | "note"; type: string; text: string; owner: TmxAnnotations } | null = null;

  constructor(options: ReadTmxOptions = {}) {
    this.maxBytes = options.maxBytes ?? MAX_TMX_BYTES;
    const p = this.parser;
    p.on("doctype", (text) => {
      // saxes reports it at its end; name the line where it starts, as the whole-document reader does.
      if (ENTITY_DECLARATION.test(text)) throw hostileXml(p.line - (text.match(/\n/gu)?.length ?? 0));
    });
    p.on("opentagstart", () => {
      this.tagLine = p.line;
    });
    p.on("opentag", (tag) => this.open(tag as SaxesTagPlain));
    p.on("closetag", (tag) => this.close(tag.name));
    p.on("text", (text) => this.text(text));
    p.on("cdata", (text) => this.text(text));
  }

  /** Feeds the next bytes of the file; returns the units completed by them. */
  push(bytes: Uint8Array): TmxUnit[] {
    this.bytesRead += bytes.byteLength;
    if (this.bytesRead > this.maxBytes) {
      throw tmxError("TOO_LARGE", `The file is larger than the ${formatBytes(this.maxBytes)} limit.`, { maxBytes: this.maxBytes });
    }
    return this.parse(this.decoder.push(bytes), false);
  }

  /** Ends the file; returns the last units. Throws if the file was empty, not TMX, or cut short. */
  end(): TmxUnit[] {
    if (this.bytesRead === 0) throw tmxError("NOT_TMX", "The file is empty.");
    const units = this.parse(this.decoder.end(), true);
    if (!this.sawRoot) throw tmxError("NOT_TMX", "The file has no root element; it is not a TMX file.");
    return units;
  }

  private parse(text: string, last: boolean): TmxUnit[] {
    try {
      if (text) this.parser.write(text);
      if (last) this.parser.close();
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw malformedXml(error);
    }
    const units = this.out;
    this.out = [];
    return units;
  }

  private open(tag: SaxesTagPlain): void {
    if (++this.depth > MAX_XML_DEPTH) {
      throw tmxError("HOSTILE_XML", `The file nests elements more than ${MAX_XML_DEPTH} deep (line ${this.tagLine}).`, { line: this.tagLine });
    }
    const name = tag.name;
    const attributes = tag.attributes;
    if (!this.sawRoot) {
      if (name !== "tmx") throw tmxError("NOT_TMX", `The file is not a TMX file: its root element is <${name}>, not <tmx>.`, { root: name });
      this.sawRoot = true;
      return;
    }
    if (this.inSeg) {
      if (CODE_ELEMENTS.has(name)) this.codeDepth++;
      return;
    }
    switch (name) {
      case "header":
        this.header = readHeader(attributes);
        return;
      case "tu":
        this.unit = { attributes, variants: [], props: [], notes: [] };
        return;
      case "tuv":
        if (this.unit) this.variant = { lang: (attributes["xml:lang"] ?? attributes.lang ?? "").trim(), text: "", props: [], notes: [] };
        return;
      case "seg":
        if (this.variant) this.inSeg = true;
        return;
      case "prop":
      case "note": {
        const owner = this.variant ?? this.unit ?? (this.depth === 3 ? this.header : null);
        if (owner) this.capture = { kind: name, type: attributes.type ?? "", text: "", owner };
        return;
      }
    }
  }

  private close(name: string): void {
    this.depth--;
    if (this.inSeg) {
      if (name === "seg") this.inSeg = false;
      else if (CODE_ELEMENTS.has(name)) this.codeDepth--;
      return;
    }
    if ((name === "prop" || name === "note") && this.capture) {
      const { kind, type, text, owner } = this.capture;
      if (kind === "prop") owner.props.push([type, text]);
      else owner.notes.push(text);
      this.capture = null;
    } else if (name === "tuv" && this.variant) {
      this.variant.text = this.variant.text.trim();
      this.unit?.variants.push(this.variant);
      this.variant = null;
    } else if (name === "tu" && this.unit) {
      this.finishUnit(this.unit);
      this.unit = null;
    }
  }

  private text(text: string): void {
    if (this.inSeg) {
      if (this.codeDepth === 0) this.variant!.text += text;
    } else if (this.capture) {
      this.capture.text += text;
    }
  }

  private finishUnit(open: OpenUnit): void {
    this.read++;
    const source = open.variants.find((v) => languageOf(v.lang) === "fr" && v.text !== "");
    const target = open.variants.find((v) => languageOf(v.lang) === "en" && v.text !== "");
    if (!source || !target) {
      this.skipped++;
      return;
    }
    const a = open.attributes;
    const attributes = Object.fromEntries(Object.entries(a).filter(([key]) => !MAPPED_TU_ATTRIBUTES.has(key)));
    this.out.push({
      ...(a.tuid !== undefined ? { tuid: a.tuid } : {}),
      source,
      target,
      creationDate: parseTmxDate(a.creationdate),
      changeDate: parseTmxDate(a.changedate),
      creationId: a.creationid || undefined,
      changeId: a.changeid || undefined,
      props: open.props,
      notes: open.notes,
      attributes,
    });
    this.imported++;
  }
}

/** The language of a code without its region or script: "fr-FR", "FR", "fr_CA" → "fr". */
export function languageOf(code: string): string {
  return code.split(/[-_]/u)[0].toLowerCase();
}

function readHeader(a: Record<string, string>): TmxHeader {
  return {
    srcLang: a.srclang ?? "",
    adminLang: a.adminlang ?? "",
    dataType: a.datatype ?? "",
    oTmf: a["o-tmf"] ?? "",
    segType: a.segtype ?? "",
    creationTool: a.creationtool ?? "",
    creationToolVersion: a.creationtoolversion ?? "",
    ...(a.creationdate ? { creationDate: parseTmxDate(a.creationdate) } : {}),
    props: [],
    notes: [],
  };
}

/** Every unit of a whole file in memory (tests, small files); the server streams with TmxReader. */
export function readTmxUnits(bytes: Uint8Array | string, options: ReadTmxOptions & { chunkBytes?: number } = {}) {
  const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  const reader = new TmxReader(options);
  const step = options.chunkBytes ?? 65_536;
  const units: TmxUnit[] = [];
  for (let at = 0; at < data.byteLength; at += step) units.push(...reader.push(data.subarray(at, at + step)));
  units.push(...reader.end());
  return { header: reader.header, units, read: reader.read, imported: reader.imported, skipped: reader.skipped };
}

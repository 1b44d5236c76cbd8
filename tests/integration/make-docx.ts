import zlib from "node:zlib";

/**
 * Word files for the limit tests, built without holding what they unpack to: the body of
 * word/document.xml is one paragraph compressed once with a full flush (so its compressed form can
 * be repeated as is) and repeated `paragraphs` times — a 300 MB document in well under a megabyte,
 * like the "zip bomb" of the issue.
 */

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

interface Part {
  name: string;
  compressed: Buffer;
  crc: number;
  size: number;
}

function deflatedPart(name: string, text: string): Part {
  const data = Buffer.from(text);
  return { name, compressed: zlib.deflateRawSync(data), crc: zlib.crc32(data), size: data.length };
}

/** word/document.xml with `paragraphs` copies of one paragraph, compressed piecewise. */
function documentPart(paragraph: string, paragraphs: number): Part {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>`);
  const body = Buffer.from(`<w:p><w:r><w:t>${paragraph}</w:t></w:r></w:p>`.repeat(1000));
  const tail = Buffer.from("</w:body></w:document>");
  const flushed = (data: Buffer) => zlib.deflateRawSync(data, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const repeats = Math.ceil(paragraphs / 1000);
  const bodyCompressed = flushed(body);
  let crc = zlib.crc32(head);
  for (let k = 0; k < repeats; k++) crc = zlib.crc32(body, crc);
  crc = zlib.crc32(tail, crc);
  const compressed = Buffer.concat([flushed(head), ...Array<Buffer>(repeats).fill(bodyCompressed), zlib.deflateRawSync(tail)]);
  return { name: "word/document.xml", compressed, crc, size: head.length + repeats * body.length + tail.length };
}

/** A zip of deflated parts. */
function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const size = part.size >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(part.crc, 16);
    entry.writeUInt32LE(part.compressed.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, part.compressed);
    central.push(entry, name);
    offset += 30 + name.length + part.compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A .docx whose text is `paragraphs` copies of `paragraph` (rounded up to a thousand). */
export function makeDocx(options: { paragraph: string; paragraphs: number }): Uint8Array {
  const parts = [deflatedPart("[Content_Types].xml", CONTENT_TYPES), deflatedPart("_rels/.rels", RELS), documentPart(options.paragraph, options.paragraphs)];
  return new Uint8Array(zip(parts));
}

/** How many bytes word/document.xml of such a file unpacks to. */
export function documentXmlSize(paragraph: string, paragraphs: number): number {
  return documentPart(paragraph, paragraphs).size;
}

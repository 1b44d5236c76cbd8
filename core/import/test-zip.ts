/**
 * Builds small, valid zip files (stored entries, real CRC-32) for the sniffer's tests: containers
 * such as OpenDocument or EPUB are told apart by their entries, so a test needs only those.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip of the given entries, in order, all stored (method 0). */
export function makeZip(entries: { name: string; data: string | Uint8Array }[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: number[] = [];
  const central: number[] = [];
  const u16 = (out: number[], v: number) => out.push(v & 0xff, (v >>> 8) & 0xff);
  const u32 = (out: number[], v: number) => out.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const data = typeof entry.data === "string" ? encoder.encode(entry.data) : entry.data;
    const crc = crc32(data);
    const offset = locals.length;
    // Local header: signature, version, flags (UTF-8 names), method, time, date, crc, sizes, name length, extra length.
    u32(locals, 0x04034b50);
    [20, 0x0800, 0, 0, 0].forEach((v) => u16(locals, v));
    [crc, data.length, data.length].forEach((v) => u32(locals, v));
    [name.length, 0].forEach((v) => u16(locals, v));
    locals.push(...name, ...data);
    // Central directory entry for the same file.
    u32(central, 0x02014b50);
    [20, 20, 0x0800, 0, 0, 0].forEach((v) => u16(central, v));
    [crc, data.length, data.length].forEach((v) => u32(central, v));
    [name.length, 0, 0, 0, 0].forEach((v) => u16(central, v));
    u32(central, 0);
    u32(central, offset);
    central.push(...name);
  }
  const end: number[] = [];
  u32(end, 0x06054b50);
  [0, 0, entries.length, entries.length].forEach((v) => u16(end, v));
  u32(end, central.length);
  u32(end, locals.length);
  u16(end, 0);
  return new Uint8Array([...locals, ...central, ...end]);
}

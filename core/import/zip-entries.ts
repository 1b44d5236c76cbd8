/**
 * The list of entries of a zip file, read from its central directory — enough to tell a Word file
 * from an OpenDocument text or an e-book without unpacking anything. Never throws: bytes that are
 * not a well-formed zip give `null`. (Unpacking is the job of the readers, e.g. mammoth.)
 */

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  compressedSize: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const MAX_END_SEARCH = 22 + 0xffff;
/** More entries than any document container has; a bound on work for hostile input. */
const MAX_ENTRIES = 10_000;

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16)) + bytes[at + 3] * 0x1000000;
}

function fits(bytes: Uint8Array, at: number, length: number): boolean {
  return at >= 0 && at + length <= bytes.length;
}

/** Whether the bytes start like a zip (a local header, or the end record of an empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return fits(bytes, 0, 4) && (u32(bytes, 0) === LOCAL_HEADER || u32(bytes, 0) === END_OF_DIRECTORY);
}

/** The entries named in the central directory, in order, or null when there is no readable one. */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const directory = readZipDirectory(bytes);
  return directory && directory.entries.length > 0 ? directory.entries : directory?.complete ? [] : null;
}

/**
 * The central directory as far as it can be read, and whether that is all of it: every entry it
 * declares, none cut short, no ZIP64 (whose sizes this reader does not decode). A check that must
 * see every part — how far a file unpacks — refuses a directory that is not complete.
 */
export function readZipDirectory(bytes: Uint8Array): { entries: ZipEntry[]; complete: boolean } | null {
  const end = findEndRecord(bytes);
  if (end < 0) return null;
  const declared = u16(bytes, end + 10);
  const count = Math.min(declared, MAX_ENTRIES);
  let at = u32(bytes, end + 16);
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (!fits(bytes, at, 46) || u32(bytes, at) !== DIRECTORY_ENTRY) break;
    const nameLength = u16(bytes, at + 28);
    if (!fits(bytes, at + 46, nameLength)) break;
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      localOffset: u32(bytes, at + 42),
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  const zip64 = declared === 0xffff || entries.some((e) => e.compressedSize === 0xffffffff || e.localOffset === 0xffffffff);
  return { entries, complete: entries.length === declared && !zip64 };
}

/** The raw (possibly compressed) bytes of an entry, or null when its local header is not where it says. */
export function zipEntryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const at = entry.localOffset;
  if (!fits(bytes, at, 30) || u32(bytes, at) !== LOCAL_HEADER) return null;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  return fits(bytes, start, entry.compressedSize) ? bytes.subarray(start, start + entry.compressedSize) : null;
}

function findEndRecord(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - MAX_END_SEARCH);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

import zlib from "node:zlib";
import { readZipEntries, zipEntryData } from "../import/zip-entries";

/** The unpacked bytes of one entry of a zip file (Word exports are zips); throws when it is absent. */
export function zipEntry(zip: Uint8Array, name: string): Buffer {
  const entry = readZipEntries(zip)?.find((e) => e.name === name);
  const data = entry ? zipEntryData(zip, entry) : null;
  if (!entry || !data) throw new Error(`no ${name} in the zip`);
  return entry.method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data);
}

import { Zip, ZipDeflate } from "fflate";

/** One file of a zip: its path inside the archive and its bytes, given whole or as they are made. */
export interface ZipEntry {
  name: string;
  content: string | Uint8Array | AsyncIterable<Uint8Array>;
}

/**
 * A zip made as it is read: each entry compressed as its bytes come (fflate's streaming Zip) and
 * the archive's bytes yielded at once, so memory holds one chunk, not the archive. Entries are
 * asked for one at a time, so the next one is not made before the previous one is written.
 */
export async function* zipEntries(entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  const encoder = new TextEncoder();
  function* drain(): Generator<Uint8Array> {
    if (failure) throw failure;
    while (ready.length > 0) yield ready.shift()!;
  }
  for await (const entry of entries) {
    const file = new ZipDeflate(entry.name, { level: 6 });
    zip.add(file);
    if (typeof entry.content === "string") file.push(encoder.encode(entry.content), true);
    else if (entry.content instanceof Uint8Array) file.push(entry.content, true);
    else {
      for await (const chunk of entry.content) {
        file.push(chunk);
        yield* drain();
      }
      file.push(new Uint8Array(0), true);
    }
    yield* drain();
  }
  zip.end();
  yield* drain();
}

/**
 * A request body's bytes, read only up to `limit`: past it the stream is cancelled and `tooLarge`
 * throws, so an oversized body never sits in memory (the one bounded reader for JSON bodies and
 * raw uploads alike; a declared Content-Length is each caller's first check).
 */
export async function readBodyBytes(request: Request, limit: number, tooLarge: (size: number) => never): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      size += next.value.byteLength;
      if (size > limit) {
        await reader.cancel();
        tooLarge(size);
      }
      chunks.push(next.value);
    }
  }
  return new Uint8Array(Buffer.concat(chunks));
}

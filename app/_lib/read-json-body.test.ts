import { describe, expect, it } from "vitest";
import { readJsonBody } from "./read-json-body";

/** A request whose body is `total` bytes sent in 64 KB chunks, counting how many were read. */
function streamed(total: number, declare: boolean) {
  const counter = { pulled: 0 };
  const chunk = new Uint8Array(65_536).fill(0x20);
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.pulled >= total) return controller.close();
        counter.pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  ); // nothing is pulled before someone reads
  const headers = declare ? { "content-length": String(total) } : undefined;
  return { request: new Request("http://x/", { method: "PATCH", body, headers, duplex: "half" } as RequestInit), counter };
}

describe("readJsonBody", () => {
  it("refuses a declared length over the limit without reading a byte", async () => {
    const { request, counter } = streamed(50 * 1048576, true);
    await expect(readJsonBody(request, 1048576)).rejects.toMatchObject({ code: "TOO_LARGE", message: "The request body is over the 1 MB limit." });
    expect(counter.pulled).toBe(0);
  });

  it("stops reading an undeclared body at the limit", async () => {
    const { request, counter } = streamed(50 * 1048576, false);
    await expect(readJsonBody(request, 1048576)).rejects.toMatchObject({ code: "TOO_LARGE" });
    // The stream may be a chunk or two ahead of the reader, never much more.
    expect(counter.pulled).toBeLessThan(1048576 + 4 * 65_536);
  });

  it("parses JSON within the limit, and refuses what is not JSON", async () => {
    await expect(readJsonBody(new Request("http://x/", { method: "PATCH", body: '{"a":[1,"é"]}' }), 100)).resolves.toEqual({ a: [1, "é"] });
    await expect(readJsonBody(new Request("http://x/", { method: "PATCH", body: "{nope" }), 100)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(readJsonBody(new Request("http://x/", { method: "PATCH" }), 100)).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

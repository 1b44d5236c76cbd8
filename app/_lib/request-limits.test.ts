import { describe, expect, it } from "vitest";
import { MAX_ANNOTATION_JSON } from "@/server/annotations/import-annotations";
import { MAX_XLIFF_BYTES } from "@/server/documents/import-xliff";
import { MAX_IMPORT_BYTES } from "@/server/documents/read-upload";
import { MAX_GLOSSARY_BYTES } from "@/server/glossary/import-glossary";
import { FORM_ENVELOPE_BYTES, MAX_JSON_BODY_BYTES, MAX_REQUEST_BYTES, megabytes } from "./request-limits";

describe("request limits", () => {
  it("let every upload a use case accepts reach it, with its form around it", () => {
    const largestUpload = Math.max(MAX_IMPORT_BYTES, MAX_XLIFF_BYTES, MAX_GLOSSARY_BYTES, MAX_ANNOTATION_JSON);
    expect(MAX_REQUEST_BYTES).toBeGreaterThanOrEqual(largestUpload + FORM_ENVELOPE_BYTES);
    // …and no more than that: the request limit is not a second, looser rule.
    expect(MAX_REQUEST_BYTES).toBeLessThanOrEqual(largestUpload + 2 * FORM_ENVELOPE_BYTES);
  });

  it("are the ones next.config.js gives Next (server actions and the proxy's body buffer)", async () => {
    const configPath = "../../next.config.js";
    const { default: config } = (await import(/* @vite-ignore */ configPath)) as {
      default: { experimental: { serverActions: { bodySizeLimit: string }; proxyClientMaxBodySize: string } };
    };
    const expected = `${MAX_REQUEST_BYTES / 1048576}mb`;
    expect(config.experimental.serverActions.bodySizeLimit).toBe(expected);
    expect(config.experimental.proxyClientMaxBodySize).toBe(expected);
  });

  it("leave room for the largest segment a PATCH may carry, escaped", () => {
    expect(JSON.stringify({ baseVersion: 1, targetText: "\u0001".repeat(100_000), status: "translated" }).length).toBeLessThan(MAX_JSON_BODY_BYTES);
  });

  it("are named in megabytes", () => {
    expect(megabytes(MAX_REQUEST_BYTES)).toBe("21 MB");
    expect(megabytes(26_500_000)).toBe("25.3 MB");
  });
});

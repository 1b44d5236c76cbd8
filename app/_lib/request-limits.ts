import limits from "./request-limits.json";

// The numbers live in request-limits.json because next.config.js (plain JavaScript, loaded before
// any of the app) must read them too; every TypeScript reader goes through this module.

const MB = 1024 * 1024;

/**
 * The largest request body the server accepts at all: Next's server-action limit and the proxy's
 * body buffer (next.config.js) and the 413 of proxy.ts. It is the largest upload a use case takes
 * (glossary, XLIFF and JSON-LD: 20 MB; request-limits.test.ts checks it against their constants)
 * plus 1 MB for the form around the file, so a file the use case would take always reaches it,
 * and the use case's own limit answers with its precise message.
 */
export const MAX_REQUEST_BYTES: number = limits.maxRequestMegabytes * MB;

/** The room the multipart form around an uploaded file may take. */
export const FORM_ENVELOPE_BYTES = MB;

/** The largest JSON body of PATCH /api/segments/:id: a 100,000-character translation, escaped. */
export const MAX_JSON_BODY_BYTES: number = limits.maxJsonBodyMegabytes * MB;

/** "21 MB": how the limits are named in messages. */
export function megabytes(bytes: number): string {
  return `${Math.round((bytes / MB) * 10) / 10} MB`;
}

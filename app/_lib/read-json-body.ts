import { AppError } from "@/server/errors";
import { readBodyBytes } from "./read-body-bytes";
import { megabytes } from "./request-limits";

function tooLarge(limit: number): AppError {
  return new AppError("TOO_LARGE", `The request body is over the ${megabytes(limit)} limit.`, { reason: "TOO_LARGE", limit });
}

/**
 * A route handler's JSON body, read only up to `limit` bytes: a declared Content-Length over the
 * limit is refused before a byte is read, and a body without one stops being read at the limit
 * (the stream is cancelled), so an oversized body never sits in memory. TOO_LARGE (413) or
 * INVALID_INPUT (400) otherwise.
 */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) throw tooLarge(limit);
  const bytes = await readBodyBytes(request, limit, () => {
    throw tooLarge(limit);
  });
  try {
    return JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch {
    throw new AppError("INVALID_INPUT", "The body is not valid JSON.");
  }
}

import { createHash, randomBytes } from "node:crypto";

/**
 * Secrets that stand for their bearer (invitation links, API tokens): 256 random bits, shown once,
 * stored only as their SHA-256. SHA-256 is enough: there is nothing to guess or to stretch.
 */
export function newBearerSecret(prefix = ""): { secret: string; hash: string } {
  const secret = `${prefix}${randomBytes(32).toString("base64url")}`;
  return { secret, hash: hashBearerSecret(secret) };
}

/** The stored form of a bearer secret, to look it up by. */
export function hashBearerSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

import { createHash, randomBytes } from "node:crypto";

/** Every secret starts with this, so a leaked one is recognisable (secret scanners, logs). */
export const API_TOKEN_PREFIX = "lis_";

/** How much of the secret is kept in clear, to tell tokens apart on the Account page. */
const DISPLAY_LENGTH = API_TOKEN_PREFIX.length + 6;

/** A new secret (shown once), its hash (stored) and its display prefix (stored). */
export function newApiTokenSecret(): { secret: string; tokenHash: string; prefix: string } {
  const secret = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, tokenHash: hashApiTokenSecret(secret), prefix: secret.slice(0, DISPLAY_LENGTH) };
}

/** SHA-256 is enough: the secret is 256 random bits, nothing to guess or to stretch. */
export function hashApiTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

import { hashBearerSecret, newBearerSecret } from "../auth/bearer-secret";

/** Every secret starts with this, so a leaked one is recognisable (secret scanners, logs). */
export const API_TOKEN_PREFIX = "lis_";

/** How much of the secret is kept in clear, to tell tokens apart on the Account page. */
const DISPLAY_LENGTH = API_TOKEN_PREFIX.length + 6;

/** A new secret (shown once), its hash (stored) and its display prefix (stored). */
export function newApiTokenSecret(): { secret: string; tokenHash: string; prefix: string } {
  const { secret, hash } = newBearerSecret(API_TOKEN_PREFIX);
  return { secret, tokenHash: hash, prefix: secret.slice(0, DISPLAY_LENGTH) };
}

export const hashApiTokenSecret = hashBearerSecret;

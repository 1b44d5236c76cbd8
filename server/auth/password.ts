import { hash, verify } from "@node-rs/argon2";

// OWASP's Argon2id baseline (m = 19 MiB, t = 2, p = 1): ~30 ms a hash on this machine.
const OPTIONS = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum, unusable with isolatedModules) */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

/** An Argon2id PHC string for the password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Whether the password matches the stored PHC string (false for any malformed hash). */
export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

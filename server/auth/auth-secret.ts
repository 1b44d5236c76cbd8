import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseKind, resolveDatabaseFile } from "../db/database-url";

/**
 * The key that signs session cookies: BETTER_AUTH_SECRET when set, else a random one created on
 * first run beside the database (mode 600), so a fresh clone is secure without configuration.
 */
export function authSecret(): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  // On PostgreSQL several app servers share the users: a secret made by one would sign cookies the
  // others refuse, so it must come from the environment, the same on every server.
  if (databaseKind() === "postgres") throw new Error("Set BETTER_AUTH_SECRET (the same value on every app server) when DATABASE_URL is PostgreSQL.");
  const dbFile = resolveDatabaseFile();
  const file = path.join(dbFile === ":memory:" ? process.cwd() : path.dirname(dbFile), "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      return fs.readFileSync(file, "utf8").trim(); // another process created it first
    }
  }
}

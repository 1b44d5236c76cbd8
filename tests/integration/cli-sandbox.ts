import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { SERVER_CONDITIONS } from "../../scripts/server-conditions.mjs";

const TSX = path.resolve("node_modules/.bin/tsx");

/**
 * A scratch folder and database file for running the CLI as a user would (`npm run cli -- …` is
 * `tsx cli/main.ts …`). The database file does not exist until the CLI creates it, so the tests
 * also see that it migrates a new database itself — or, for commands that need none, never makes one.
 */
export function cliSandbox(prefix: string, dbName = "cli.db") {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const dbFile = path.join(dir, dbName);
  const env = { ...process.env, DATABASE_URL: `file:${dbFile}` };
  return {
    dir,
    dbFile,
    env,
    /** Runs the CLI with `args` (and `input` on stdin, and `moreEnv` on top of the sandbox's); text out. */
    cli(args: string[], input?: string | Buffer, moreEnv: Record<string, string> = {}) {
      const result = spawnSync(TSX, [...SERVER_CONDITIONS, "cli/main.ts", ...args], { env: { ...env, ...moreEnv }, input, encoding: "utf8" });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    /** The same without blocking this process, which may go on working (writing to the database) meanwhile. */
    cliAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
      const child = spawn(TSX, [...SERVER_CONDITIONS, "cli/main.ts", ...args], { env });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
      return new Promise((resolve, reject) => {
        child.on("error", reject);
        child.on("close", (code) => resolve({ code, stdout, stderr }));
      });
    },
    /** The same, keeping stdout as bytes (Word files). */
    cliBytes(args: string[]) {
      const result = spawnSync(TSX, [...SERVER_CONDITIONS, "cli/main.ts", ...args], { env });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr.toString("utf8") };
    },
    /** Writes a file into the sandbox and returns its path. */
    write(name: string, content: string | Buffer): string {
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      return file;
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** A CLI failure as the contract wants it: non-zero exit, nothing on stdout, one line on stderr, no stack trace. */
export function expectOneLineError(result: { code: number | null; stdout: string; stderr: string }, pattern: RegExp) {
  expect(result.code).not.toBe(0);
  expect(result.code).not.toBeNull();
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(/^error: [^\n]+\n$/);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

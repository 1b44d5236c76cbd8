import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { supervise, type Supervision } from "@/scripts/supervise.mjs";

/** `npm start` keeps the server up: scripts/supervise.mjs, driven with small commands that crash. */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lisiere-supervisor-"));
const FAST = { firstMs: 50, maxMs: 200, stableAfterMs: 10_000 };
let running: Supervision[] = [];
afterEach(async () => {
  await Promise.all(running.map((s) => s.stop("SIGKILL")));
  running = [];
});

/** A command that counts its starts in `file` and crashes (exit 3) on the first `crashes` of them. */
function crashingServer(file: string, crashes: number): string[] {
  const script = `const fs = require("node:fs"); const n = Number(fs.existsSync(${JSON.stringify(file)}) ? fs.readFileSync(${JSON.stringify(file)}, "utf8") : 0) + 1; fs.writeFileSync(${JSON.stringify(file)}, String(n)); if (n <= ${crashes}) process.exit(3); setInterval(() => {}, 1000);`;
  return ["-e", script];
}

const starts = (file: string) => (fs.existsSync(file) ? Number(fs.readFileSync(file, "utf8")) : 0);
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the supervisor", () => {
  it("restarts a server that dies, with a growing pause, logging why; once stopped it restarts no more", async () => {
    const file = path.join(dir, "starts-1");
    const lines: string[] = [];
    const supervision = supervise({ command: process.execPath, args: crashingServer(file, 2), log: (line) => lines.push(line), backoff: FAST });
    running.push(supervision);
    await until(() => starts(file) === 3 && supervision.pid() !== undefined);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^✗ the server exited with code 3 after \d+ ms; restarting in 50 ms$/);
    expect(lines[1]).toMatch(/^✗ the server exited with code 3 after \d+ ms; restarting in 100 ms$/);

    const pid = supervision.pid()!;
    expect(isAlive(pid)).toBe(true);
    await supervision.stop("SIGTERM");
    expect(isAlive(pid)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(starts(file)).toBe(3);
    expect(lines).toHaveLength(2);
  });

  it("says when the server was killed by a signal (e.g. the kernel's out-of-memory killer)", async () => {
    const file = path.join(dir, "starts-2");
    const lines: string[] = [];
    const supervision = supervise({ command: process.execPath, args: crashingServer(file, 0), log: (line) => lines.push(line), backoff: FAST });
    running.push(supervision);
    await until(() => starts(file) === 1 && supervision.pid() !== undefined);
    process.kill(supervision.pid()!, "SIGKILL");
    await until(() => starts(file) === 2 && supervision.pid() !== undefined);
    expect(lines).toEqual([expect.stringMatching(/^✗ the server was killed by SIGKILL after .+; restarting in 50 ms$/)]);
  });

  it("on SIGTERM, stops the server and exits without restarting it", async () => {
    const pidFile = path.join(dir, "server.pid");
    const server = `require("node:fs").writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => {}, 1000);`;
    const supervisorScript = `import(${JSON.stringify(path.resolve("scripts/supervise.mjs"))}).then((m) => m.superviseUntilSignalled({ command: process.execPath, args: ["-e", ${JSON.stringify(server)}], log: () => {}, backoff: { firstMs: 50, maxMs: 50, stableAfterMs: 1000 } }));`;
    const supervisor = spawn(process.execPath, ["-e", supervisorScript], { stdio: "ignore" });
    const exited = new Promise<number | null>((resolve) => supervisor.once("exit", (code) => resolve(code)));
    await until(() => fs.existsSync(pidFile));
    const serverPid = Number(fs.readFileSync(pidFile, "utf8"));
    fs.rmSync(pidFile);
    supervisor.kill("SIGTERM");
    expect(await exited).toBe(0);
    await until(() => !isAlive(serverPid), 5_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fs.existsSync(pidFile)).toBe(false);
  });
});

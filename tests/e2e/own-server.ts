import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { E2E_ENV } from "./e2e-database.mjs";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * A second `next start` of the same build on the same database, for tests that stop and restart
 * the server. Sessions live in the database and localhost cookies ignore the port, so the signed-in
 * state of the other tests works here too.
 */
export class OwnServer {
  private child: ChildProcess | null = null;

  constructor(readonly port: number) {}

  get origin(): string {
    return `http://localhost:${this.port}`;
  }

  async start(): Promise<void> {
    if (this.child) return;
    // Its own process group, so stopping it kills whatever `next start` spawned too.
    this.child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(this.port)], {
      cwd: root,
      env: { ...process.env, ...E2E_ENV },
      stdio: "ignore",
      detached: true,
    });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`next start on ${this.port} exited with ${this.child.exitCode}`);
      try {
        const response = await fetch(`${this.origin}/en/sign-in`, { redirect: "manual" });
        if (response.status < 500) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await this.stop();
    throw new Error(`next start did not answer on ${this.port} within 60 s`);
  }

  /** Kills the server at once (as a crash or a pulled cable would) and waits until the port is closed. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.pid === undefined) return;
    this.child = null;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
    if (child.exitCode === null && child.signalCode === null) await exited;
    for (let i = 0; i < 50; i++) {
      try {
        await fetch(this.origin);
      } catch {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

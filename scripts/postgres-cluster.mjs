/**
 * A throwaway PostgreSQL cluster for tests and the bench: initdb in a temporary folder, started on a
 * free loopback port with its socket in that folder, trust authentication, stopped and deleted after.
 * Uses Debian's binaries (/usr/lib/postgresql/<version>/bin). PostgreSQL refuses to run as root, so
 * as root the cluster belongs to the `postgres` user (created by Debian's package) and its commands
 * run through runuser. Node built-ins only: it runs before dependencies may be installed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** The folder of PostgreSQL's server programs, or null when none is installed. */
export function postgresBinDir() {
  if (process.env.LISIERE_PG_BIN && fs.existsSync(path.join(process.env.LISIERE_PG_BIN, "initdb"))) return process.env.LISIERE_PG_BIN;
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) {
    const versions = fs
      .readdirSync(debian)
      .filter((v) => fs.existsSync(path.join(debian, v, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length > 0) return path.join(debian, versions[0], "bin");
  }
  const found = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" }).stdout.trim();
  return found ? path.dirname(found) : null;
}

/** The path of one of PostgreSQL's programs (psql, pg_dump…) from the same installation, else its bare name for PATH. */
export function postgresProgram(name) {
  const bin = postgresBinDir();
  return bin && fs.existsSync(path.join(bin, name)) ? path.join(bin, name) : name;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a cluster and returns { url, port, dir, stop }. `url` is a superuser connection to the
 * `postgres` database over TCP on 127.0.0.1 (create databases with it).
 */
export async function startPostgresCluster({ log = () => {}, durable = false } = {}) {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL server programs not found (Debian: apt-get install postgresql)");
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? "postgres" : os.userInfo().username;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lisiere-pg-"));
  const data = path.join(dir, "data");
  const run = (program, args) => {
    const command = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, program), ...args]] : [path.join(bin, program), args];
    return execFileSync(command[0], command[1], { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  };
  if (asRoot) execFileSync("chown", ["postgres:postgres", dir]);
  fs.chmodSync(dir, 0o700);
  run("initdb", ["-D", data, "-U", user, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const port = await freePort();
  // Durability off for tests (the cluster is thrown away; fsync would make every save wait on the
  // disk); on for the bench (`durable`), whose figures must be what a real server would do.
  const fast = durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=300${fast}`;
  run("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "start"]);
  log(`PostgreSQL (${path.basename(path.dirname(bin))}) started on port ${port} in ${dir}`);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } catch {
      // already gone
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { url: `postgresql://${encodeURIComponent(user)}@127.0.0.1:${port}/postgres`, port, dir, stop };
}

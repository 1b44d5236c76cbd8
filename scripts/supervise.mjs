/**
 * Keeps a command running: when it dies it is started again, after a pause that doubles with each
 * quick death (1 s, 2 s, 4 s… up to 30 s, back to 1 s once it has stayed up a minute), and every
 * death is logged with its exit code or signal and how long the command ran. SIGINT or SIGTERM
 * (Ctrl+C, `systemctl stop`) are passed on to the command and end the supervision: no restart.
 * Node built-ins only (it runs before dependencies are installed).
 */
import { spawn as spawnChild } from "node:child_process";

export const DEFAULT_BACKOFF = { firstMs: 1_000, maxMs: 30_000, stableAfterMs: 60_000 };

/**
 * Starts `command` with `args` and supervises it. Returns `stop(signal)` and `done`, which
 * resolves with the command's last exit code once stopped. `log` receives one line per event.
 */
export function supervise({
  command,
  args = [],
  spawnOptions = {},
  log = (line) => process.stderr.write(`${line}\n`),
  backoff = DEFAULT_BACKOFF,
  spawn = spawnChild,
}) {
  let child = null;
  let stopping = false;
  let delay = backoff.firstMs;
  let restartTimer = null;
  let finish;
  const done = new Promise((resolve) => (finish = resolve));

  const start = () => {
    restartTimer = null;
    const startedAt = Date.now();
    child = spawn(command, args, { stdio: "inherit", ...spawnOptions });
    let ended = false;
    const end = (code, signal) => {
      if (ended) return;
      ended = true;
      child = null;
      if (stopping) return finish(code ?? 0);
      const ranMs = Date.now() - startedAt;
      if (ranMs >= backoff.stableAfterMs) delay = backoff.firstMs;
      const why = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      log(`✗ the server ${why} after ${formatDuration(ranMs)}; restarting in ${formatDuration(delay)}`);
      restartTimer = setTimeout(start, delay);
      delay = Math.min(backoff.maxMs, delay * 2);
    };
    child.once("error", (error) => {
      log(`✗ could not start ${command}: ${error.message}`);
      end(127, null);
    });
    child.once("exit", end);
  };

  const stop = (signal = "SIGTERM") => {
    if (stopping) return done;
    stopping = true;
    if (restartTimer) {
      clearTimeout(restartTimer);
      finish(0);
    } else child?.kill(signal);
    return done;
  };

  start();
  return { stop, done, pid: () => child?.pid };
}

/** Supervises the command until SIGINT or SIGTERM, then exits with the command's last exit code. */
export function superviseUntilSignalled(options) {
  const supervision = supervise(options);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      (options.log ?? ((line) => process.stderr.write(`${line}\n`)))(`▸ ${signal}: stopping the server`);
      void supervision.stop(signal);
    });
  }
  void supervision.done.then((code) => process.exit(code));
  return supervision;
}

function formatDuration(ms) {
  return ms < 1_000 ? `${ms} ms` : ms < 120_000 ? `${(ms / 1_000).toFixed(1)} s` : `${Math.round(ms / 60_000)} min`;
}

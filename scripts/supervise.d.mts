import type { ChildProcess, SpawnOptions } from "node:child_process";

export interface Backoff {
  /** Pause before the first restart. */
  firstMs: number;
  /** Longest pause: it doubles with each quick death up to this. */
  maxMs: number;
  /** A run at least this long resets the pause to firstMs. */
  stableAfterMs: number;
}

export interface SuperviseOptions {
  command: string;
  args?: string[];
  spawnOptions?: SpawnOptions;
  log?: (line: string) => void;
  backoff?: Backoff;
  spawn?: (command: string, args: string[], options: SpawnOptions) => ChildProcess;
}

export interface Supervision {
  /** Passes `signal` to the command and restarts it no more; resolves with its exit code. */
  stop(signal?: NodeJS.Signals): Promise<number>;
  done: Promise<number>;
  /** The running command's process id, if it is running. */
  pid(): number | undefined;
}

export const DEFAULT_BACKOFF: Backoff;
export function supervise(options: SuperviseOptions): Supervision;
export function superviseUntilSignalled(options: SuperviseOptions): Supervision;

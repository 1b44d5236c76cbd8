/**
 * Long computations that share the thread. A computation is written as a generator that yields
 * at safe points (between rows, sentences, blocks); `runAtOnce` runs it straight through (tests,
 * the CLI, small inputs) and `runInSlices` runs it in slices of WORK_SLICE_MS, letting everything
 * else that is waiting (other requests, timers) run between slices. A server that imports a
 * 200,000-sentence file keeps answering everyone else meanwhile.
 */

import { WORK_SLICE_MS } from "../limits";

/** A computation that yields at safe points and returns T. */
export type Steps<T> = Generator<void, T, void>;

/** Lets every callback already waiting run first (I/O included), then continues. */
export function pauseForOthers(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === "function" ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

/** Runs the computation to the end without pausing. */
export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the computation, pausing for others whenever a slice of work has gone by. */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = WORK_SLICE_MS): Promise<T> {
  const slice = new Slice(sliceMs);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await slice.pauseIfDue();
  }
}

/** For loops that are not generators (database writes): `await slice.pauseIfDue()` at each safe point. */
export class Slice {
  private started = performance.now();

  constructor(private readonly sliceMs = WORK_SLICE_MS) {}

  /** Whether the current slice is used up. */
  due(): boolean {
    return performance.now() - this.started >= this.sliceMs;
  }

  /** Pauses for others if the slice is used up (else resolves at once) and starts a new slice. */
  async pauseIfDue(): Promise<void> {
    if (!this.due()) return;
    await pauseForOthers();
    this.started = performance.now();
  }
}

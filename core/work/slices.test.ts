import { describe, expect, it } from "vitest";
import { runAtOnce, runInSlices, type Steps } from "./slices";

/** A computation of `steps` steps of about `msPerStep` of busy work each; returns how many ran. */
function* busy(steps: number, msPerStep: number): Steps<number> {
  for (let k = 0; k < steps; k++) {
    const until = performance.now() + msPerStep;
    while (performance.now() < until);
    yield;
  }
  return steps;
}

describe("work in slices", () => {
  it("gives the same result at once and in slices", async () => {
    expect(runAtOnce(busy(5, 0))).toBe(5);
    expect(await runInSlices(busy(5, 0))).toBe(5);
  });

  it("lets timers and I/O run between slices, and not between steps within one", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    // 40 steps of 5 ms in slices of 20 ms: about 10 pauses.
    await runInSlices(busy(40, 5), 20);
    clearInterval(timer);
    expect(ticks).toBeGreaterThanOrEqual(5);
    expect(ticks).toBeLessThanOrEqual(40);

    let blockedTicks = 0;
    const blocked = setInterval(() => blockedTicks++, 0);
    runAtOnce(busy(20, 5));
    expect(blockedTicks).toBe(0);
    clearInterval(blocked);
  });

  it("passes a refusal thrown by the computation on", async () => {
    function* refusing(): Steps<number> {
      throw new Error("too large");
    }
    await expect(runInSlices(refusing())).rejects.toThrow("too large");
  });
});

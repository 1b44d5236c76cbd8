import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SaveQueue, type SaveQueueState, type SaveRequest, type SaveResult } from "./save-queue";

function setup(send: (request: SaveRequest) => Promise<SaveResult>) {
  const saved: string[] = [];
  const conflicts: { segmentId: string; mine: string; details: Record<string, unknown> }[] = [];
  const phases: string[] = [];
  const queue = new SaveQueue({
    send,
    onSaved: (segment) => saved.push(`${segment.id}@${segment.version}:${segment.targetText}`),
    onConflict: (segmentId, mine, details) => conflicts.push({ segmentId, mine: mine.targetText, details }),
    onStateChange: (state) => phases.push(state.phase),
    debounceMs: 100,
    retryDelaysMs: [1000, 2000],
  });
  return { queue, saved, conflicts, phases };
}

/** A fake server holding versions, like save-segment.ts does. */
function fakeServer() {
  const rows = new Map<string, { text: string; version: number }>([["s1", { text: "", version: 1 }], ["s2", { text: "", version: 1 }]]);
  const requests: SaveRequest[] = [];
  const send = vi.fn(async (request: SaveRequest): Promise<SaveResult> => {
    requests.push(request);
    const row = rows.get(request.segmentId)!;
    if (row.version !== request.baseVersion) {
      return { ok: false, code: "CONFLICT", message: "conflict", details: { theirs: row.text, currentVersion: row.version } };
    }
    row.text = request.targetText;
    row.version++;
    return { ok: true, segment: { id: request.segmentId, targetText: row.text, status: request.status ?? "draft", version: row.version } };
  });
  return { rows, requests, send };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("SaveQueue", () => {
  it("debounces keystrokes into one save of the latest text", async () => {
    const server = fakeServer();
    const { queue, saved } = setup(server.send);
    queue.edit("s1", "H");
    queue.edit("s1", "He");
    queue.edit("s1", "Hello");
    expect(queue.hasPending()).toBe(true);
    await vi.advanceTimersByTimeAsync(150);
    expect(server.requests).toEqual([{ segmentId: "s1", baseVersion: 1, targetText: "Hello", status: undefined }]);
    expect(saved).toEqual(["s1@2:Hello"]);
    expect(queue.hasPending()).toBe(false);
  });

  it("uses the version the server returned for the next save", async () => {
    const server = fakeServer();
    const { queue } = setup(server.send);
    queue.edit("s1", "one");
    await vi.advanceTimersByTimeAsync(150);
    queue.edit("s1", "two", "translated");
    await vi.advanceTimersByTimeAsync(150);
    expect(server.requests.map((r) => [r.baseVersion, r.targetText, r.status])).toEqual([[1, "one", undefined], [2, "two", "translated"]]);
    expect(server.rows.get("s1")).toEqual({ text: "two", version: 3 });
  });

  it("retries after network failures and never drops the edit", async () => {
    const server = fakeServer();
    let down = 2;
    const send = vi.fn(async (request: SaveRequest) => {
      if (down-- > 0) throw new TypeError("Failed to fetch");
      return server.send(request);
    });
    const { queue, phases, saved } = setup(send);
    queue.edit("s1", "kept");
    await vi.advanceTimersByTimeAsync(150);
    expect(phases).toContain("offline");
    expect(queue.hasPending()).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(saved).toEqual(["s1@2:kept"]);
    expect(send).toHaveBeenCalledTimes(3);
    expect(queue.hasPending()).toBe(false);
  });

  it("an edit typed while a save is failing replaces the failed text, not the other way round", async () => {
    const server = fakeServer();
    let down = 1;
    const send = vi.fn(async (request: SaveRequest) => {
      if (down-- > 0) throw new TypeError("offline");
      return server.send(request);
    });
    const { queue } = setup(send);
    queue.edit("s1", "first");
    await vi.advanceTimersByTimeAsync(150);
    queue.edit("s1", "second");
    await vi.advanceTimersByTimeAsync(3000);
    expect(server.rows.get("s1")?.text).toBe("second");
  });

  it("stops on a conflict, keeps the user's text and reports both", async () => {
    const server = fakeServer();
    server.rows.set("s1", { text: "theirs", version: 2 });
    const { queue, conflicts, saved } = setup(server.send);
    queue.edit("s1", "mine");
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual([]);
    expect(conflicts).toEqual([{ segmentId: "s1", mine: "mine", details: { theirs: "theirs", currentVersion: 2 } }]);
    expect(server.send).toHaveBeenCalledTimes(1);
    expect(queue.hasPending()).toBe(true);
    expect(server.rows.get("s1")?.text).toBe("theirs");
    // The user keeps their version: it is saved on top of the version they have now seen.
    queue.setVersion("s1", 2);
    queue.edit("s1", "mine", undefined, true);
    await vi.advanceTimersByTimeAsync(10);
    expect(server.rows.get("s1")).toEqual({ text: "mine", version: 3 });
    expect(queue.hasPending()).toBe(false);
  });

  it("taking their version discards the local change", async () => {
    const server = fakeServer();
    server.rows.set("s1", { text: "theirs", version: 5 });
    const { queue } = setup(server.send);
    queue.edit("s1", "mine");
    await vi.advanceTimersByTimeAsync(200);
    queue.discard("s1");
    expect(queue.hasPending()).toBe(false);
    expect(server.rows.get("s1")?.text).toBe("theirs");
  });

  it("keeps a refused change pending without retrying it", async () => {
    const send = vi.fn(async (): Promise<SaveResult> => ({ ok: false, code: "FORBIDDEN", message: "no" }));
    const { queue, phases } = setup(send);
    queue.edit("s1", "text");
    await vi.advanceTimersByTimeAsync(10_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(phases.at(-1)).toBe("error");
    expect(queue.hasPending()).toBe(true);
  });

  it("saves several segments one after another", async () => {
    const server = fakeServer();
    const { queue, saved } = setup(server.send);
    queue.edit("s1", "a");
    queue.edit("s2", "b");
    await vi.advanceTimersByTimeAsync(200);
    expect(saved.sort()).toEqual(["s1@2:a", "s2@2:b"]);
  });

  it("settle resolves once everything is on the server, or false on a refusal", async () => {
    const server = fakeServer();
    const { queue } = setup(server.send);
    queue.edit("s1", "x");
    const settled = queue.settle();
    await vi.advanceTimersByTimeAsync(10);
    await expect(settled).resolves.toBe(true);
    expect(server.rows.get("s1")?.text).toBe("x");
    server.rows.set("s2", { text: "theirs", version: 9 });
    queue.edit("s2", "mine");
    const refused = queue.settle();
    await vi.advanceTimersByTimeAsync(10);
    await expect(refused).resolves.toBe(false);
  });
});

describe("SaveQueue: the indicator tells the truth", () => {
  it("says unsaved, not saved, while an edit waits for the pause after typing", async () => {
    const server = fakeServer();
    let state: SaveQueueState | null = null;
    const queue = new SaveQueue({ send: server.send, onSaved: () => {}, onConflict: () => {}, onStateChange: (s) => (state = s), debounceMs: 100 });
    queue.edit("s1", "Hello");
    await vi.advanceTimersByTimeAsync(150);
    expect(state).toMatchObject({ phase: "saved", pending: 0 });
    queue.edit("s1", "Hello w");
    expect(state).toMatchObject({ phase: "unsaved", pending: 1 });
    await vi.advanceTimersByTimeAsync(150);
    expect(state).toMatchObject({ phase: "saved", pending: 0 });
    expect(server.rows.get("s1")?.text).toBe("Hello w");
  });

  it("an edit made while a save is in flight keeps it from saying saved until that edit is acknowledged", async () => {
    const server = fakeServer();
    const answers: (() => void)[] = [];
    const slow = (request: SaveRequest) => new Promise<SaveResult>((resolve) => answers.push(() => void server.send(request).then(resolve)));
    const phases: string[] = [];
    const queue = new SaveQueue({ send: slow, onSaved: () => {}, onConflict: () => {}, onStateChange: (s) => phases.push(s.phase), debounceMs: 100 });
    queue.edit("s1", "one");
    await vi.advanceTimersByTimeAsync(150);
    expect(phases.at(-1)).toBe("saving");
    queue.edit("s1", "one two");
    answers.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.rows.get("s1")?.text).toBe("one");
    expect(phases).not.toContain("saved");
    expect(queue.getState()).toMatchObject({ phase: "unsaved", pending: 1 });
    await vi.advanceTimersByTimeAsync(150);
    answers.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.rows.get("s1")).toEqual({ text: "one two", version: 3 });
    expect(queue.getState()).toMatchObject({ phase: "saved", pending: 0 });
  });

  it("sends during continuous typing at least every maxWaitMs, not only after a pause", async () => {
    const server = fakeServer();
    const queue = new SaveQueue({ send: server.send, onSaved: () => {}, onConflict: () => {}, onStateChange: () => {}, debounceMs: 700, maxWaitMs: 2000 });
    let text = "";
    for (let i = 0; i < 50; i++) {
      text += "x";
      queue.edit("s1", text);
      await vi.advanceTimersByTimeAsync(100);
    }
    // 5 s of typing without a 700 ms pause: about two saves went out on the way.
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
    expect(server.rows.get("s1")!.text.length).toBeGreaterThanOrEqual(35);
    expect(queue.getState().phase).not.toBe("saved");
  });

  it("says offline when the server is unreachable, waits for the backoff while typing, retries at once when told, and saves the latest text", async () => {
    const server = fakeServer();
    let down = true;
    const send = vi.fn(async (request: SaveRequest) => {
      if (down) throw new TypeError("Failed to fetch");
      return server.send(request);
    });
    const queue = new SaveQueue({ send, onSaved: () => {}, onConflict: () => {}, onStateChange: () => {}, debounceMs: 100, retryDelaysMs: [5000] });
    queue.edit("s1", "a");
    await vi.advanceTimersByTimeAsync(150);
    expect(queue.getState()).toMatchObject({ phase: "offline", pending: 1 });
    for (const text of ["ab", "abc", "abcd"]) {
      queue.edit("s1", text);
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(send).toHaveBeenCalledTimes(1);
    expect(queue.getState().phase).toBe("offline");
    down = false;
    queue.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(2);
    expect(server.rows.get("s1")?.text).toBe("abcd");
    expect(queue.getState()).toMatchObject({ phase: "saved", pending: 0 });
  });

  it("after a network failure, the next segment goes at once when a request succeeds again", async () => {
    const server = fakeServer();
    let down = 1;
    const send = vi.fn(async (request: SaveRequest) => {
      if (down-- > 0) throw new TypeError("Failed to fetch");
      return server.send(request);
    });
    const queue = new SaveQueue({ send, onSaved: () => {}, onConflict: () => {}, onStateChange: () => {}, debounceMs: 100, retryDelaysMs: [1000] });
    queue.edit("s1", "a");
    queue.edit("s2", "b");
    await vi.advanceTimersByTimeAsync(1150);
    expect(server.rows.get("s1")?.text).toBe("a");
    expect(server.rows.get("s2")?.text).toBe("b");
  });

  it("keeps a confirmed status through a network failure when the text is edited again", async () => {
    const server = fakeServer();
    let down = 1;
    const send = vi.fn(async (request: SaveRequest) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (down-- > 0) throw new TypeError("offline");
      return server.send(request);
    });
    const queue = new SaveQueue({ send, onSaved: () => {}, onConflict: () => {}, onStateChange: () => {}, debounceMs: 100, retryDelaysMs: [1000] });
    queue.edit("s1", "done", "translated", true);
    await vi.advanceTimersByTimeAsync(10);
    // Typed while the confirmation is on its way, and before it fails.
    queue.edit("s1", "done!");
    await vi.advanceTimersByTimeAsync(1500);
    expect(server.requests.at(-1)).toMatchObject({ targetText: "done!", status: "translated" });
    // Once the server has the status, later edits no longer repeat it.
    queue.edit("s1", "done!!");
    await vi.advanceTimersByTimeAsync(150);
    expect(server.requests.at(-1)).toMatchObject({ targetText: "done!!", status: undefined });
  });

  it("property: never saved or idle while the server lacks an edit; everything lands once the network is back", async () => {
    type Step = { kind: "edit"; segment: "s1" | "s2"; text: string; status?: "translated" } | { kind: "wait"; ms: number } | { kind: "network"; up: boolean };
    const step = fc.oneof(
      fc.record({ kind: fc.constant("edit" as const), segment: fc.constantFrom("s1" as const, "s2" as const), text: fc.string({ maxLength: 6 }), status: fc.option(fc.constant("translated" as const), { nil: undefined }) }),
      fc.record({ kind: fc.constant("wait" as const), ms: fc.integer({ min: 0, max: 1500 }) }),
      fc.record({ kind: fc.constant("network" as const), up: fc.boolean() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), fc.integer({ min: 0, max: 300 }), async (steps: Step[], latency) => {
        const server = fakeServer();
        let up = true;
        const send = async (request: SaveRequest) => {
          await new Promise((resolve) => setTimeout(resolve, latency));
          if (!up) throw new TypeError("Failed to fetch");
          return server.send(request);
        };
        const latest = new Map<string, string>();
        const violations: string[] = [];
        const queue = new SaveQueue({
          send,
          onSaved: () => {},
          onConflict: () => violations.push("conflict"),
          onStateChange: (state) => check(state.phase),
          debounceMs: 100,
          maxWaitMs: 400,
          retryDelaysMs: [200, 500],
        });
        const check = (phase: string) => {
          if (phase !== "saved" && phase !== "idle") return;
          for (const [id, text] of latest) if (server.rows.get(id)!.text !== text) violations.push(`${phase} while ${id} is "${server.rows.get(id)!.text}" not "${text}"`);
        };
        for (const s of steps) {
          if (s.kind === "edit") {
            latest.set(s.segment, s.text);
            queue.edit(s.segment, s.text, s.status);
          } else if (s.kind === "wait") await vi.advanceTimersByTimeAsync(s.ms);
          else up = s.up;
          // What the indicator shows between events counts as much as what it was told.
          check(queue.getState().phase);
        }
        up = true;
        await vi.advanceTimersByTimeAsync(5000);
        expect(violations).toEqual([]);
        for (const [id, text] of latest) expect(server.rows.get(id)!.text).toBe(text);
        expect(queue.getState().pending).toBe(0);
      }),
      { numRuns: 150 },
    );
  });
});

describe("SaveQueue: the journal of unacknowledged edits", () => {
  function journalled() {
    const server = fakeServer();
    const log: string[] = [];
    const queue = new SaveQueue({
      send: server.send,
      onSaved: () => {},
      onConflict: () => {},
      onStateChange: () => {},
      debounceMs: 100,
      journal: {
        record: (e) => log.push(`record ${e.segmentId}@${e.baseVersion}:${e.targetText}`),
        acknowledge: (id, change, version) => log.push(`ack ${id}@${version}:${change.targetText}`),
        forget: (id) => log.push(`forget ${id}`),
      },
    });
    return { server, queue, log };
  }

  it("records every edit at once with its base version and acknowledges exactly what the server saved", async () => {
    const { queue, log } = journalled();
    queue.edit("s1", "a");
    queue.edit("s1", "ab");
    expect(log).toEqual(["record s1@1:a", "record s1@1:ab"]);
    await vi.advanceTimersByTimeAsync(150);
    queue.edit("s1", "abc");
    expect(log.slice(2)).toEqual(["ack s1@2:ab", "record s1@2:abc"]);
  });

  it("forgets a segment whose text the user gave up in a conflict", async () => {
    const { server, queue, log } = journalled();
    server.rows.set("s1", { text: "theirs", version: 4 });
    queue.edit("s1", "mine");
    await vi.advanceTimersByTimeAsync(150);
    queue.discard("s1");
    expect(log).toEqual(["record s1@1:mine", "forget s1"]);
  });
});

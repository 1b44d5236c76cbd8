import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeSaveServer } from "./fake-save-server";
import { SaveQueue, type SaveQueueState, type SaveRequest, type SaveResult } from "./save-queue";

// What the indicator says (the queue's phase) against what the server has, and the journal.
const fakeServer = () => fakeSaveServer();

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

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
      fc.record({
        kind: fc.constant("edit" as const),
        segment: fc.constantFrom("s1" as const, "s2" as const),
        text: fc.string({ maxLength: 6 }),
        status: fc.option(fc.constant("translated" as const), { nil: undefined }),
      }),
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
          for (const [id, text] of latest)
            if (server.rows.get(id)!.text !== text) violations.push(`${phase} while ${id} is "${server.rows.get(id)!.text}" not "${text}"`);
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

describe("SaveQueue: a conflict with the very same text", () => {
  it("counts as saved at the version the server is at (the same edit landed twice), and the next save names that version", async () => {
    const server = fakeSaveServer({ s1: { text: "same words", version: 3 } });
    const saved: string[] = [];
    const conflicts: string[] = [];
    const queue = new SaveQueue({
      send: server.send,
      onSaved: (s) => saved.push(`${s.id}@${s.version}:${s.targetText}`),
      onConflict: (id) => conflicts.push(id),
      onStateChange: () => {},
      debounceMs: 100,
    });
    queue.setVersion("s1", 2);
    queue.edit("s1", "same words");
    await vi.advanceTimersByTimeAsync(150);
    expect(conflicts).toEqual([]);
    expect(saved).toEqual(["s1@3:same words"]);
    expect(queue.getState()).toMatchObject({ phase: "saved", pending: 0 });
    queue.edit("s1", "same words, and more");
    await vi.advanceTimersByTimeAsync(150);
    expect(server.rows.get("s1")).toEqual({ text: "same words, and more", version: 4 });
  });

  it("is still a conflict when the text differs, or when the status chosen is not the one saved", async () => {
    for (const [text, status] of [
      ["other words", undefined],
      ["same words", "translated"],
    ] as const) {
      const server = fakeSaveServer({ s1: { text: "same words", version: 3 } });
      const conflicts: string[] = [];
      const queue = new SaveQueue({ send: server.send, onSaved: () => {}, onConflict: (id) => conflicts.push(id), onStateChange: () => {}, debounceMs: 100 });
      queue.setVersion("s1", 2);
      queue.edit("s1", text, status);
      await vi.advanceTimersByTimeAsync(150);
      expect(conflicts).toEqual(["s1"]);
      expect(queue.getState().phase).toBe("error");
    }
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

describe("SaveQueue: the server cannot write (full disk, busy or read-only database)", () => {
  it("keeps the edit, says so as an error with the server's reason, and saves it once the server can write again", async () => {
    const server = fakeServer();
    let full = true;
    const send = vi.fn(async (request: SaveRequest): Promise<SaveResult> => {
      if (full) return { ok: false, code: "STORAGE_FULL", message: "The server could not save: the disk is full.", details: { reason: "STORAGE_FULL" } };
      return server.send(request);
    });
    const queue = new SaveQueue({ send, onSaved: () => {}, onConflict: () => {}, onStateChange: () => {}, debounceMs: 100, retryDelaysMs: [1000] });
    queue.edit("s1", "kept");
    await vi.advanceTimersByTimeAsync(150);
    expect(queue.getState()).toMatchObject({ phase: "error", pending: 1, details: { reason: "STORAGE_FULL" } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenCalledTimes(2); // retried by itself, not blocked for good
    full = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.rows.get("s1")?.text).toBe("kept");
    expect(queue.getState()).toMatchObject({ phase: "saved", pending: 0 });
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeSaveServer } from "./fake-save-server";
import { SaveQueue, type SaveRequest, type SaveResult } from "./save-queue";

function setup(send: (request: SaveRequest) => Promise<SaveResult>) {
  const saved: string[] = [];
  const conflicts: { segmentId: string; mine: string; details: Record<string, unknown> }[] = [];
  const phases: string[] = [];
  const refusals: string[] = [];
  const queue = new SaveQueue({
    onRefused: (segmentId, refusal) => refusals.push(`${segmentId}:${refusal.code}:${refusal.message}`),
    send,
    onSaved: (segment) => saved.push(`${segment.id}@${segment.version}:${segment.targetText}`),
    onConflict: (segmentId, mine, details) => conflicts.push({ segmentId, mine: mine.targetText, details }),
    onStateChange: (state) => phases.push(state.phase),
    debounceMs: 100,
    retryDelaysMs: [1000, 2000],
  });
  return { queue, saved, conflicts, phases, refusals };
}

const fakeServer = () => fakeSaveServer();

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
    expect(server.requests.map((r) => [r.baseVersion, r.targetText, r.status])).toEqual([
      [1, "one", undefined],
      [2, "two", "translated"],
    ]);
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
    expect(conflicts).toEqual([{ segmentId: "s1", mine: "mine", details: { theirs: "theirs", theirStatus: "draft", currentVersion: 2 } }]);
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

  it("a decision refused for QA errors loses no text: the text is saved on its own and the refusal is told", async () => {
    const server = fakeServer();
    const send = vi.fn(async (request: SaveRequest): Promise<SaveResult> =>
      request.status === "approved"
        ? ({ ok: false, code: "QA_ERRORS", message: "1 QA error: 300 is not in the French." } as unknown as SaveResult)
        : server.send(request),
    );
    const { queue, saved, phases, refusals } = setup(send);
    queue.edit("s1", "It cost $300 million", "approved", true);
    await vi.advanceTimersByTimeAsync(50);
    expect(refusals).toEqual(["s1:QA_ERRORS:1 QA error: 300 is not in the French."]);
    expect(send.mock.calls.map(([r]) => r.status)).toEqual(["approved", undefined]);
    expect(saved).toEqual(["s1@2:It cost $300 million"]);
    expect(queue.hasPending()).toBe(false);
    expect(phases.at(-1)).toBe("saved");
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

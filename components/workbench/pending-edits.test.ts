import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeSaveServer } from "./fake-save-server";
import { journalInto, openPendingEdits, type PendingEdit, type PendingEdits } from "./pending-edits";
import { restorePendingEdits } from "./restore-pending";
import { SaveQueue, type SaveRequest, type SaveResult } from "./save-queue";

let count = 0;
const opened: PendingEdits[] = [];
/** A fresh database per test; `reopen` is a page reload: a new connection to the same data. */
function freshStore() {
  const name = `pending-edits-test-${++count}`;
  const open = () => {
    const store = openPendingEdits(name);
    opened.push(store);
    return store;
  };
  return { store: open(), reopen: open };
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

const edit = (segmentId: string, targetText: string, extra: Partial<PendingEdit> = {}): PendingEdit => ({
  segmentId,
  documentId: "d1",
  pageId: "p1",
  userId: "u1",
  baseVersion: 1,
  targetText,
  editedAt: 0,
  ...extra,
});

describe("pending edits in IndexedDB", () => {
  it("keeps the latest text per segment, lists it by document, and survives a new connection", async () => {
    const { store, reopen } = freshStore();
    await store.put(edit("s1", "a"));
    await store.put(edit("s1", "ab"));
    await store.put(edit("s2", "x", { documentId: "d2" }));
    await store.close();
    const again = reopen();
    expect(await again.listForDocument("d1")).toEqual([edit("s1", "ab")]);
    expect((await again.listForDocument("d2")).map((e) => e.targetText)).toEqual(["x"]);
  });

  it("an acknowledgement of the stored text removes it; of an older text, moves the base version on", async () => {
    const { store } = freshStore();
    await store.put(edit("s1", "abc", { status: "translated" }));
    await store.acknowledge("s1", { targetText: "ab" }, 2, "p1");
    expect(await store.listForDocument("d1")).toEqual([edit("s1", "abc", { status: "translated", baseVersion: 2 })]);
    // Same text, different status: the status is not on the server yet.
    await store.acknowledge("s1", { targetText: "abc" }, 3, "p1");
    expect(await store.listForDocument("d1")).toHaveLength(1);
    await store.acknowledge("s1", { targetText: "abc", status: "translated" }, 4, "p1");
    expect(await store.listForDocument("d1")).toEqual([]);
  });

  it("another tab's entry for the same segment is neither acknowledged, rebased nor removed by this one", async () => {
    const { store } = freshStore();
    await store.put(edit("s1", "typed in the other tab", { pageId: "other" }));
    await store.acknowledge("s1", { targetText: "typed in the other tab" }, 5, "p1");
    await store.acknowledge("s1", { targetText: "mine" }, 5, "p1");
    await store.remove("s1", "p1");
    expect(await store.listForDocument("d1")).toEqual([edit("s1", "typed in the other tab", { pageId: "other" })]);
    await store.remove("s1");
    expect(await store.listForDocument("d1")).toEqual([]);
  });

  it("applies calls in the order they were made, without waiting for each", async () => {
    const { store } = freshStore();
    const calls = [
      store.put(edit("s1", "a")),
      store.put(edit("s1", "ab")),
      store.acknowledge("s1", { targetText: "a" }, 2, "p1"),
      store.put(edit("s1", "abc", { baseVersion: 2 })),
    ];
    await Promise.all(calls);
    expect(await store.listForDocument("d1")).toEqual([edit("s1", "abc", { baseVersion: 2 })]);
  });
});

const fakeServer = fakeSaveServer;

/** A page: a queue journalling into the store, restoring what pages that are gone left. */
async function loadPage(
  store: PendingEdits,
  send: (r: SaveRequest) => Promise<SaveResult>,
  loaded: { id: string; targetText: string; status: string; version: number }[],
  { pageId = `page-${++count}`, open = new Set<string>() } = {},
) {
  const conflicts: { segmentId: string; mine: string; theirs: unknown }[] = [];
  const shown = new Map(loaded.map((s) => [s.id, s.targetText]));
  const queue = new SaveQueue({
    send,
    onSaved: () => {},
    onConflict: (segmentId, mine, details) => conflicts.push({ segmentId, mine: mine.targetText, theirs: details.theirs }),
    onStateChange: () => {},
    journal: journalInto(store, { documentId: "d1", userId: "u1" }, pageId, (error) => {
      throw error;
    }),
    debounceMs: 100,
    retryDelaysMs: [1000],
  });
  for (const s of loaded) queue.setVersion(s.id, s.version);
  const resent = await restorePendingEdits(
    store,
    { documentId: "d1", userId: "u1" },
    {
      segments: () => loaded,
      resend: (e) => {
        queue.setVersion(e.segmentId, e.baseVersion);
        shown.set(e.segmentId, e.targetText);
        queue.edit(e.segmentId, e.targetText, e.status, true);
      },
      isGone: async (owner) => !open.has(owner),
    },
  );
  return { queue, conflicts, shown, resent, pageId };
}

describe("restoring pending edits on page load", () => {
  it("edits typed while the server was unreachable come back after a reload and are saved", async () => {
    const { store, reopen } = freshStore();
    const server = fakeServer({ s1: { text: "", version: 1 }, s2: { text: "", version: 1 } });
    let up = false;
    const send = async (r: SaveRequest) => {
      if (!up) throw new TypeError("Failed to fetch");
      return server.send(r);
    };
    const first = await loadPage(store, send, [
      { id: "s1", targetText: "", status: "new", version: 1 },
      { id: "s2", targetText: "", status: "new", version: 1 },
    ]);
    first.queue.edit("s1", "Every word");
    first.queue.edit("s2", "kept", "translated");
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(first.queue.getState().phase).toBe("offline");
    await store.close();

    up = true;
    const again = reopen();
    const second = await loadPage(again, send, [
      { id: "s1", targetText: "", status: "new", version: 1 },
      { id: "s2", targetText: "", status: "new", version: 1 },
    ]);
    expect(second.shown.get("s1")).toBe("Every word");
    expect(await second.queue.settle()).toBe(true);
    expect(Object.fromEntries(server.rows)).toEqual({ s1: { text: "Every word", version: 2 }, s2: { text: "kept", version: 2 } });
    expect(server.send.mock.calls.map(([r]) => r.status)).toEqual([undefined, "translated"]);
    // Acknowledged: nothing is left for a third page.
    await vi.waitFor(async () => expect(await again.listForDocument("d1")).toEqual([]));
  });

  it("drops an entry whose exact text the server already has, and sends nothing", async () => {
    const { store } = freshStore();
    await store.put(edit("s1", "saved already", { baseVersion: 1 }));
    const server = fakeServer({ s1: { text: "saved already", version: 2 } });
    const page = await loadPage(store, server.send, [{ id: "s1", targetText: "saved already", status: "draft", version: 2 }]);
    expect(page.resent).toEqual([]);
    expect(server.send).not.toHaveBeenCalled();
    expect(await store.listForDocument("d1")).toEqual([]);
  });

  it("a segment saved by someone else meanwhile is a conflict showing both texts, not an overwrite", async () => {
    const { store } = freshStore();
    await store.put(edit("s1", "mine, typed offline", { baseVersion: 1 }));
    const server = fakeServer({ s1: { text: "theirs", version: 2 } });
    const page = await loadPage(store, server.send, [{ id: "s1", targetText: "theirs", status: "draft", version: 2 }]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(page.conflicts).toEqual([{ segmentId: "s1", mine: "mine, typed offline", theirs: "theirs" }]);
    expect(server.rows.get("s1")).toEqual({ text: "theirs", version: 2 });
    expect(page.queue.getState().phase).toBe("error");
    // Still kept until the user decides.
    expect((await store.listForDocument("d1")).map((e) => e.targetText)).toEqual(["mine, typed offline"]);
  });

  it("leaves the pending edits of a page that is still open (another tab) to that page", async () => {
    const { store } = freshStore();
    await store.put(edit("s1", "typed in a tab still open", { pageId: "open-tab" }));
    await store.put(edit("s2", "left by a closed tab", { pageId: "closed-tab" }));
    const server = fakeServer({ s1: { text: "", version: 1 }, s2: { text: "", version: 1 } });
    const loaded = [
      { id: "s1", targetText: "", status: "new", version: 1 },
      { id: "s2", targetText: "", status: "new", version: 1 },
    ];
    const page = await loadPage(store, server.send, loaded, { open: new Set(["open-tab"]) });
    expect(page.resent.map((e) => e.segmentId)).toEqual(["s2"]);
    expect(await page.queue.settle()).toBe(true);
    expect(Object.fromEntries(server.rows)).toEqual({ s1: { text: "", version: 1 }, s2: { text: "left by a closed tab", version: 2 } });
    // The closed tab's entry became this page's and went once saved; the open tab's is untouched.
    await vi.waitFor(async () => expect(await store.listForDocument("d1")).toEqual([edit("s1", "typed in a tab still open", { pageId: "open-tab" })]));
  });

  it("restores only the edits of the account that typed them (another may sign in on this browser)", async () => {
    const { store } = freshStore();
    await store.put(edit("s1", "typed by someone else", { userId: "u2" }));
    const server = fakeServer({ s1: { text: "", version: 1 } });
    const page = await loadPage(store, server.send, [{ id: "s1", targetText: "", status: "new", version: 1 }]);
    expect(page.resent).toEqual([]);
    expect(server.send).not.toHaveBeenCalled();
    expect(await store.listForDocument("d1")).toHaveLength(1);
  });

  it("leaves entries of segments the document no longer has where they are", async () => {
    const { store } = freshStore();
    await store.put(edit("gone", "text of a merged segment"));
    const server = fakeServer({ s1: { text: "", version: 1 } });
    const page = await loadPage(store, server.send, [{ id: "s1", targetText: "", status: "new", version: 1 }]);
    expect(page.resent).toEqual([]);
    expect(await store.listForDocument("d1")).toHaveLength(1);
  });
});

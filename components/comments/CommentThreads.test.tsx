// @vitest-environment happy-dom
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { I18nProvider } from "@/components/i18n/I18nProvider";
import type { CommentView, ThreadView } from "@/server/comments/comment-view";
import { CommentThreads } from "./CommentThreads";

const actions = vi.hoisted(() => ({
  listCommentsAction: vi.fn(),
  createCommentAction: vi.fn(),
  replyToCommentAction: vi.fn(),
  updateCommentAction: vi.fn(),
  deleteCommentAction: vi.fn(),
  resolveThreadAction: vi.fn(),
  reopenThreadAction: vi.fn(),
}));
vi.mock("@/actions/comments", () => actions);

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const comment = (over: Partial<CommentView>): CommentView => ({
  id: "c1",
  segmentId: "s1",
  parentId: null,
  body: "Body",
  authorId: "u1",
  authorName: "Ann",
  createdAt: "2025-01-01T10:00:00.000Z",
  updatedAt: "2025-01-01T10:00:00.000Z",
  resolvedAt: null,
  resolvedByName: null,
  span: null,
  spanLost: false,
  ...over,
});

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
  for (const fn of Object.values(actions)) fn.mockReset();
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

async function show(threads: ThreadView[], props: Partial<Parameters<typeof CommentThreads>[0]> = {}) {
  actions.listCommentsAction.mockResolvedValue({ ok: true, value: threads });
  await act(async () => {
    root.render(
      <I18nProvider lng="en">
        <CommentThreads documentId="d1" segmentId="s1" canWrite userId="u1" isOwner={false} {...props} />
      </I18nProvider>,
    );
  });
}

const buttons = () => [...container.querySelectorAll("button")].map((b) => b.textContent);
async function type(textarea: HTMLTextAreaElement, text: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(textarea, text);
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

describe("CommentThreads", () => {
  it("renders bodies as text, quotes spans, folds resolved threads", async () => {
    const script = "<img src=x onerror=alert(1)>\nsecond line";
    await show([
      {
        root: comment({ body: script, span: { start: 4, end: 7, exact: "cat" } }),
        replies: [comment({ id: "r1", parentId: "c1", body: "Reply", authorId: "u2", authorName: "Bob" })],
      },
      { root: comment({ id: "c2", body: "Done.", resolvedAt: "2025-01-02T10:00:00.000Z", resolvedByName: "Bob" }), replies: [] },
    ]);
    const threads = container.querySelectorAll('[data-testid="comment-thread"]');
    expect(threads).toHaveLength(2);
    expect(container.querySelector("img")).toBeNull();
    expect(threads[0].querySelector('[data-testid="comment-body"]')!.textContent).toBe(script);
    expect(threads[0].querySelector("q")!.textContent).toBe("cat");
    // Own root: Edit and Delete; someone else's reply: neither.
    expect([...threads[0].querySelectorAll("button")].map((b) => b.textContent)).toEqual(["Edit", "Delete", "Reply", "Resolve"]);
    expect(threads[1].textContent).toContain("Resolved thread: Done.");
    expect(threads[1].querySelector('[data-testid="comment-body"]')).toBeNull();
  });

  it("Ctrl+Enter sends a comment on the selected words; on error the text stays and an alert shows", async () => {
    await show([], { selection: { start: 0, end: 3, exact: "The" } });
    expect(container.textContent).toContain("No comments on this segment yet.");
    const textarea = container.querySelector("textarea")!;
    await type(textarea, "Why “The”?");
    actions.createCommentAction.mockResolvedValueOnce({ ok: false, code: "FORBIDDEN", message: "Your role does not allow this." });
    await act(async () => {
      textarea.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", ctrlKey: true, bubbles: true }));
    });
    expect(actions.createCommentAction).toHaveBeenCalledWith({ segmentId: "s1", body: "Why “The”?", start: 0, end: 3 });
    expect(container.querySelector('[role="alert"]')!.textContent).toContain("Your role does not allow this.");
    expect(container.querySelector("textarea")!.value).toBe("Why “The”?");

    // Same component, now with a parent listening: the kept text is sent again and succeeds.
    actions.createCommentAction.mockResolvedValueOnce({ ok: true, value: comment({}) });
    const onChanged = vi.fn();
    await show([], { selection: { start: 0, end: 3, exact: "The" }, onChanged });
    await act(async () => {
      container.querySelector("form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    });
    expect(container.querySelector("textarea")!.value).toBe("");
    expect(onChanged).toHaveBeenCalledOnce();
    expect(actions.createCommentAction).toHaveBeenLastCalledWith({ segmentId: "s1", body: "Why “The”?", start: 0, end: 3 });
    // Loaded once on mount, once after the change.
    expect(actions.listCommentsAction).toHaveBeenCalledTimes(2);
  });

  it("offers no writing to a reader", async () => {
    await show([{ root: comment({}), replies: [] }], { canWrite: false });
    expect(container.querySelector("textarea")).toBeNull();
    expect(buttons()).toEqual([]);
  });
});

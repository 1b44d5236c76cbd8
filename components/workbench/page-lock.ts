/**
 * Which pages of this browser are still open, through the Web Locks API: every page holds a lock
 * named after it for its whole life, and the browser releases it when the page goes (closed,
 * reloaded, crashed). Edits kept in the browser by a page that is still open are that page's to
 * save; only those of a page that is gone are picked up by another.
 */

const PREFIX = "lisiere-page:";

/** A new id for this page, and its lock held until the page goes. */
export function holdPageLock(): string {
  // randomUUID needs a secure context; an app served over plain http on a LAN still gets an id.
  const pageId = crypto.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  void navigator.locks?.request(PREFIX + pageId, () => new Promise<void>(() => {}));
  return pageId;
}

/**
 * Resolves true once the page `pageId` is gone, waiting at most `waitMs` (a page reloading in the
 * same tab may take a moment to let go), else false. Without Web Locks, pages cannot be told apart:
 * true, as with one tab (the common case).
 */
export async function pageGone(pageId: string, waitMs: number): Promise<boolean> {
  if (typeof navigator === "undefined" || !navigator.locks) return true;
  try {
    return await navigator.locks.request(PREFIX + pageId, { signal: AbortSignal.timeout(waitMs) }, () => true);
  } catch {
    return false;
  }
}

import type { ActionResult } from "@/actions/_lib/action-result";

/** What every part of the comments panel needs: who is looking, and how to send a change. */
export interface CommentContext {
  canWrite: boolean;
  userId: string | null;
  isOwner: boolean;
  formatDate: (iso: string) => string;
  /** Runs a server action; on success the threads are reloaded and the parent told. */
  run: <T>(action: () => Promise<ActionResult<T>>) => Promise<ActionResult<T>>;
}

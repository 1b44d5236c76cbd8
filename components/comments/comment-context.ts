import type { Result } from "@/app/_lib/run-action";

/** What every part of the comments panel needs: who is looking, and how to send a change. */
export interface CommentContext {
  canWrite: boolean;
  userId: string | null;
  isOwner: boolean;
  formatDate: (iso: string) => string;
  /** Runs a server action; on success the threads are reloaded and the parent told. */
  run: <T>(action: () => Promise<Result<T>>) => Promise<Result<T>>;
}

import { isAppError, type AppErrorCode } from "@/server/errors";

/** What a form action returns to its client component: success, or a coded, displayable error. */
export type ActionState =
  | { ok: true; message?: string; data?: Record<string, unknown> }
  | { ok: false; code: AppErrorCode | "UNKNOWN"; message: string; details?: Record<string, string | number | boolean | undefined> }
  | null;

/** Maps a thrown error to a displayable state; unexpected errors are logged, not shown raw. */
export function actionError(error: unknown): Exclude<ActionState, null | { ok: true }> {
  if (isAppError(error)) return { ok: false, code: error.code, message: error.message, details: error.details as Record<string, string | number | boolean | undefined> };
  console.error(error);
  return { ok: false, code: "UNKNOWN", message: "Unexpected error" };
}

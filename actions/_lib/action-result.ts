import type { AppErrorCode } from "@/server/errors";

// The one shape every server action answers with (actions/*.ts through run-action.ts). Types only,
// so client components may import it.

/** A refusal or failure, ready to show: the code picks the interface's words, the message is one line. */
export interface ActionFailure {
  ok: false;
  /** A use case's coded error, or UNKNOWN for anything unexpected (logged on the server, never shown raw). */
  code: AppErrorCode | "UNKNOWN";
  message: string;
  /** What the use case attached (a limit, a `reason` the interface translates: components/ui/reason-message.ts). */
  details?: Record<string, unknown>;
  /** When the input schema refused the input: the first problem of each field, by its path ("entry.source"). */
  fieldErrors?: Record<string, string>;
}

/** What a server action returns: its value, or a failure. */
export type ActionResult<T = void> = { ok: true; value: T } | ActionFailure;

/** What a form's `useActionState` holds: nothing before the first submit, then the last result. */
export type FormState<T = void> = ActionResult<T> | null;

import "server-only";
import type { z } from "zod";
import { currentActor } from "@/app/_lib/current-actor";
import type { Actor } from "@/server/access/actor";
import { isAppError } from "@/server/errors";
import type { ActionFailure, ActionResult } from "./action-result";

interface RunOptions {
  /** The message when the input schema refuses the input, for forms that say it in their own words. */
  invalidMessage?: string;
}

/**
 * The one runner of server actions: validates the input with its schema, resolves the signed-in
 * actor (UNAUTHENTICATED when signed out), runs the use case and turns whatever it throws into a
 * displayable failure — so an action never ends in a 500.
 */
export function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  run: (data: z.infer<S>, actor: Actor) => Promise<T>,
  options?: RunOptions,
): Promise<ActionResult<T>> {
  return settle(schema, input, async (data) => run(data, await currentActor()), options);
}

/** The same for the few actions a signed-out visitor uses (sign-in, sign-up, sign-out). */
export function runPublicAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  run: (data: z.infer<S>) => Promise<T>,
  options?: RunOptions,
): Promise<ActionResult<T>> {
  return settle(schema, input, run, options);
}

async function settle<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  run: (data: z.infer<S>) => Promise<T>,
  options?: RunOptions,
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error, options?.invalidMessage);
  try {
    return { ok: true, value: await run(parsed.data) };
  } catch (error) {
    return failureOf(error);
  }
}

/** A schema's refusal: one line naming the first problem, and the first problem of every field. */
function invalidInput(error: z.ZodError, message: string | undefined): ActionFailure {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.join(".") || "input"] ??= issue.message;
  const [field, problem] = Object.entries(fieldErrors)[0] ?? ["input", "Invalid input"];
  return { ok: false, code: "INVALID_INPUT", message: message ?? `${field}: ${problem}`, fieldErrors };
}

/** A coded error as it was thrown; anything else is logged and answered with a generic message. */
function failureOf(error: unknown): ActionFailure {
  if (isAppError(error)) return { ok: false, code: error.code, message: error.message, details: error.details };
  console.error(error);
  return { ok: false, code: "UNKNOWN", message: "Unexpected error" };
}

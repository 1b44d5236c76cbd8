import type { z } from "zod";
import type { Actor } from "@/server/access/actor";
import { actionError } from "./action-result";
import { currentActor } from "./current-actor";

/** What a JSON server action returns to the client: its value, or a coded, displayable error. */
export type Result<T> = { ok: true; value: T } | { ok: false; code: string; message: string; details?: Record<string, unknown> };

/** Validates the input, resolves the signed-in actor and runs the use case, mapping errors to a Result. */
export async function runAction<S extends z.ZodType, T>(schema: S, input: unknown, run: (data: z.infer<S>, actor: Actor) => Promise<T>): Promise<Result<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, code: "INVALID_INPUT", message: issue ? `${issue.path.join(".") || "input"}: ${issue.message}` : "Invalid input" };
  }
  try {
    return { ok: true, value: await run(parsed.data, await currentActor()) };
  } catch (error) {
    const state = actionError(error);
    return { ok: false, code: state.code, message: state.message, details: state.details };
  }
}

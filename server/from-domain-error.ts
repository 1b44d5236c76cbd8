import { DomainError } from "@/core/errors";
import { AppError } from "./errors";

/** Turns the pure domain's refusals (bad file, bad input) into coded AppErrors; rethrows anything else. */
export function fromDomainError(error: unknown): never {
  if (!(error instanceof DomainError)) throw error;
  const code = error.code === "TOO_LARGE" || error.code === "INVALID_INPUT" || error.code === "INCOMPLETE_TRANSLATION" ? error.code : "UNREADABLE_FILE";
  throw new AppError(code, error.message, { reason: error.code, ...error.details });
}

import { isDomainError } from "@/core/errors";
import { CliError } from "./cli-error";

/** Runs `read`, naming `what` (a file, "stdin") in a DomainError's one-line message. */
export function withFile<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (isDomainError(error)) throw new CliError(`${what}: ${error.message.replace(/\s*\n\s*/g, " ")}`, 1);
    throw error;
  }
}

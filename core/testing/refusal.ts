import { expect } from "vitest";
import { DomainError } from "../errors";

/** For tests: runs `fn`, expecting it to refuse with a DomainError, and returns that error. */
export function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error("expected a DomainError, got a result");
}

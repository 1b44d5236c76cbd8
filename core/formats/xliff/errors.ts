/**
 * The coded errors of XLIFF import. Like TBX import (whose XML reader we share, and whose reasons
 * MALFORMED_XML, HOSTILE_XML and TOO_LARGE it raises), every refusal is INVALID_INPUT with a
 * `details.reason`, and names the line so a user can find the problem in their file.
 */

import { DomainError } from "../../errors";

/** Why an XLIFF file was refused, beyond the XML reader's own reasons. */
export type XliffRefusal = "NOT_XLIFF" | "UNSUPPORTED_VERSION" | "INVALID_XLIFF";

/** A DomainError whose message starts with "Line N: " when the line is known. */
export function xliffError(reason: XliffRefusal, line: number | undefined, message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError("INVALID_INPUT", line === undefined ? message : `Line ${line}: ${message}`, { reason, line, ...details });
}

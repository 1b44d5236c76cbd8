/** The coded errors of TBX import: all INVALID_INPUT (TOO_LARGE for size) with a `details.reason`. */

import { DomainError } from "../../errors";

/** Why a TBX file was refused. */
export type TbxRefusal = "MALFORMED_XML" | "HOSTILE_XML" | "NOT_TBX" | "BREAKS_TBX_BASIC" | "NO_FRENCH_TERMS" | "TOO_LARGE";

/** A DomainError for a refused TBX file; size refusals use the shared TOO_LARGE code so edges answer 413. */
export function tbxError(reason: TbxRefusal, message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError(reason === "TOO_LARGE" ? "TOO_LARGE" : "INVALID_INPUT", message, { reason, ...details });
}

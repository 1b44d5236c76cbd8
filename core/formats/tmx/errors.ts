/** The coded errors of TMX import: INVALID_INPUT (TOO_LARGE for size) with a `details.reason`. */

import { DomainError } from "../../errors";

/**
 * Why a TMX file was refused. MALFORMED_XML and HOSTILE_XML are the XML reader's own refusals
 * (core/formats/tbx/read-xml.ts), shared with TBX and XLIFF so every format refuses alike.
 */
export type TmxRefusal = "MALFORMED_XML" | "HOSTILE_XML" | "NOT_TMX" | "BAD_ENCODING" | "TOO_LARGE";

/** A DomainError for a refused TMX file; size refusals use the shared TOO_LARGE code so edges answer 413. */
export function tmxError(reason: TmxRefusal, message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError(reason === "TOO_LARGE" ? "TOO_LARGE" : "INVALID_INPUT", message, { reason, ...details });
}

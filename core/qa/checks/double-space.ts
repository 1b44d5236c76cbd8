/** `double-space`: two spaces or more in a row inside the target; one is enough. */

import type { QaFinding, QaPair } from "../types";
import type { RegisteredCheck } from "./index";

// Spaces between two visible characters; leading and trailing ones and line breaks are layout.
const RUN = /(?<=\S)[ \u00A0\u202F\u2009]{2,}(?=\S)/gu;

function run({ target }: QaPair): QaFinding[] {
  return [...target.matchAll(RUN)].map((match) => ({
    code: "double-space" as const,
    start: match.index,
    end: match.index + match[0].length,
    message: { key: "double-space.found" },
    suggestion: " ",
  }));
}

export const doubleSpaceCheck: RegisteredCheck = { codes: ["double-space"], run };

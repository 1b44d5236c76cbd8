import type { TFunction } from "i18next";
import { resources } from "@/i18n/resources";

type Reason = keyof (typeof resources)["en"]["common"]["errors"]["reasons"];

function isReason(value: unknown): value is Reason {
  return typeof value === "string" && Object.hasOwn(resources.en.common.errors.reasons, value);
}

/**
 * The interface's own sentence for a coded refusal whose `details.reason` it knows (limits, storage
 * failures: locales common `errors.reasons`), with the numbers the server sent; null otherwise,
 * and the caller shows the server's English message.
 */
export function reasonMessage(t: TFunction<"common">, details: Record<string, unknown> | undefined): string | null {
  const reason = details?.reason;
  if (!isReason(reason)) return null;
  return t(`errors.reasons.${reason}`, { ...details, limit: Number(details?.limit), limitMb: Number(details?.limitMb), count: Number(details?.count) });
}

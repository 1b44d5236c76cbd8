import type { TFunction } from "i18next";
import { resources } from "@/i18n/resources";

type Reason = keyof (typeof resources)["en"]["common"]["errors"]["reasons"];
type XliffRule = keyof (typeof resources)["en"]["common"]["errors"]["xliff"];

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
  if (reason === "XLIFF_VIOLATION") return xliffViolation(t, details!);
  return t(`errors.reasons.${reason}`, { ...details, limit: Number(details?.limit), limitMb: Number(details?.limitMb), count: Number(details?.count) });
}

/** The sentence for one broken XLIFF rule (errors.xliff, by code), without its line; null for a code it does not know. */
export function xliffRuleMessage(t: TFunction<"common">, code: unknown, details: Record<string, unknown>): string | null {
  if (typeof code !== "string" || !Object.hasOwn(resources.en.common.errors.xliff, code)) return null;
  return t(`errors.xliff.${code as XliffRule}`, details);
}

/** A refused XLIFF file: its first broken rule at its line, and how many more. */
function xliffViolation(t: TFunction<"common">, details: Record<string, unknown>): string | null {
  const rule = xliffRuleMessage(t, details.code, details);
  if (rule === null) return null;
  const others = Number(details.others);
  const more = others > 0 ? t("errors.xliffMore", { count: others }) : "";
  return t("errors.reasons.XLIFF_VIOLATION", { line: details.line, rule, more });
}

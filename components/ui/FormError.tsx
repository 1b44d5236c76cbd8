"use client";

import { useTranslation } from "react-i18next";
import type { FormState } from "@/actions/_lib/action-result";
import { reasonMessage } from "./reason-message";

/**
 * Shows a failed action's error: the localised kind of error, then the precise message — in the
 * interface's language when the server named a reason we translate (a limit, a full disk…),
 * else the server's own message.
 */
export function FormError({ state }: { state: FormState<unknown> }) {
  const { t } = useTranslation("common");
  if (!state || state.ok) return null;
  if (state.code === "UNKNOWN") {
    return (
      <p className="form-error" role="alert">
        <strong>{t("errors.generic")}</strong>
      </p>
    );
  }
  const translated = reasonMessage(t, state.details);
  return (
    <p className="form-error" role="alert">
      <strong>{t(`errors.${state.code}`)}</strong> {translated ?? state.message}
    </p>
  );
}

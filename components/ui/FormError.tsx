"use client";

import { useTranslation } from "react-i18next";
import type { ActionState } from "@/app/_lib/action-result";

/** Shows a failed action's error: the localised kind of error, then the server's precise message. */
export function FormError({ state }: { state: ActionState }) {
  const { t } = useTranslation("common");
  if (!state || state.ok) return null;
  const kind = state.code === "UNKNOWN" ? t("errors.generic") : t(`errors.${state.code}`);
  return (
    <p className="form-error" role="alert">
      <strong>{kind}</strong> {state.code === "UNKNOWN" ? null : state.message}
    </p>
  );
}

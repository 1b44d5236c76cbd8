"use client";

import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { QaCode, QaMessage } from "@/core/qa/types";

/**
 * A finding's message and its check's name in the interface language: the messages live in
 * locales/{lng}/qa.json under "messages" (filled by the checks), the check names under "codes".
 */
export function useQaText() {
  const { t } = useTranslation("qa");
  const message = useCallback(
    // Keys come from the checks at run time, not from the typed resources.
    (m: QaMessage) => (t as unknown as (key: string, params?: object) => string)(`messages.${m.key}`, m.params ?? {}),
    [t],
  );
  const checkName = useCallback((code: QaCode) => t(`codes.${code}`), [t]);
  return { message, checkName };
}

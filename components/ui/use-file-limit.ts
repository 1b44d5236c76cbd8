"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * Refuses a chosen file over the server's limit before it is sent (the server would refuse it too,
 * after the whole upload): the message to show, and an onChange for the file input.
 */
export function useFileLimit(limitBytes: number) {
  const { t } = useTranslation("common");
  const [problem, setProblem] = useState<string | null>(null);
  const onChange = (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    const mb = (bytes: number) => (Math.round((bytes / 1048576) * 10) / 10).toLocaleString();
    setProblem(file && file.size > limitBytes ? t("errors.fileTooLarge", { sizeMb: mb(file.size), limitMb: mb(limitBytes) }) : null);
  };
  return { problem, onChange };
}

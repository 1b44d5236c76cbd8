import type { TFunction } from "i18next";
import type { Progress } from "@/core/model/progress";

/** The translated one-line progress summary shown beside every progress bar. */
export function progressSummary(t: TFunction<"common">, progress: Progress): string {
  return t("progress.summary", { ...progress });
}

"use client";

import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * The document's import forms (an English translation, annotations) behind one toolbar button. Open,
 * they take a band across the page above the grid rather than floating over it: an import can run for
 * a while, and its progress and result stay readable beside the rows it changed.
 */
export function ImportsMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation("workbench");
  return (
    <details className="imports-menu" data-testid="imports-menu">
      <summary className="button button--small">{t("workspace.imports")}</summary>
      <div className="imports-menu__forms">{children}</div>
    </details>
  );
}

"use client";

import { useId } from "react";
import { useTranslation } from "react-i18next";
import { tmxExportUrl } from "./tmx-routes";

/** The whole memory as a TMX 1.4b download (streamed by the server). */
export function TmxExportLink({ projectId }: { projectId: string }) {
  const { t } = useTranslation("memory");
  const id = useId();
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("tmx.export")}</h3>
      <p className="hint">{t("tmx.exportHelp")}</p>
      <a className="button" href={tmxExportUrl(projectId)} download data-testid="tmx-export">
        {t("tmx.download")}
      </a>
    </section>
  );
}

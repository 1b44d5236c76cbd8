"use client";

import { useTranslation } from "react-i18next";
import type { TmProvenance } from "@/core/tm/types";

/** Where a memory unit comes from, in one muted line: memory, document, author, date and review status. */
export function Provenance({ provenance, formatDate }: { provenance: TmProvenance; formatDate: (iso: string) => string }) {
  const { t } = useTranslation("memory");
  const parts = [
    provenance.memoryName,
    provenance.documentTitle || t(`origin.${provenance.origin}`),
    provenance.authorName || null,
    formatDate(provenance.date),
    t(`status.${provenance.status}`),
  ].filter((part): part is string => !!part);
  return (
    <p className="card-meta" data-testid="match-provenance">
      {parts.join(" · ")}
    </p>
  );
}

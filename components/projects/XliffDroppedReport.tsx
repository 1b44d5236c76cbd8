"use client";

import Link from "next/link";
import { useTranslation } from "react-i18next";
import type { XliffDropped } from "@/core/formats/xliff/validate/refuse";
import { xliffRuleMessage } from "@/components/ui/reason-message";

/**
 * After an "import anyway" of an XLIFF file that broke XLIFF 2.1's rules: what was left out (units)
 * or ignored (file-level parts), each with its line and the rule in the user's language, and a link
 * to the document, which the form does not open by itself so the report can be read.
 */
export function XliffDroppedReport({ dropped, href }: { dropped: readonly XliffDropped[]; href: string }) {
  const { t } = useTranslation("projects");
  const { t: tCommon } = useTranslation("common");
  return (
    <div className="panel" role="status" data-testid="xliff-dropped">
      <p>{t("import.droppedTitle", { count: dropped.length })}</p>
      <ul>
        {dropped.map(({ kind, unitId, violation }, k) => {
          const rule = xliffRuleMessage(tCommon, violation.code, violation.details) ?? violation.message;
          const line = violation.line ?? "?";
          return <li key={k}>{kind === "unit" ? t("import.droppedUnit", { id: unitId ?? "", line, rule }) : t("import.droppedIgnored", { line, rule })}</li>;
        })}
      </ul>
      <Link className="button button--primary" href={href}>
        {t("import.openDocument")}
      </Link>
    </div>
  );
}

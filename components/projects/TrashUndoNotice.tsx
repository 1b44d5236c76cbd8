import Link from "next/link";
import { getT } from "@/i18n/server";
import type { Language } from "@/i18n/settings";
import { RestoreDocumentButton } from "./RestoreDocumentButton";

/**
 * Shown on the project page right after a document went to the trash (`?trashed=<id>`), so that a
 * wrong click is undone in one more: Undo restores it and drops the parameter.
 */
export function TrashUndoNotice({ lng, projectId, documentId, title }: { lng: Language; projectId: string; documentId: string; title: string }) {
  const t = getT(lng, "projects");
  const page = `/${lng}/projects/${projectId}`;
  return (
    <div className="trash-notice" role="status" data-testid="trash-notice">
      <span>{t("trash.moved", { title })}</span>
      <RestoreDocumentButton
        documentId={documentId}
        label={t("trash.undo")}
        ariaLabel={t("trash.undoLabel", { title })}
        after={page}
        className="button button--small button--primary"
      />
      <Link href={page} className="trash-notice__dismiss" scroll={false}>
        {t("trash.dismiss")}
      </Link>
    </div>
  );
}

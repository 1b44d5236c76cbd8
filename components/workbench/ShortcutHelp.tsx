"use client";

import { useId } from "react";
import { ModalDialog } from "@/components/ui/ModalDialog";
import { useTranslation } from "react-i18next";
import { AFTER_CONFIRM, type AfterConfirm } from "@/core/work/next-segment";
import { displayKeys, SHORTCUT_SECTIONS, SHORTCUTS } from "@/core/work/shortcuts";
import { setAfterConfirm, useAfterConfirm } from "./use-after-confirm";

/** ? or F1: every shortcut of the grid, from the one table README prints too, and where Ctrl+Enter goes. Esc closes. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation("workbench");
  const id = useId();
  const mode = useAfterConfirm();
  const names = t("shortcuts.keyNames", { returnObjects: true }) as Record<string, string>;
  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose} initialFocus=".shortcut-help__close" className="dialog shortcut-help" testId="shortcut-help">
      <h2 id={`${id}-title`}>{t("shortcuts.title")}</h2>
      <label className="field shortcut-help__setting">
        <span>{t("nav.afterConfirm")}</span>
        <select value={mode} onChange={(event) => setAfterConfirm(event.target.value as AfterConfirm)} data-testid="after-confirm-setting">
          {AFTER_CONFIRM.map((m) => (
            <option key={m} value={m}>
              {t(`nav.afterConfirmMode.${m}`)}
            </option>
          ))}
        </select>
      </label>
      {/* It scrolls on a small window: focusable, so the arrow keys and Page Down scroll it too. */}
      <div className="shortcut-help__sections" role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
        {SHORTCUT_SECTIONS.map((section) => (
          <table key={section} className="shortcut-help__table">
            <caption>{t(`shortcuts.section.${section}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t("shortcuts.keys")}</th>
                <th scope="col">{t("shortcuts.action")}</th>
              </tr>
            </thead>
            <tbody>
              {SHORTCUTS.filter((s) => s.section === section).map((shortcut) => (
                <tr key={shortcut.id}>
                  <td>
                    <kbd>{displayKeys(shortcut, names)}</kbd>
                  </td>
                  <td>{t(`shortcuts.${shortcut.id}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button shortcut-help__close" onClick={onClose}>
          {t("shortcuts.close")}
        </button>
      </div>
    </ModalDialog>
  );
}

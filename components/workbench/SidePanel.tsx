"use client";

import { useRef, type CSSProperties, type KeyboardEvent, type PointerEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSidePanelData } from "./side-panel-context";
import { SIDE_PANEL_TABS, type SidePanelTabId } from "./side-panel-tabs";
import { clampPanelWidth, MAX_PANEL_WIDTH, maxPanelWidth, MIN_PANEL_WIDTH, PANEL_WIDTH_STEP } from "./side-panel-layout";

interface SidePanelProps {
  tab: SidePanelTabId;
  onTab: (tab: SidePanelTabId) => void;
  width: number;
  onWidth: (width: number) => void;
  onHide: () => void;
}

/**
 * The panel beside the grid: tabs about the focused segment (an ARIA tablist: arrows move between
 * tabs), a handle to resize it with the pointer or the arrow keys, and a button to hide it.
 */
export function SidePanel({ tab, onTab, width, onWidth, onHide }: SidePanelProps) {
  const { t } = useTranslation("workbench");
  const { focus } = useSidePanelData();
  const tabs = useRef<HTMLDivElement>(null);
  const current = SIDE_PANEL_TABS.find((entry) => entry.id === tab) ?? SIDE_PANEL_TABS[0];

  function onTabKey(event: KeyboardEvent) {
    const at = SIDE_PANEL_TABS.findIndex((entry) => entry.id === current.id);
    const last = SIDE_PANEL_TABS.length - 1;
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: last }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = SIDE_PANEL_TABS[(to + SIDE_PANEL_TABS.length) % SIDE_PANEL_TABS.length];
    onTab(next.id);
    tabs.current?.querySelector<HTMLElement>(`#side-tab-${next.id}`)?.focus();
  }

  function onHandleKey(event: KeyboardEvent) {
    // The handle is on the panel's left edge: moving it left widens the panel.
    const delta = { ArrowLeft: PANEL_WIDTH_STEP, ArrowRight: -PANEL_WIDTH_STEP }[event.key];
    if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      onWidth(event.key === "Home" ? MIN_PANEL_WIDTH : maxPanelWidth(window.innerWidth));
    } else if (delta) {
      event.preventDefault();
      onWidth(clampPanelWidth(width + delta, window.innerWidth));
    }
  }

  function onHandleDown(event: PointerEvent<HTMLDivElement>) {
    const handle = event.currentTarget;
    handle.setPointerCapture(event.pointerId);
    const startX = event.clientX;
    const startWidth = width;
    const move = (e: globalThis.PointerEvent) => onWidth(clampPanelWidth(startWidth + (startX - e.clientX), window.innerWidth));
    const up = () => {
      handle.removeEventListener("pointermove", move);
      handle.removeEventListener("pointerup", up);
      handle.removeEventListener("pointercancel", up);
    };
    handle.addEventListener("pointermove", move);
    handle.addEventListener("pointerup", up);
    handle.addEventListener("pointercancel", up);
  }

  return (
    <aside
      className="side-panel"
      style={{ "--side-panel-width": `${width}px` } as CSSProperties}
      aria-label={t("workspace.sidePanel.label")}
      data-testid="side-panel"
    >
      <div
        className="side-panel__handle"
        role="separator"
        aria-orientation="vertical"
        aria-label={t("workspace.sidePanel.resize")}
        aria-valuenow={width}
        aria-valuemin={MIN_PANEL_WIDTH}
        aria-valuemax={MAX_PANEL_WIDTH}
        tabIndex={0}
        onKeyDown={onHandleKey}
        onPointerDown={onHandleDown}
        data-testid="side-panel-handle"
      />
      <div className="side-panel__body">
        <div className="side-panel__header">
          <div ref={tabs} className="side-panel__tabs" role="tablist" aria-label={t("workspace.sidePanel.tabs")} onKeyDown={onTabKey}>
            {SIDE_PANEL_TABS.map((entry) => (
              <button
                key={entry.id}
                id={`side-tab-${entry.id}`}
                type="button"
                role="tab"
                aria-selected={entry.id === current.id}
                aria-controls="side-panel-tabpanel"
                tabIndex={entry.id === current.id ? 0 : -1}
                className="side-panel__tab"
                onClick={() => onTab(entry.id)}
                data-testid={`side-tab-${entry.id}`}
              >
                {t(`workspace.tabs.${entry.id}`)}
              </button>
            ))}
          </div>
        </div>
        <div
          id="side-panel-tabpanel"
          className="side-panel__content"
          role="tabpanel"
          aria-labelledby={`side-tab-${current.id}`}
          tabIndex={0}
          data-testid={`side-panel-${current.id}`}
        >
          <div className="side-panel__segment-line">
            <p className="side-panel__segment" data-testid="side-panel-segment">
              {focus ? t("workspace.sidePanel.segment", { n: focus.number }) : null}
            </p>
            <button
              type="button"
              className="side-panel__hide"
              onClick={onHide}
              aria-label={t("workspace.sidePanel.hide")}
              title={t("workspace.sidePanel.hide")}
            >
              ×
            </button>
          </div>
          {focus ? <current.Panel focus={focus} /> : "withoutSegment" in current ? <current.Panel /> : <p className="hint">{t("workspace.sidePanel.none")}</p>}
        </div>
      </div>
    </aside>
  );
}

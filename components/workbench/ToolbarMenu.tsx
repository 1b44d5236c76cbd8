"use client";

import { useRef, type ReactNode } from "react";
import { useMenuDismiss } from "./use-menu-dismiss";

/** A toolbar button that opens a panel below it (imports, keys): keeps the grid's screen until asked. */
export function ToolbarMenu({ label, testId, className, children }: { label: string; testId: string; className?: string; children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  useMenuDismiss(menu);
  return (
    <details ref={menu} className={`menu${className ? ` ${className}` : ""}`} data-testid={testId}>
      <summary className="button button--small">{label}</summary>
      <div className="menu__list menu__list--panel" role="group" aria-label={label}>
        {children}
      </div>
    </details>
  );
}

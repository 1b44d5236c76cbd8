"use client";

import { createContext, useContext } from "react";
import { useTranslation } from "react-i18next";
import type { PresenceBySegment } from "./use-presence";

const NOBODY: PresenceBySegment = new Map();

/** Who else is on which segment, for the rows (use-presence.ts). */
export const PresenceContext = createContext<PresenceBySegment>(NOBODY);

/** "Ana Duval" → "AD", "ana" → "A": what fits in a chip. */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/[\s@._-]+/)
    .filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((w) => [...w][0]!.toLocaleUpperCase()).join("") || "?";
}

/** A hue per person, stable across pages, so one person's chip keeps its colour. */
function hueOf(userId: string): number {
  let hash = 0;
  for (const c of userId) hash = (hash * 31 + c.charCodeAt(0)) % 360;
  return hash;
}

/** The initials of the people on a segment; the name is in the title and the accessible label. */
export function PresenceChips({ segmentId }: { segmentId: string }) {
  const people = useContext(PresenceContext).get(segmentId);
  const { t } = useTranslation("workbench");
  if (!people?.length) return null;
  return (
    <span className="presence-chips" data-testid="presence">
      {people.map((p) => {
        const label = t("live.onSegment", { name: p.name });
        return (
          <span
            key={p.userId}
            className="presence-chip"
            role="img"
            aria-label={label}
            title={label}
            style={{ background: `hsl(${hueOf(p.userId)} 55% 30%)` }}
            data-user-id={p.userId}
          >
            {initialsOf(p.name)}
          </span>
        );
      })}
    </span>
  );
}

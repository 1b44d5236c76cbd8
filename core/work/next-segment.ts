/**
 * Where the grid's navigation keys go, as pure rules over the rows in view: the next segment still
 * to confirm (Ctrl+Enter), the next or previous segment that needs a look (Alt+PgDn/PgUp), and the
 * number typed in "go to segment" (Ctrl+G).
 */
import { isConfirmed } from "../review/status-machine";

/** What Ctrl+Enter does after confirming: go to the next segment not yet confirmed, or simply the next one. */
export type AfterConfirm = "nextUnconfirmed" | "nextSegment";
export const AFTER_CONFIRM: readonly AfterConfirm[] = ["nextUnconfirmed", "nextSegment"];

/**
 * Where to go after confirming the row at `from` (0-based): `{ to }` the row to open, or
 * `{ to: null, remaining }` when no row after it is left to confirm (`remaining` counts those before it),
 * so the grid says so instead of wrapping round silently.
 */
export function afterConfirm(statuses: readonly string[], from: number, mode: AfterConfirm): { to: number } | { to: null; remaining: number } {
  if (mode === "nextSegment") return from + 1 < statuses.length ? { to: from + 1 } : { to: null, remaining: 0 };
  for (let i = from + 1; i < statuses.length; i++) if (!isConfirmed(statuses[i])) return { to: i };
  return { to: null, remaining: statuses.slice(0, from).filter((s) => !isConfirmed(s)).length };
}

/** The nearest row after (`step` 1) or before (-1) `from` whose flag is set; null when there is none. `from` -1 starts before the first row. */
export function nextFlagged(flags: readonly boolean[], from: number, step: 1 | -1): number | null {
  const start = from < 0 && step === -1 ? flags.length : from;
  for (let i = start + step; i >= 0 && i < flags.length; i += step) if (flags[i]) return i;
  return null;
}

/** The segment number typed in "go to segment": a whole number from 1 to `total`, else why not. */
export function parseSegmentNumber(input: string, total: number): { number: number } | { problem: "notANumber" | "outOfRange" } {
  const text = input.trim();
  if (!/^\d+$/.test(text)) return { problem: "notANumber" };
  const number = Number(text);
  return number >= 1 && number <= total ? { number } : { problem: "outOfRange" };
}

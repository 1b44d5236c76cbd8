import type { LiveSegment } from "@/server/live/live-event";
import type { WorkbenchSegment } from "@/server/documents/get-workbench";

/**
 * The one rule for a change someone else saved (a live event or a catch-up row) meeting this
 * page's copy of the segment:
 * - ignore it when the page does not hold the segment, or already has that version or a newer one
 *   (its own save coming back, or an event overtaken by a catch-up);
 * - keep-mine when the user has text for it the server has not acknowledged: their words are never
 *   replaced, and since the page keeps the version it edited, their save is refused as a CONFLICT
 *   and the usual conflict dialog shows both texts;
 * - apply it otherwise: the row shows the new text, status and version.
 */
export type RemoteDecision = "ignore" | "keep-mine" | "apply";

export function decideRemote(remote: { version: number }, local: { held: boolean; knownVersion: number | undefined; unsaved: boolean }): RemoteDecision {
  if (!local.held || (local.knownVersion !== undefined && remote.version <= local.knownVersion)) return "ignore";
  return local.unsaved ? "keep-mine" : "apply";
}

const REMOTE_FIELDS = [
  "targetText",
  "status",
  "version",
  "sourceText",
  "sourceWords",
  "trackedBaseText",
  "previousSourceText",
  "reviewedVersion",
  "translatedById",
  "matchOrigin",
  "matchScore",
  "updatedAt",
] as const;

/** What a remote row changes in the page's segment: the fields it carries (a partial event has no texts). */
export function remotePatch(remote: LiveSegment | Partial<WorkbenchSegment>): Partial<WorkbenchSegment> {
  const patch: Partial<Record<(typeof REMOTE_FIELDS)[number], unknown>> = {};
  for (const field of REMOTE_FIELDS)
    if (field in remote && remote[field as keyof typeof remote] !== undefined) patch[field] = remote[field as keyof typeof remote];
  return patch as Partial<WorkbenchSegment>;
}

/**
 * Whether a restructure event is this page's own merge or split coming back: the page already
 * holds every row it wrote at that version or newer. Otherwise (someone else's, or too many rows
 * to list) the page reloads its part.
 */
export function holdsRestructure(rows: readonly { id: string; version: number }[] | undefined, versionOf: (id: string) => number | undefined): boolean {
  return rows !== undefined && rows.every((r) => (versionOf(r.id) ?? 0) >= r.version);
}

import { vi } from "vitest";
import type { SaveRequest, SaveResult } from "./save-types";

/**
 * For tests: the server side of a save as save-segment.ts does it — a version check, then the text,
 * one version up (statuses are not kept: a conflict reports "draft"). Rows default to two empty
 * segments at version 1.
 */
export function fakeSaveServer(initial: Record<string, { text: string; version: number }> = { s1: { text: "", version: 1 }, s2: { text: "", version: 1 } }) {
  const rows = new Map(Object.entries(initial).map(([id, row]) => [id, { ...row }]));
  const requests: SaveRequest[] = [];
  const send = vi.fn(async (request: SaveRequest): Promise<SaveResult> => {
    requests.push(request);
    const row = rows.get(request.segmentId)!;
    if (row.version !== request.baseVersion) {
      return { ok: false, code: "CONFLICT", message: "conflict", details: { theirs: row.text, theirStatus: "draft", currentVersion: row.version } };
    }
    row.text = request.targetText;
    row.version++;
    return { ok: true, value: { id: request.segmentId, targetText: row.text, status: request.status ?? "draft", version: row.version } };
  });
  return { rows, requests, send };
}

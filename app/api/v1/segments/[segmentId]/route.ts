import { z } from "zod";
import { SEGMENT_STATUSES } from "@/core/model/document";
import { getSegment } from "@/server/segments/get-segment";
import { saveSegment } from "@/server/segments/save-segment";
import { MAX_JSON_BODY_BYTES } from "@/app/_lib/request-limits";
import { readJsonBody } from "@/app/_lib/read-json-body";
import { apiRoute, parseInput } from "../../_lib/api-route";

type Params = { segmentId: string };

/** One segment: source, target, status and the version a save must name. */
export const GET = apiRoute<Params>(async ({ db, actor, params }) => getSegment(db, { actor, segmentId: params.segmentId }));

const ZSave = z.object({
  targetText: z.string().max(100_000),
  status: z.enum(SEGMENT_STATUSES).optional(),
  baseVersion: z.number().int().positive(),
});

/**
 * Saves the target and/or asks for a status, as the grid does (same role rules, same status
 * machine). `baseVersion` is the version the caller read: a newer one answers 409 CONFLICT with
 * details.currentVersion and details.theirs (the text saved now), and nothing is overwritten.
 */
export const PATCH = apiRoute<Params>(async ({ db, actor, params, request }) => {
  // The JSON is read only after authentication, and only up to its limit.
  const body = parseInput(ZSave, await readJsonBody(request, MAX_JSON_BODY_BYTES));
  return saveSegment(db, { actor, segmentId: params.segmentId, ...body });
});

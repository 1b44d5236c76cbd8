import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { SEGMENT_STATUSES } from "@/core/model/document";
import { getDb } from "@/server/db/client";
import { saveSegment } from "@/server/segments/save-segment";
import { currentActor } from "@/app/_lib/current-actor";
import { errorResponse } from "@/app/_lib/file-response";
import { readJsonBody } from "@/app/_lib/read-json-body";
import { MAX_JSON_BODY_BYTES } from "@/app/_lib/request-limits";

const ZPatchSegment = z.object({
  baseVersion: z.number().int().positive(),
  targetText: z.string().max(100_000),
  status: z.enum(SEGMENT_STATUSES).optional(),
});

/**
 * Saves a segment's target for machine clients (scripts, MT connectors), with the same rules as
 * the grid: the session cookie, the role check and the version check. The session is checked
 * before any of the body is read, and the body is read only up to MAX_JSON_BODY_BYTES (413).
 */
export async function PATCH(request: NextRequest, { params }: { params: Promise<{ segmentId: string }> }) {
  const { segmentId } = await params;
  try {
    const actor = await currentActor();
    const body = ZPatchSegment.safeParse(await readJsonBody(request, MAX_JSON_BODY_BYTES));
    if (!body.success) return NextResponse.json({ code: "INVALID_INPUT", message: body.error.issues[0]?.message ?? "Invalid body" }, { status: 400 });
    return NextResponse.json(await saveSegment(getDb(), { actor, segmentId, ...body.data }));
  } catch (error) {
    return errorResponse(error);
  }
}

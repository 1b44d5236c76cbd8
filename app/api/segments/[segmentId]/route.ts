import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { SEGMENT_STATUSES } from "@/core/model/document";
import { getDb } from "@/server/db/client";
import { isAppError } from "@/server/errors";
import { saveSegment } from "@/server/segments/save-segment";
import { currentActor } from "@/app/_lib/current-actor";

const ZPatchSegment = z.object({
  baseVersion: z.number().int().positive(),
  targetText: z.string().max(100_000),
  status: z.enum(SEGMENT_STATUSES).optional(),
});

/**
 * Saves a segment's target for machine clients (scripts, MT connectors), with the same rules as
 * the grid: the session cookie, the role check and the version check.
 */
export async function PATCH(request: NextRequest, { params }: { params: Promise<{ segmentId: string }> }) {
  const { segmentId } = await params;
  const body = ZPatchSegment.safeParse(await request.json().catch(() => null));
  if (!body.success) return NextResponse.json({ code: "INVALID_INPUT", message: body.error.issues[0]?.message ?? "Invalid body" }, { status: 400 });
  try {
    const segment = await saveSegment(getDb(), { actor: await currentActor(), segmentId, ...body.data });
    return NextResponse.json(segment);
  } catch (error) {
    if (isAppError(error)) return NextResponse.json(error.toJSON(), { status: error.status });
    throw error;
  }
}

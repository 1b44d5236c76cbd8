import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { z } from "zod";
import { currentActor } from "@/app/_lib/current-actor";
import { errorResponse } from "@/app/_lib/file-response";
import { readJsonBody } from "@/app/_lib/read-json-body";
import { recordId } from "@/actions/_lib/input-schemas";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { updatePresence } from "@/server/live/update-presence";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const ZPresence = z.object({ segmentId: recordId.nullable() });

/** The segment the caller is on in this document (null: they left it). Sent by the grid, throttled, and by sendBeacon on leaving. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ documentId: string }> }) {
  const { documentId } = await params;
  try {
    const actor = await currentActor();
    const parsed = ZPresence.safeParse(await readJsonBody(request, 1024));
    if (!parsed.success) throw new AppError("INVALID_INPUT", "segmentId must be a segment id or null.");
    await updatePresence(getDb(), { actor, documentId, segmentId: parsed.data.segmentId });
    return new NextResponse(null, { status: 204 });
  } catch (error) {
    // A page that closes while its last presence is sent: nobody is left to answer.
    if (request.signal.aborted) return new NextResponse(null, { status: 499 });
    return errorResponse(error);
  }
}

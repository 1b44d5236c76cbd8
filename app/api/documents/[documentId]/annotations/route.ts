import type { NextRequest } from "next/server";
import { exportAnnotations } from "@/server/annotations/export-annotations";
import { getDb } from "@/server/db/client";
import { clientIp, currentActor } from "@/app/_lib/current-actor";
import { errorResponse, fileResponse } from "@/app/_lib/file-response";

/** Downloads the document's glosses and notes as W3C Web Annotation JSON-LD. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ documentId: string }> }) {
  const { documentId } = await params;
  try {
    return fileResponse(await exportAnnotations(getDb(), { actor: await currentActor(), documentId, origin: request.nextUrl.origin, ip: await clientIp() }));
  } catch (error) {
    return errorResponse(error);
  }
}

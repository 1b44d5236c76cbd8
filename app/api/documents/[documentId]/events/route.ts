import type { NextRequest } from "next/server";
import { currentActor } from "@/app/_lib/current-actor";
import { errorResponse } from "@/app/_lib/file-response";
import { requireDocumentAction } from "@/server/access/require-project-action";
import { getDb } from "@/server/db/client";
import { getEventBus } from "@/server/live/event-bus";
import { liveEventStream } from "@/server/live/event-stream";
import { listPresence } from "@/server/live/list-presence";

// A long-lived stream: Node's runtime, never cached or rendered ahead.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Server-sent events of one document (saves, status changes, restructures, presence) for its readers. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ documentId: string }> }) {
  const { documentId } = await params;
  const db = getDb();
  try {
    const actor = await currentActor();
    // Authorises (project.read) and tells the newcomer who is already there.
    const presence = await listPresence(db, { actor, documentId });
    const stream = liveEventStream({
      documentId,
      bus: getEventBus(),
      hello: { type: "hello", now: Date.now(), presence },
      signal: request.signal,
      stillAllowed: () => requireDocumentAction(db, actor, documentId, "project.read").then(() => true),
    });
    return new Response(stream, {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-cache, no-store, no-transform",
        Connection: "keep-alive",
        // nginx and similar proxies would otherwise buffer the stream.
        "X-Accel-Buffering": "no",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

import { NextResponse } from "next/server";
import { currentActor } from "@/app/_lib/current-actor";
import { errorResponse } from "@/app/_lib/file-response";
import { readProgress } from "@/server/jobs/progress-board";

/** How far the caller's own long operation (an import) has got: {stage, done, total}, or 404 when none runs under this token. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  try {
    const actor = await currentActor();
    const progress = await readProgress((await params).token, actor.userId);
    return progress
      ? NextResponse.json(progress, { headers: { "Cache-Control": "no-store" } })
      : NextResponse.json({ code: "NOT_FOUND", message: "No such operation." }, { status: 404 });
  } catch (error) {
    return errorResponse(error);
  }
}

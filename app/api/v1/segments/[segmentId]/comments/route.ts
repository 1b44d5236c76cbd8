import { z } from "zod";
import { createComment } from "@/server/comments/create-comment";
import { listComments } from "@/server/comments/list-comments";
import { getSegment } from "@/server/segments/get-segment";
import { readJsonBody } from "@/app/_lib/read-json-body";
import { MAX_JSON_BODY_BYTES } from "@/app/_lib/request-limits";
import { apiRoute, parseInput } from "../../../_lib/api-route";

type Params = { segmentId: string };

/** The segment's comment threads (root and replies, oldest reply first). */
export const GET = apiRoute<Params>(async ({ db, actor, params }) => {
  const segment = await getSegment(db, { actor, segmentId: params.segmentId });
  return { data: await listComments(db, { actor, documentId: segment.documentId, segmentId: segment.id }) };
});

const ZComment = z.object({
  body: z.string().min(1).max(10_000),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
});

/** Starts a thread on the segment, optionally about `start`–`end` of its English target. 201 with the comment. */
export const POST = apiRoute<Params>(async ({ db, actor, params, request }) => {
  const body = parseInput(ZComment, await readJsonBody(request, MAX_JSON_BODY_BYTES));
  return Response.json(await createComment(db, { actor, segmentId: params.segmentId, ...body }), { status: 201 });
});

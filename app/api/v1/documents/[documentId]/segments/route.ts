import { z } from "zod";
import { listSegments, MAX_SEGMENT_PAGE } from "@/server/segments/list-segments";
import { apiRoute, parseInput } from "../../../_lib/api-route";

const ZPage = z.object({
  cursor: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_SEGMENT_PAGE).default(100),
});

/** A page of the document's segments in reading order: `?cursor=<nextCursor of the previous page>&limit=`. */
export const GET = apiRoute<{ documentId: string }>(async ({ db, actor, params, request }) => {
  const search = request.nextUrl.searchParams;
  const page = parseInput(ZPage, { cursor: search.get("cursor") ?? undefined, limit: search.get("limit") ?? undefined });
  const { segments, nextCursor } = await listSegments(db, { actor, documentId: params.documentId, after: page.cursor, limit: page.limit });
  return { data: segments, nextCursor };
});

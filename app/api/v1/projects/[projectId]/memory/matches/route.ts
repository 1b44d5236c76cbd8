import { z } from "zod";
import { searchMemory } from "@/server/tm/search-memory";
import { apiRoute, parseInput } from "../../../../_lib/api-route";

const ZQuery = z.object({
  source: z.string().trim().min(1).max(5_000),
  minScore: z.coerce.number().int().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

/** Fuzzy matches for a French sentence from the memories the project reads, best first. */
export const GET = apiRoute<{ projectId: string }>(async ({ db, actor, params, request }) => {
  const search = request.nextUrl.searchParams;
  const query = parseInput(ZQuery, {
    source: search.get("source") ?? undefined,
    minScore: search.get("minScore") ?? undefined,
    limit: search.get("limit") ?? undefined,
  });
  const [matches] = await searchMemory(db, actor, { projectId: params.projectId, sentences: [query.source], minScore: query.minScore, limit: query.limit });
  return { data: matches };
});

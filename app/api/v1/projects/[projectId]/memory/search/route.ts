import { z } from "zod";
import { concordance } from "@/server/tm/concordance";
import { apiRoute, parseInput } from "../../../../_lib/api-route";

const ZQuery = z.object({
  q: z.string().trim().min(1).max(500),
  lang: z.enum(["fr", "en"]).default("fr"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** Concordance: a word or phrase in the French (or `lang=en`) side of the memories the project reads. */
export const GET = apiRoute<{ projectId: string }>(async ({ db, actor, params, request }) => {
  const search = request.nextUrl.searchParams;
  const query = parseInput(ZQuery, { q: search.get("q") ?? undefined, lang: search.get("lang") ?? undefined, limit: search.get("limit") ?? undefined });
  return { data: await concordance(db, actor, { projectId: params.projectId, text: query.q, lang: query.lang, limit: query.limit }) };
});

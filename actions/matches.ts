"use server";

import { z } from "zod";
import { getDb } from "@/server/db/client";
import { concordance } from "@/server/tm/concordance";
import { getSegmentMatches } from "@/server/tm/get-segment-matches";
import { recordId } from "./_lib/input-schemas";
import { runAction } from "./_lib/run-action";

/** The side panel asks for at most this many matches: Ctrl+1…3 insert the first three, the rest are for reading. */
const MATCH_LIMIT = 9;

const ZSegmentMatches = z.object({ segmentId: recordId, minScore: z.number().int().min(0).max(101).optional() });
const ZConcordance = z.object({ projectId: recordId, text: z.string().trim().min(1).max(200), lang: z.enum(["fr", "en"]).optional() });

/** Translation memory matches for one segment (the side panel's Matches tab), best first. */
export async function segmentMatchesAction(input: unknown) {
  return runAction(ZSegmentMatches, input, (data, actor) => getSegmentMatches(getDb(), actor, data.segmentId, { minScore: data.minScore, limit: MATCH_LIMIT }));
}

/** Concordance lines for a word or phrase, in the memory's French or English (Ctrl+K). */
export async function concordanceAction(input: unknown) {
  return runAction(ZConcordance, input, (data, actor) =>
    concordance(getDb(), actor, { projectId: data.projectId, text: data.text, lang: data.lang, limit: 50 }),
  );
}

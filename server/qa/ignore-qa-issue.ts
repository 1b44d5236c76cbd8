import { z } from "zod";
import { QA_CODES } from "@/core/qa/types";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { toQaIgnoreView, type QaIgnoreView } from "./qa-ignores";

/** What an ignore needs: the finding (its fingerprint and code, as reported) and why. */
export const qaIgnoreSchema = z.object({
  segmentId: z.string().min(1).max(100),
  fingerprint: z.string().min(1).max(2_000),
  code: z.enum(QA_CODES),
  reason: z.string().trim().min(1, "Say why this finding can be ignored.").max(500, "A reason is at most 500 characters."),
});

export type QaIgnoreInput = z.infer<typeof qaIgnoreSchema>;

function parseInput(input: unknown): QaIgnoreInput {
  const parsed = qaIgnoreSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("INVALID_INPUT", issue.message, { field: issue.path.join(".") });
  }
  // A fingerprint is `code|what it is about` (core/qa/fingerprint.ts): one of another check cannot be ignored under this code.
  if (!parsed.data.fingerprint.startsWith(`${parsed.data.code}|`)) {
    throw new AppError("INVALID_INPUT", "This fingerprint belongs to another check.", { field: "fingerprint" });
  }
  return parsed.data;
}

async function authorName(db: Db, actor: Actor): Promise<string> {
  if (actor.kind === "system") return "system";
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { name: true } });
  return user?.name ?? "";
}

/**
 * Ignores one finding of one segment with a reason the reviewer sees (translators and up). Ignoring
 * it again replaces the reason and who. Two people ignoring the same finding at once both succeed:
 * the later write is kept.
 */
export async function ignoreQaIssue(
  db: Db,
  options: { actor: Actor; segmentId: string; fingerprint: string; code: string; reason: string },
): Promise<QaIgnoreView> {
  const { actor, ...fields } = options;
  const input = parseInput(fields);
  const segment = await db.segment.findUnique({ where: { id: input.segmentId }, select: { documentId: true } });
  if (!segment) throw new AppError("NOT_FOUND", "Segment not found.");
  await requireDocumentAction(db, actor, segment.documentId, "qa.ignore");
  const decision = { code: input.code, reason: input.reason, userId: actor.userId, userName: await authorName(db, actor), createdAt: new Date() };
  const key = { segmentId_fingerprint: { segmentId: input.segmentId, fingerprint: input.fingerprint } };
  const write = () => db.qaIgnore.upsert({ where: key, create: { segmentId: input.segmentId, fingerprint: input.fingerprint, ...decision }, update: decision });
  try {
    return toQaIgnoreView(await write());
  } catch (error) {
    // Prisma runs this upsert as one INSERT … ON CONFLICT here; where it reads then writes instead, the
    // loser of a race hits the unique key: the row exists now, so writing again updates it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return toQaIgnoreView(await write());
    throw error;
  }
}

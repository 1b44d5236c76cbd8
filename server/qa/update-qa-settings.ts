import { z } from "zod";
import { parseQaSettings, type QaSettings } from "@/core/qa/settings";
import { QA_CODES, QA_SEVERITIES } from "@/core/qa/types";
import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { AppError } from "../errors";

const checkSetting = z.object({ enabled: z.boolean(), severity: z.enum(QA_SEVERITIES) }).strict();

/**
 * What an owner may change, any part of it (the rest stays as it is). Strict: an unknown check or a
 * misspelt field is refused rather than silently dropped, so a settings form cannot lose a choice.
 */
export const qaSettingsChangeSchema = z
  .object({
    checks: z.partialRecord(z.enum(QA_CODES), checkSetting).optional(),
    dialect: z.enum(["us", "uk"]).optional(),
    lengthRatio: z.object({ min: z.number().finite(), max: z.number().finite() }).strict().optional(),
  })
  .strict();

export type QaSettingsChange = z.infer<typeof qaSettingsChangeSchema>;

/** The settings after the change, or INVALID_INPUT naming the first problem. */
function applyChange(current: QaSettings, input: unknown): QaSettings {
  const parsed = qaSettingsChangeSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join(".");
    throw new AppError("INVALID_INPUT", `${field ? `${field}: ` : ""}${issue.message}`, { field });
  }
  const change = parsed.data;
  const next: QaSettings = {
    checks: { ...current.checks, ...change.checks },
    dialect: change.dialect ?? current.dialect,
    lengthRatio: change.lengthRatio ?? current.lengthRatio,
  };
  // parseQaSettings is the one home of the ratio's bounds: a ratio it would not keep as given is refused.
  const kept = parseQaSettings(next).lengthRatio;
  if (kept.min !== next.lengthRatio.min || kept.max !== next.lengthRatio.max) {
    throw new AppError("INVALID_INPUT", "lengthRatio: the minimum must be above 0 and below 10, the maximum above the minimum and at most 20.", {
      field: "lengthRatio",
    });
  }
  return next;
}

/** What changed, for the audit log: the checks by code, then dialect and length ratio. */
function changedParts(before: QaSettings, after: QaSettings): string[] {
  const parts: string[] = QA_CODES.filter((code) => JSON.stringify(before.checks[code]) !== JSON.stringify(after.checks[code]));
  if (before.dialect !== after.dialect) parts.push("dialect");
  if (JSON.stringify(before.lengthRatio) !== JSON.stringify(after.lengthRatio)) parts.push("lengthRatio");
  return parts;
}

/** Changes the project's QA settings (owners); stores them whole, records who changed what. */
export async function updateQaSettings(db: Db, options: { actor: Actor; projectId: string; settings: unknown }): Promise<QaSettings> {
  await requireProjectAction(db, options.actor, options.projectId, "qa.manage");
  return db.$transaction(async (tx) => {
    const project = await tx.project.findUniqueOrThrow({ where: { id: options.projectId }, select: { qaSettings: true } });
    const before = parseQaSettings(project.qaSettings);
    const after = applyChange(before, options.settings);
    const changes = changedParts(before, after);
    if (changes.length === 0) return before;
    await tx.project.update({ where: { id: options.projectId }, data: { qaSettings: JSON.stringify(after) } });
    await recordAuditEvent(tx, {
      actorId: options.actor.userId,
      projectId: options.projectId,
      action: "qa.settings_changed",
      targetType: "project",
      targetId: options.projectId,
      details: { changes: changes.join(", ") },
    });
    return after;
  });
}

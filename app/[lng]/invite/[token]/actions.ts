"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { acceptInvitation } from "@/server/members/accept-invitation";
import { isLanguage } from "@/i18n/settings";
import { actionError, type ActionState } from "@/app/_lib/action-result";
import { clientIp, currentActor } from "@/app/_lib/current-actor";

export async function acceptInvitationAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const input = z.object({ lng: z.string().refine(isLanguage), token: z.string().min(10).max(200) }).safeParse(Object.fromEntries(form));
  if (!input.success) return { ok: false, code: "INVALID_INPUT", message: "Invalid invitation." };
  let projectId: string;
  try {
    projectId = (await acceptInvitation(getDb(), { actor: await currentActor(), token: input.data.token, ip: await clientIp() })).projectId;
  } catch (error) {
    return actionError(error);
  }
  redirect(`/${input.data.lng}/projects/${projectId}`);
}

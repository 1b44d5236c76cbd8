"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { acceptInvitation } from "@/server/members/accept-invitation";
import { isLanguage } from "@/i18n/settings";
import { clientIp } from "@/app/_lib/current-actor";
import type { FormState } from "./_lib/action-result";
import { runAction } from "./_lib/run-action";

const ZAccept = z.object({ lng: z.string().refine(isLanguage), token: z.string().min(10).max(200) });

/** Joins the project of an invitation link (for the invited address only) and opens it. */
export async function acceptInvitationAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(
    ZAccept,
    Object.fromEntries(form),
    async (data, actor) => {
      const { projectId } = await acceptInvitation(getDb(), { actor, token: data.token, ip: await clientIp() });
      return `/${data.lng}/projects/${projectId}`;
    },
    { invalidMessage: "Invalid invitation." },
  );
  return result.ok ? redirect(result.value) : result;
}

"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { userActor } from "@/server/access/actor";
import { signUp } from "@/server/auth/sign-up";
import { getDb } from "@/server/db/client";
import { findLandingDocument } from "@/server/projects/find-landing-document";
import { isLanguage } from "@/i18n/settings";
import { getAuth } from "@/app/_lib/auth";
import { clientIp } from "@/app/_lib/current-actor";
import { invitationTokenIn } from "@/app/_lib/invitation-link";
import { safeReturnPath } from "@/app/_lib/safe-return-path";
import type { FormState } from "./_lib/action-result";
import { runPublicAction } from "./_lib/run-action";

const ZSignUpInput = z.object({
  lng: z.string().refine(isLanguage),
  name: z.string().trim().min(1).max(100),
  email: z.email().max(320),
  password: z.string().max(1024),
  next: z.string().max(2000).optional(),
});

/**
 * Creates the account and signs in; the first account lands straight on the demo article. Someone
 * signing up from an invitation link carries it in `next`, which is where they go back to join.
 */
export async function signUpAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runPublicAction(ZSignUpInput, Object.fromEntries(form), async (data) => {
    const next = safeReturnPath(data.next);
    const db = getDb();
    const { userId, firstAccount } = await signUp(db, getAuth(), {
      ...data,
      invitationToken: invitationTokenIn(next),
      ip: await clientIp(),
      headers: await headers(),
    });
    const landing = firstAccount ? await findLandingDocument(db, { actor: userActor(userId) }) : null;
    return landing ? `/${data.lng}/projects/${landing.projectId}/documents/${landing.documentId}` : next || `/${data.lng}`;
  });
  return result.ok ? redirect(result.value) : result;
}

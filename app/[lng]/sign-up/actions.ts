"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { userActor } from "@/server/access/actor";
import { signUp } from "@/server/auth/sign-up";
import { getDb } from "@/server/db/client";
import { findLandingDocument } from "@/server/projects/find-landing-document";
import { isLanguage } from "@/i18n/settings";
import { actionError, type ActionState } from "@/app/_lib/action-result";
import { getAuth } from "@/app/_lib/auth";
import { clientIp } from "@/app/_lib/current-actor";
import { invitationTokenIn } from "@/app/_lib/invitation-link";
import { safeReturnPath } from "@/app/_lib/safe-return-path";

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
export async function signUpAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const input = ZSignUpInput.safeParse(Object.fromEntries(form));
  if (!input.success) return { ok: false, code: "INVALID_INPUT", message: input.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
  const { lng } = input.data;
  const next = safeReturnPath(input.data.next);
  let destination: string;
  try {
    const db = getDb();
    const { userId, firstAccount } = await signUp(db, getAuth(), { ...input.data, invitationToken: invitationTokenIn(next), ip: await clientIp(), headers: await headers() });
    const landing = firstAccount ? await findLandingDocument(db, { actor: userActor(userId) }) : null;
    destination = landing ? `/${lng}/projects/${landing.projectId}/documents/${landing.documentId}` : next || `/${lng}`;
  } catch (error) {
    return actionError(error);
  }
  redirect(destination);
}

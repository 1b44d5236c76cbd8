"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { changePassword } from "@/server/auth/change-password";
import { signOut } from "@/server/auth/sign-out";
import { getDb } from "@/server/db/client";
import { updateProfile } from "@/server/users/update-profile";
import { isLanguage } from "@/i18n/settings";
import { actionError, type ActionState } from "@/app/_lib/action-result";
import { getAuth } from "@/app/_lib/auth";
import { clientIp, currentActor, currentSession } from "@/app/_lib/current-actor";

const ZLng = z.string().refine(isLanguage);

export async function updateNameAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const input = z.object({ name: z.string().max(200) }).safeParse(Object.fromEntries(form));
  if (!input.success) return { ok: false, code: "INVALID_INPUT", message: "Invalid name." };
  try {
    await updateProfile(getDb(), { actor: await currentActor(), name: input.data.name });
    return { ok: true };
  } catch (error) {
    return actionError(error);
  }
}

export async function changePasswordAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const input = z.object({ currentPassword: z.string().min(1).max(1024), newPassword: z.string().max(1024) }).safeParse(Object.fromEntries(form));
  if (!input.success) return { ok: false, code: "INVALID_INPUT", message: "Fill in both passwords." };
  try {
    const actor = await currentActor();
    await changePassword(getDb(), getAuth(), { userId: actor.userId!, ...input.data, ip: await clientIp(), headers: await headers() });
    return { ok: true };
  } catch (error) {
    return actionError(error);
  }
}

/** Signs out this browser, or every session of the user with `everywhere`. */
export async function signOutAction(form: FormData): Promise<void> {
  const lng = ZLng.safeParse(form.get("lng")).data ?? "en";
  const session = await currentSession();
  if (session) {
    await signOut(getDb(), getAuth(), { userId: session.userId, ip: await clientIp(), headers: await headers(), everywhere: form.get("everywhere") === "1" });
  }
  redirect(`/${lng}/sign-in`);
}

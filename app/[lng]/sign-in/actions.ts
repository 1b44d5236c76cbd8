"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/server/auth/sign-in";
import { getDb } from "@/server/db/client";
import { isLanguage } from "@/i18n/settings";
import { actionError, type ActionState } from "@/app/_lib/action-result";
import { getAuth } from "@/app/_lib/auth";
import { clientIp } from "@/app/_lib/current-actor";
import { safeReturnPath } from "@/app/_lib/safe-return-path";

const ZSignInInput = z.object({
  lng: z.string().refine(isLanguage),
  email: z.string().trim().max(320),
  password: z.string().min(1).max(1024),
  next: z.string().max(2000).optional(),
});

export async function signInAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const input = ZSignInInput.safeParse(Object.fromEntries(form));
  if (!input.success) return { ok: false, code: "INVALID_INPUT", message: "Enter your email and password." };
  try {
    await signIn(getDb(), getAuth(), { email: input.data.email, password: input.data.password, ip: await clientIp(), headers: await headers() });
  } catch (error) {
    return actionError(error);
  }
  redirect(safeReturnPath(input.data.next) || `/${input.data.lng}`);
}

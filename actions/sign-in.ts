"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/server/auth/sign-in";
import { signOut } from "@/server/auth/sign-out";
import { getDb } from "@/server/db/client";
import { isLanguage } from "@/i18n/settings";
import { getAuth } from "@/app/_lib/auth";
import { clientIp, currentSession } from "@/app/_lib/current-actor";
import { safeReturnPath } from "@/app/_lib/safe-return-path";
import type { FormState } from "./_lib/action-result";
import { runPublicAction } from "./_lib/run-action";

const ZLng = z.string().refine(isLanguage);

const ZSignInInput = z.object({
  lng: ZLng,
  email: z.string().trim().max(320),
  password: z.string().min(1).max(1024),
  next: z.string().max(2000).optional(),
});

/** Signs in, then goes back where the visitor came from (on our origin only) or to the projects. */
export async function signInAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runPublicAction(
    ZSignInInput,
    Object.fromEntries(form),
    async (data) => {
      await signIn(getDb(), getAuth(), { email: data.email, password: data.password, ip: await clientIp(), headers: await headers() });
      return safeReturnPath(data.next) || `/${data.lng}`;
    },
    { invalidMessage: "Enter your email and password." },
  );
  return result.ok ? redirect(result.value) : result;
}

/** Signs out this browser, or every session of the user with `everywhere`; a plain form action. */
export async function signOutAction(form: FormData): Promise<void> {
  const lng = ZLng.safeParse(form.get("lng")).data ?? "en";
  // A failure is logged by the runner; the visitor still lands on the sign-in page, which shows whether they are signed in.
  await runPublicAction(z.object({ everywhere: z.literal("1").optional() }), { everywhere: form.get("everywhere") ?? undefined }, async (data) => {
    const session = await currentSession();
    if (session)
      await signOut(getDb(), getAuth(), { userId: session.userId, ip: await clientIp(), headers: await headers(), everywhere: data.everywhere === "1" });
  });
  redirect(`/${lng}/sign-in`);
}

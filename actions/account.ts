"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { changePassword } from "@/server/auth/change-password";
import { getDb } from "@/server/db/client";
import { updateProfile } from "@/server/users/update-profile";
import { getAuth } from "@/app/_lib/auth";
import { clientIp } from "@/app/_lib/current-actor";
import type { FormState } from "./_lib/action-result";
import { runAction } from "./_lib/run-action";

export async function updateNameAction(_state: FormState, form: FormData): Promise<FormState> {
  return runAction(
    z.object({ name: z.string().max(200) }),
    Object.fromEntries(form),
    async (data, actor) => void (await updateProfile(getDb(), { actor, name: data.name })),
    {
      invalidMessage: "Invalid name.",
    },
  );
}

const ZPasswords = z.object({ currentPassword: z.string().min(1).max(1024), newPassword: z.string().max(1024) });

export async function changePasswordAction(_state: FormState, form: FormData): Promise<FormState> {
  return runAction(
    ZPasswords,
    Object.fromEntries(form),
    async (data, actor) => void (await changePassword(getDb(), getAuth(), { userId: actor.userId!, ...data, ip: await clientIp(), headers: await headers() })),
    { invalidMessage: "Fill in both passwords." },
  );
}

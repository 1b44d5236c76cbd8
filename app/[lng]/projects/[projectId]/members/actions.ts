"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { recordId } from "@/app/_lib/input-schemas";
import { ROLES } from "@/core/access/permissions";
import { getDb } from "@/server/db/client";
import { changeMemberRole, removeMember } from "@/server/members/change-member-role";
import { inviteMember } from "@/server/members/invite-member";
import { revokeInvitation } from "@/server/members/list-members";
import { deleteProject } from "@/server/projects/delete-project";
import { isAppError } from "@/server/errors";
import { isLanguage } from "@/i18n/settings";
import { actionError, type ActionState } from "@/app/_lib/action-result";
import { clientIp, currentActor } from "@/app/_lib/current-actor";
import { invitationPath } from "@/app/_lib/invitation-link";

const ZLng = z.string().refine(isLanguage);

export async function inviteMemberAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const input = z.object({ lng: ZLng, projectId: recordId, email: z.string().max(320), role: z.enum(ROLES) }).safeParse(Object.fromEntries(form));
  if (!input.success) return { ok: false, code: "INVALID_INPUT", message: "Give an email address and a role." };
  try {
    const invitation = await inviteMember(getDb(), { actor: await currentActor(), projectId: input.data.projectId, email: input.data.email, role: input.data.role, ip: await clientIp() });
    revalidatePath(`/${input.data.lng}/projects/${input.data.projectId}/members`);
    // The link is built here, at the edge, and shown once; only the token's hash is stored.
    return { ok: true, data: { email: invitation.email, link: invitationPath(input.data.lng, invitation.token) } };
  } catch (error) {
    return actionError(error);
  }
}

export async function changeRoleAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const input = z.object({ projectId: recordId, userId: recordId, role: z.enum(ROLES) }).safeParse(Object.fromEntries(form));
  if (!input.success) return { ok: false, code: "INVALID_INPUT", message: "Invalid role." };
  try {
    await changeMemberRole(getDb(), { actor: await currentActor(), ...input.data, ip: await clientIp() });
    revalidatePath("/[lng]/projects/[projectId]/members", "page");
    return { ok: true };
  } catch (error) {
    return actionError(error);
  }
}

export async function removeMemberAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const input = z.object({ projectId: recordId, userId: recordId }).safeParse(Object.fromEntries(form));
  if (!input.success) return { ok: false, code: "INVALID_INPUT", message: "Invalid member." };
  try {
    await removeMember(getDb(), { actor: await currentActor(), ...input.data, ip: await clientIp() });
    revalidatePath("/[lng]/projects/[projectId]/members", "page");
    return { ok: true };
  } catch (error) {
    return actionError(error);
  }
}

/**
 * A plain form action (the button is shown to owners only), so a refusal has nowhere to be shown:
 * a coded error leaves everything as it was instead of failing the request.
 */
export async function revokeInvitationAction(form: FormData): Promise<void> {
  const input = z.object({ projectId: recordId, invitationId: recordId }).safeParse(Object.fromEntries(form));
  if (!input.success) return;
  try {
    await revokeInvitation(getDb(), { actor: await currentActor(), ...input.data });
  } catch (error) {
    if (isAppError(error)) return;
    throw error;
  }
  revalidatePath("/[lng]/projects/[projectId]/members", "page");
}

export async function deleteProjectAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const input = z.object({ lng: ZLng, projectId: recordId, confirmName: z.string().max(300) }).safeParse(Object.fromEntries(form));
  if (!input.success) return { ok: false, code: "INVALID_INPUT", message: "Type the project name." };
  try {
    await deleteProject(getDb(), { actor: await currentActor(), ...input.data, ip: await clientIp() });
  } catch (error) {
    return actionError(error);
  }
  redirect(`/${input.data.lng}`);
}

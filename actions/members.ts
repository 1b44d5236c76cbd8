"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ROLES } from "@/core/access/permissions";
import { getDb } from "@/server/db/client";
import { changeMemberRole, removeMember } from "@/server/members/change-member-role";
import { inviteMember } from "@/server/members/invite-member";
import { revokeInvitation } from "@/server/members/list-members";
import { deleteProject } from "@/server/projects/delete-project";
import { isLanguage } from "@/i18n/settings";
import { clientIp } from "@/app/_lib/current-actor";
import { invitationPath } from "@/app/_lib/invitation-link";
import type { FormState } from "./_lib/action-result";
import { recordId } from "./_lib/input-schemas";
import { runAction } from "./_lib/run-action";

const ZLng = z.string().refine(isLanguage);
const MEMBERS_PAGE = "/[lng]/projects/[projectId]/members";

const ZInvite = z.object({ lng: ZLng, projectId: recordId, email: z.string().max(320), role: z.enum(ROLES) });

/** Invites an address; the link is built here, at the edge, and shown once (only the token's hash is stored). */
export async function inviteMemberAction(
  _state: FormState<{ email: string; link: string }>,
  form: FormData,
): Promise<FormState<{ email: string; link: string }>> {
  return runAction(
    ZInvite,
    Object.fromEntries(form),
    async ({ lng, ...data }, actor) => {
      const invitation = await inviteMember(getDb(), { actor, ...data, ip: await clientIp() });
      revalidatePath(`/${lng}/projects/${data.projectId}/members`);
      return { email: invitation.email, link: invitationPath(lng, invitation.token) };
    },
    { invalidMessage: "Give an email address and a role." },
  );
}

export async function changeRoleAction(_state: FormState, form: FormData): Promise<FormState> {
  const schema = z.object({ projectId: recordId, userId: recordId, role: z.enum(ROLES) });
  return runAction(
    schema,
    Object.fromEntries(form),
    async (data, actor) => {
      await changeMemberRole(getDb(), { actor, ...data, ip: await clientIp() });
      revalidatePath(MEMBERS_PAGE, "page");
    },
    { invalidMessage: "Invalid role." },
  );
}

export async function removeMemberAction(_state: FormState, form: FormData): Promise<FormState> {
  const schema = z.object({ projectId: recordId, userId: recordId });
  return runAction(
    schema,
    Object.fromEntries(form),
    async (data, actor) => {
      await removeMember(getDb(), { actor, ...data, ip: await clientIp() });
      revalidatePath(MEMBERS_PAGE, "page");
    },
    { invalidMessage: "Invalid member." },
  );
}

/**
 * A plain form action (the button is shown to owners only), so a refusal has nowhere to be shown:
 * it leaves everything as it was (the runner logs anything unexpected) instead of failing the request.
 */
export async function revokeInvitationAction(form: FormData): Promise<void> {
  const schema = z.object({ projectId: recordId, invitationId: recordId });
  const result = await runAction(schema, Object.fromEntries(form), (data, actor) => revokeInvitation(getDb(), { actor, ...data }));
  if (result.ok) revalidatePath(MEMBERS_PAGE, "page");
}

/** Deletes the project once its name is typed (owners), then goes back to the projects. */
export async function deleteProjectAction(_state: FormState, form: FormData): Promise<FormState> {
  const schema = z.object({ lng: ZLng, projectId: recordId, confirmName: z.string().max(300) });
  const result = await runAction(
    schema,
    Object.fromEntries(form),
    async ({ lng, ...data }, actor) => {
      await deleteProject(getDb(), { actor, ...data, ip: await clientIp() });
      return `/${lng}`;
    },
    { invalidMessage: "Type the project name." },
  );
  return result.ok ? redirect(result.value) : result;
}

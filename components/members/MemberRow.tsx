"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { changeRoleAction, removeMemberAction } from "@/actions/members";
import { FormError } from "@/components/ui/FormError";
import { ROLES } from "@/core/access/permissions";

interface Member {
  userId: string;
  name: string;
  email: string;
  role: string;
}

/** One member; owners can change the role (saved on change) or remove them. */
export function MemberRow({
  projectId,
  member,
  canManage,
  isSelf,
  since,
}: {
  projectId: string;
  member: Member;
  canManage: boolean;
  isSelf: boolean;
  since: string;
}) {
  const { t } = useTranslation("members");
  const [roleState, roleAction] = useActionState(changeRoleAction, null);
  const [removeState, removeAction] = useActionState(removeMemberAction, null);
  const roleLabel = (role: string) => t(`roles.${role as "viewer"}`).split(" — ")[0];
  return (
    <tr data-testid="member-row" data-email={member.email}>
      <td>
        {member.name} {isSelf ? <small className="hint">{t("members.you")}</small> : null}
      </td>
      <td>{member.email}</td>
      <td>
        {canManage ? (
          <form action={roleAction} className="inline-form">
            <input type="hidden" name="projectId" value={projectId} />
            <input type="hidden" name="userId" value={member.userId} />
            <select
              name="role"
              defaultValue={member.role}
              aria-label={t("members.changeRole", { name: member.name })}
              onChange={(event) => event.currentTarget.form?.requestSubmit()}
            >
              {ROLES.map((role) => (
                <option key={role} value={role} title={t(`roles.${role}`)}>
                  {roleLabel(role)}
                </option>
              ))}
            </select>
          </form>
        ) : (
          roleLabel(member.role)
        )}
        <FormError state={roleState} />
      </td>
      <td>{since}</td>
      {canManage ? (
        <td>
          <form
            action={removeAction}
            onSubmit={(event) => {
              if (!window.confirm(t("members.removeConfirm", { name: member.name }))) event.preventDefault();
            }}
          >
            <input type="hidden" name="projectId" value={projectId} />
            <input type="hidden" name="userId" value={member.userId} />
            <button type="submit" className="button button--small">
              {t("members.remove")}
            </button>
          </form>
          <FormError state={removeState} />
        </td>
      ) : null}
    </tr>
  );
}

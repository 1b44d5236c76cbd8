"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { deleteProjectAction } from "@/actions/members";
import { FormError } from "@/components/ui/FormError";

/** Deleting a project asks for its name, typed out. */
export function DeleteProjectForm({ projectId, projectName }: { projectId: string; projectName: string }) {
  const { t, i18n } = useTranslation("members");
  const [state, action, pending] = useActionState(deleteProjectAction, null);
  return (
    <form action={action} className="panel panel--danger form">
      <h2>{t("danger.title")}</h2>
      <p>{t("danger.text")}</p>
      <input type="hidden" name="lng" value={i18n.language} />
      <input type="hidden" name="projectId" value={projectId} />
      <label className="field">
        <span>
          {t("danger.confirm")} (<q>{projectName}</q>)
        </span>
        <input name="confirmName" required autoComplete="off" />
      </label>
      {state && !state.ok && state.details?.reason === "CONFIRM_NAME" ? (
        <p className="form-error" role="alert">
          {t("errors.CONFIRM_NAME")}
        </p>
      ) : (
        <FormError state={state} />
      )}
      <button type="submit" className="button button--danger" disabled={pending}>
        {pending ? t("danger.pending") : t("danger.submit")}
      </button>
    </form>
  );
}

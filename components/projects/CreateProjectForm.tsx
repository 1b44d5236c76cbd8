"use client";

import { useActionState } from "react";
import { useTranslation } from "react-i18next";
import { createProjectAction } from "@/actions/projects";
import { FormError } from "@/components/ui/FormError";

export function CreateProjectForm() {
  const { t, i18n } = useTranslation("projects");
  const [state, action, pending] = useActionState(createProjectAction, null);
  return (
    <form action={action} className="panel form">
      <h2>{t("create.title")}</h2>
      <input type="hidden" name="lng" value={i18n.language} />
      <label className="field">
        <span>{t("create.name")}</span>
        <input name="name" required maxLength={200} />
      </label>
      <label className="field">
        <span>{t("create.description")}</span>
        <input name="description" maxLength={2000} />
      </label>
      <FormError state={state} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("create.pending") : t("create.submit")}
      </button>
    </form>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { CreateProjectForm } from "@/components/projects/CreateProjectForm";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { getT } from "@/i18n/server";
import { getDb } from "@/server/db/client";
import { listProjects } from "@/server/projects/list-projects";
import { requirePageActor } from "../_lib/current-actor";
import { languageParam } from "../_lib/language";
import { rootPageTitle } from "../_lib/page-title";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ lng: string }> }): Promise<Metadata> {
  const lng = await languageParam(params);
  return rootPageTitle(lng, getT(lng, "projects")("list.title"));
}

export default async function ProjectsPage({ params }: { params: Promise<{ lng: string }> }) {
  const lng = await languageParam(params);
  const t = getT(lng, "projects");
  const tc = getT(lng, "common");
  const projects = await listProjects(getDb(), { actor: await requirePageActor(lng, `/${lng}`) });
  return (
    <div className="page">
      <h1>{t("list.title")}</h1>
      {projects.length === 0 ? <p className="empty">{t("list.empty")}</p> : null}
      <ul className="card-list">
        {projects.map((project) => (
          <li key={project.id} className="card">
            <h2 className="card__title">
              <Link href={`/${lng}/projects/${project.id}`}>{project.name}</Link>
            </h2>
            {project.description ? <p className="card__text">{project.description}</p> : null}
            <p className="card__meta">
              {t("list.documents", { count: project.documentCount })} · {t("list.role", { role: t(`roles.${project.role as "owner"}`) })}
            </p>
            <ProgressBar progress={project.progress} label={tc("progress.project")} />
          </li>
        ))}
      </ul>
      <CreateProjectForm />
    </div>
  );
}

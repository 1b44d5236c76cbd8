import Link from "next/link";
import { getT } from "@/i18n/server";
import type { Language } from "@/i18n/settings";
import { roleAllows } from "@/core/access/permissions";

/** Documents | Glossary | Translation memory | Quality checks | Members | Audit log | Trash, the last two for those allowed to use them. */
export function ProjectTabs({
  lng,
  projectId,
  role,
  current,
}: {
  lng: Language;
  projectId: string;
  role: string;
  current: "documents" | "glossary" | "memory" | "qa" | "members" | "audit" | "trash";
}) {
  const t = getT(lng, "members");
  const base = `/${lng}/projects/${projectId}`;
  const tabs = [
    { key: "documents", href: base, label: t("nav.documents") },
    { key: "glossary", href: `${base}/glossary`, label: t("nav.glossary") },
    { key: "memory", href: `${base}/memory`, label: t("nav.memory") },
    { key: "qa", href: `${base}/qa`, label: getT(lng, "qa")("settings.tab") },
    { key: "members", href: `${base}/members`, label: t("nav.members") },
    ...(roleAllows(role, "audit.read") ? [{ key: "audit", href: `${base}/audit`, label: t("nav.audit") }] : []),
    ...(roleAllows(role, "document.restore") ? [{ key: "trash", href: `${base}/trash`, label: getT(lng, "projects")("trash.tab") }] : []),
  ];
  return (
    <nav className="tabs" aria-label={t("nav.settings")}>
      {tabs.map((tab) => (
        <Link key={tab.key} href={tab.href} aria-current={tab.key === current ? "page" : undefined}>
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}

/** The head of every project page: the way back to the projects, the project's name (and description), its tabs. */
export function ProjectHeader({
  lng,
  project,
  role,
  current,
}: {
  lng: Language;
  project: { id: string; name: string; description?: string | null };
  role: string;
  current: Parameters<typeof ProjectTabs>[0]["current"];
}) {
  const tc = getT(lng, "common");
  return (
    <>
      <p className="breadcrumb">
        <Link href={`/${lng}`}>{tc("nav.projects")}</Link>
      </p>
      <h1>{project.name}</h1>
      {project.description ? <p className="lead">{project.description}</p> : null}
      <ProjectTabs lng={lng} projectId={project.id} role={role} current={current} />
    </>
  );
}

import enCommon from "@/locales/en/common.json";
import enProjects from "@/locales/en/projects.json";
import enWorkbench from "@/locales/en/workbench.json";
import frCommon from "@/locales/fr/common.json";
import frProjects from "@/locales/fr/projects.json";
import frWorkbench from "@/locales/fr/workbench.json";

// Bundled statically: the whole interface is a few kilobytes, and nothing may load at run time.
export const resources = {
  en: { common: enCommon, projects: enProjects, workbench: enWorkbench },
  fr: { common: frCommon, projects: frProjects, workbench: frWorkbench },
} as const;

import enAuth from "@/locales/en/auth.json";
import enCommon from "@/locales/en/common.json";
import enActivity from "@/locales/en/activity.json";
import enComments from "@/locales/en/comments.json";
import enGlossary from "@/locales/en/glossary.json";
import enMemory from "@/locales/en/memory.json";
import enMembers from "@/locales/en/members.json";
import enQa from "@/locales/en/qa.json";
import enProjects from "@/locales/en/projects.json";
import enReview from "@/locales/en/review.json";
import enWorkbench from "@/locales/en/workbench.json";
import frAuth from "@/locales/fr/auth.json";
import frCommon from "@/locales/fr/common.json";
import frActivity from "@/locales/fr/activity.json";
import frComments from "@/locales/fr/comments.json";
import frGlossary from "@/locales/fr/glossary.json";
import frMemory from "@/locales/fr/memory.json";
import frMembers from "@/locales/fr/members.json";
import frQa from "@/locales/fr/qa.json";
import frProjects from "@/locales/fr/projects.json";
import frReview from "@/locales/fr/review.json";
import frWorkbench from "@/locales/fr/workbench.json";

// Bundled statically: the whole interface is a few kilobytes, and nothing may load at run time.
export const resources = {
  en: {
    common: enCommon,
    projects: enProjects,
    workbench: enWorkbench,
    auth: enAuth,
    members: enMembers,
    glossary: enGlossary,
    review: enReview,
    comments: enComments,
    activity: enActivity,
    memory: enMemory,
    qa: enQa,
  },
  fr: {
    common: frCommon,
    projects: frProjects,
    workbench: frWorkbench,
    auth: frAuth,
    members: frMembers,
    glossary: frGlossary,
    review: frReview,
    comments: frComments,
    activity: frActivity,
    memory: frMemory,
    qa: frQa,
  },
} as const;

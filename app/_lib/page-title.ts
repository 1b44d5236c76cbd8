import "server-only";
import type { Metadata } from "next";
import { cache } from "react";
import { getT } from "@/i18n/server";
import type { Language } from "@/i18n/settings";
import { userActor } from "@/server/access/actor";
import { getDb } from "@/server/db/client";
import { listMembers } from "@/server/members/list-members";
import { currentSession } from "./current-actor";
import { notFoundTitle } from "./not-found-title";

const SEPARATOR = " · ";

/**
 * A tab title, most specific part first ("Glossary · My project"); the layout's template adds the
 * app's name. Every page has its own, so that a tab, a bookmark or a screen reader's page list
 * says which page it is (WCAG 2.4.2).
 */
export function pageTitle(...parts: string[]): Metadata {
  return { title: parts.join(SEPARATOR) };
}

/** The root layout's template: "<page's title> · Lisière". */
export const titleTemplate = (appName: string) => `%s${SEPARATOR}${appName}`;

/**
 * The title of the page that sits beside the root layout (the project list): a layout's template
 * applies to the segments below it, not to its own page, so the app's name is added here.
 */
export function rootPageTitle(lng: Language, what: string): Metadata {
  return { title: { absolute: [what, getT(lng, "common")("appName")].join(SEPARATOR) } };
}

// Keyed by strings: React's cache compares arguments by identity.
const projectName = cache(async (userId: string, projectId: string) =>
  listMembers(getDb(), { actor: userActor(userId), projectId }).then(
    (loaded) => loaded.project.name,
    () => null,
  ),
);

/**
 * "<what> · <project>" for a page of a project, or "Not found" when the user may not read it (the
 * page itself then answers the 404). The page checks its own access; this only names the tab.
 */
export async function projectPageTitle(lng: string, projectId: string, what: string): Promise<Metadata> {
  const session = await currentSession();
  const name = session ? await projectName(session.userId, projectId) : null;
  return name === null ? { title: notFoundTitle(lng) } : pageTitle(what, name);
}

/**
 * `url`: the URLs, e-mail addresses and @handles of the source must be in the target unchanged.
 * Nothing in the target can be pointed at, so the finding is an empty span at the end, about the
 * link (its subject), and has no suggestion: where it goes is the translator's call.
 */

import type { QaFinding, QaPair } from "../types";
import type { RegisteredCheck } from "./index";

const URL_PART = String.raw`(?:https?:\/\/|www\.)[^\s<>"«»“”‘’]+`;
const EMAIL_PART = String.raw`[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}`;
const HANDLE_PART = String.raw`(?<![\p{L}\p{N}_.@])@[A-Za-z0-9_]{2,30}\b`;

/** URLs, e-mail addresses and @handles (global: use with matchAll or replace). */
export const LINK = new RegExp(`${URL_PART}|${EMAIL_PART}|${HANDLE_PART}`, "gu");

const count = (text: string, char: string) => text.split(char).length - 1;

// A sentence's punctuation after a URL is not part of it; a closing bracket is, when the URL opened it.
function trimLink(link: string): string {
  let end = link.length;
  while (end > 0 && /[.,;:!?'")\]}]/u.test(link[end - 1])) {
    const head = link.slice(0, end);
    const char = link[end - 1];
    if (char === ")" && count(head, "(") >= count(head, ")")) break;
    if (char === "]" && count(head, "[") >= count(head, "]")) break;
    end--;
  }
  return link.slice(0, end);
}

/** The links of a text, each once, as written. */
export function findLinks(text: string): string[] {
  const links = new Set<string>();
  for (const match of text.matchAll(LINK)) {
    const link = trimLink(match[0]);
    if (link.length > 1) links.add(link);
  }
  return [...links];
}

function run({ source, target }: QaPair): QaFinding[] {
  if (!source.includes("@") && !source.includes("www.") && !source.includes("://")) return [];
  const findings: QaFinding[] = [];
  for (const link of findLinks(source)) {
    if (target.includes(link)) continue;
    findings.push({ code: "url", start: target.length, end: target.length, message: { key: "url.missing", params: { url: link } }, subject: link });
  }
  return findings;
}

export const urlCheck: RegisteredCheck = { codes: ["url"], run };

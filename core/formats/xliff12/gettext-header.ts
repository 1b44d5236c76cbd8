/**
 * translate-toolkit's po2xliff (and Weblate, Pootle through it) carries the PO header as a first
 * trans-unit `restype="x-gettext-domain-header"`: metadata, not text, so it is not imported. The
 * file's own source-language is no statement — poxliff.py (translate-toolkit 3.8.4) writes a fixed
 * "en-US" and no target-language — so the languages come from the header: `Language` (the
 * translation's) and `X-Source-Language` when a tool wrote it. A PO names no source otherwise,
 * gettext assuming English; an English translation imported into Lisière, which translates
 * French, is then taken as French → English.
 */

import { textContent, type XmlElement } from "../tbx/read-xml";
import { firstElement } from "../xliff/xliff-elements";

export const GETTEXT_HEADER_RESTYPE = "x-gettext-domain-header";

export interface GettextLanguages {
  source?: string;
  target?: string;
}

/** The languages the PO header in `unit` names. */
export function gettextLanguages(unit: XmlElement, ns: string): GettextLanguages {
  const source = firstElement(unit, ns, "source");
  const header = source ? textContent(source) : "";
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*(\\S+)`, "mu").exec(header)?.[1];
  const target = field("Language");
  const stated = field("X-Source-Language");
  const english = target !== undefined && /^en(?:[-_]|$)/iu.test(target);
  return { ...(target ? { target } : {}), ...(stated ? { source: stated } : english ? { source: "fr" } : {}) };
}

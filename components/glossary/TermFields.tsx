"use client";

import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { TermbaseEntry } from "@/core/terms/termbase-entry";

const PARTS_OF_SPEECH = ["none", "noun", "verb", "adjective", "adverb", "properNoun", "other"] as const;

/** The fields of a termbase entry as named form controls; `fieldsOf` reads them back. */
export function TermFields({ entry, withSource }: { entry?: Partial<TermbaseEntry>; withSource: boolean }) {
  const { t } = useTranslation("glossary");
  const id = useId();
  const field = (name: keyof TermbaseEntry, control: React.ReactNode) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{t(`fields.${name as "source"}`)}</label>
      {control}
    </div>
  );
  return (
    <>
      {withSource ? field("source", <input id={`${id}-source`} name="source" lang="fr" required maxLength={300} defaultValue={entry?.source ?? ""} />) : null}
      {field(
        "preferred",
        <input id={`${id}-preferred`} name="preferred" lang="en" maxLength={300} defaultValue={entry?.preferred ?? ""} autoFocus={!withSource} />,
      )}
      {field("admitted", <textarea id={`${id}-admitted`} name="admitted" lang="en" rows={2} defaultValue={(entry?.admitted ?? []).join("\n")} />)}
      {field("forbidden", <textarea id={`${id}-forbidden`} name="forbidden" lang="en" rows={2} defaultValue={(entry?.forbidden ?? []).join("\n")} />)}
      {field("definition", <textarea id={`${id}-definition`} name="definition" rows={2} maxLength={5000} defaultValue={entry?.definition ?? ""} />)}
      {field("note", <textarea id={`${id}-note`} name="note" rows={2} maxLength={5000} defaultValue={entry?.note ?? ""} />)}
      <div className="field-row">
        {field("domain", <input id={`${id}-domain`} name="domain" maxLength={200} defaultValue={entry?.domain ?? ""} />)}
        {field(
          "partOfSpeech",
          <select id={`${id}-partOfSpeech`} name="partOfSpeech" defaultValue={entry?.partOfSpeech || "none"}>
            {PARTS_OF_SPEECH.map((pos) => (
              <option key={pos} value={pos === "none" ? "" : pos}>
                {t(`pos.${pos}`)}
              </option>
            ))}
          </select>,
        )}
      </div>
      {field(
        "sourceUrl",
        <input id={`${id}-sourceUrl`} name="sourceUrl" type="url" maxLength={2000} placeholder="https://" defaultValue={entry?.sourceUrl ?? ""} />,
      )}
    </>
  );
}

const lines = (value: FormDataEntryValue | null) =>
  String(value ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** The entry fields of a form holding TermFields (the server validates them again). */
export function fieldsOf(form: HTMLFormElement): Record<string, unknown> {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "");
  return {
    ...(data.has("source") ? { source: text("source") } : {}),
    preferred: text("preferred"),
    admitted: lines(data.get("admitted")),
    forbidden: lines(data.get("forbidden")),
    definition: text("definition"),
    note: text("note"),
    domain: text("domain"),
    partOfSpeech: text("partOfSpeech"),
    sourceUrl: text("sourceUrl"),
  };
}

"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { GlossaryEntry } from "@/server/glossary/list-term-entries";
import { ConceptDetails } from "./ConceptDetails";
import { EntryEditor } from "./EntryEditor";
import { GlossaryFiles } from "./GlossaryFiles";
import { filterEntries, type Usage } from "./filter-entries";

/** The project's termbase: search, filter, add, edit, delete, import and export. */
export function GlossaryManager({
  projectId,
  entries,
  editable,
  initialQuery,
  limitMb,
}: {
  projectId: string;
  entries: GlossaryEntry[];
  editable: boolean;
  initialQuery: string;
  limitMb: number;
}) {
  const { t } = useTranslation("glossary");
  const router = useRouter();
  const [query, setQuery] = useState(initialQuery);
  const [domain, setDomain] = useState("");
  const [usage, setUsage] = useState<Usage>("all");
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const domains = useMemo(() => [...new Set(entries.map((e) => e.domain).filter(Boolean) as string[])].sort(), [entries]);
  const shown = useMemo(() => filterEntries(entries, { query, domain, usage }), [entries, query, domain, usage]);
  // French synonyms: the other entries of the same concept.
  const concepts = useMemo(() => {
    const byConcept = new Map<string, string[]>();
    for (const e of entries) byConcept.set(e.conceptId ?? e.id, [...(byConcept.get(e.conceptId ?? e.id) ?? []), e.source]);
    return byConcept;
  }, [entries]);
  const synonymsOf = (entry: GlossaryEntry) => (concepts.get(entry.conceptId ?? entry.id) ?? []).filter((source) => source !== entry.source);
  // Occurrence counts are computed on the server; a fresh render brings them up to date.
  const saved = () => {
    setEditing(null);
    router.refresh();
  };

  return (
    <>
      <div className="glossary-filters">
        <label className="field">
          <span>{t("search")}</span>
          <input
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={t("searchPlaceholder")}
            data-testid="glossary-search"
          />
        </label>
        {domains.length > 0 ? (
          <label className="field">
            <span>{t("domainFilter")}</span>
            <select value={domain} onChange={(event) => setDomain(event.target.value)}>
              <option value="">{t("allDomains")}</option>
              {domains.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="field">
          <span>{t("usageFilter")}</span>
          <select value={usage} onChange={(event) => setUsage(event.target.value as Usage)}>
            {(["all", "used", "unused"] as const).map((u) => (
              <option key={u} value={u}>
                {t(`usage.${u}`)}
              </option>
            ))}
          </select>
        </label>
        {editable ? (
          <button type="button" className="button button--primary" onClick={() => setEditing("new")}>
            {t("add")}
          </button>
        ) : null}
      </div>
      {editing === "new" ? <EntryEditor projectId={projectId} onDone={saved} onCancel={() => setEditing(null)} /> : null}
      <p className="hint" aria-live="polite">
        {t("count", { shown: shown.length, total: entries.length })}
      </p>
      {entries.length === 0 ? <p className="empty">{t("empty")}</p> : shown.length === 0 ? <p className="empty">{t("noMatch")}</p> : null}
      {shown.length > 0 ? (
        // A data table keeps its columns on a narrow screen: it scrolls sideways in its own box, not the page.
        <div className="table-scroll">
          <table className="table glossary-table" data-testid="glossary">
            <thead>
              <tr>
                <th>{t("columns.source")}</th>
                <th>{t("columns.preferred")}</th>
                <th>{t("columns.details")}</th>
                <th>{t("columns.occurrences")}</th>
                {editable ? <th /> : null}
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) =>
                editing === entry.id ? (
                  <tr key={entry.id}>
                    <td colSpan={editable ? 5 : 4}>
                      <EntryEditor projectId={projectId} entry={entry} synonyms={synonymsOf(entry)} onDone={saved} onCancel={() => setEditing(null)} />
                    </td>
                  </tr>
                ) : (
                  <tr key={entry.id} data-testid="glossary-entry">
                    <td lang="fr">
                      {entry.source}
                      {entry.partOfSpeech ? (
                        <span className="muted"> · {t(`pos.${entry.partOfSpeech as "noun"}`, { defaultValue: entry.partOfSpeech })}</span>
                      ) : null}
                    </td>
                    <td lang="en">
                      {entry.preferred || "—"}
                      {entry.admitted?.length ? <div className="muted">{entry.admitted.join(", ")}</div> : null}
                      {entry.forbidden?.length ? (
                        <div className="muted">
                          <del>{entry.forbidden.join(", ")}</del>
                        </div>
                      ) : null}
                    </td>
                    <td>
                      {entry.domain ? <div className="muted">{entry.domain}</div> : null}
                      {entry.definition ? <div className="pre-wrap">{entry.definition}</div> : null}
                      {entry.note ? <div className="pre-wrap muted">{entry.note}</div> : null}
                      <ConceptDetails entryId={entry.id} source={entry.source} hasDetails={entry.hasDetails} synonyms={synonymsOf(entry)} />
                    </td>
                    <td data-testid="occurrences">{t("occurrences", { count: entry.occurrences, documents: entry.documents })}</td>
                    {editable ? (
                      <td>
                        <button type="button" className="button button--small" onClick={() => setEditing(entry.id)} aria-label={`${t("edit")} ${entry.source}`}>
                          {t("edit")}
                        </button>
                      </td>
                    ) : null}
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      ) : null}
      <GlossaryFiles projectId={projectId} editable={editable} limitMb={limitMb} onImported={() => router.refresh()} />
    </>
  );
}

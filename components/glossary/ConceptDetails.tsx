"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { getTermEntryDetailsAction } from "@/actions/glossary";
import { itemsOf, unindent, valuesOf, withSources, type TbxItem, type TbxTerm, type TermDetails } from "@/core/terms/term-details";

// Term-level data categories shown as "label: value" (their labels are under concept.category).
const TERM_NOTES = ["administrativeStatus", "termType", "grammaticalGender", "geographicalUsage", "termLocation", "customerSubset", "projectSubset"] as const;

/**
 * What an entry carries beyond its columns, read-only, behind a disclosure: its concept's French
 * synonyms, definitions per language, and for each term its contexts, sources, notes and other
 * TBX-Basic data (kept from an imported TBX file and exported with it). The details are fetched
 * when the disclosure first opens: the list does not carry kilobytes per entry.
 */
export function ConceptDetails({ entryId, source, hasDetails, synonyms }: { entryId: string; source: string; hasDetails: boolean; synonyms: string[] }) {
  const { t } = useTranslation("glossary");
  const [d, setDetails] = useState<TermDetails | null>(null);
  const [failed, setFailed] = useState(false);
  if (!hasDetails && synonyms.length === 0) return null;
  const load = async () => {
    const result = await getTermEntryDetailsAction({ entryId }).catch(() => null);
    if (result?.ok) setDetails(result.value.details);
    else setFailed(true);
  };
  const englishDefinitions = d?.english ? withSources(d.english.items, "definition") : [];
  const frenchDefinitions = d ? [...withSources(d.french, "definition"), ...withSources(d.concept, "definition")] : [];
  const conceptNotes = d ? [...valuesOf(d.concept, "note"), ...valuesOf(d.french, "note")] : [];
  const links = d ? [...itemsOf(d.concept, "xref"), ...itemsOf(d.concept, "ref")] : [];
  const transactions = d ? itemsOf(d.concept, "transac") : [];

  return (
    <details className="concept-details" data-testid="concept-details" onToggle={(event) => event.currentTarget.open && hasDetails && !d && void load()}>
      <summary>{t("concept.more")}</summary>
      {hasDetails && !d ? <p className="muted">{failed ? t("concept.failed") : t("concept.loading")}</p> : null}
      <dl>
        {synonyms.length > 0 ? (
          <Row label={t("concept.synonyms")} lang="fr">
            {synonyms.join(" · ")}
          </Row>
        ) : null}
        {frenchDefinitions.length > 0 ? (
          <Row label={t("concept.definitionFr")} lang="fr">
            <Sourced list={frenchDefinitions} />
          </Row>
        ) : null}
        {englishDefinitions.length > 0 ? (
          <Row label={t("concept.definitionEn")} lang="en">
            <Sourced list={englishDefinitions} />
          </Row>
        ) : null}
        {conceptNotes.length > 0 ? (
          <Row label={t("concept.notes")}>
            {conceptNotes.map((n, k) => (
              <p key={k} className="pre-wrap">
                {unindent(n)}
              </p>
            ))}
          </Row>
        ) : null}
        {d ? <Term label={t("concept.frenchTerm")} term={{ term: source, items: d.term }} lang="fr" /> : null}
        {d?.english?.terms.map((term, k) => (
          <Term key={k} label={t("concept.englishTerm")} term={term} lang="en" />
        ))}
        {d?.others.map((language) => (
          <Row key={language.lang} label={t("concept.otherLanguage", { lang: language.lang })} lang={language.lang}>
            {language.terms.map((term) => term.term).join(" · ")}
          </Row>
        ))}
        {links.length > 0 ? (
          <Row label={t("concept.links")}>
            {links.map((link, k) => (
              <div key={k}>
                {link.target && /^https?:\/\//u.test(link.target) ? (
                  <a href={link.target} rel="noreferrer noopener" target="_blank">
                    {link.value || link.target}
                  </a>
                ) : (
                  link.value
                )}
              </div>
            ))}
          </Row>
        ) : null}
        {transactions.length > 0 ? (
          <Row label={t("concept.history")}>
            {transactions.map((tr, k) => (
              <div key={k} className="muted">
                {transaction(tr, t)}
              </div>
            ))}
          </Row>
        ) : null}
      </dl>
    </details>
  );
}

function Row({ label, lang, children }: { label: string; lang?: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd lang={lang}>{children}</dd>
    </>
  );
}

function Sourced({ list }: { list: { text: string; source?: string }[] }) {
  const { t } = useTranslation("glossary");
  return list.map((item, k) => (
    <p key={k} className="pre-wrap">
      {item.text}
      {item.source ? <span className="muted"> — {t("concept.source", { source: item.source })}</span> : null}
    </p>
  ));
}

/** One term with its contexts, notes and term-level data. */
function Term({ label, term, lang }: { label: string; term: TbxTerm; lang: string }) {
  const { t } = useTranslation("glossary");
  const facts = TERM_NOTES.flatMap((type) =>
    valuesOf(term.items, type === "customerSubset" || type === "projectSubset" ? "admin" : "termNote", type).map(
      (v) =>
        `${t(`concept.category.${type}`)}: ${type === "administrativeStatus" ? t(`concept.status.${v.replace(/Term-admn-sts$/u, "")}`, { defaultValue: v }) : v}`,
    ),
  );
  const contexts = withSources(term.items, "context");
  const notes = valuesOf(term.items, "note");
  if (facts.length === 0 && contexts.length === 0 && notes.length === 0) return null;
  return (
    <Row label={label} lang={lang}>
      <strong>{term.term}</strong>
      {facts.length > 0 ? <span className="muted"> · {facts.join(" · ")}</span> : null}
      {contexts.length > 0 ? (
        <div>
          <span className="muted">{t("concept.contexts")}</span>
          <Sourced list={contexts} />
        </div>
      ) : null}
      {notes.map((n, k) => (
        <p key={k} className="pre-wrap muted">
          {unindent(n)}
        </p>
      ))}
    </Row>
  );
}

function transaction(item: TbxItem, t: (key: string, options: { defaultValue: string }) => string): string {
  const date = item.group?.find((g) => g.element === "date")?.value ?? "";
  const who = item.group?.find((g) => g.element === "transacNote")?.value ?? "";
  return [t(`concept.transaction.${item.value}`, { defaultValue: item.value }), date, who].filter(Boolean).join(" · ");
}

"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConcordanceHit } from "@/core/tm/types";
import { concordanceAction } from "@/actions/matches";
import { kwicLine } from "./kwic";
import { Provenance } from "./Provenance";
import "./memory.css";

export type ConcordanceLang = "fr" | "en";

/** A search asked from outside the panel (Ctrl+K): its text (the selection, maybe empty), a new token each time, and whether it is still to be run. */
export interface ConcordanceRequest {
  text: string;
  token: number;
  fresh: boolean;
}

type Phase = { kind: "idle" } | { kind: "searching" } | { kind: "done"; hits: ConcordanceHit[]; text: string } | { kind: "error"; message: string };

/**
 * Concordance: a word or phrase looked up in the memory's French (inflections folded: « chaînes »
 * finds « chaîne ») or English, each hit as a keyword-in-context line with its translation and
 * where it comes from. Enter searches; Ctrl+K brings the keyboard here with the selection filled in.
 */
export function ConcordancePanel({
  projectId,
  request,
  onTaken,
  formatDate,
}: {
  projectId: string;
  request: ConcordanceRequest | null;
  /** The panel has run the request: coming back to the tab later does not run it again. */
  onTaken: (token: number) => void;
  formatDate: (iso: string) => string;
}) {
  const { t } = useTranslation("memory");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(request?.text ?? "");
  const [lang, setLang] = useState<ConcordanceLang>("fr");
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const latest = useRef(0);

  async function search(query: string, side: ConcordanceLang) {
    const wanted = query.trim();
    if (!wanted) return;
    const ticket = ++latest.current;
    setPhase({ kind: "searching" });
    const result = await concordanceAction({ projectId, text: wanted.slice(0, 200), lang: side }).catch(() => null);
    if (ticket !== latest.current) return; // a newer search was started
    if (!result) setPhase({ kind: "error", message: t("concordance.offline") });
    else if (result.ok) setPhase({ kind: "done", hits: result.value, text: wanted });
    else setPhase({ kind: "error", message: result.message });
  }

  // Ctrl+K: the selection (if any) fills the box, which takes the keyboard; a filled box searches at once.
  const [seenToken, setSeenToken] = useState(request?.token ?? 0);
  if (request && request.token !== seenToken) {
    setSeenToken(request.token);
    if (request.text) setText(request.text);
  }
  const pending = request?.fresh ? request : null;
  useEffect(() => {
    if (!pending) return;
    onTaken(pending.token);
    input.current?.focus();
    input.current?.select();
    // Run after this effect (a search sets state), like a callback from outside.
    if (pending.text) queueMicrotask(() => void search(pending.text, lang));
    // Only a new request searches; a change of side is searched by its own control.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pending?.token]);

  return (
    <div className="concordance" data-testid="concordance-panel">
      <form
        className="concordance__form"
        role="search"
        aria-labelledby={`${id}-label`}
        onSubmit={(event) => {
          event.preventDefault();
          void search(text, lang);
        }}
      >
        <label id={`${id}-label`} htmlFor={`${id}-input`} className="concordance__label">
          {t("concordance.label")}
        </label>
        <div className="concordance__row">
          <input
            ref={input}
            id={`${id}-input`}
            type="search"
            value={text}
            maxLength={200}
            lang={lang}
            onChange={(event) => setText(event.target.value)}
            data-testid="concordance-input"
            aria-describedby={`${id}-help`}
          />
          <button type="submit" className="button button--small" data-testid="concordance-search">
            {t("concordance.search")}
          </button>
        </div>
        <fieldset className="concordance__lang">
          <legend className="visually-hidden">{t("concordance.side")}</legend>
          {(["fr", "en"] as const).map((side) => (
            <label key={side}>
              <input
                type="radio"
                name={`${id}-lang`}
                value={side}
                checked={lang === side}
                onChange={() => {
                  setLang(side);
                  if (text.trim()) void search(text, side);
                }}
                data-testid={`concordance-lang-${side}`}
              />{" "}
              {t(`concordance.lang.${side}`)}
            </label>
          ))}
        </fieldset>
        <p id={`${id}-help`} className="hint">
          {t("concordance.help")}
        </p>
      </form>
      <Results phase={phase} formatDate={formatDate} />
    </div>
  );
}

function Results({ phase, formatDate }: { phase: Phase; formatDate: (iso: string) => string }) {
  const { t } = useTranslation("memory");
  if (phase.kind === "idle") return null;
  if (phase.kind === "searching") return <p className="hint">{t("concordance.searching")}</p>;
  if (phase.kind === "error")
    return (
      <p className="form-error" role="alert">
        {phase.message}
      </p>
    );
  return (
    <>
      <p className="concordance__count" role="status" data-testid="concordance-count">
        {t("concordance.count", { count: phase.hits.length, text: phase.text })}
      </p>
      <ol className="concordance__hits">
        {phase.hits.map((hit) => (
          <Hit key={hit.unitId} hit={hit} formatDate={formatDate} />
        ))}
      </ol>
    </>
  );
}

function Hit({ hit, formatDate }: { hit: ConcordanceHit; formatDate: (iso: string) => string }) {
  const { t } = useTranslation("memory");
  const searched = hit.lang === "fr" ? hit.source : hit.target;
  const other = hit.lang === "fr" ? hit.target : hit.source;
  const line = kwicLine(searched, hit.start, hit.end);
  return (
    <li className="concordance__hit" data-testid="concordance-hit">
      <p className="kwic" lang={hit.lang}>
        <span className="kwic__left">
          {line.cutLeft ? "… " : null}
          {line.left}
        </span>
        <mark className="kwic__hit" data-testid="concordance-keyword">
          {line.hit}
        </mark>
        <span className="kwic__right">
          {line.right}
          {line.cutRight ? " …" : null}
        </span>
      </p>
      <p className="concordance__translation" lang={hit.lang === "fr" ? "en" : "fr"}>
        <span className="visually-hidden">{t("concordance.translation")} </span>
        {other}
      </p>
      <Provenance provenance={hit.provenance} formatDate={formatDate} />
    </li>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import type { ActionResult } from "@/actions/_lib/action-result";
import { attachMemoryAction, detachMemoryAction, reorderMemoriesAction, setAutoPropagateAction } from "@/actions/memory";
import { useAnnounce } from "@/components/ui/Announcer";
import "./memory.css";

/** What the Memory page shows (server/tm/list-memories.ts): the memories read in order, what an owner could add, the setting. */
export interface MemoryOverview {
  memories: { projectId: string; name: string; priority: number; units: number }[];
  attachable: { projectId: string; name: string }[];
  autoPropagate: boolean;
  canManage: boolean;
}

/**
 * The memories a project reads — its own first, then other projects' in priority order, which
 * owners change (up, down, stop reading, add one) — and whether confirmations fill repetitions.
 */
export function MemorySettings({ projectId, overview }: { projectId: string; overview: MemoryOverview }) {
  const { t } = useTranslation("memory");
  const id = useId();
  const router = useRouter();
  const announce = useAnnounce();
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<string | null>(null);
  const [choice, setChoice] = useState("");
  const [own, ...attached] = overview.memories;
  const { canManage } = overview;
  const units = (count: number) => t("page.units", { count });

  function run(call: () => Promise<ActionResult<unknown>>, done?: string) {
    setProblem(null);
    startTransition(async () => {
      const result = await call().catch(() => null);
      if (!result || !result.ok) {
        setProblem(result?.message ?? t("tmx.offline"));
        return;
      }
      if (done) announce(done);
      router.refresh();
    });
  }

  function move(from: number, to: number) {
    const order = attached.map((m) => m.projectId);
    [order[from], order[to]] = [order[to], order[from]];
    run(() => reorderMemoriesAction({ projectId, memoryProjectIds: order }), t("page.saved"));
  }

  return (
    <div className="memory-settings" aria-busy={pending}>
      <section className="panel" aria-labelledby={`${id}-own`}>
        <h3 id={`${id}-own`}>{t("page.own")}</h3>
        <p data-testid="memory-units" data-count={own?.units ?? 0}>
          {own ? `${own.name} · ${units(own.units)}` : null}
        </p>
      </section>

      <section className="panel" aria-labelledby={`${id}-attached`}>
        <h3 id={`${id}-attached`}>{t("page.attached")}</h3>
        <p className="hint">{t("page.attachedIntro")}</p>
        {attached.length === 0 ? (
          <p className="hint">{t("page.noneAttached")}</p>
        ) : (
          <ol className="attached-memories" data-testid="attached-memories">
            {attached.map((memory, k) => (
              <li key={memory.projectId} className="attached-memory" data-testid="attached-memory">
                <span className="attached-memory__name">{memory.name}</span>
                <span className="hint">
                  {t("page.priority", { n: k + 1 })} · {units(memory.units)}
                </span>
                {canManage ? (
                  <span className="attached-memory__actions">
                    <button
                      type="button"
                      className="button button--small"
                      disabled={pending || k === 0}
                      onClick={() => move(k, k - 1)}
                      aria-label={t("page.moveUp", { name: memory.name })}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      disabled={pending || k === attached.length - 1}
                      onClick={() => move(k, k + 1)}
                      aria-label={t("page.moveDown", { name: memory.name })}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      disabled={pending}
                      onClick={() => run(() => detachMemoryAction({ projectId, memoryProjectId: memory.projectId }), t("page.saved"))}
                    >
                      {t("page.detach", { name: memory.name })}
                    </button>
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {canManage ? (
          overview.attachable.length > 0 ? (
            <form
              className="attach-memory"
              onSubmit={(event) => {
                event.preventDefault();
                const memoryProjectId = choice || overview.attachable[0].projectId;
                run(() => attachMemoryAction({ projectId, memoryProjectId }), t("page.saved"));
              }}
            >
              <label className="field">
                <span>{t("page.attach")}</span>
                <select
                  value={choice || overview.attachable[0].projectId}
                  onChange={(event) => setChoice(event.target.value)}
                  data-testid="attach-memory-choice"
                >
                  {overview.attachable.map((project) => (
                    <option key={project.projectId} value={project.projectId}>
                      {project.name}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="button" disabled={pending} data-testid="attach-memory">
                {t("page.attachButton")}
              </button>
            </form>
          ) : (
            <p className="hint">{t("page.noCandidates")}</p>
          )
        ) : (
          <p className="hint">{t("page.ownerOnly")}</p>
        )}
      </section>

      <section className="panel" aria-labelledby={`${id}-propagate`}>
        <h3 id={`${id}-propagate`}>{t("page.repetitions")}</h3>
        <label className="memory-checkbox">
          <input
            type="checkbox"
            checked={overview.autoPropagate}
            disabled={!canManage || pending}
            aria-describedby={`${id}-propagate-help`}
            onChange={(event) => {
              const value = event.target.checked;
              run(() => setAutoPropagateAction({ projectId, autoPropagate: value }), t("page.saved"));
            }}
            data-testid="auto-propagate"
          />{" "}
          {t("page.autoPropagate")}
        </label>
        <p id={`${id}-propagate-help`} className="hint">
          {t("page.autoPropagateHelp")}
        </p>
      </section>
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

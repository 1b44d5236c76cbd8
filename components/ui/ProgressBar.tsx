import type { Progress } from "@/core/model/progress";

/** Words translated as a bar, with segment and word counts as text. Labels come translated. */
export function ProgressBar({ progress, summary, label }: { progress: Progress; summary: string; label: string }) {
  const percent = progress.words === 0 ? 0 : Math.round((progress.wordsDone / progress.words) * 100);
  return (
    <div className="progress">
      <div className="progress__bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={summary}>
        <div className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="progress__summary" data-testid="progress-summary">{summary}</p>
    </div>
  );
}

/**
 * What a long operation reports as it goes (imports, alignments), so the interface can show more
 * than "please wait": the stage it is in and, where it is known, how far through it.
 */
export const WORK_STAGES = ["reading", "segmenting", "aligning", "placing", "writing"] as const;
export type WorkStage = (typeof WORK_STAGES)[number];

export interface WorkProgress {
  stage: WorkStage;
  /** Units done of `total` in this stage; total 0 when the stage cannot be measured. */
  done: number;
  total: number;
}

export type ReportProgress = (progress: WorkProgress) => void;

/** A reporter for one stage, from a reporter that may be absent. */
export function stageReporter(report: ReportProgress | undefined, stage: WorkStage): (done: number, total: number) => void {
  return (done, total) => report?.({ stage, done, total });
}

import { STATUS_TABLE, type Rule } from "./status-machine";

const TRACKED: Record<Rule["tracked"], string> = {
  "text rule": "text rule",
  cleared: "cleared",
  "must be none": "—",
  kept: "kept",
};

/**
 * The status table as Markdown, for ARCHITECTURE.md (a test checks the file prints exactly this,
 * so the documentation cannot drift from the rules the server applies).
 */
export function statusTableMarkdown(): string {
  const lines = [
    "| action | who | when | → status | tracked change | author | review version | source flag |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const rule of STATUS_TABLE) {
    const to = rule.to === "refused" ? `refused: “${rule.refusal}”` : rule.to;
    const effects = rule.to === "refused" ? ["—", "—", "—", "—"] : [TRACKED[rule.tracked], rule.author, rule.decision ? "recorded" : "kept", rule.flag];
    const cells = [rule.action, rule.who, rule.when, to, ...effects];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

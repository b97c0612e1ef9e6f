// `file:line:col severity rule message`, one finding a line, 1-based as editors and terminals expect.
// Hints are left out, as in VS Code's Problems panel (JSON and SARIF keep them).
import type { FileReport } from "../report";

export function formatText(reports: FileReport[]): string {
  const lines: string[] = [];
  let count = 0;
  let files = 0;
  for (const r of reports) {
    const shown = r.diagnostics.filter((d) => d.severity !== "hint");
    if (shown.length) files++;
    for (const d of shown) {
      lines.push(`${r.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.ruleId} ${d.message}`);
      count++;
    }
  }
  lines.push(count === 0 ? `${reports.length} file(s) checked, no problems.` : `${count} problem(s) in ${files} of ${reports.length} file(s).`);
  return lines.join("\n") + "\n";
}

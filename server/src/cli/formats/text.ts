// `file:line:col severity rule message`, one finding a line, 1-based as editors and terminals expect.
import type { FileReport } from "../report";

export function formatText(reports: FileReport[]): string {
  const lines: string[] = [];
  let count = 0;
  for (const r of reports) {
    for (const d of r.diagnostics) {
      lines.push(`${r.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.ruleId} ${d.message}`);
      count++;
    }
  }
  const files = reports.filter((r) => r.diagnostics.length > 0).length;
  lines.push(count === 0 ? `${reports.length} file(s) checked, no problems.` : `${count} problem(s) in ${files} of ${reports.length} file(s).`);
  return lines.join("\n") + "\n";
}

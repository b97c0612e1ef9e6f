// The stable JSON report that tools outside the repo read: version 1, LSP positions.
import type { FileReport } from "../report";

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify({ version: 1, files: reports.map((r) => ({ path: r.path, diagnostics: r.diagnostics })) }, null, 2) + "\n";
}

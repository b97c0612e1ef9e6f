// The stable JSON report that tools outside the repo read: version 1, LSP positions.
// Compact, one file per line: the output grows with the findings, not with indentation, and each
// file is serialized on its own (no second copy of the whole report as an object tree).
import type { FileReport } from "../report";

export function formatJson(reports: FileReport[]): string {
  const lines = reports.map((r) => JSON.stringify({ path: r.path, diagnostics: r.diagnostics }));
  return `{"version":1,"files":[${lines.length ? "\n" + lines.join(",\n") + "\n" : ""}]}\n`;
}

// GitHub Actions workflow commands: annotations on the pull request's files.
import type { FileReport } from "../report";

const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
const COMMAND = { error: "error", warning: "warning", information: "notice", hint: "notice" } as const;

export function formatGithub(reports: FileReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    for (const d of r.diagnostics) {
      const props = [
        `file=${escapeProperty(r.path)}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(`proposal-lint ${d.ruleId}`)}`,
      ].join(",");
      out.push(`::${COMMAND[d.severity]} ${props}::${escapeData(d.message)}`);
    }
  }
  return out.length ? out.join("\n") + "\n" : "";
}

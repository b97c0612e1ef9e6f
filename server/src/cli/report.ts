// What the CLI found, in positions, ready for any output format.

import { LineIndex, type Finding, type InputProblem, type LinePositions, type Position, type Severity } from "../engine";

export interface ReportDiagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  range: { start: Position; end: Position };
  relatedInformation?: { path: string; range: { start: Position; end: Position }; message: string }[];
}

export interface FileReport {
  path: string;
  diagnostics: ReportDiagnostic[];
}

/** Input problems are reported under these ids, apart from the rules. */
export const INPUT_PROBLEM_ID = "input/template";

/**
 * Converts engine findings and input problems of one file (its text, or only its line starts) to
 * positioned diagnostics; `linesOf` gives other files' line indexes for related information.
 */
export function toFileReport(path: string, text: string | LinePositions, findings: Finding[], problems: InputProblem[], linesOf: (path: string) => LinePositions | undefined = () => undefined): FileReport {
  const lines = typeof text === "string" ? new LineIndex(text) : text;
  const range = (start: number, end: number) => ({ start: lines.positionAt(start), end: lines.positionAt(end) });
  const diagnostics: ReportDiagnostic[] = [
    ...problems.map((p) => ({ ruleId: INPUT_PROBLEM_ID, severity: p.severity, message: p.message, range: range(p.start, p.end) })),
    ...findings.map((f) => {
      const d: ReportDiagnostic = { ruleId: f.ruleId, severity: f.severity, message: f.message, range: range(f.start, f.end) };
      if (f.related?.length) {
        d.relatedInformation = f.related.map((r) => {
          const other = linesOf(r.path);
          const at = (o: number) => other?.positionAt(o) ?? { line: 0, character: 0 };
          return { path: r.path, range: { start: at(r.start), end: at(r.end) }, message: r.message };
        });
      }
      return d;
    }),
  ];
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { path, diagnostics };
}

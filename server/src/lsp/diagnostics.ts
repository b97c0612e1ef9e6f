// Engine findings to LSP diagnostics; the one place engine offsets become LSP ranges.

import { DiagnosticSeverity, type Diagnostic, type Range } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { docsUrl, type Finding, type InputProblem, type Severity } from "../engine";

export const SOURCE = "proposal-lint";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function findingToDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  return {
    range: rangeOf(doc, f.start, f.end),
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.ruleId,
    codeDescription: { href: docsUrl(f.ruleId) },
    message: f.message,
  };
}

export function problemToDiagnostic(doc: TextDocument, p: InputProblem): Diagnostic {
  return { range: rangeOf(doc, p.start, p.end), severity: SEVERITY[p.severity], source: SOURCE, code: "input/template", message: p.message };
}

/** True when an LSP diagnostic is the one a finding produced. */
export function sameFinding(doc: TextDocument, d: Diagnostic, f: Finding): boolean {
  if (d.code !== f.ruleId) return false;
  return doc.offsetAt(d.range.start) === f.start && doc.offsetAt(d.range.end) === f.end;
}

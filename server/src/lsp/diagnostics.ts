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

/** What a diagnostic carries in `data`: the id of the finding it shows. */
export interface DiagnosticData {
  id: string;
}

export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

/** A finding's id within one lint result: rule and UTF-16 offsets, "contact/email@120-134". */
export function findingId(f: Finding): string {
  return `${f.ruleId}@${f.start}-${f.end}`;
}

/**
 * Where a rule's page is: `file:///…/rules/<id>/README.md` under `rulesRoot` (the rules folder the
 * extension ships, as a URI), or the repository's page when no root is given.
 */
export function ruleDocsHref(ruleId: string, rulesRoot?: string): string {
  return rulesRoot ? `${rulesRoot.replace(/\/$/, "")}/${ruleId}/README.md` : docsUrl(ruleId);
}

export function findingToDiagnostic(doc: TextDocument, f: Finding, docs: (ruleId: string) => string = docsUrl): Diagnostic {
  const data: DiagnosticData = { id: findingId(f) };
  return {
    range: rangeOf(doc, f.start, f.end),
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.ruleId,
    codeDescription: { href: docs(f.ruleId) },
    message: f.message,
    data,
  };
}

export function problemToDiagnostic(doc: TextDocument, p: InputProblem): Diagnostic {
  return { range: rangeOf(doc, p.start, p.end), severity: SEVERITY[p.severity], source: SOURCE, code: "input/template", message: p.message };
}

/**
 * The finding an LSP diagnostic shows: by the id in its `data` (so a client that counts positions in
 * other units, e.g. UTF-8 on a line with an em dash, still gets its actions), else by exact range.
 */
export function findingFor(doc: TextDocument, d: Diagnostic, findings: readonly Finding[]): Finding | undefined {
  if (d.source !== SOURCE) return undefined;
  const id = (d.data as Partial<DiagnosticData> | undefined)?.id;
  if (typeof id === "string") {
    const byId = findings.find((f) => findingId(f) === id);
    if (byId) return byId;
  }
  return findings.find((f) => sameFinding(doc, d, f));
}

/** True when an LSP diagnostic is the one a finding produced (same rule, same range). */
export function sameFinding(doc: TextDocument, d: Diagnostic, f: Finding): boolean {
  if (d.code !== f.ruleId) return false;
  return doc.offsetAt(d.range.start) === f.start && doc.offsetAt(d.range.end) === f.end;
}

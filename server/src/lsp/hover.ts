// Hover on a flagged span: what is wrong, the Upwork rule it breaks, the exceptions, the fix.

import { MarkupKind, type Hover } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { explainRule, type Finding } from "../engine";
import { rangeOf } from "./diagnostics";

export function hoverAt(doc: TextDocument, offset: number, findings: Finding[]): Hover | null {
  const here = findings.filter((f) => f.start <= offset && offset <= f.end);
  if (here.length === 0) return null;
  const sections = here.map((f) => explainRule(f.ruleId)).filter((s): s is string => !!s);
  const first = here[0]!;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join("\n\n---\n\n") }, range: rangeOf(doc, first.start, first.end) };
}

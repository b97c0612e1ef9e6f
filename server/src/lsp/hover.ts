// Hover on a flagged span: a few lines per finding (what was found, the Upwork rule, the fix in one
// line) and links to the full rule page, which "Proposal Lint: Show Rule" opens on demand.

import { MarkupKind, type Hover } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { hoverSummary, type Finding, type HoverLinks } from "../engine";
import { rangeOf } from "./diagnostics";

/** The client command that opens a rule's page; its argument is the rule id. */
export const SHOW_RULE_COMMAND = "proposalLint.showRule";

/** A `command:` link that opens the rule page in the editor (the client trusts only this command). */
export function showRuleLink(ruleId: string): string {
  return `command:${SHOW_RULE_COMMAND}?${encodeURIComponent(JSON.stringify([ruleId]))}`;
}

export function hoverAt(doc: TextDocument, offset: number, findings: Finding[], links: HoverLinks = { rulePage: showRuleLink }): Hover | null {
  const here = findings.filter((f) => f.start <= offset && offset <= f.end);
  if (here.length === 0) return null;
  const sections = here.map((f) => hoverSummary(f, links)).filter((s): s is string => !!s);
  const first = here[0]!;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join("\n\n---\n\n") }, range: rangeOf(doc, first.start, first.end) };
}

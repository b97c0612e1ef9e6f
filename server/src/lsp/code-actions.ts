// Code actions, only where a problem is: the rewrite, "Not a violation here" and "Disable for this
// file" (both written to the suppressions file, never into the letter), and fix-all; at a position
// without a problem, nothing but `source.fixAll.proposal-lint` when a source action is requested.

import { CodeActionKind, TextDocumentEdit, type CodeAction, type CodeActionParams, type TextEdit as LspTextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { applyEdits, fixAll, type Finding, type TextEdit } from "../engine";
import { findingFor, rangeOf, SOURCE } from "./diagnostics";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;
/** The server command that writes a suppression: arguments `[{ uri, rule, text? }]` (no text = whole file). */
export const SUPPRESS_COMMAND = "proposalLint.server.suppress";

/** Longest flagged text (UTF-16 units) a "Not a violation here" entry stores. */
const MAX_SUPPRESSED_TEXT = 500;

export interface SuppressArgs {
  uri: string;
  rule: string;
  text?: string;
}

const toLsp = (doc: TextDocument, e: TextEdit): LspTextEdit => ({ range: rangeOf(doc, e.start, e.end), newText: e.text });

/** A versioned edit: VS Code refuses it if the document moved on meanwhile. */
function versionedEdit(doc: TextDocument, edits: TextEdit[]) {
  return { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits.map((e) => toLsp(doc, e)))] };
}

/** One edit that turns `before` into `after`, trimmed to the part that differs. */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  return { start, end: endB, text: after.slice(start, endA) };
}

/** The fix-all action for a document, or undefined when nothing is fixable. */
export function fixAllAction(doc: TextDocument, lintText: (text: string) => Finding[]): CodeAction | undefined {
  const text = doc.getText();
  const edit = minimalEdit(text, fixAll(text, lintText).text);
  if (!edit) return undefined;
  return { title: "Fix all proposal-lint problems", kind: FIX_ALL_KIND, edit: versionedEdit(doc, [edit]) };
}

/** The actions for a request: per-diagnostic actions for ours among `context.diagnostics`, fix-all when asked. */
export function codeActions(doc: TextDocument, params: CodeActionParams, findings: Finding[], lintText: (text: string) => Finding[]): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + "."));
  const actions: CodeAction[] = [];
  const text = doc.getText();
  const here = params.context.diagnostics.flatMap((d) => {
    const finding = findingFor(doc, d, findings);
    return finding ? [{ diagnostic: d, finding }] : [];
  });
  if (wants(CodeActionKind.QuickFix)) {
    const fileWide = new Set<string>();
    // Findings that share a sentence share its one rewrite: one menu entry, naming every diagnostic it fixes.
    const rewrites = new Map<string, CodeAction>();
    for (const { diagnostic, finding } of here) {
      if (finding.fix) {
        // Keyed by the text the rewrite leaves: two findings' edits may differ and still write the same sentence.
        const key = applyEdits(text, finding.fix.edits).text;
        const same = rewrites.get(key);
        if (same) same.diagnostics!.push(diagnostic);
        else {
          const action: CodeAction = { title: finding.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: finding.fix.safe, edit: versionedEdit(doc, finding.fix.edits) };
          rewrites.set(key, action);
          actions.push(action);
        }
      }
      const suppress = (title: string, args: SuppressArgs) => actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: SUPPRESS_COMMAND, arguments: [args] } });
      // A finding over a whole letter (spam/generic-template) is switched off per file, not by its text.
      if (finding.end - finding.start <= MAX_SUPPRESSED_TEXT) suppress(`Not a violation here (${finding.ruleId})`, { uri: doc.uri, rule: finding.ruleId, text: text.slice(finding.start, finding.end) });
      if (!fileWide.has(finding.ruleId)) {
        fileWide.add(finding.ruleId);
        suppress(`Disable ${finding.ruleId} for this file`, { uri: doc.uri, rule: finding.ruleId });
      }
    }
    // Fix-all joins the lightbulb only beside a problem that has a safe rewrite.
    if (here.some((h) => h.finding.fix?.safe)) {
      const all = fixAllAction(doc, lintText);
      if (all) actions.push({ ...all, kind: CodeActionKind.QuickFix });
    }
  }
  const fixAllRequested = only?.some((k) => k.startsWith(CodeActionKind.Source) && FIX_ALL_KIND.startsWith(k));
  if (fixAllRequested) {
    const all = fixAllAction(doc, lintText);
    if (all) actions.push(all);
  }
  return actions;
}

// Quick fixes, "disable for line / file", and source.fixAll.proposal-lint.

import { CodeActionKind, TextDocumentEdit, type CodeAction, type CodeActionParams, type TextEdit as LspTextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { disableForFileEdits, disableForLineEdits, fixAll, type Finding, type TextEdit } from "../engine";
import { rangeOf, sameFinding, SOURCE } from "./diagnostics";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;

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

export function codeActions(doc: TextDocument, params: CodeActionParams, findings: Finding[], lintText: (text: string) => Finding[]): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + "."));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const text = doc.getText();
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const finding = findings.find((f) => sameFinding(doc, diagnostic, f));
      if (!finding) continue;
      if (finding.fix) {
        actions.push({ title: finding.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: finding.fix.safe, edit: versionedEdit(doc, finding.fix.edits) });
      }
      actions.push({ title: `Disable ${finding.ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: versionedEdit(doc, disableForLineEdits(text, finding.ruleId, finding.start)) });
      actions.push({ title: `Disable ${finding.ruleId} for this file`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: versionedEdit(doc, disableForFileEdits(text, finding.ruleId)) });
    }
  }
  const fixAllRequested = only?.some((k) => k.startsWith(CodeActionKind.Source) && FIX_ALL_KIND.startsWith(k));
  if (fixAllRequested || (wants(CodeActionKind.QuickFix) && findings.some((f) => f.fix?.safe))) {
    const all = fixAllAction(doc, lintText);
    if (all) actions.push(fixAllRequested ? all : { ...all, kind: CodeActionKind.QuickFix });
  }
  return actions;
}

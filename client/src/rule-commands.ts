// "Proposal Lint: Show Rule" (the rule's page, shipped in the extension, in a markdown preview) and
// "Proposal Lint: Copy for Upwork" (the template as the plain text a client reads, from the server).

import * as vscode from "vscode";

const SOURCE = "proposal-lint";
const EXPORT_COMMAND = "proposalLint.server.exportPlainText";
const RULE_ID_RE = /^[a-z]+\/[a-z0-9-]+$/;

/** Rule ids of this extension's diagnostics under the cursor of the active editor. */
function rulesAtCursor(): string[] {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return [];
  const at = editor.selection.active;
  const ids = vscode.languages.getDiagnostics(editor.document.uri)
    .filter((d) => d.source === SOURCE && d.range.contains(at))
    .map((d) => (typeof d.code === "object" ? String(d.code.value) : String(d.code ?? "")));
  return [...new Set(ids.filter((id) => RULE_ID_RE.test(id)))];
}

/** Every rule shipped with the extension (rules/<family>/<name>/README.md). */
async function shippedRules(rulesDir: vscode.Uri): Promise<string[]> {
  const ids: string[] = [];
  for (const [family, type] of await vscode.workspace.fs.readDirectory(rulesDir)) {
    if (type !== vscode.FileType.Directory) continue;
    for (const [name, t] of await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(rulesDir, family))) if (t === vscode.FileType.Directory) ids.push(`${family}/${name}`);
  }
  return ids.sort();
}

/** Opens a rule's page: the given id, else the one under the cursor, else one picked from the list. */
export async function showRule(context: vscode.ExtensionContext, ruleId?: unknown): Promise<vscode.Uri | undefined> {
  const rulesDir = vscode.Uri.file(context.asAbsolutePath("rules"));
  let id = typeof ruleId === "string" && RULE_ID_RE.test(ruleId) ? ruleId : undefined;
  if (!id) {
    const here = rulesAtCursor();
    id = here.length === 1 ? here[0] : await vscode.window.showQuickPick(here.length ? here : await shippedRules(rulesDir), { placeHolder: "Which rule?" });
  }
  if (!id) return undefined;
  const page = vscode.Uri.joinPath(rulesDir, ...id.split("/"), "README.md");
  try {
    await vscode.workspace.fs.stat(page);
  } catch {
    void vscode.window.showWarningMessage(`Proposal Lint: no page for rule "${id}".`);
    return undefined;
  }
  try {
    await vscode.commands.executeCommand("markdown.showPreview", page);
  } catch {
    await vscode.window.showTextDocument(page, { preview: true });
  }
  return page;
}

/** Copies the active template as plain text, or says why not (unfilled placeholders, errors). */
export async function copyForUpwork(): Promise<{ copied: boolean; text?: string; reasons?: string[] }> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showWarningMessage("Proposal Lint: open a template to copy it for Upwork.");
    return { copied: false };
  }
  const result = await vscode.commands.executeCommand<{ ok: boolean; text?: string; reasons?: string[] } | undefined>(EXPORT_COMMAND, { uri: doc.uri.toString() });
  if (!result?.ok || result.text === undefined) {
    const reasons = result?.reasons ?? ["the server gave no text"];
    void vscode.window.showWarningMessage(`Proposal Lint: not copied. Fix these first: ${reasons.join("; ")}.`);
    return { copied: false, reasons };
  }
  await vscode.env.clipboard.writeText(result.text);
  void vscode.window.showInformationMessage(`Proposal Lint: copied ${result.text.length} characters of plain text for Upwork.`);
  return { copied: true, text: result.text };
}

// Shared helpers for the integration suite: fixture copies, polling waits, diagnostic queries and
// applying code actions. Everything waits by polling state with a timeout; nothing sleeps blindly.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'proposal-lint.proposal-lint';
export const SOURCE = 'proposal-lint';

// The contract's example lines (fixture proposals/violations.md) and the spans they are reported over.
export const EMAIL_LINE = 'Feel free to email me at jane.doe@gmail.com anytime.';
export const EMAIL_SPAN = 'email me at jane.doe@gmail.com';
export const PHONE_LINE = 'Call me on +1 415 555 0132.';
export const PAYMENT_LINE = 'You can pay me via PayPal to skip the Upwork fee.';

// Returns the workspace folder the harness opened (a temp copy of test/e2e/fixtures/workspace).
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite must run with the fixture workspace open');
  return folder.uri;
}

export function workspaceUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

// Polls `check` until it returns something truthy and returns it; fails with `what` after `timeout` ms.
export async function waitFor<T>(what: string, check: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let copies = 0;

// Copies a workspace file to a fresh name (scratch/<n>-<base>, or into `folder`), so tests that edit never share a file.
export async function freshCopy(relative: string, folder = 'scratch'): Promise<vscode.Uri> {
  const source = workspaceUri(relative);
  const base = relative.split('/').pop() ?? 'template.md';
  const target = workspaceUri(`${folder}/${++copies}-${base}`);
  await vscode.workspace.fs.copy(source, target, { overwrite: true });
  return target;
}

// Writes a text file inside the workspace (creating folders) and returns its URI.
export async function writeWorkspaceFile(relative: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(relative);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return uri;
}

export async function readDisk(uri: vscode.Uri): Promise<string> {
  return Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

// The rule id of one of our diagnostics (`code` is `{ value, target }` by contract).
export function ruleIdOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

// Our diagnostics for `uri`, optionally only those of `ruleId`.
export function ours(uri: vscode.Uri, ruleId?: string): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === SOURCE && (ruleId === undefined || ruleIdOf(d) === ruleId));
}

// Reads a JSON file shipped with the extension under test (rules/ metadata).
export function readExtensionJson<T>(relative: string): T {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} missing`);
  return JSON.parse(fs.readFileSync(path.join(extension.extensionPath, relative), 'utf8')) as T;
}

// Library-scope rules (`"scope": "library"` in rules/<id>/rule.json) judge the workspace as a whole;
// the fixture workspace is full of deliberate copies, so per-file checks leave them out.
export function isLibraryRule(ruleId: string): boolean {
  try {
    return readExtensionJson<{ scope?: string }>(`rules/${ruleId}/rule.json`).scope === 'library';
  } catch {
    return false;
  }
}

// Our diagnostics for `uri` from rules that judge one file at a time.
export function oursPerFile(uri: vscode.Uri): vscode.Diagnostic[] {
  return ours(uri).filter((d) => !isLibraryRule(ruleIdOf(d)));
}

// Waits until `uri` has no diagnostic from a per-file rule.
export function waitForClean(uri: vscode.Uri, timeout?: number): Promise<true> {
  return waitFor(`no per-file diagnostic on ${vscode.workspace.asRelativePath(uri)} (now: ${summarize(uri)})`, () => oursPerFile(uri).length === 0 || undefined, timeout);
}

// Waits until `uri` has at least one diagnostic of `ruleId` and returns all of that rule's.
export function waitForRule(uri: vscode.Uri, ruleId: string, timeout?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(`a ${ruleId} diagnostic on ${vscode.workspace.asRelativePath(uri)}`, () => {
    const found = ours(uri, ruleId);
    return found.length > 0 ? found : undefined;
  }, timeout);
}

// Waits until `uri` has no diagnostic of `ruleId` (or none of ours at all when ruleId is omitted).
export function waitForNoRule(uri: vscode.Uri, ruleId?: string, timeout?: number): Promise<true> {
  return waitFor(`no ${ruleId ?? SOURCE} diagnostic on ${vscode.workspace.asRelativePath(uri)} (now: ${summarize(uri)})`, () => ours(uri, ruleId).length === 0 || undefined, timeout);
}

// A one-line summary of our diagnostics on `uri`, for failure messages.
export function summarize(uri: vscode.Uri): string {
  return ours(uri).map((d) => `${ruleIdOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1}`).join(', ') || 'none';
}

// The range of the first occurrence of `needle` in the document (fails when absent).
export function rangeOf(document: vscode.TextDocument, needle: string): vscode.Range {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" not found in ${document.uri.toString()}`);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + needle.length));
}

// Code actions offered for `range`, with their edits resolved.
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider', uri, range, kind?.value, 20,
  );
  // A bare Command has a string `command`; a CodeAction's `command` is an object or absent.
  return (actions ?? []).filter((a): a is vscode.CodeAction => typeof a.command !== 'string');
}

// Finds the one action whose title matches `title`, listing what was offered when there is none.
export function pick(actions: vscode.CodeAction[], title: string | RegExp): vscode.CodeAction {
  const matches = actions.filter((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
  assert.equal(matches.length, 1, `expected one action titled ${title}; offered: ${JSON.stringify(actions.map((a) => a.title))}`);
  return matches[0]!;
}

// Applies a code action the way the editor does: its edit, then its command.
export async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit || action.command, `action "${action.title}" has neither an edit nor a command`);
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `applying "${action.title}" failed`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

// Folders that tests fill with copies and config files; emptied after each test.
const SCRATCH_FOLDERS = ['scratch', 'configured', 'broken'];

// Reverts unsaved changes, closes every editor and deletes the tests' copies, so each test starts
// from a quiet workbench and the fixture workspace as shipped.
export async function cleanUp(): Promise<void> {
  // Only the tests' own documents: VS Code itself may be saving the user settings.json, and showing
  // it then fails with "another editor opened in the meantime".
  const ours = (d: vscode.TextDocument) => d.uri.scheme === 'untitled' || vscode.workspace.getWorkspaceFolder(d.uri) !== undefined;
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && ours(d))) {
    try {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } catch {
      // Another editor took focus first; closeAllEditors below still closes it.
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const folder of [...SCRATCH_FOLDERS, '.proposal-lint-suppressions.json']) {
    await vscode.workspace.fs.delete(workspaceUri(folder), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  }
}

// The text of a hover's contents, markdown and plain strings alike.
export function hoverText(hovers: vscode.Hover[]): string[] {
  return hovers.map((hover) =>
    hover.contents
      .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
      .join('\n'),
  );
}

// Collapses whitespace, backslash escapes and markdown quoting so wording checks do not depend on line wrapping.
export function plain(markdown: string): string {
  return markdown.replace(/^\s*>\s?/gm, '').replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
}

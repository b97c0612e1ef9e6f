// Re-linting when configuration changes: VS Code settings, .proposal-lint.json files (nearest wins),
// and a broken config file that is reported on itself without stopping the server.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  EMAIL_LINE, cleanUp, freshCopy, open, ours, waitFor, waitForNoRule, waitForRule,
  workspaceUri, writeWorkspaceFile, summarize,
} from './helpers';

// Sets a proposalLint.* setting for the workspace; `undefined` removes it.
function setSetting(key: string, value: unknown): Thenable<void> {
  return vscode.workspace.getConfiguration('proposalLint').update(key, value, vscode.ConfigurationTarget.Workspace);
}

async function removeIfPresent(relative: string): Promise<void> {
  await vscode.workspace.fs.delete(workspaceUri(relative), { useTrash: false }).then(undefined, () => undefined);
}

describe('configuration', () => {
  afterEach(cleanUp);

  it('re-lints when proposalLint.rules changes', async () => {
    const uri = await freshCopy('proposals/violations.md');
    await open(uri);
    await waitForRule(uri, 'contact/phone');
    try {
      await setSetting('rules', { 'contact/phone': 'off' });
      await waitForNoRule(uri, 'contact/phone');
      assert.ok(ours(uri, 'contact/email').length > 0, `other rules still apply: ${summarize(uri)}`);

      await setSetting('rules', { 'contact/phone': 'warning' });
      await waitFor('contact/phone as a warning', () =>
        ours(uri, 'contact/phone').some((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    } finally {
      await setSetting('rules', undefined);
    }
    await waitFor('contact/phone back as an error', () =>
      ours(uri, 'contact/phone').some((d) => d.severity === vscode.DiagnosticSeverity.Error));
  });

  it('re-lints when proposalLint.enable and proposalLint.allowedDomains change', async () => {
    const uri = await freshCopy('proposals/violations.md');
    await open(uri);
    await waitForRule(uri, 'contact/email');
    try {
      await setSetting('allowedDomains', ['gmail.com']);
      await waitForNoRule(uri, 'contact/email');
      await setSetting('enable', false);
      await waitForNoRule(uri);
    } finally {
      await setSetting('allowedDomains', undefined);
      await setSetting('enable', undefined);
    }
    await waitForRule(uri, 'contact/email');
  });

  it('re-lints when a .proposal-lint.json changes, the nearest one winning', async () => {
    const nested = await freshCopy('proposals/violations.md', 'configured');
    const outside = await freshCopy('proposals/violations.md');
    await open(outside);
    await open(nested);
    await waitForRule(nested, 'contact/phone');
    await waitForRule(outside, 'contact/phone');
    try {
      await writeWorkspaceFile('.proposal-lint.json', JSON.stringify({ rules: { 'contact/phone': 'warning' } }));
      await writeWorkspaceFile('configured/.proposal-lint.json', JSON.stringify({ rules: { 'contact/phone': 'off' } }));
      await waitForNoRule(nested, 'contact/phone');
      assert.ok(ours(nested, 'contact/email').length > 0, `other rules still apply: ${summarize(nested)}`);
      await waitFor('the root config to make contact/phone a warning outside configured/', () =>
        ours(outside, 'contact/phone').some((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    } finally {
      await removeIfPresent('configured/.proposal-lint.json');
      await removeIfPresent('.proposal-lint.json');
    }
    await waitForRule(nested, 'contact/phone');
  });

  it('reports a broken .proposal-lint.json on the file itself and keeps linting', async () => {
    const config = await writeWorkspaceFile('broken/.proposal-lint.json', '{ "rules": { "contact/phone": "off", }');
    try {
      const template = await freshCopy('proposals/violations.md', 'broken');
      await open(template);
      const [problem] = await waitFor('a diagnostic on the broken config file', () => {
        const found = ours(config);
        return found.length > 0 ? found : undefined;
      });
      assert.ok(problem!.message.length > 0);

      // The server is still alive: a new edit elsewhere is linted.
      const other = await freshCopy('proposals/clean.md');
      const editor = await open(other);
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), `${EMAIL_LINE}\n\n`));
      await waitForRule(other, 'contact/email');

      // Repairing the file clears its diagnostic, and its settings take effect.
      await writeWorkspaceFile('broken/.proposal-lint.json', JSON.stringify({ rules: { 'contact/phone': 'off' } }));
      await waitForNoRule(config);
      await waitForNoRule(template, 'contact/phone');
    } finally {
      await removeIfPresent('broken/.proposal-lint.json');
    }
  });
});

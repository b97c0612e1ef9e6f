// The contributed commands: lint the workspace (files never opened, excluded files skipped) and show the log.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { cleanUp, open, ours, waitForRule, workspaceUri, writeWorkspaceFile } from './helpers';

describe('commands', () => {
  afterEach(cleanUp);

  it('registers the contributed commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['proposalLint.lintWorkspace', 'proposalLint.fixAll', 'proposalLint.showLog', 'proposalLint.showRule', 'proposalLint.copyForUpwork']) {
      assert.ok(commands.includes(id), `${id} is registered`);
    }
  });

  it('lints templates that were never opened, and skips excluded files', async () => {
    const unopened = workspaceUri('unopened/never-opened.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()));
    await vscode.commands.executeCommand('proposalLint.lintWorkspace');
    await waitForRule(unopened, 'contact/email', 30_000);
    // README.md has an address too but is excluded by default (`**/README.md`).
    await waitForRule(workspaceUri('proposals/violations.md'), 'circumvention/off-platform-payment');
    assert.deepEqual(ours(workspaceUri('README.md')), []);
  });

  it('Copy for Upwork refuses while placeholders or errors remain, and copies the plain text otherwise', async () => {
    const draft = workspaceUri('proposals/violations.md');
    await open(draft);
    await waitForRule(draft, 'contact/email');
    const refused = await vscode.commands.executeCommand<{ copied: boolean; reasons?: string[] }>('proposalLint.copyForUpwork');
    assert.equal(refused.copied, false);
    assert.match(refused.reasons!.join('; '), /unfilled placeholder.*\{\{client_name\}\}.*error/);

    const ready = await writeWorkspaceFile('scratch/ready.md', '---\ntitle: Ready\n---\n<!-- proposal-lint-disable-file spam/generic-template -->\n# Hi Anna\n\nI build **fast** stores.\n\n- Audit\n- Fix\n');
    await open(ready);
    await vscode.env.clipboard.writeText('');
    const copied = await vscode.commands.executeCommand<{ copied: boolean; text?: string }>('proposalLint.copyForUpwork');
    assert.equal(copied.copied, true);
    assert.equal(await vscode.env.clipboard.readText(), 'Hi Anna\n\nI build fast stores.\n\n- Audit\n- Fix\n');
  });

  it('shows the log without failing', async () => {
    await vscode.commands.executeCommand('proposalLint.showLog');
  });
});

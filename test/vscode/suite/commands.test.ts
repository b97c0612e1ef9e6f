// The contributed commands: lint the workspace (files never opened, excluded files skipped) and show the log.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { cleanUp, ours, waitForRule, workspaceUri } from './helpers';

describe('commands', () => {
  afterEach(cleanUp);

  it('registers the contributed commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['proposalLint.lintWorkspace', 'proposalLint.fixAll', 'proposalLint.showLog']) {
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

  it('shows the log without failing', async () => {
    await vscode.commands.executeCommand('proposalLint.showLog');
  });
});

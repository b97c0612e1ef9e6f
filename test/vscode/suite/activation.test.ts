// Activation: the extension stays idle until a markdown template is opened, then starts its server.
// Runs first (files run in name order) so the extension is still inactive.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, cleanUp, open, waitFor, waitForRule, workspaceUri } from './helpers';

describe('activation', () => {
  afterEach(cleanUp);

  it('activates when a markdown template is opened, and lints it', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this host`);
    assert.equal(extension.isActive, false, 'inactive before any markdown is opened (no startup activation)');
    await open(workspaceUri('proposals/violations.md'));
    await waitFor(`${EXTENSION_ID} to activate`, () => extension.isActive, 20_000);
    // The first lint also proves the client started its language server.
    await waitForRule(workspaceUri('proposals/violations.md'), 'contact/email', 20_000);
  });
});

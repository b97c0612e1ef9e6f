// Code actions found through vscode.executeCodeActionProvider and applied: the on-platform rewrite,
// disable for the line, disable for the file (after front matter), and fix-all on save.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  EMAIL_LINE, apply, cleanUp, codeActionsAt, freshCopy, open, ours, pick, rangeOf,
  readDisk, waitFor, waitForNoRule, waitForRule, summarize,
} from './helpers';

const REWRITE_TITLE = 'Rewrite as on-platform: "message me here on Upwork"';

// Opens a fresh copy of a fixture and waits for its contact/email diagnostic.
async function openWithEmail(fixture: string) {
  const uri = await freshCopy(fixture);
  const editor = await open(uri);
  const [email] = await waitForRule(uri, 'contact/email');
  return { uri, editor, document: editor.document, email: email! };
}

describe('code actions', () => {
  afterEach(cleanUp);

  it('rewrites an email as on-platform with the preferred quick fix', async () => {
    const { uri, document, email } = await openWithEmail('proposals/violations.md');
    const actions = await codeActionsAt(uri, email.range, vscode.CodeActionKind.QuickFix);
    const rewrite = pick(actions, REWRITE_TITLE);
    assert.ok(rewrite.kind && vscode.CodeActionKind.QuickFix.contains(rewrite.kind), `kind: ${rewrite.kind?.value}`);
    assert.equal(rewrite.isPreferred, true, 'the rewrite is the preferred fix');

    await apply(rewrite);
    const line = document.lineAt(rangeOf(document, 'Feel free to').start.line).text;
    assert.equal(line, 'Feel free to message me here on Upwork anytime.');
    await waitForNoRule(uri, 'contact/email');
    assert.ok(ours(uri, 'contact/phone').length > 0, `other findings stay: ${summarize(uri)}`);
  });

  it('disables a rule for one line with a directive above it', async () => {
    const { uri, document, email } = await openWithEmail('proposals/violations.md');
    const emailLine = email.range.start.line;
    await apply(pick(await codeActionsAt(uri, email.range), 'Disable contact/email for this line'));
    assert.equal(document.lineAt(emailLine).text, '<!-- proposal-lint-disable-next-line contact/email -->');
    assert.equal(document.lineAt(emailLine + 1).text, EMAIL_LINE);
    await waitForNoRule(uri, 'contact/email');
    assert.ok(ours(uri, 'contact/phone').length > 0, `other rules still apply: ${summarize(uri)}`);
  });

  it('disables a rule for the file at the top when there is no front matter', async () => {
    const { uri, document, email } = await openWithEmail('proposals/violations.md');
    await apply(pick(await codeActionsAt(uri, email.range), 'Disable contact/email for this file'));
    assert.equal(document.lineAt(0).text, '<!-- proposal-lint-disable-file contact/email -->');
    assert.equal(document.lineAt(1).text, '# Proposal: React dashboard');
    await waitForNoRule(uri, 'contact/email');
  });

  it('disables a rule for the file right after the front matter', async () => {
    const { uri, document, email } = await openWithEmail('proposals/front-matter.md');
    await apply(pick(await codeActionsAt(uri, email.range), 'Disable contact/email for this file'));
    assert.deepEqual(
      document.getText().split('\n').slice(0, 5),
      ['---', 'title: Landing page copy', '---', '<!-- proposal-lint-disable-file contact/email -->', '# Proposal: Landing page copy'],
    );
    await waitForNoRule(uri, 'contact/email');
  });

  it('offers source.fixAll.proposal-lint, and editor.codeActionsOnSave applies it on save', async () => {
    const markdown = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    await markdown.update('codeActionsOnSave', { 'source.fixAll.proposal-lint': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      const { uri, editor, document } = await openWithEmail('proposals/violations.md');
      const fixAll = await codeActionsAt(uri, new vscode.Range(0, 0, 0, 0), vscode.CodeActionKind.SourceFixAll.append('proposal-lint'));
      assert.ok(fixAll.length > 0, 'source.fixAll.proposal-lint is offered');

      // Saving needs a dirty document; the edit is harmless.
      await editor.edit((edit) => edit.insert(document.lineAt(document.lineCount - 1).range.end, '\n'));
      assert.ok(await document.save(), 'save');
      const disk = await waitFor('the fixed text on disk', async () => {
        const text = await readDisk(uri);
        return text.includes('jane.doe@gmail.com') ? undefined : text;
      });
      assert.ok(disk.includes('message me here on Upwork'), `fixed text:\n${disk}`);
      assert.ok(!disk.includes('PayPal to skip'), `the payment line is fixed too:\n${disk}`);
      await waitForNoRule(uri, 'contact/email');
      await waitForNoRule(uri, 'circumvention/off-platform-payment');
    } finally {
      await markdown.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });

  it('fixes the whole file with the proposalLint.fixAll command', async () => {
    const { uri, document } = await openWithEmail('proposals/violations.md');
    await vscode.commands.executeCommand('proposalLint.fixAll');
    await waitFor('the fix-all edit', () => !document.getText().includes('jane.doe@gmail.com'));
    await waitForNoRule(uri, 'contact/email');
  });
});

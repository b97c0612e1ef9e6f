// Code actions found through vscode.executeCodeActionProvider and applied: the on-platform rewrite,
// "Not a violation here" and "Disable for this file" (written to the suppressions file, never into
// the letter), nothing at a problem-free position, and fix-all on save.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  EMAIL_SPAN, apply, cleanUp, codeActionsAt, freshCopy, open, ours, pick, rangeOf,
  readDisk, waitFor, waitForNoRule, waitForRule, summarize, workspaceUri,
} from './helpers';

interface SuppressionsJson { version: number; suppressions: { file: string; rule: string; text?: string }[] }
const suppressionsFile = () => workspaceUri('.proposal-lint-suppressions.json');

const REWRITE_TITLE = 'Rewrite as "Feel free to message me here on Upwork anytime."';

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

  it('offers no action at a problem-free position: no lightbulb on the sign-off', async () => {
    const { uri, document } = await openWithEmail('proposals/violations.md');
    const away = rangeOf(document, 'Best regards').start;
    assert.ok(ours(uri).every((d) => !d.range.contains(away)), `the probe position is problem-free: ${summarize(uri)}`);
    const actions = await codeActionsAt(uri, new vscode.Range(away, away));
    assert.deepEqual(actions.map((a) => a.title), []);
  });

  it('"Not a violation here" writes the suppressions file, not the letter, and survives an edit elsewhere', async () => {
    const { uri, document, email } = await openWithEmail('proposals/violations.md');
    const before = document.getText();
    await apply(pick(await codeActionsAt(uri, email.range), 'Not a violation here (contact/email)'));
    await waitForNoRule(uri, 'contact/email');
    assert.equal(document.getText(), before, 'the letter is untouched');
    const data = JSON.parse(await readDisk(suppressionsFile())) as SuppressionsJson;
    assert.deepEqual(data.suppressions, [{ file: vscode.workspace.asRelativePath(uri, false), rule: 'contact/email', text: EMAIL_SPAN }]);
    const editor = await open(uri);
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), 'Thanks for the detailed brief.\n'));
    await waitForRule(uri, 'contact/phone');
    assert.deepEqual(ours(uri, 'contact/email'), [], `still suppressed after an edit elsewhere: ${summarize(uri)}`);
  });

  it('"Disable for this file" writes a file-wide entry and leaves the letter as written', async () => {
    const { uri, document, email } = await openWithEmail('proposals/front-matter.md');
    const before = document.getText();
    await apply(pick(await codeActionsAt(uri, email.range), 'Disable contact/email for this file'));
    await waitForNoRule(uri, 'contact/email');
    assert.equal(document.getText(), before);
    const data = JSON.parse(await readDisk(suppressionsFile())) as SuppressionsJson;
    assert.deepEqual(data.suppressions, [{ file: vscode.workspace.asRelativePath(uri, false), rule: 'contact/email' }]);
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

// The diagnostics of opened templates: rule ids, exact ranges, severities, source, docs links;
// front matter that switches contact rules off; clearing on edit; untitled documents.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  EMAIL_LINE, EMAIL_SPAN, EXTENSION_ID, PAYMENT_LINE, PHONE_LINE, SOURCE, cleanUp, freshCopy,
  open, ours, oursPerFile, rangeOf, ruleIdOf, waitFor, waitForClean, waitForRule, workspaceUri, summarize,
} from './helpers';

describe('diagnostics', () => {
  afterEach(cleanUp);

  it('reports each violation with rule id, exact range, severity, source and docs link', async () => {
    const editor = await open(workspaceUri('proposals/violations.md'));
    const { document } = editor;
    const uri = document.uri;
    await waitFor('email, phone and payment diagnostics', () =>
      ['contact/email', 'contact/phone', 'circumvention/off-platform-payment'].every((id) => ours(uri, id).length > 0),
    );

    const [email, ...moreEmail] = ours(uri, 'contact/email');
    assert.equal(moreEmail.length, 0, `one contact/email expected, got ${summarize(uri)}`);
    assert.deepEqual(email!.range, rangeOf(document, EMAIL_SPAN), 'contact/email range');
    assert.equal(document.getText(email!.range), EMAIL_SPAN);
    assert.equal(email!.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(email!.message, `Email address shared before a contract ("${EMAIL_SPAN}")`, 'the message quotes what was found');

    const [phone] = ours(uri, 'contact/phone');
    assert.equal(phone!.range.start.line, rangeOf(document, PHONE_LINE).start.line, 'contact/phone line');
    assert.match(document.getText(phone!.range), /\+1 415 555 0132/, 'contact/phone covers the number');
    assert.equal(phone!.severity, vscode.DiagnosticSeverity.Error);

    const [payment] = ours(uri, 'circumvention/off-platform-payment');
    assert.equal(payment!.range.start.line, rangeOf(document, PAYMENT_LINE).start.line, 'payment line');
    assert.match(document.getText(payment!.range), /PayPal/, 'payment range covers the payment system');
    assert.equal(payment!.severity, vscode.DiagnosticSeverity.Error);

    for (const diagnostic of ours(uri)) {
      const id = ruleIdOf(diagnostic);
      assert.equal(diagnostic.source, SOURCE);
      assert.ok(diagnostic.message.length > 10, `${id} has a message`);
      const code = diagnostic.code;
      assert.ok(typeof code === 'object' && code !== null && 'target' in code, `${id}: code must be { value, target }`);
      // The rule's page shipped in the installed extension (the Problems panel's link opens it).
      assert.equal(code.target.scheme, 'file', `${id}: docs link ${code.target.toString()}`);
      assert.ok(code.target.fsPath.startsWith(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath), `${id}: ${code.target.fsPath}`);
      assert.ok(fs.existsSync(code.target.fsPath), `${id}: the page ${code.target.fsPath} is shipped`);
      assert.match(code.target.toString(true), new RegExp(`rules/${id}/README\\.md$`), `${id}: docs link names the rule`);
    }
    // No other line of the fixture is a violation.
    const flaggedLines = new Set(oursPerFile(uri).map((d) => d.range.start.line));
    const expectedLines = new Set([EMAIL_LINE, PHONE_LINE, PAYMENT_LINE].map((l) => rangeOf(document, l).start.line));
    assert.deepEqual([...flaggedLines].sort(), [...expectedLines].sort(), `flagged: ${summarize(uri)}`);
  });

  it('turns contact rules off for `clientType: enterprise` but still reports circumvention', async () => {
    const uri = workspaceUri('proposals/enterprise.md');
    await open(uri);
    await waitForRule(uri, 'circumvention/off-platform-payment');
    // Diagnostics for a document arrive in one publish, so the payment finding means the email was judged too.
    assert.deepEqual(ours(uri).filter((d) => ruleIdOf(d).startsWith('contact/')), [], summarize(uri));
  });

  it('clears a diagnostic once the text is fixed, and a clean template stays clean', async () => {
    const uri = await freshCopy('proposals/clean.md');
    const editor = await open(uri);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end, `\n${EMAIL_LINE}\n`));
    await waitForRule(uri, 'contact/email');
    await vscode.commands.executeCommand('undo');
    await waitFor('the undo to restore the clean text', () => !editor.document.getText().includes('jane.doe'));
    await waitForClean(uri);
  });

  it('lints an untitled markdown document', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: `# Draft\n\n${EMAIL_LINE}\n\n${PAYMENT_LINE}\n`,
    });
    await vscode.window.showTextDocument(document);
    const [email] = await waitForRule(document.uri, 'contact/email');
    assert.equal(document.getText(email!.range), EMAIL_SPAN);
    await waitForRule(document.uri, 'circumvention/off-platform-payment');
  });
});

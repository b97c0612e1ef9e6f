// The hover over a flagged span cites the rule: its id, the Upwork rule's number, title and quote,
// the exceptions, and how to fix it. Expected wording comes from the rule's own metadata in rules/.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EMAIL_SPAN, EXTENSION_ID, closeAll, hoverText, open, plain, rangeOf, waitFor, waitForRule, workspaceUri } from './helpers';

interface RuleJson { title: string; upworkRule: number; exceptions: string[]; fix?: string }
interface UpworkRuleJson { number: number; title: string; quote: string }

// Reads a JSON file from the extension under test.
function readExtensionJson<T>(relative: string): T {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} missing`);
  return JSON.parse(fs.readFileSync(path.join(extension.extensionPath, relative), 'utf8')) as T;
}

describe('hover', () => {
  afterEach(closeAll);

  it('cites the Upwork rule, its quote, the exceptions and the fix for contact/email', async () => {
    const rule = readExtensionJson<RuleJson>('rules/contact/email/rule.json');
    const upwork = readExtensionJson<UpworkRuleJson[]>('rules/upwork-rules.json').find((r) => r.number === rule.upworkRule);
    assert.ok(upwork, `rules/upwork-rules.json has no rule ${rule.upworkRule}`);

    const uri = workspaceUri('proposals/violations.md');
    const { document } = await open(uri);
    await waitForRule(uri, 'contact/email');
    const inside = rangeOf(document, EMAIL_SPAN).start.translate(0, 3);

    const text = await waitFor('a hover naming contact/email', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, inside);
      return hoverText(hovers ?? []).find((t) => t.includes('contact/email'));
    });
    const flat = plain(text);
    const firstQuoteSentence = plain(upwork.quote).split(/(?<=\.)\s/)[0]!;
    for (const [what, expected] of [
      ['rule title', rule.title],
      ['Upwork rule number', `Upwork rule ${upwork.number}`],
      ['Upwork rule title', upwork.title],
      ['quoted sentence', firstQuoteSentence],
      ['first exception', plain(rule.exceptions[0]!)],
      ['how to fix', rule.fix ?? ''],
    ] as const) {
      assert.ok(flat.includes(expected), `hover lacks the ${what} "${expected}". Hover:\n${text}`);
    }
  });

  it('offers no rule hover away from flagged text', async () => {
    const uri = workspaceUri('proposals/violations.md');
    const { document } = await open(uri);
    await waitForRule(uri, 'contact/email');
    const heading = rangeOf(document, 'React dashboard').start;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, heading);
    assert.deepEqual(hoverText(hovers ?? []).filter((t) => /proposal-lint|Upwork rule/.test(t)), []);
  });
});

// The hover over a flagged span is short: what was found, the Upwork rule, the fix in one line and a
// link; the full rule page opens on demand (Proposal Lint: Show Rule, shipped in the extension).
// Expected wording comes from the rule's own metadata in rules/.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  EMAIL_SPAN, EXTENSION_ID, cleanUp, hoverText, isLibraryRule, open, oursPerFile, plain, rangeOf, readExtensionJson, waitFor, waitForRule,
  workspaceUri,
} from './helpers';

interface RuleJson { title: string; upworkRule: number; exceptions: string[]; fix?: string }
interface UpworkRuleJson { number: number; title: string; quote: string }

// Rule ids (family/name) mentioned in a text.
const RULE_ID_RE = /\b(?:circumvention|contact|account|spam|conduct|feedback)\/[a-z-]+/g;

describe('hover', () => {
  afterEach(cleanUp);

  it('says what was found, the Upwork rule and the fix in a few lines, with a Show rule link', async () => {
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
    for (const [what, expected] of [
      ['quoted finding', `("${EMAIL_SPAN}")`],
      ['Upwork rule', `Upwork rule ${upwork.number}: ${upwork.title}`],
      ['how to fix', rule.fix ?? ''],
      ['Show rule link', 'command:proposalLint.showRule?'],
    ] as const) {
      assert.ok(flat.includes(expected), `hover lacks the ${what} "${expected}". Hover:\n${text}`);
    }
    assert.ok(text.split('\n').length <= 6, `the hover is short:\n${text}`);
    assert.ok(!flat.includes(plain(rule.exceptions[0]!)), 'exceptions are on the rule page, not in the hover');
  });

  it('Proposal Lint: Show Rule opens the rule page shipped in the extension', async () => {
    const page = await vscode.commands.executeCommand<vscode.Uri | undefined>('proposalLint.showRule', 'contact/email');
    assert.ok(page, 'a page was opened');
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.ok(page.fsPath.startsWith(extension.extensionPath), page.fsPath);
    assert.match(page.path, /rules\/contact\/email\/README\.md$/);
    assert.match(fs.readFileSync(page.fsPath, 'utf8'), /^# contact\/email/);
  });

  it('offers no rule hover away from flagged text', async () => {
    const uri = workspaceUri('proposals/violations.md');
    const { document } = await open(uri);
    await waitForRule(uri, 'contact/email');
    const away = rangeOf(document, 'Best regards').start;
    assert.ok(oursPerFile(uri).every((d) => !d.range.contains(away)), 'the probe position is not flagged');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, away);
    const cited = hoverText(hovers ?? []).flatMap((t) => t.match(RULE_ID_RE) ?? []).filter((id) => !isLibraryRule(id));
    assert.deepEqual(cited, [], 'no per-file rule is cited away from flagged text');
  });
});

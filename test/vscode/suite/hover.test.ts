// The hover over a flagged span cites the rule: its id, the Upwork rule's number, title and quote,
// the exceptions, and how to fix it. Expected wording comes from the rule's own metadata in rules/.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  EMAIL_SPAN, cleanUp, hoverText, isLibraryRule, open, oursPerFile, plain, rangeOf, readExtensionJson, waitFor, waitForRule,
  workspaceUri,
} from './helpers';

interface RuleJson { title: string; upworkRule: number; exceptions: string[]; fix?: string }
interface UpworkRuleJson { number: number; title: string; quote: string }

// Rule ids (family/name) mentioned in a text.
const RULE_ID_RE = /\b(?:circumvention|contact|account|spam|conduct|feedback)\/[a-z-]+/g;

describe('hover', () => {
  afterEach(cleanUp);

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
    const away = rangeOf(document, 'Best regards').start;
    assert.ok(oursPerFile(uri).every((d) => !d.range.contains(away)), 'the probe position is not flagged');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, away);
    const cited = hoverText(hovers ?? []).flatMap((t) => t.match(RULE_ID_RE) ?? []).filter((id) => !isLibraryRule(id));
    assert.deepEqual(cited, [], 'no per-file rule is cited away from flagged text');
  });
});

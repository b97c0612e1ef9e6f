// How the server feels in an editor, over a real JSON-RPC connection: code actions only where a
// problem is, actions found by the diagnostic's data id (a client counting positions in other
// units, as Neovim 0.7 does on a line with an em dash), short hovers, rule pages in the extension,
// suppressions kept out of the letter, and the plain text "Copy for Upwork" gets.

import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import { TestLspClient, type PublishedDiagnostics } from "../helpers/lsp-client";

type Diagnostic = PublishedDiagnostics["diagnostics"][number] & { data?: unknown };
interface Action { title: string; kind: string; isPreferred?: boolean; command?: { command: string; arguments: unknown[] }; edit?: { documentChanges: { edits: { newText: string }[] }[] } }

const LETTER = `---
title: Shopify speed
---

Hi Anna,

I sped up 30+ Shopify stores — email me at jane.doe@gmail.com and I'll send the audit.
I work in small, reviewed steps.

Thanks,
Jane
`;
const EM_DASH_LINE = 6;

/** Character index of `needle` on line `line` of `text`, in UTF-16 units (what the server uses). */
function charOf(text: string, line: number, needle: string): number {
  const i = text.split("\n")[line]!.indexOf(needle);
  assert.ok(i >= 0, needle);
  return i;
}

/** The same index in UTF-8 bytes, as a client that counts bytes sends it. */
function utf8CharOf(text: string, line: number, needle: string): number {
  const l = text.split("\n")[line]!;
  return Buffer.byteLength(l.slice(0, l.indexOf(needle)), "utf8");
}

describe("the server in an editor", () => {
  let client: TestLspClient;
  let dir: string;
  let uri: string;
  let version = 1;
  const rulesRoot = "file:///opt/extension/rules";

  const codeActions = (range: Diagnostic["range"], diagnostics: Diagnostic[], only?: string[]) =>
    client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } }) as Promise<Action[]>;
  const latest = () => client.waitForDiagnostics(uri, (p) => p.version === version) as Promise<PublishedDiagnostics & { diagnostics: Diagnostic[] }>;
  const email = async () => (await latest()).diagnostics.find((d) => d.code === "contact/email")!;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "pl-editor-"));
    writeFileSync(join(dir, ".proposal-lint.json"), "{}\n");
    uri = pathToFileURL(join(dir, "letter.md")).href;
    client = new TestLspClient();
    await client.initialize(pathToFileURL(dir).href, { initializationOptions: { rulesRoot, showRuleCommand: true } });
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version, text: LETTER } });
  });
  after(async () => client.dispose());

  it("quotes what was found in the message, carries an id in data, and links the rule page in the extension", async () => {
    const d = await email();
    assert.equal(d.message, 'Email address shared before a contract ("email me at jane.doe@gmail.com")');
    assert.deepEqual(d.data, { id: `contact/email@${LETTER.indexOf("email me")}-${LETTER.indexOf(" and I'll")}` });
    assert.equal(d.codeDescription!.href, `${rulesRoot}/contact/email/README.md`);
    assert.deepEqual(d.range.start, { line: EM_DASH_LINE, character: charOf(LETTER, EM_DASH_LINE, "email me") });
  });

  it("offers nothing at a problem-free position (the front matter's ---), fix-all only as a requested source action", async () => {
    const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    assert.deepEqual(await codeActions(top, []), [], "no lightbulb on a line without a problem");
    const clean = { start: { line: 7, character: 3 }, end: { line: 7, character: 3 } };
    assert.deepEqual(await codeActions(clean, [], ["quickfix"]), []);
    const source = await codeActions(top, [], ["source.fixAll"]);
    assert.deepEqual(source.map((a) => a.kind), ["source.fixAll.proposal-lint"]);
    const sourceAll = await codeActions(top, [], ["source"]);
    assert.deepEqual(sourceAll.map((a) => a.kind), ["source.fixAll.proposal-lint"]);
  });

  it("beside a problem: the rewrite (preferred), Not a violation here, Disable for this file, fix-all; none writes into the letter", async () => {
    const d = await email();
    const actions = await codeActions(d.range, [d]);
    assert.deepEqual(actions.map((a) => a.title), [
      'Rewrite as "I sped up 30+ Shopify stores — message me here on Upwork and I\'ll send the audit."',
      "Not a violation here (contact/email)",
      "Disable contact/email for this file",
      "Fix all proposal-lint problems",
    ]);
    assert.equal(actions[0]!.isPreferred, true);
    for (const a of actions.slice(1, 3)) {
      assert.equal(a.edit, undefined, `${a.title} edits no document`);
      assert.equal(a.command!.command, "proposalLint.server.suppress");
    }
    assert.deepEqual(actions[1]!.command!.arguments, [{ uri, rule: "contact/email", text: "email me at jane.doe@gmail.com" }]);
    assert.deepEqual(actions[2]!.command!.arguments, [{ uri, rule: "contact/email" }]);
  });

  it("offers one rewrite for a sentence with two findings, naming both diagnostics", async () => {
    const twoUri = pathToFileURL(join(dir, "two.md")).href;
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: twoUri, languageId: "markdown", version: 1, text: "Feel free to ping me on WhatsApp at +1 415 555 0132.\n" } });
    const { diagnostics } = (await client.waitForDiagnostics(twoUri, (p) => p.diagnostics.length >= 2)) as PublishedDiagnostics & { diagnostics: Diagnostic[] };
    const actions = (await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: twoUri }, range: diagnostics[0]!.range, context: { diagnostics } })) as (Action & { diagnostics?: unknown[] })[];
    const rewrites = actions.filter((a) => a.title.startsWith("Rewrite"));
    assert.equal(rewrites.length, 1, actions.map((a) => a.title).join(" | "));
    assert.equal(rewrites[0]!.diagnostics!.length, diagnostics.length);
  });

  it("finds the diagnostic by its data id when the client sends positions in UTF-8 units (Neovim 0.7, em dash line)", async () => {
    const d = await email();
    const shift = utf8CharOf(LETTER, EM_DASH_LINE, "email me") - charOf(LETTER, EM_DASH_LINE, "email me");
    assert.equal(shift, 2, "the em dash is 3 UTF-8 bytes, 1 UTF-16 unit");
    const shifted: Diagnostic = { ...d, range: { start: { line: EM_DASH_LINE, character: d.range.start.character + shift }, end: { line: EM_DASH_LINE, character: d.range.end.character + shift } } };
    const withId = await codeActions(shifted.range, [shifted]);
    assert.ok(withId.some((a) => a.isPreferred && a.title.startsWith("Rewrite as \"")), withId.map((a) => a.title).join(", "));
    const { data: _dropped, ...noData } = shifted;
    assert.deepEqual(await codeActions(shifted.range, [noData]), [], "without the id, shifted offsets match nothing");
  });

  it("hovers in a few lines on a non-ASCII line: the quoted finding, the Upwork rule, the fix, links to the rule page", async () => {
    const d = await email();
    const hover = (await client.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: EM_DASH_LINE, character: d.range.start.character + 4 } })) as { contents: { value: string } };
    const text = hover.contents.value;
    assert.ok(text.split("\n").length <= 6, text);
    assert.ok(text.startsWith('**Email address shared before a contract ("email me at jane.doe\\@gmail.com")**'), text);
    assert.match(text, /Upwork rule 2: No contact information before a contract/);
    assert.ok(text.includes('**Fix** (Ctrl+.): Rewrite as "I sped up 30+ Shopify stores — message me here on Upwork'), text);
    assert.ok(text.includes(`[Show rule](command:proposalLint.showRule?${encodeURIComponent(JSON.stringify(["contact/email"]))})`), text);
    assert.ok(text.includes(`(${rulesRoot}/contact/email/README.md)`), text);
    assert.doesNotMatch(text, /Exceptions|User Agreement Section 7/, "the full page opens on demand, not in the hover");
  });

  it("writes Not a violation here to the suppressions file beside the config, keeps it through edits elsewhere, reports it stale when the text changes", async () => {
    const d = await email();
    const [suppress] = (await codeActions(d.range, [d])).filter((a) => a.title.startsWith("Not a violation"));
    const result = (await client.connection.sendRequest("workspace/executeCommand", suppress!.command)) as { written: boolean; file: string };
    const file = join(dir, ".proposal-lint-suppressions.json");
    assert.deepEqual(result, { written: true, file });
    assert.deepEqual(JSON.parse(readFileSync(file, "utf8")), { version: 1, suppressions: [{ file: "letter.md", rule: "contact/email", text: "email me at jane.doe@gmail.com" }] });
    assert.doesNotMatch(LETTER, /proposal-lint-disable/);
    await client.waitForDiagnostics(uri, (p) => p.version === version && !p.diagnostics.some((x) => x.code === "contact/email"));

    // An edit elsewhere (a line inserted above) keeps the suppression.
    version++;
    const edited = LETTER.replace("Hi Anna,", "Hi Anna,\n\nThanks for the detailed brief.");
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text: edited }] });
    const kept = await latest();
    assert.deepEqual(kept.diagnostics.map((x) => x.code), []);

    // Changing the flagged text brings the finding back and the entry is reported stale.
    version++;
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text: edited.replace("jane.doe@gmail.com", "jane@studio.io") }] });
    const back = await latest();
    assert.deepEqual(back.diagnostics.map((x) => x.code).sort(), ["contact/email", "input/suppressions"]);
    const stale = back.diagnostics.find((x) => x.code === "input/suppressions")!;
    assert.match(stale.message, /^Stale suppression in .*\.proposal-lint-suppressions\.json: contact\/email "email me at jane\.doe@gmail\.com" no longer matches anything in letter\.md; remove it\.$/);
  });

  it("Disable for this file writes a file-wide entry that replaces the file's entries for the rule", async () => {
    const d = (await latest()).diagnostics.find((x) => x.code === "contact/email")!;
    const disable = (await codeActions(d.range, [d])).find((a) => a.title === "Disable contact/email for this file")!;
    await client.connection.sendRequest("workspace/executeCommand", disable.command);
    const data = JSON.parse(readFileSync(join(dir, ".proposal-lint-suppressions.json"), "utf8"));
    assert.deepEqual(data.suppressions, [{ file: "letter.md", rule: "contact/email" }]);
    await client.waitForDiagnostics(uri, (p) => p.version === version && p.diagnostics.length === 0);
  });

  it("a finding over a long span (a one-line generic letter) is switched off per file only, not by its text", async () => {
    const longUri = pathToFileURL(join(dir, "long.md")).href;
    const text = "I have built many fast Shopify stores for fashion and homeware brands over six years. ".repeat(8) + "\n";
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: longUri, languageId: "markdown", version: 1, text } });
    const p = await client.waitForDiagnostics(longUri, (x) => x.diagnostics.some((d) => d.code === "spam/generic-template"));
    const generic = p.diagnostics.find((d) => d.code === "spam/generic-template")!;
    assert.ok(generic.range.end.character > 500, "the finding covers the whole line");
    const actions = (await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: longUri }, range: generic.range, context: { diagnostics: [generic] } })) as Action[];
    assert.deepEqual(actions.map((a) => a.title), ["Disable spam/generic-template for this file"]);
  });

  it("reports an unusable suppressions file on the file itself, ignores it, and clears the report once fixed", async () => {
    const team = join(dir, "team");
    mkdirSync(team);
    writeFileSync(join(team, ".proposal-lint.json"), "{}\n");
    const bad = join(team, ".proposal-lint-suppressions.json");
    writeFileSync(bad, "{ not json");
    const docUri = pathToFileURL(join(team, "t.md")).href;
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: docUri, languageId: "markdown", version: 1, text: "Hi {{client_name}}, email me at jane.doe@gmail.com today." } });
    const report = await client.waitForDiagnostics(pathToFileURL(bad).href, (p) => p.diagnostics.length > 0);
    assert.match(report.diagnostics[0]!.message, /^Ignored: .*\.proposal-lint-suppressions\.json: /);
    await client.waitForDiagnostics(docUri, (p) => p.diagnostics.some((d) => d.code === "contact/email"));
    assert.equal(readFileSync(bad, "utf8"), "{ not json", "never overwritten");
    writeFileSync(bad, JSON.stringify({ version: 1, suppressions: [{ file: "t.md", rule: "contact/email" }] }));
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(bad).href, type: 2 }] });
    await client.waitForDiagnostics(pathToFileURL(bad).href, (p) => p.diagnostics.length === 0);
    await client.waitForDiagnostics(docUri, (p) => !p.diagnostics.some((d) => d.code === "contact/email"));
  });

  it("exports the plain text a client reads, and refuses while placeholders or errors remain", async () => {
    const draftUri = pathToFileURL(join(dir, "draft.md")).href;
    const draft = "---\ntitle: x\n---\n\nHi {{client_name}},\n\nPay me via PayPal to skip the fee.\n";
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: draftUri, languageId: "markdown", version: 1, text: draft } });
    await client.waitForDiagnostics(draftUri, (p) => p.version === 1);
    const refused = (await client.connection.sendRequest("workspace/executeCommand", { command: "proposalLint.server.exportPlainText", arguments: [{ uri: draftUri }] })) as { ok: boolean; reasons: string[] };
    assert.equal(refused.ok, false);
    assert.deepEqual(refused.reasons, ["1 unfilled placeholder: {{client_name}} (line 5)", "1 error: circumvention/off-platform-payment (line 7)"]);

    const readyUri = pathToFileURL(join(dir, "ready.md")).href;
    const ready = "---\ntitle: Ready\n---\n<!-- proposal-lint-disable-file spam/generic-template -->\n## Hi Anna\n\nI'm **Jane**; see [my work](https://github.com/jane).\n\n- Audit\n- Fix\n";
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: readyUri, languageId: "markdown", version: 1, text: ready } });
    await client.waitForDiagnostics(readyUri, (p) => p.version === 1);
    const ok = await client.connection.sendRequest("workspace/executeCommand", { command: "proposalLint.server.exportPlainText", arguments: [{ uri: readyUri }] });
    assert.deepEqual(ok, { ok: true, text: "Hi Anna\n\nI'm Jane; see my work (https://github.com/jane).\n\n- Audit\n- Fix\n" });
    assert.ok(existsSync(join(dir, ".proposal-lint-suppressions.json")));
  });
});

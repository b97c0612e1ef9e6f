// Protocol tests: the bundled server over stdio, spoken to in JSON-RPC as VS Code would.

import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import { TestLspClient } from "../helpers/lsp-client";

const TEMPLATE = `---
title: Landing page proposal
---

Hi {{client_name}},

I build fast landing pages in Webflow and Next.js.
Feel free to email me at jane.doe@gmail.com anytime.
You can pay me via PayPal to skip the Upwork fee.

Thanks,
Jane
`;

function applyLspEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lines = text.split("\n");
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

describe("language server over stdio", () => {
  let client: TestLspClient;
  let dir: string;
  let uri: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "pl-lsp-"));
    uri = pathToFileURL(join(dir, "proposal.md")).href;
    client = new TestLspClient();
    const init = (await client.initialize(pathToFileURL(dir).href)) as { capabilities: Record<string, unknown> };
    assert.equal(init.capabilities["textDocumentSync"], 2, "incremental sync");
    assert.ok(init.capabilities["hoverProvider"]);
  });
  after(async () => client.dispose());

  it("publishes diagnostics on didOpen with source, code and docs link", async () => {
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: TEMPLATE } });
    const p = await client.waitForDiagnostics(uri, (d) => d.version === 1);
    const codes = p.diagnostics.map((d) => d.code).sort();
    assert.deepEqual(codes, ["circumvention/off-platform-payment", "contact/email"]);
    const email = p.diagnostics.find((d) => d.code === "contact/email")!;
    assert.equal(email.source, "proposal-lint");
    assert.equal(email.severity, 1);
    assert.deepEqual(email.range, { start: { line: 7, character: 13 }, end: { line: 7, character: 43 } });
    assert.match(email.codeDescription!.href, /rules\/contact\/email\/README\.md$/);
  });

  it("re-lints after an incremental didChange", async () => {
    await client.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 49 } }, text: "Payment goes through Upwork, as always." }],
    });
    const p = await client.waitForDiagnostics(uri, (d) => d.version === 2);
    assert.deepEqual(p.diagnostics.map((d) => d.code), ["contact/email"]);
  });

  it("answers hover on a flagged span with the finding, its Upwork rule and a link to the rule page", async () => {
    const hover = (await client.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 7, character: 30 } })) as { contents: { value: string } };
    assert.ok(hover.contents.value.includes('Email address shared before a contract ("email me at jane.doe\\@gmail.com")'), hover.contents.value);
    assert.match(hover.contents.value, /Upwork rule 2: No contact information before a contract/);
    assert.match(hover.contents.value, /\[`contact\/email`\]\(https:\/\/github\.com\/.*\/rules\/contact\/email\/README\.md\)/);
    assert.doesNotMatch(hover.contents.value, /command:/, "no command link for a client that did not ask for one");
    const none = await client.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 6, character: 3 } });
    assert.equal(none, null);
  });

  it("offers a preferred rewrite, suppressions, and the rewrite reads naturally", async () => {
    const p = await client.waitForDiagnostics(uri, (d) => d.version === 2);
    const diagnostic = p.diagnostics[0]!;
    const actions = (await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as { title: string; kind: string; isPreferred?: boolean; edit: { documentChanges: { textDocument: { version: number }; edits: { range: never; newText: string }[] }[] } }[];
    assert.equal(actions.filter((a) => a.title.includes("contact/email")).filter((a) => a.edit).length, 0, "suppressions never edit the letter");
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes("Not a violation here (contact/email)"), titles.join(", "));
    assert.ok(titles.includes("Disable contact/email for this file"));
    const rewrite = actions.find((a) => a.isPreferred)!;
    assert.equal(rewrite.kind, "quickfix");
    assert.equal(rewrite.edit.documentChanges[0]!.textDocument.version, 2);
    const current = TEMPLATE.replace("You can pay me via PayPal to skip the Upwork fee.", "Payment goes through Upwork, as always.");
    const fixed = applyLspEdits(current, rewrite.edit.documentChanges[0]!.edits);
    assert.match(fixed, /Feel free to message me here on Upwork anytime\./);
  });

  it("returns source.fixAll.proposal-lint as a versioned edit", async () => {
    const actions = (await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ["source.fixAll"] },
    })) as { kind: string; edit: { documentChanges: { textDocument: { version: number }; edits: unknown[] }[] } }[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.kind, "source.fixAll.proposal-lint");
    assert.equal(actions[0]!.edit.documentChanges[0]!.textDocument.version, 2);
  });

  it("lints untitled markdown documents", async () => {
    const untitled = "untitled:Untitled-1";
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: untitled, languageId: "markdown", version: 1, text: "Call me on +1 415 555 0132 tonight." } });
    const p = await client.waitForDiagnostics(untitled, (d) => d.diagnostics.length > 0);
    assert.deepEqual(p.diagnostics.map((d) => d.code), ["contact/phone"]);
  });

  it("reports a broken config file on the file itself and keeps serving", async () => {
    const sub = mkdtempSync(join(dir, "team-"));
    writeFileSync(join(sub, ".proposal-lint.json"), '{ "rules": { "contact/phone": "off" ');
    const docUri = pathToFileURL(join(sub, "letter.md")).href;
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: docUri, languageId: "markdown", version: 1, text: "Call me on +1 415 555 0132 tonight." } });
    const configUri = pathToFileURL(join(sub, ".proposal-lint.json")).href;
    const cfg = await client.waitForDiagnostics(configUri, (d) => d.diagnostics.length > 0);
    assert.match(cfg.diagnostics[0]!.message, /Cannot parse JSON/);
    const p = await client.waitForDiagnostics(docUri);
    assert.deepEqual(p.diagnostics.map((d) => d.code), ["contact/phone"]);
    // Fixing the file and telling the server re-lints with the new config.
    writeFileSync(join(sub, ".proposal-lint.json"), '{ "rules": { "contact/phone": "off" } }');
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: configUri, type: 2 }] });
    await client.waitForDiagnostics(docUri, (d) => d.diagnostics.length === 0);
    await client.waitForDiagnostics(configUri, (d) => d.diagnostics.length === 0);
  });
});

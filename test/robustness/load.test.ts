// Under load: 200 rapid edits to a 200 KB template end with diagnostics that match the final text,
// and a stale result is never published over a newer one.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { lint } from "../../server/src/engine";
import { TestLspClient } from "../helpers/lsp-client";

const EXAMPLES = join(__dirname, "..", "..", "examples");

describe("200 rapid edits to a 200 KB template", () => {
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient();
    await client.initialize(null);
  });
  after(async () => client.dispose());

  it("ends with the final text's diagnostics, versions never going backwards", async () => {
    const base = readdirSync(EXAMPLES).filter((f) => f.endsWith(".md")).map((f) => readFileSync(join(EXAMPLES, f), "utf8").replace(/^---[\s\S]*?\n---\n/, "")).join("\n\n");
    let text = "";
    while (text.length < 200 * 1024) text += base + "\n\n";
    const uri = "untitled:load";
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text } });
    const lines = text.split("\n").length;
    for (let v = 2; v <= 201; v++) {
      // Alternate inserting a violation at the top and removing it again, with a typing-like edit in between.
      const insert = v % 2 === 0;
      const change = insert
        ? { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `Call me on +1 415 555 01${String(v % 100).padStart(2, "0")}.\n` }
        : { range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: "" };
      if (insert) text = change.text + text;
      else text = text.slice(text.indexOf("\n") + 1);
      await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: v }, contentChanges: [change] });
    }
    const final = await client.waitForDiagnostics(uri, (d) => d.version === 201, 30000);
    const expected = lint(text).findings.map((f) => f.ruleId);
    assert.deepEqual(final.diagnostics.map((d) => d.code), [...lint(text).problems.map(() => "input/template"), ...expected].filter(Boolean));
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i]! >= versions[i - 1]!, `published v${versions[i]} after v${versions[i - 1]}`);
    assert.ok(versions.length < 50, `debounce: ${versions.length} publishes for 200 edits`);
    assert.ok(lines > 1000);
  });
});

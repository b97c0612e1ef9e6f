// Bad input: the server keeps serving and the CLI says what is wrong (exit 2 where it cannot lint).

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { lint } from "../../server/src/engine";
import { TestLspClient } from "../helpers/lsp-client";

const BIN = join(__dirname, "..", "..", "bin", "proposal-lint.js");
const cli = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });

const NASTY: Record<string, string> = {
  empty: "",
  "NUL bytes": "Hi\u0000there\u0000 email me at a@gmail.com",
  "lone CR line endings": "Hi,\rEmail me at jane.doe@gmail.com\rThanks",
  "CRLF line endings": "Hi,\r\nEmail me at jane.doe@gmail.com\r\nThanks",
  "one 1 MB line": "word ".repeat(200_000) + "email me at jane.doe@gmail.com",
  "100,000 short lines": "a\n".repeat(100_000),
  "deeply nested lists and quotes": Array.from({ length: 2000 }, (_, i) => " ".repeat(i % 80) + "> ".repeat(i % 50) + "- item").join("\n"),
  "malformed front matter": "---\ntitle: [unclosed\n  - : :\n---\nEmail me at jane.doe@gmail.com",
  "unclosed front matter": "---\ntitle: x\nEmail me at jane.doe@gmail.com",
  "unclosed fence, comment and placeholders": "```js\ncode\n<!-- never closed\n{{client_name\n[Client Name\n",
  "directive naming an unknown rule": "<!-- proposal-lint-disable-file contact/fax -->\nHi",
  "lone surrogates": "\ud800 email me at jane.doe@gmail.com \udc00",
};

/** Ordinary proposal prose of `length` characters: the baseline a hostile document is timed against. */
function ordinaryText(length: number): string {
  const line = "Hi {{client_name}}, I build fast landing pages in Webflow and Next.js for SaaS teams.\n";
  return line.repeat(Math.ceil(length / line.length) || 1).slice(0, length);
}

describe("engine on hostile documents", () => {
  before(() => lint(ordinaryText(5000))); // first-use pattern compilation is not the document's cost
  for (const [name, text] of Object.entries(NASTY)) {
    // Relative to ordinary text of the same size, so a busy machine slows both alike.
    it(`${name}: lints without throwing, within 2 s or 5x ordinary text of its size`, () => {
      let t = Date.now();
      lint(ordinaryText(text.length));
      const budget = Math.max(2000, 5 * (Date.now() - t));
      t = Date.now();
      const result = lint(text);
      assert.ok(Date.now() - t < budget, `${Date.now() - t} ms (budget ${budget} ms)`);
      for (const f of result.findings) assert.ok(f.start >= 0 && f.end <= text.length);
    });
  }
});

describe("server keeps serving after hostile documents", () => {
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient();
    await client.initialize(null);
  });
  after(async () => client.dispose());

  it("answers every document, including a 50 MB one with a visible notice", async () => {
    let n = 0;
    for (const text of [...Object.values(NASTY), "x".repeat(50 * 1024 * 1024)]) {
      const uri = `untitled:nasty-${n++}`;
      await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text } });
      const p = await client.waitForDiagnostics(uri, () => true, 20000);
      if (text.length > 40 * 1024 * 1024) assert.match(p.diagnostics[0]!.message, /Not linted: the document is 50\.0 MB/);
      await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    }
    const uri = "untitled:after";
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: "Call me on +1 415 555 0132." } });
    assert.deepEqual((await client.waitForDiagnostics(uri, (d) => d.diagnostics.length > 0)).diagnostics.map((d) => d.code), ["contact/phone"]);
  });

  it("a request that fails returns an error for that request only", async () => {
    await assert.rejects(client.connection.sendRequest("textDocument/hover", { textDocument: { uri: "untitled:after" }, position: null }));
    const hover = await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: "untitled:after" }, position: { line: 0, character: 14 } });
    assert.ok(hover);
  });
});

describe("CLI on bad input", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "pl-bad-"));
    writeFileSync(join(dir, "utf16.md"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Email me at jane.doe@gmail.com\n", "utf16le")]));
    writeFileSync(join(dir, "big.md"), "x".repeat(6 * 1024 * 1024));
    writeFileSync(join(dir, "locked.md"), "hi");
    chmodSync(join(dir, "locked.md"), 0o000);
    mkdirSync(join(dir, "loop"));
    symlinkSync(join(dir, "loop"), join(dir, "loop", "again"));
    writeFileSync(join(dir, "loop", "a.md"), "Hello {{client_name}}");
  });

  it("reads UTF-16 with a BOM", () => {
    const r = cli(["--format", "json", "utf16.md"], dir);
    assert.equal(JSON.parse(r.stdout).files[0].diagnostics[0].ruleId, "contact/email");
  });

  it("refuses a file over the size limit with a clear message, and honours --max-file-size", () => {
    const r = cli(["big.md"], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /over the 5\.0 MB limit/);
    assert.equal(cli(["--max-file-size", "10", "big.md"], dir).status, 0);
  });

  it("says when a file cannot be read", { skip: process.getuid?.() === 0 ? "root reads any file" : false }, () => {
    const r = cli(["locked.md"], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /permission denied/);
  });

  it("survives a symlink loop", () => {
    const r = cli(["loop"], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /1 file\(s\) checked/);
  });

  it("reports hostile config files and exits 2", () => {
    const cases: Record<string, string> = {
      "wrong types": '{"rules": {"contact/email": 3}, "allowedDomains": "x.com"}',
      "unknown keys": '{"ruless": {}}',
      "YAML bomb": "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n",
      "10 MB file": `{"allowedDomains": ["${"a".repeat(10 * 1024 * 1024)}"]}`,
    };
    // The budget is relative to a CLI run with a good config on the same machine, at least 5 s.
    const good = mkdtempSync(join(dir, "cfg-"));
    writeFileSync(join(good, ".proposal-lint.json"), '{"rules": {"contact/email": "warning"}}');
    writeFileSync(join(good, "a.md"), "Hello {{client_name}}");
    let t = Date.now();
    assert.equal(cli(["a.md"], good).status, 0);
    const budget = Math.max(5000, 4 * (Date.now() - t));
    for (const [name, content] of Object.entries(cases)) {
      const sub = mkdtempSync(join(dir, "cfg-"));
      writeFileSync(join(sub, name === "YAML bomb" ? ".proposal-lint.yaml" : ".proposal-lint.json"), content);
      writeFileSync(join(sub, "a.md"), "Hello {{client_name}}");
      t = Date.now();
      const r = cli(["a.md"], sub);
      assert.equal(r.status, 2, `${name}: ${r.stderr}`);
      assert.match(r.stderr, /config error/, name);
      assert.ok(Date.now() - t < budget, `${name} took ${Date.now() - t} ms (budget ${budget} ms)`);
    }
  });
});

// The workspace index over the protocol: templates linted without being opened, near-duplicates
// with related information, watcher updates (change, create, delete), the explorer view's data,
// and placeholder completion.

import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import { TestLspClient } from "../helpers/lsp-client";

const letter = (name: string, extra = "") => `Hi {{client_name}},

I'm ${name}, a Shopify developer with six years of experience building fast, accessible stores for
fashion and homeware brands. I start every project with a short audit of your theme, apps and
checkout, then send a written plan with a fixed price before touching any code.${extra}

Recent work includes a 40% faster product page for a ceramics shop and a rebuilt cart drawer.

Best,
${name}
`;

describe("workspace index over the protocol", () => {
  let client: TestLspClient;
  let dir: string;
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "pl-ws-"));
    writeFileSync(join(dir, "one.md"), letter("Jane"));
    writeFileSync(join(dir, "two.md"), letter("Maria"));
    writeFileSync(join(dir, "dirty.md"), "Hi {{client_name}},\n\nEmail me at jane.doe@gmail.com to talk.\n");
    writeFileSync(join(dir, ".gitignore"), "drafts/\n");
    writeFileSync(join(dir, "README.md"), "Email me at readme@gmail.com\n");
    client = new TestLspClient();
    client.configuration = { lintScope: "workspace", exclude: ["**/README.md"] };
    await client.initialize(pathToFileURL(dir).href, { configuration: true });
  });
  after(async () => {
    await client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("publishes problems of templates that were never opened", async () => {
    const p = await client.waitForDiagnostics(uri("dirty.md"), (d) => d.diagnostics.length > 0);
    assert.deepEqual(p.diagnostics.map((d) => d.code), ["contact/email"]);
  });

  it("reports near-duplicates on each template, with related information", async () => {
    const p = await client.waitForDiagnostics(uri("one.md"), (d) => d.diagnostics.some((x) => x.code === "spam/duplicate-template"));
    const dup = p.diagnostics.find((d) => d.code === "spam/duplicate-template") as unknown as { message: string; relatedInformation: { location: { uri: string } }[] };
    assert.match(dup.message, /two\.md/);
    await client.waitForDiagnostics(uri("two.md"), (d) => d.diagnostics.some((x) => x.code === "spam/duplicate-template"));
    assert.equal(dup.relatedInformation[0]!.location.uri, uri("two.md"));
  });

  it("asks the editor for settings once per workspace folder, not once per template", async () => {
    await client.waitForDiagnostics(uri("two.md"));
    const folder = pathToFileURL(dir).href;
    assert.ok(client.configurationScopes.length > 0);
    assert.deepEqual([...new Set(client.configurationScopes)], [folder]);
    assert.equal(client.configurationScopes.length, 1, `asked ${client.configurationScopes.length} times`);
  });

  it("honours exclude globs", () => {
    assert.equal(client.published.some((p) => p.uri === uri("README.md") && p.diagnostics.length > 0), false);
  });

  it("re-lints a file changed on disk, and only that file", async () => {
    writeFileSync(join(dir, "dirty.md"), "Hi {{client_name}},\n\nLet's keep talking here on Upwork.\n");
    const before = client.published.length;
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uri("dirty.md"), type: 2 }] });
    await client.waitForDiagnostics(uri("dirty.md"), (d) => d.diagnostics.length === 0);
    const republished = new Set(client.published.slice(before).map((p) => p.uri));
    assert.deepEqual([...republished], [uri("dirty.md")]);
  });

  it("indexes a created file and drops the duplicate when one is deleted", async () => {
    writeFileSync(join(dir, "three.md"), letter("Ola", " I also write the product copy."));
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uri("three.md"), type: 1 }] });
    await client.waitForDiagnostics(uri("three.md"), (d) => d.diagnostics.some((x) => x.code === "spam/duplicate-template"));
    rmSync(join(dir, "two.md"));
    rmSync(join(dir, "three.md"));
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uri("two.md"), type: 3 }, { uri: uri("three.md"), type: 3 }] });
    await client.waitForDiagnostics(uri("one.md"), (d) => !d.diagnostics.some((x) => x.code === "spam/duplicate-template"));
  });

  it("answers the explorer view's overview request", async () => {
    writeFileSync(join(dir, "two.md"), letter("Maria"));
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uri("two.md"), type: 1 }] });
    await client.waitForDiagnostics(uri("two.md"), (d) => d.diagnostics.some((x) => x.code === "spam/duplicate-template"));
    const overview = (await client.connection.sendRequest("proposalLint/libraryOverview")) as { templates: { path: string; byFamily: Record<string, unknown[]> }[]; clusters: { files: { path: string }[] }[] };
    assert.deepEqual(overview.clusters.map((c) => c.files.map((f) => f.path)), [["one.md", "two.md"]]);
    assert.ok(overview.templates.find((t) => t.path === "one.md")!.byFamily["spam"]);
  });

  it("publishes an edited template once per edit when its library findings stay the same", async () => {
    const u = uri("solo.md");
    const text = "Hi {{client_name}},\n\nI write grant applications for small museums and archives, and I email me at solo.writer@gmail.com.\n";
    writeFileSync(join(dir, "solo.md"), text);
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: u, languageId: "markdown", version: 1, text } });
    await client.waitForDiagnostics(u, (d) => d.version === 1);
    // Let the library's slower debounce (500 ms) take the opened text first.
    await new Promise((resolve) => setTimeout(resolve, 900));
    const before = client.published.length;
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: u, version: 2 }, contentChanges: [{ text: text.replace("small museums", "small regional museums") }] });
    await client.waitForDiagnostics(u, (d) => d.version === 2);
    await new Promise((resolve) => setTimeout(resolve, 900));
    const mine = client.published.slice(before).filter((p) => p.uri === u);
    assert.deepEqual(mine.map((p) => p.version), [2]);
    assert.deepEqual(mine[0]!.diagnostics.map((d) => d.code), ["contact/email"]);
    await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri: u } });
    rmSync(join(dir, "solo.md"));
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: u, type: 3 }] });
  });

  it("completes placeholder names used in the library", async () => {
    const u = uri("new.md");
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: u, languageId: "markdown", version: 1, text: "Hi {{" } });
    const items = (await client.connection.sendRequest("textDocument/completion", { textDocument: { uri: u }, position: { line: 0, character: 5 } })) as { label: string; insertText: string }[];
    const item = items.find((i) => i.label === "client_name");
    assert.ok(item, JSON.stringify(items));
    assert.equal(item.insertText, "client_name}}");
  });
});

describe("workspace trust", () => {
  it("an untrusted workspace's config files (and custom patterns) are not used", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pl-trust-"));
    writeFileSync(join(dir, ".proposal-lint.json"), JSON.stringify({ rules: { "contact/phone": "off" }, customRules: [{ id: "custom/hello", pattern: "hello", message: "m", family: "spam" }] }));
    const uri = pathToFileURL(join(dir, "a.md")).href;
    const text = "Hello! Call me on +1 415 555 0132.";
    for (const trusted of [false, true]) {
      const client = new TestLspClient();
      try {
        client.configuration = { lintScope: "openFiles" };
        await client.initialize(pathToFileURL(dir).href, { configuration: true, initializationOptions: { trusted } });
        await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text } });
        const p = await client.waitForDiagnostics(uri);
        assert.deepEqual(p.diagnostics.map((d) => d.code), trusted ? ["custom/hello"] : ["contact/phone"]);
      } finally {
        await client.dispose();
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });
});

// Nothing leaves the machine: the CLI and the server go through a full lint (workspace index,
// hover, code actions, library report) with every network API recording and refusing its use.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, it } from "node:test";
import { TestLspClient } from "../helpers/lsp-client";

const ROOT = join(__dirname, "..", "..");
const PRELOAD = join(__dirname, "..", "helpers", "no-network.cjs");

function workspace(): { dir: string; log: string } {
  const dir = mkdtempSync(join(tmpdir(), "pl-privacy-"));
  cpSync(join(ROOT, "examples"), join(dir, "examples"), { recursive: true });
  return { dir, log: join(dir, "network.log") };
}

describe("no network use", () => {
  it("the CLI lints, reports and fixes a library without any connection", () => {
    const { dir, log } = workspace();
    const env = { ...process.env, NODE_OPTIONS: `--require ${PRELOAD}`, PROPOSAL_LINT_NETWORK_LOG: log };
    for (const args of [["examples"], ["--format", "sarif", "examples"], ["report", "examples", "-o", "r.html"], ["--fix", "examples"]]) {
      const r = spawnSync(process.execPath, [join(ROOT, "bin", "proposal-lint.js"), ...args], { cwd: dir, env, encoding: "utf8" });
      assert.ok(r.status === 0 || r.status === 1, `${args.join(" ")}: exit ${r.status} ${r.stderr}`);
    }
    assert.equal(existsSync(log) ? readFileSync(log, "utf8") : "", "");
  });

  it("the server indexes, lints, hovers and fixes without any connection", async () => {
    const { dir, log } = workspace();
    const client = new TestLspClient({ execArgv: ["--require", PRELOAD], env: { PROPOSAL_LINT_NETWORK_LOG: log } });
    try {
      client.configuration = { lintScope: "workspace" };
      await client.initialize(pathToFileURL(dir).href, { configuration: true });
      const uri = pathToFileURL(join(dir, "examples", "scratch.md")).href;
      await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: "Email me at jane.doe@gmail.com or visit calendly.com/jane/intro." } });
      const p = await client.waitForDiagnostics(uri, (d) => d.diagnostics.length >= 2);
      await client.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: p.diagnostics[0]!.range.start });
      await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: p.diagnostics[0]!.range, context: { diagnostics: p.diagnostics } });
      await client.connection.sendRequest("proposalLint/libraryOverview");
    } finally {
      await client.dispose();
    }
    assert.equal(existsSync(log) ? readFileSync(log, "utf8") : "", "");
  });

  it("the preload really catches a connection (the test can fail)", () => {
    const { dir, log } = workspace();
    const r = spawnSync(process.execPath, ["--require", PRELOAD, "-e", "require('node:net').connect({ host: '127.0.0.1', port: 9 }).on('error', () => {})"], { cwd: dir, env: { ...process.env, PROPOSAL_LINT_NETWORK_LOG: log }, encoding: "utf8" });
    assert.notEqual(r.status, 0);
    assert.match(readFileSync(log, "utf8"), /connect 127\.0\.0\.1:9/);
  });
});

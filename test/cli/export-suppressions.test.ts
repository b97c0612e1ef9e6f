// The CLI's `export` subcommand (the plain text "Copy for Upwork" gives) and the suppressions file
// it shares with the editor: entries keyed by file and flagged text, stale entries reported.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";

const BIN = join(__dirname, "..", "..", "bin", "proposal-lint.js");

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "pl-cli-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const READY = "---\ntitle: Ready\n---\n<!-- proposal-lint-disable-file spam/generic-template -->\n# Hi Anna\n\nI'm **Jane**: [portfolio](https://github.com/jane).\n\n- Audit\n- Fix\n\nThanks,\\\nJane\n";
const EMAIL = "Hi {{client_name}},\n\nFeel free to email me at jane.doe@gmail.com anytime.\n";

describe("proposal-lint export", () => {
  it("prints the plain text a client reads, with --output too", () => {
    const dir = workspace({ "ready.md": READY });
    const r = cli(["export", "ready.md"], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, "Hi Anna\n\nI'm Jane: portfolio (https://github.com/jane).\n\n- Audit\n- Fix\n\nThanks,\nJane\n");
    assert.equal(cli(["export", "ready.md", "-o", "out.txt"], dir).code, 0);
    assert.equal(readFileSync(join(dir, "out.txt"), "utf8"), r.stdout);
  });

  it("refuses (exit 1) while placeholders or errors remain, and says which", () => {
    const dir = workspace({ "draft.md": EMAIL });
    const r = cli(["export", "draft.md"], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, "");
    assert.equal(r.stderr, "proposal-lint: not exported, fix these first:\n  - 1 unfilled placeholder: {{client_name}} (line 1)\n  - 1 error: contact/email (line 3)\n");
  });

  it("exits 2 on usage and I/O errors", () => {
    const dir = workspace({ "a.md": READY });
    assert.equal(cli(["export"], dir).code, 2);
    assert.equal(cli(["export", "a.md", "b.md"], dir).code, 2);
    assert.match(cli(["export", "missing.md"], dir).stderr, /cannot export missing\.md/);
  });
});

describe("suppressions file in the CLI", () => {
  it("honours entries beside the config, keyed by file and flagged text, and reports stale ones", () => {
    const dir = workspace({
      "team/.proposal-lint.json": "{}\n",
      "team/letters/a.md": EMAIL,
      "team/letters/b.md": EMAIL,
      "team/.proposal-lint-suppressions.json": JSON.stringify({ version: 1, suppressions: [
        { file: "letters/a.md", rule: "contact/email", text: "email me at jane.doe@gmail.com" },
        { file: "letters/a.md", rule: "contact/phone", text: "+1 415 555 0132" },
      ] }),
    });
    const r = cli(["--format", "json", "team"], dir);
    const report = JSON.parse(r.stdout) as { files: { path: string; diagnostics: { ruleId: string }[] }[] };
    const rules = (name: string) => report.files.find((f) => f.path.endsWith(name))!.diagnostics.map((d) => d.ruleId);
    assert.deepEqual(rules("a.md"), [], "suppressed in a.md");
    assert.deepEqual(rules("b.md"), ["contact/email"], "b.md is another file");
    assert.match(r.stderr, /Stale suppression in team[\\/]\.proposal-lint-suppressions\.json: contact\/phone "\+1 415 555 0132" no longer matches anything in letters\/a\.md; remove it\./);
  });

  it("an invalid suppressions file is reported and ignored, never lost", () => {
    const dir = workspace({ "a.md": EMAIL, ".proposal-lint-suppressions.json": "{ not json" });
    const r = cli(["a.md"], dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /suppressions ignored: .*\.proposal-lint-suppressions\.json: /);
    assert.equal(readFileSync(join(dir, ".proposal-lint-suppressions.json"), "utf8"), "{ not json");
  });

  it("--fix leaves suppressed findings as written", () => {
    const dir = workspace({
      "a.md": EMAIL,
      ".proposal-lint-suppressions.json": JSON.stringify({ version: 1, suppressions: [{ file: "a.md", rule: "contact/email" }] }),
    });
    assert.equal(cli(["--fix", "a.md"], dir).code, 0);
    assert.equal(readFileSync(join(dir, "a.md"), "utf8"), EMAIL);
  });
});

// The CLI behaves like a standard linter: standard input, messages that match what happened, paths
// as given, a --fix summary, `report` exit codes, and never a stack trace.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { BIN, cli, workspace } from "../helpers/cli";

const DIRTY = "Hi {{client_name}},\n\nFeel free to email me at jane.doe@gmail.com anytime.\n";
const CLEAN = "Hi {{client_name}},\n\nI build Telegram bots and PayPal checkout integrations.\n";

describe("standard input", () => {
  it("--stdin lints the text and names it <stdin>, or the --stdin-filename", () => {
    const dir = workspace({});
    const plain = cli(["--stdin"], dir, DIRTY);
    assert.equal(plain.code, 1);
    assert.match(plain.stdout, /^<stdin>:3:\d+ error contact\/email /m);
    const named = cli(["--stdin", "--stdin-filename", "letters/a.md", "-f", "json"], dir, DIRTY);
    assert.equal(named.code, 1);
    assert.equal(JSON.parse(named.stdout).files[0].path, "letters/a.md");
    const dash = cli(["-"], dir, CLEAN);
    assert.equal(dash.code, 0, dash.stderr);
  });

  it("resolves the config from the --stdin-filename's folder", () => {
    const dir = workspace({ "quiet/.proposal-lint.json": JSON.stringify({ rules: { "contact/email": "off" } }) });
    assert.equal(cli(["--stdin", "--stdin-filename", "quiet/a.md"], dir, DIRTY).code, 0);
    assert.equal(cli(["--stdin", "--stdin-filename", "loud/a.md"], dir, DIRTY).code, 1);
  });

  it("--fix with --stdin prints the fixed text on stdout and the summary on stderr", () => {
    const dir = workspace({});
    const r = cli(["--stdin", "--fix"], dir, DIRTY);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.startsWith("Hi {{client_name}},\n\n"), r.stdout);
    assert.doesNotMatch(r.stdout, /jane\.doe/);
    assert.match(r.stderr, /fixed 1 problem\(s\); 0 left for manual edits/);
    const clean = cli(["--stdin", "--fix"], dir, CLEAN);
    assert.equal(clean.stdout, CLEAN, "clean text comes back unchanged");
  });

  it("refuses paths together with --stdin, and binary input", () => {
    const dir = workspace({ "a.md": CLEAN });
    const both = cli(["--stdin", "a.md"], dir, CLEAN);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /--stdin lints standard input only/);
    const binary = cli(["--stdin"], dir, Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0]));
    assert.equal(binary.code, 2);
    assert.match(binary.stderr, /cannot lint <stdin>: binary file/);
  });
});

describe("messages and exit codes", () => {
  it("a missing path is an error, not 'no problems'", () => {
    const dir = workspace({ "a.md": CLEAN });
    const only = cli(["does-not-exist"], dir);
    assert.equal(only.code, 2);
    assert.equal(only.stderr, "proposal-lint: does-not-exist: no such file or directory\n");
    assert.equal(only.stdout, "");
    const mixed = cli(["a.md", "nope.md"], dir);
    assert.equal(mixed.code, 2);
    assert.match(mixed.stdout, /1 file\(s\) checked/);
  });

  it("an empty folder names every extension that is linted", () => {
    const dir = workspace({ "empty/notes.json": "{}" });
    const r = cli(["empty"], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, "proposal-lint: empty: no templates (.md, .markdown, .mdx, .txt files) in this directory\n");
  });

  it("unknown options get one line, not the option parser's essay", () => {
    const r = cli(["--frobnicate"], workspace({}));
    assert.equal(r.code, 2);
    assert.equal(r.stderr, "proposal-lint: Unknown option '--frobnicate' (see --help)\n");
  });

  it("prints paths as given: absolute stays absolute, relative stays relative", () => {
    const dir = workspace({ "t/a.md": DIRTY });
    assert.match(cli([join(dir, "t")], tmpdir()).stdout, new RegExp(`^${join(dir, "t", "a.md").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3:`, "m"));
    assert.match(cli(["t"], dir).stdout, /^t\/a\.md:3:/m);
  });

  it("--fix says what it fixed and what is left", () => {
    const dir = workspace({ "a.md": DIRTY, "b.md": DIRTY, "c.md": CLEAN, "d.md": "You are an idiot if you pick someone else.\n" });
    const r = cli(["--fix", "."], dir);
    assert.match(r.stderr, /^proposal-lint: fixed 2 problem\(s\) in 2 file\(s\); 1 left for manual edits$/m);
    assert.equal(r.code, 1);
    assert.doesNotMatch(readFileSync(join(dir, "a.md"), "utf8"), /jane\.doe/);
  });

  it("report refuses -f and exits like lint", () => {
    const dir = workspace({ "a.md": DIRTY, "c.md": CLEAN });
    const refused = cli(["report", "-f", "json", ".", "-o", "r.html"], dir);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /report always writes HTML/);
    assert.equal(cli(["report", ".", "-o", "r.html"], dir).code, 1);
    assert.equal(cli(["report", "c.md", "-o", "r.html"], dir).code, 0);
  });
});

describe("no stack trace reaches a user", () => {
  it("a 780 KB template with 130,000 placeholders is linted (it used to overflow the stack)", { timeout: 60_000 }, () => {
    const body = Array.from({ length: 130_000 }, (_, i) => `{ab${i % 10}}`).join(" ");
    assert.ok(body.length > 700_000);
    const dir = workspace({ "big.md": `Hi,\n\n${body}\n\nEmail me at jane.doe@gmail.com\n` });
    const r = cli(["big.md"], dir);
    assert.doesNotMatch(r.stderr, /RangeError|\n\s+at /);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /contact\/email/);
  });

  it("many emails, comments and directives in one file are linted", { timeout: 120_000 }, () => {
    const many = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join("\n");
    const dir = workspace({
      "emails.md": many(5_000, (i) => `Write to user${i}@gmail.com today.`),
      "comments.md": many(20_000, (i) => `<!-- note ${i} --> line`),
      "directives.md": many(10_000, () => "<!-- proposal-lint-disable-next-line contact/email -->\nx"),
    });
    const r = cli(["-f", "json", "."], dir);
    assert.doesNotMatch(r.stderr, /RangeError|\n\s+at /);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.equal(JSON.parse(r.stdout).files.length, 3);
  });

  it("a bin without its bundle says to build, in one line", () => {
    const dir = workspace({});
    mkdirSync(join(dir, "bin"));
    writeFileSync(join(dir, "bin", "proposal-lint.js"), readFileSync(BIN));
    const r = spawnSync(process.execPath, [join(dir, "bin", "proposal-lint.js"), "x.md"], { encoding: "utf8" });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^proposal-lint: .*dist\/cli\.js is missing: run "npm run build" in .* first\n$/);
  });
});

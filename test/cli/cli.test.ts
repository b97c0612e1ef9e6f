// CLI tests: formats, exit codes, --fix, config errors, SARIF validated against the 2.1.0 schema.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { cli, workspace } from "../helpers/cli";
import Ajv from "ajv-draft-04";

const SARIF_SCHEMA = JSON.parse(readFileSync(join(__dirname, "schemas", "sarif-2.1.0.json"), "utf8"));

const DIRTY = "Hi {{client_name}},\n\nFeel free to email me at jane.doe@gmail.com anytime.\n";
const CLEAN = "Hi {{client_name}},\n\nI build Telegram bots and PayPal checkout integrations. Rate: $45/hour.\n";

describe("proposal-lint CLI", () => {
  it("prints file:line:col severity rule message and exits 1 on findings", () => {
    const dir = workspace({ "a.md": DIRTY });
    const r = cli(["a.md"], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^a\.md:3:14 error contact\/email Email address shared before a contract/m);
  });

  it("exits 0 on a clean library", () => {
    const dir = workspace({ "t/clean.md": CLEAN });
    const r = cli(["t"], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /1 file\(s\) checked, no problems/);
  });

  it("writes the json report exactly as documented, clean files included", () => {
    const dir = workspace({ "lib/a.md": DIRTY, "lib/b.md": CLEAN });
    const r = cli(["--format", "json", "lib"], dir);
    const report = JSON.parse(r.stdout);
    assert.equal(report.version, 1);
    assert.deepEqual(report.files.map((f: { path: string }) => f.path), [join("lib", "a.md"), join("lib", "b.md")]);
    assert.deepEqual(report.files[1].diagnostics, []);
    assert.deepEqual(report.files[0].diagnostics[0], {
      ruleId: "contact/email",
      severity: "error",
      message: 'Email address shared before a contract ("email me at jane.doe@gmail.com")',
      range: { start: { line: 2, character: 13 }, end: { line: 2, character: 43 } },
    });
  });

  it("streams a large json report in pieces: the same report to a file (-o) as on stdout, one file per line", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`lib/t${String(i).padStart(3, "0")}.md`] = i % 2 ? CLEAN : DIRTY + `\nLetter ${i} of a library large enough to need several pieces.\n`;
    const dir = workspace(files);
    const r = cli(["--format", "json", "lib"], dir);
    const o = cli(["--format", "json", "-o", "report.json", "lib"], dir);
    assert.equal(o.stdout, "");
    const written = readFileSync(join(dir, "report.json"), "utf8");
    assert.equal(written, r.stdout);
    assert.ok(written.length > 1 << 16, `only ${written.length} characters: the report fits one piece`);
    const report = JSON.parse(written);
    assert.equal(report.files.length, 400);
    assert.ok(report.files[0].diagnostics.some((d: { ruleId: string }) => d.ruleId === "contact/email"));
    assert.equal(report.files[1].diagnostics.some((d: { ruleId: string }) => d.ruleId === "contact/email"), false);
    assert.equal(written.split("\n").length, 400 + 3, "one line per file, plus the opening and closing lines and the final newline");
  });

  it("writes SARIF 2.1.0 that validates against the schema", () => {
    const dir = workspace({ "a.md": DIRTY + "\nYou can pay me via PayPal to skip the Upwork fee.\n" });
    const r = cli(["--format", "sarif", "a.md"], dir);
    const log = JSON.parse(r.stdout) as { runs: { results: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]; tool: { driver: { rules: { id: string }[] } } }[] };
    const ajv = new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false });
    const valid = ajv.validate(SARIF_SCHEMA, log);
    assert.ok(valid, JSON.stringify(ajv.errors?.slice(0, 3)));
    const results = log.runs[0]!.results;
    assert.deepEqual(results.map((x) => x.ruleId).sort(), ["circumvention/off-platform-payment", "contact/email"]);
    assert.equal(results[0]!.locations[0]!.physicalLocation.artifactLocation.uri, "a.md");
    assert.equal(log.runs[0]!.tool.driver.rules[results[0]!.ruleIndex]!.id, results[0]!.ruleId);
  });

  it("writes GitHub workflow annotations", () => {
    const dir = workspace({ "a.md": DIRTY });
    const r = cli(["--format", "github", "a.md"], dir);
    assert.match(r.stdout, /^::error file=a\.md,line=3,col=14,endLine=3,endColumn=44,title=proposal-lint contact\/email::Email address/m);
  });

  it("--fix rewrites in place and leaves nothing fixable", () => {
    const dir = workspace({ "a.md": DIRTY });
    const r = cli(["--fix", "a.md"], dir);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(readFileSync(join(dir, "a.md"), "utf8"), "Hi {{client_name}},\n\nFeel free to message me here on Upwork anytime.\n");
  });

  it("--max-warnings lets warnings through up to the limit", () => {
    const dir = workspace({ "a.md": "I'll resend this proposal every day until you answer.\n" });
    assert.equal(cli(["a.md"], dir).code, 1);
    assert.equal(cli(["--max-warnings", "1", "a.md"], dir).code, 0);
    assert.equal(cli(["--max-warnings", "x", "a.md"], dir).code, 2);
  });

  it("exits 2 with a clear message on usage and I/O errors", () => {
    const dir = workspace({ "a.md": CLEAN, "bin.md": Buffer.from([0x48, 0x00, 0x49]), "bad.md": Buffer.from([0x48, 0xff, 0xfe, 0x49, 0x80]) });
    let r = cli(["--format", "xml", "a.md"], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown format "xml"/);
    r = cli(["missing.md"], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /missing\.md: no such file or directory/);
    r = cli(["nothing/**/*.md"], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /matched no file/);
    r = cli(["bin.md"], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /binary file/);
    r = cli(["bad.md"], dir);
    assert.match(r.stderr, /not valid UTF-8/);
    r = cli([], dir);
    assert.equal(r.code, 2);
  });

  it("uses the nearest config file and exits 2 on a broken one", () => {
    const dir = workspace({
      ".proposal-lint.yaml": "rules:\n  contact/phone: off\n",
      "team/.proposal-lint.json": '{"rules": {"contact/phone": "warning"}}',
      "a.md": "Call me on +1 415 555 0132.\n",
      "team/b.md": "Call me on +1 415 555 0132.\n",
      "broken/.proposal-lint.json": '{"rules": ',
      "broken/c.md": CLEAN,
    });
    assert.equal(cli(["a.md"], dir).code, 0);
    const r = cli(["--format", "json", "team/b.md"], dir);
    assert.equal(JSON.parse(r.stdout).files[0].diagnostics[0].severity, "warning");
    const b = cli(["broken/c.md"], dir);
    assert.equal(b.code, 2);
    assert.match(b.stderr, /config error: .*\.proposal-lint\.json.*Cannot parse JSON/);
  });

  it("honours directives", () => {
    const dir = workspace({ "a.md": "<!-- proposal-lint-disable-next-line contact/email -->\n" + DIRTY.split("\n")[2] + "\n" });
    assert.equal(cli(["a.md"], dir).code, 0);
  });
});

describe("proposal-lint across a library", () => {
  const letter = (name: string) => `Hi {{client_name}},\n\nI'm ${name}, a Shopify developer with six years of experience building fast, accessible stores for fashion and homeware brands. I start every project with a short audit of your theme, apps and checkout, then send a written plan with a fixed price before touching any code. Recent work includes a 40% faster product page for a ceramics shop and a rebuilt cart drawer for a sneaker store.\n\nI can start on Monday and deliver the first milestone within a week.\n\nBest,\n${name}\n`;
  it("reports near-duplicates across the paths given, with relatedInformation", () => {
    const dir = workspace({ "a/one.md": letter("Jane"), "b/two.md": letter("Maria"), "b/other.md": CLEAN });
    const r = cli(["--format", "json", "a", "b"], dir);
    const report = JSON.parse(r.stdout) as { files: { path: string; diagnostics: { ruleId: string; relatedInformation?: { path: string; range: unknown }[] }[] }[] };
    const one = report.files.find((f) => f.path === join("a", "one.md"))!;
    const dup = one.diagnostics.find((d) => d.ruleId === "spam/duplicate-template")!;
    assert.ok(dup, JSON.stringify(one.diagnostics));
    assert.equal(dup.relatedInformation![0]!.path, join("b", "two.md"));
    assert.deepEqual(dup.relatedInformation![0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 19 } });
    assert.deepEqual(report.files.find((f) => f.path === join("b", "other.md"))!.diagnostics.filter((d) => d.ruleId === "spam/duplicate-template"), []);
  });

  it("writes a self-contained HTML library report", () => {
    const dir = workspace({ "one.md": letter("Jane"), "two.md": letter("Maria"), "bad.md": DIRTY });
    const r = cli(["report", ".", "-o", "report.html"], dir);
    assert.equal(r.code, 1, `report exits like lint: bad.md has an error. ${r.stderr}`);
    const html = readFileSync(join(dir, "report.html"), "utf8");
    assert.match(html, /one\.md/);
    assert.match(html, /contact\/email/);
    assert.doesNotMatch(html, /https?:\/\//);
    assert.equal(cli(["report", "."], dir).code, 2);
  });
});

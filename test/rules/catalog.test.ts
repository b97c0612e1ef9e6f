// Keeps the catalog (rules/), the registered rules and the README's rule table in step.

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ALL_RULE_METAS, FAMILIES, RULES, UPWORK_RULES, docsUrl } from "../../server/src/engine";
import { loadAllFixtures, RULES_DIR } from "../helpers/fixtures";

const README = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

describe("rule catalog", () => {
  it("registers exactly the rules that have a folder under rules/, sorted by id", () => {
    const registered = RULES.map((r) => r.meta.id);
    assert.deepEqual(registered, [...registered].sort());
    assert.deepEqual(loadAllFixtures().map((f) => f.ruleId), ALL_RULE_METAS.map((m) => m.id));
  });

  it("ids are <family>/<name> with a known family, and the contact rules are all there", () => {
    for (const r of RULES) {
      assert.match(r.meta.id, /^[a-z]+\/[a-z0-9-]+$/);
      assert.ok((FAMILIES as readonly string[]).includes(r.meta.family), r.meta.id);
    }
    for (const name of ["email", "phone", "messaging", "social", "link", "address", "request"]) {
      assert.ok(RULES.some((r) => r.meta.id === `contact/${name}`), `contact/${name}`);
    }
    for (const family of FAMILIES) assert.ok(RULES.some((r) => r.meta.family === family), family);
  });

  it("every rule cites one of the six Upwork rules and has its data and docs", () => {
    assert.deepEqual(UPWORK_RULES.map((u) => u.number), [1, 2, 3, 4, 5, 6]);
    for (const m of ALL_RULE_METAS) {
      assert.ok(UPWORK_RULES.some((u) => u.number === m.upworkRule), `${m.id} cites rule ${m.upworkRule}`);
      for (const key of ["title", "message", "explanation"] as const) assert.ok(m[key].length > 10, `${m.id}.${key}`);
      assert.ok(Array.isArray(m.exceptions), `${m.id}.exceptions`);
      assert.ok(existsSync(join(RULES_DIR, m.id, "README.md")), `rules/${m.id}/README.md`);
      assert.ok(docsUrl(m.id).endsWith(`/rules/${m.id}/README.md`));
    }
  });

  it("the README's rule table lists every rule with its title, Upwork rule, severity and fixability", () => {
    const rows = [...README.matchAll(/^\| \[`([a-z]+\/[a-z0-9-]+)`\]\(rules\/\1\/README\.md\) \| (.+?) \| (\d)\. .+? \| (\w+) \| (yes|no) \|$/gm)];
    assert.deepEqual(rows.map((m) => m[1]), ALL_RULE_METAS.map((m) => m.id));
    for (const [, id, title, cited, severity, fixable] of rows) {
      const m = ALL_RULE_METAS.find((x) => x.id === id)!;
      assert.deepEqual([title, Number(cited), severity, fixable], [m.title, m.upworkRule, m.severity, m.fix ? "yes" : "no"], id);
    }
  });
});

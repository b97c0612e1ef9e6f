// Reads rule fixtures: rules/<family>/<name>/{valid,invalid,fixed}.md. In invalid.md, each expected
// finding is a comment on its own line, after the line it belongs to:
//   <!-- expect: contact/email «email me at jane@x.com» -->
// The comment lines are removed before linting; the quoted text is the exact span expected on the
// nearest preceding non-comment line that holds it.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export const RULES_DIR = join(__dirname, "..", "..", "rules");

export interface Expectation {
  ruleId: string;
  text: string;
  start: number;
  end: number;
}

export interface RuleFixtures {
  ruleId: string;
  dir: string;
  valid?: string;
  invalid?: { text: string; expected: Expectation[] };
  fixed?: string;
  /** Options from config.json beside the fixtures, for rules that need configuration. */
  config?: Record<string, unknown>;
}

const EXPECT_LINE_RE = /^[ \t]*<!-- expect: ([a-z]+\/[a-z0-9-]+) «([^»]+)» -->[ \t]*\r?\n?/gm;

/** Strips expectation comments from fixture text and locates each expected span in what is left. */
export function parseInvalidFixture(raw: string): { text: string; expected: Expectation[] } {
  const expected: Expectation[] = [];
  let text = "";
  let last = 0;
  for (const m of raw.matchAll(EXPECT_LINE_RE)) {
    text += raw.slice(last, m.index);
    last = m.index! + m[0].length;
    const [, ruleId, span] = m as unknown as [string, string, string];
    const lineStart = text.lastIndexOf("\n", text.length - 2) + 1;
    let at = text.lastIndexOf(span);
    if (at < 0) throw new Error(`fixture expects «${span}» (${ruleId}) but the text above does not hold it`);
    if (at < lineStart && text.indexOf(span, lineStart) >= 0) at = text.indexOf(span, lineStart);
    expected.push({ ruleId, text: span, start: at, end: at + span.length });
  }
  text += raw.slice(last);
  return { text, expected };
}

/** Every rule folder under rules/ with its fixtures. */
export function loadAllFixtures(): RuleFixtures[] {
  const out: RuleFixtures[] = [];
  for (const family of readdirSync(RULES_DIR)) {
    const famDir = join(RULES_DIR, family);
    if (!statSync(famDir).isDirectory()) continue;
    for (const name of readdirSync(famDir)) {
      const dir = join(famDir, name);
      if (!statSync(dir).isDirectory()) continue;
      const read = (f: string) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), "utf8") : undefined);
      const invalid = read("invalid.md");
      const fixtures: RuleFixtures = { ruleId: `${family}/${name}`, dir };
      const valid = read("valid.md");
      const fixed = read("fixed.md");
      if (valid !== undefined) fixtures.valid = valid;
      if (invalid !== undefined) fixtures.invalid = parseInvalidFixture(invalid);
      if (fixed !== undefined) fixtures.fixed = fixed;
      const config = read("config.json");
      if (config !== undefined) fixtures.config = JSON.parse(config) as Record<string, unknown>;
      out.push(fixtures);
    }
  }
  return out.sort((a, b) => a.ruleId.localeCompare(b.ruleId));
}

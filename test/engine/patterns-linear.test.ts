// Every built-in pattern is replayed on stress inputs built from its own alphabet (its literal words,
// its punctuation, digits and spaces) at two sizes: time may grow with the input, not faster. A scan
// over its time budget fails the test (a timeout is a failure, never a pass). The engine also lints
// adversarial documents within a budget relative to ordinary text of the same size.
//
// This replaced a `recheck` proof per pattern: its fuzzer took 160 s of the unit tests, and a pattern
// whose check timed out passed unchecked.

import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { lint } from "../../server/src/engine";

const PATTERN_DIR = join(__dirname, "..", "..", "server", "src", "engine", "patterns");

function builtInPatterns(): { name: string; re: RegExp }[] {
  const out: { name: string; re: RegExp }[] = [];
  for (const file of readdirSync(PATTERN_DIR).filter((f) => f.endsWith(".ts"))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(PATTERN_DIR, file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (value instanceof RegExp) out.push({ name: `${file}:${name}`, re: value });
  }
  return out;
}

const BASE_UNITS = ["a", "1", " ", ".", "-", "@", "_", "/", ":", ",", "a ", "1 ", "a.", "a@", "a-", ".0", "1-", "a. ", "A ", "a\n"];

/** Repeating units that exercise a pattern: generic characters plus its literal words and symbols. */
export function stressUnits(re: RegExp): string[] {
  const source = re.source.replace(/\\[a-zA-Z]/g, " ");
  const words = [...new Set(source.match(/[A-Za-z]{2,}/g) ?? [])].slice(0, 40);
  const symbols = [...new Set(source.replace(/[A-Za-z0-9\s\\()[\]{}|?*+^$]/g, "").split(""))].slice(0, 12);
  const units = new Set(BASE_UNITS.map((u) => u.replace("\\n", "\n")));
  for (const w of words) {
    units.add(w + " ");
    units.add(w);
  }
  for (let i = 0; i + 1 < words.length; i += 2) units.add(`${words[i]} ${words[i + 1]} `);
  for (const c of symbols) {
    units.add(c);
    units.add("a" + c);
    units.add(c + " ");
  }
  return [...units];
}

/** Milliseconds to scan `unit` repeated to `size` characters (plus a non-matching end) as the engine does: best of 3. */
function scanTime(re: RegExp, unit: string, size: number, budgetMs: number): number {
  const text = unit.repeat(Math.ceil(size / unit.length)) + "\u0000!";
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = process.hrtime.bigint();
    g.lastIndex = 0;
    for (let m = g.exec(text); m; m = g.exec(text)) if (m[0].length === 0) g.lastIndex++;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    best = Math.min(best, ms);
    if (ms > budgetMs) break;
  }
  return best;
}

const SMALL = 4_000;
const LARGE = 16_000;
/** A scan of LARGE characters over this is a failure whatever the ratio (about 100x a linear scan). */
const BUDGET_MS = 400;

describe("built-in patterns are linear-time", () => {
  const patterns = builtInPatterns();
  it("finds the patterns", () => assert.ok(patterns.length >= 40, `only ${patterns.length}`));
  it("catches a quadratic pattern (the check checks itself)", () => {
    const quadratic = /\d+x/; // a global scan of "1111..." retries \d+ from every start
    const unit = stressUnits(quadratic).find((u) => u === "1")!;
    const large = scanTime(quadratic, unit, LARGE, BUDGET_MS);
    const small = Math.max(scanTime(quadratic, unit, SMALL, BUDGET_MS), 0.25);
    assert.ok(large > BUDGET_MS || large / small > 9, `not caught: ${small.toFixed(1)} -> ${large.toFixed(1)} ms`);
  });
  for (const { name, re } of patterns) {
    it(name, () => {
      const worst: string[] = [];
      for (const unit of stressUnits(re)) {
        const large = scanTime(re, unit, LARGE, BUDGET_MS);
        assert.ok(large <= BUDGET_MS, `${name}: ${LARGE} chars of ${JSON.stringify(unit)} took ${large.toFixed(0)} ms (budget ${BUDGET_MS} ms)`);
        if (large < 5) continue; // too fast to measure growth reliably, and fast enough
        // Linear growth is 4x; quadratic is 16x. 9x leaves room for noise on a busy machine, and a
        // high ratio is measured again (three tries, the lowest counts) before it fails the test.
        let ratio = Infinity;
        let detail = "";
        for (let attempt = 0; attempt < 3 && ratio > 9; attempt++) {
          const small = Math.max(scanTime(re, unit, SMALL, BUDGET_MS), 0.25);
          const big = attempt === 0 ? large : scanTime(re, unit, LARGE, BUDGET_MS);
          if (big / small < ratio) [ratio, detail] = [big / small, `${small.toFixed(1)} -> ${big.toFixed(1)} ms`];
        }
        if (ratio > 9) worst.push(`${JSON.stringify(unit)}: 4x input took ${ratio.toFixed(1)}x time (${detail})`);
      }
      assert.deepEqual(worst, [], `${name} grows faster than its input`);
    });
  }
});

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeLint(text: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    lint(text);
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(runs);
}

describe("adversarial inputs lint within budget", () => {
  const SIZE = 100_000;
  const ordinary = "Hi {{client_name}}, I build fast landing pages in Webflow and Next.js for SaaS teams. ".repeat(SIZE / 86).slice(0, SIZE);
  const baseline = Math.max(timeLint(ordinary), 5);
  const cases: Record<string, string> = {
    digits: "1".repeat(SIZE),
    "spaced digits": "1 ".repeat(SIZE / 2),
    dots: ".".repeat(SIZE),
    "at words": "at ".repeat(SIZE / 3),
    "dot words": "a dot ".repeat(SIZE / 6),
    spaces: " ".repeat(SIZE),
    "at signs": "@".repeat(SIZE),
    "a@a": "a@a".repeat(SIZE / 3),
    brackets: "[(".repeat(SIZE / 2),
    "open placeholders": "{{".repeat(SIZE / 2),
    backticks: "`a ".repeat(SIZE / 3),
    "comment openers": "<!--".repeat(SIZE / 4),
    "number words": "one two ".repeat(SIZE / 8),
    "street-like": "12 Main ".repeat(SIZE / 8),
    "one long line of words": "pay me directly outside ".repeat(SIZE / 24),
    newlines: "\n".repeat(SIZE),
    "email-ish": "a.b.c.d.e.f.g@h.i.j.k.l.m ".repeat(SIZE / 26),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`${name} (${text.length} chars) stays within 20x of ordinary text`, () => {
      const ms = timeLint(text);
      assert.ok(ms < baseline * 20, `${name}: ${ms.toFixed(1)} ms vs ordinary ${baseline.toFixed(1)} ms`);
    });
  }
});

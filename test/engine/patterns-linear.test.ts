// Every built-in pattern is checked for catastrophic backtracking (ReDoS) with `recheck`, and the
// engine lints adversarial inputs within a budget relative to ordinary text of the same size.

import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { checkSync } from "recheck";
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

interface Attack {
  pumps: { prefix: string; pump: string }[];
  suffix: string;
}

/** Time to scan an attack string the way the engine does (global search over all of it). */
function scanTime(re: RegExp, attack: Attack, repeats: number): number {
  const text = attack.pumps.map((p) => p.prefix + p.pump.repeat(repeats)).join("") + attack.suffix;
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = process.hrtime.bigint();
    g.lastIndex = 0;
    while (g.exec(text)) if (g.lastIndex === 0) break;
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return Math.min(...runs);
}

// recheck proves a pattern safe or finds an attack. Its fuzzer also reports bounded repeats
// ("{0,40}") as polynomial, because it only sees inputs shorter than the bound; so an attack it
// finds is replayed at two sizes and fails the test only if time grows faster than the input.
describe("built-in patterns are linear-time", () => {
  const patterns = builtInPatterns();
  it("finds the patterns", () => assert.ok(patterns.length >= 40, `only ${patterns.length}`));
  for (const { name, re } of patterns) {
    it(name, () => {
      const result = checkSync(re.source, re.flags.replace(/[gy]/g, ""), { timeout: 30000 }) as { status: string; complexity?: { type: string; isFuzz?: boolean }; attack?: Attack };
      if (result.status !== "vulnerable") return;
      assert.notEqual(result.complexity?.type, "exponential", `${name} is exponential: ${JSON.stringify(result.attack?.pumps).slice(0, 200)}`);
      const attack = result.attack!;
      const unit = attack.pumps.reduce((n, p) => n + p.pump.length, 0) || 1;
      const small = Math.ceil(20000 / unit);
      const t1 = Math.max(scanTime(re, attack, small), 1);
      const t4 = scanTime(re, attack, small * 4);
      assert.ok(t4 / t1 < 8, `${name}: 4x input took ${(t4 / t1).toFixed(1)}x time (${t1.toFixed(1)} ms -> ${t4.toFixed(1)} ms) on ${JSON.stringify(attack.pumps).slice(0, 120)}`);
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

// Lint speed: median time to lint a ~5 KB and a ~200 KB template built from the examples library,
// and the first lint in a fresh process (patterns compiled and the learned layer loaded at first
// use), with the process entries' RegExp tuning (server/src/regexp-tuning.ts) and with V8's defaults.
//   npm run bench
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { lint } from "../server/src/engine";

const EXAMPLES = join(__dirname, "..", "examples");
const corpus = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".md"))
  .sort()
  .map((f) => readFileSync(join(EXAMPLES, f), "utf8").replace(/^---[\s\S]*?\n---\n/, ""))
  .join("\n\n");

/** A template of about `bytes` characters: the examples repeated and cut at a paragraph end. */
function template(bytes: number): string {
  let text = "";
  while (text.length < bytes) text += corpus + "\n\n";
  const cut = text.lastIndexOf("\n\n", bytes);
  return text.slice(0, cut > 0 ? cut : bytes);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Median and p90 of `runs` lints of `text` (ms). Diagnostics need no rewrite, so fixes are built on
 * first read (rewrite/sentence-fixes.ts); with `withFixes` every finding's fix is read too, as a
 * code-action request for the whole file or fix-all would.
 */
function bench(label: string, text: string, runs: number, withFixes = false): { label: string; kb: number; median: number; p90: number; findings: number } {
  const once = () => {
    const found = lint(text).findings;
    if (withFixes) for (const f of found) void f.fix;
    return found.length;
  };
  for (let i = 0; i < 3; i++) once(); // warm up the JIT and lazy tables
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    findings = once();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { label, kb: text.length / 1024, median: median(times), p90: times[Math.floor(times.length * 0.9)]!, findings };
}

const rows = [
  bench("5 KB template", template(5 * 1024), 200),
  bench("200 KB template", template(200 * 1024), 20),
  bench("5 KB template, every fix built", template(5 * 1024), 200, true),
  bench("200 KB template, every fix built", template(200 * 1024), 20, true),
];
console.log("| template | size | median ms | p90 ms | findings |");
console.log("|---|---|---|---|---|");
for (const r of rows) console.log(`| ${r.label} | ${r.kb.toFixed(1)} KB | ${r.median.toFixed(2)} | ${r.p90.toFixed(2)} | ${r.findings} |`);

/** Median over `runs` fresh processes of the first lint of `text` (ms), tuned as the entries are or not. */
function firstLint(text: string, tuned: boolean, runs: number): number {
  const script = `
    ${tuned ? 'require(process.env.PL_TUNING).tuneRegExpCompilation();' : ""}
    const { lint } = require(process.env.PL_ENGINE);
    const text = require("node:fs").readFileSync(0, "utf8");
    const t = process.hrtime.bigint();
    lint(text);
    console.log(Number(process.hrtime.bigint() - t) / 1e6);`;
  const env = { ...process.env, PL_ENGINE: join(__dirname, "..", "server", "src", "engine"), PL_TUNING: join(__dirname, "..", "server", "src", "regexp-tuning") };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ["--import", "tsx", "-e", script], { input: text, env, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`first-lint child failed: ${r.stderr}`);
    times.push(Number(r.stdout.trim().split("\n").pop()));
  }
  return median(times);
}

const five5 = template(5 * 1024);
// Paired: tuned and default processes alternate so machine load hits both alike.
const tunedRuns: number[] = [];
const defaultRuns: number[] = [];
for (let i = 0; i < 5; i++) {
  tunedRuns.push(firstLint(five5, true, 1));
  defaultRuns.push(firstLint(five5, false, 1));
}
console.log("\n| first lint in a fresh process, 5 KB | median ms |");
console.log("|---|---|");
console.log(`| with the entries' RegExp tuning | ${median(tunedRuns).toFixed(0)} |`);
console.log(`| V8 defaults | ${median(defaultRuns).toFixed(0)} |`);

const five = rows[0]!;
if (five.median >= 5) {
  console.error(`5 KB median ${five.median.toFixed(2)} ms is over the 5 ms budget`);
  process.exitCode = 1;
}

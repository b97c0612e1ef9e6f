// Lint speed: median time to lint a ~5 KB and a ~200 KB template built from the examples library.
//   npm run bench
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

function bench(label: string, text: string, runs: number): { label: string; kb: number; median: number; p90: number; findings: number } {
  for (let i = 0; i < 3; i++) lint(text); // warm up the JIT and lazy tables
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    findings = lint(text).findings.length;
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { label, kb: text.length / 1024, median: median(times), p90: times[Math.floor(times.length * 0.9)]!, findings };
}

const rows = [bench("5 KB template", template(5 * 1024), 200), bench("200 KB template", template(200 * 1024), 20)];
console.log("| template | size | median ms | p90 ms | findings |");
console.log("|---|---|---|---|---|");
for (const r of rows) console.log(`| ${r.label} | ${r.kb.toFixed(1)} KB | ${r.median.toFixed(2)} | ${r.p90.toFixed(2)} | ${r.findings} |`);
const five = rows[0]!;
if (five.median >= 5) {
  console.error(`5 KB median ${five.median.toFixed(2)} ms is over the 5 ms budget`);
  process.exitCode = 1;
}

// Benchmark of the library pass (parse, fingerprints, near-duplicates, library findings) on synthetic
// template libraries with planted near-duplicate groups. Each size runs in its own process so its
// peak memory is its own.
//
//   node --import tsx scripts/bench-library.ts [sizes...]      (default: 1000 10000)

import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";
import { parseDocument } from "../server/src/engine/markdown";
import { fingerprintTemplate } from "../server/src/engine/library/fingerprint";
import { findDuplicates, libraryFindings } from "../server/src/engine/library/duplicates";

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = random(20250115);
const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

// A Zipf-distributed vocabulary of pronounceable made-up words: common words recur as in English.
const SYLLABLES = "ba be bi bo bu da de di do ka ke ki ko la le li lo lu ma me mi mo na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi vo za ze".split(" ");
const VOCABULARY = Array.from({ length: 5000 }, () => Array.from({ length: int(1, 3) }, () => pick(SYLLABLES)).join(""));
const ZIPF_CDF = (() => {
  const w = VOCABULARY.map((_, i) => 1 / Math.pow(i + 1, 1.05));
  const total = w.reduce((a, b) => a + b, 0);
  let acc = 0;
  return w.map((x) => (acc += x / total));
})();
function word(): string {
  const u = rnd();
  let lo = 0;
  let hi = ZIPF_CDF.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ZIPF_CDF[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return VOCABULARY[lo]!;
}
const sentence = () => {
  const s = Array.from({ length: int(8, 22) }, word).join(" ");
  return s[0]!.toUpperCase() + s.slice(1) + ".";
};
// Boilerplate one agency reuses across otherwise different letters.
const STOCK = Array.from({ length: 40 }, sentence);

function letter(): string {
  const target = int(150, 400);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < target) {
    if (rnd() < 0.2) {
      const items = Array.from({ length: int(3, 5) }, () => `- ${Array.from({ length: int(4, 9) }, word).join(" ")}`);
      paragraphs.push(items.join("\n"));
      words += items.join(" ").split(" ").length;
      continue;
    }
    const sentences = Array.from({ length: int(2, 5) }, () => (rnd() < 0.08 ? pick(STOCK) : sentence()));
    paragraphs.push(sentences.join(" "));
    words += sentences.join(" ").split(" ").length;
  }
  return `Hi {{client_name}},\n\n${paragraphs.join("\n\n")}\n\nBest regards,\n{{freelancer_name}}\n`;
}

/** One of the edits a reused letter gets: another name, a sentence, an order, a style, typos. */
const EDITS: ((t: string) => string)[] = [
  (t) => {
    const w = pick(t.match(/\b[a-z]{6,}\b/g) ?? ["x"]);
    return t.split(w).join("Marguerite");
  },
  (t) => {
    const s = t.match(/[A-Z][^.\n]*\./g) ?? [];
    return s.length ? t.replace(pick(s), sentence()) : t;
  },
  (t) => {
    const [head, ...rest] = t.split("\n\n");
    for (let i = rest.length - 2; i > 0; i--) {
      const j = int(0, i);
      [rest[i], rest[j]] = [rest[j]!, rest[i]!];
    }
    return [head, ...rest].join("\n\n");
  },
  (t) => t.replaceAll("{{client_name}}", "[Client Name]").replaceAll("{{freelancer_name}}", "<<freelancer_name>>"),
  (t) => {
    let out = t;
    for (let i = 0; i < 3; i++) {
      const w = pick(out.match(/\b[a-z]{5,}\b/g) ?? ["x"]);
      out = out.replace(w, w.slice(0, 2) + w[3] + w[2] + w.slice(4));
    }
    return out.replace(/\n(?=[A-Z])/g, "  \n");
  },
];

/** `n` templates; about 10% of them in planted groups of 2 to 5 reused letters. */
function library(n: number): { templates: { path: string; text: string }[]; planted: Set<string> } {
  const templates: { path: string; text: string }[] = [];
  const planted = new Set<string>();
  let g = 0;
  while (templates.length < n) {
    const base = letter();
    const size = rnd() < 0.9 || templates.length + 5 > n ? 1 : int(2, 5);
    const members: string[] = [];
    for (let m = 0; m < size; m++) {
      let text = base;
      if (m > 0) for (let e = int(1, 3); e > 0; e--) text = pick(EDITS)(text);
      const path = size > 1 ? `group-${g}/t${templates.length}.md` : `t${templates.length}.md`;
      templates.push({ path, text });
      members.push(path);
    }
    for (const a of members) for (const b of members) if (a < b) planted.add(`${a} ~ ${b}`);
    if (size > 1) g++;
  }
  return { templates, planted };
}

const mb = (bytes: number) => (bytes / 1048576).toFixed(0);

/** Runs one size in this process and prints one JSON line. */
function child(n: number): void {
  const { templates, planted } = library(n);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baseline = process.memoryUsage();
  const t0 = performance.now();
  const fingerprints = templates.map((t) => fingerprintTemplate(t.path, t.text));
  const t1 = performance.now();
  const report = findDuplicates(fingerprints);
  const t2 = performance.now();
  const findings = libraryFindings(fingerprints, report);
  const t3 = performance.now();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  gc?.();
  const retained = process.memoryUsage().heapUsed - baseline.heapUsed;
  // Parsing alone, timed apart: the CLI and the server have parsed each template already to lint it.
  const p0 = performance.now();
  for (const t of templates) parseDocument(t.text);
  const parseMs = performance.now() - p0;
  let found = 0;
  let correct = 0;
  for (const [a, list] of report.neighbours)
    for (const b of list) {
      if (a >= b.path) continue;
      found++;
      if (planted.has(`${a} ~ ${b.path}`)) correct++;
    }
  const words = templates.map((t) => t.text.split(/\s+/).length).sort((a, b) => a - b);
  console.log(JSON.stringify({
    n, medianWords: words[words.length >> 1], parseMs, fingerprintMs: t1 - t0, duplicatesMs: t2 - t1, findingsMs: t3 - t2, totalMs: t3 - t0,
    candidates: report.stats.candidatePairs, exactChecks: report.stats.exactChecks, found, planted: planted.size, correct,
    clusters: report.clusters.length, findingFiles: findings.size,
    baselineRssMb: mb(baseline.rss), peakRssMb: mb(peakRss), retainedHeapMb: mb(retained),
  }));
}

/** Writes a generated library of `n` templates under `dir` (run in a child: same seed, same library). */
function write(dir: string, n: number): void {
  for (const t of library(n).templates) {
    mkdirSync(dirname(join(dir, t.path)), { recursive: true });
    writeFileSync(join(dir, t.path), t.text);
  }
}

const ROOT = join(__dirname, "..");

/** A full CLI run over the library on disk: wall time and the process's peak RSS. */
function cliRun(dir: string): { ms: number; peakRssMb: string } {
  const wrapper = `process.on("exit", () => process.stderr.write("MAXRSS " + process.resourceUsage().maxRSS + "\\n")); require(${JSON.stringify(join(ROOT, "bin", "proposal-lint.js"))});`;
  const t = performance.now();
  const r = spawnSync(process.execPath, ["-e", wrapper, "x", "--format", "json", "-o", join(dir, "..", "report.json"), dir], { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`CLI failed: ${r.stderr}`);
  const rss = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? 0) * 1024;
  return { ms, peakRssMb: mb(rss) };
}

/** The server's initial index of the library: time until every template's diagnostics are published, and its peak RSS. */
async function serverIndex(dir: string, n: number): Promise<{ ms: number; peakRssMb: string }> {
  const proc = spawn(process.execPath, [join(ROOT, "dist", "server.js"), "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const published = new Set<string>();
  let resolveAll: () => void = () => undefined;
  const all = new Promise<void>((r) => (resolveAll = r));
  conn.onNotification("textDocument/publishDiagnostics", (p: { uri: string }) => {
    published.add(p.uri);
    if (published.size >= n) resolveAll();
  });
  conn.onRequest("workspace/configuration", (p: { items: unknown[] }) => p.items.map(() => ({ lintScope: "workspace" })));
  conn.onRequest("client/registerCapability", () => null);
  conn.onRequest("window/workDoneProgress/create", () => null);
  conn.onNotification("$/progress", () => undefined);
  conn.onNotification("window/logMessage", () => undefined);
  conn.listen();
  const t = performance.now();
  await conn.sendRequest("initialize", { processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: "lib" }], capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } } });
  await conn.sendNotification("initialized", {});
  await all;
  const ms = performance.now() - t;
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${proc.pid}/status`, "utf8"))?.[1];
  conn.dispose();
  proc.kill();
  return { ms, peakRssMb: mb(Number(hwm ?? 0) * 1024) };
}

async function fullRuns(sizes: number[]): Promise<void> {
  console.log("\nFull runs on libraries written to disk (the same generator):\n");
  console.log("| templates | CLI run ms | CLI peak RSS MB | server initial index ms | server peak RSS MB |");
  console.log("|---|---|---|---|---|");
  const times: number[] = [];
  for (const n of sizes) {
    const root = mkdtempSync(join(tmpdir(), "pl-bench-"));
    const dir = join(root, "lib");
    const w = spawnSync(process.execPath, ["--import", "tsx", __filename, "--write", dir, String(n)], { encoding: "utf8" });
    if (w.status !== 0) throw new Error(w.stderr);
    const cli = cliRun(dir);
    const server = await serverIndex(dir, n);
    times.push(cli.ms);
    console.log(`| ${n} | ${cli.ms.toFixed(0)} | ${cli.peakRssMb} | ${server.ms.toFixed(0)} | ${server.peakRssMb} |`);
    rmSync(root, { recursive: true, force: true });
  }
  if (times.length >= 2) console.log(`\nCLI time from ${sizes[0]} to ${sizes[sizes.length - 1]} templates: x${(times[times.length - 1]! / times[0]!).toFixed(1)}.`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--child") return child(Number(args[1]));
  if (args[0] === "--write") return write(args[1]!, Number(args[2]));
  const sizes = args.length ? args.map(Number) : [1000, 10000];
  const rows: Record<string, number | string>[] = [];
  for (const n of sizes) {
    const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", __filename, "--child", String(n)], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`size ${n} failed:\n${r.stderr}`);
    rows.push(JSON.parse(r.stdout.trim().split("\n").pop()!));
  }
  const cols: [string, (r: Record<string, number | string>) => string][] = [
    ["templates", (r) => String(r["n"])],
    ["median words", (r) => String(r["medianWords"])],
    ["fingerprint ms", (r) => Number(r["fingerprintMs"]).toFixed(0)],
    ["(parse alone)", (r) => Number(r["parseMs"]).toFixed(0)],
    ["LSH+verify ms", (r) => Number(r["duplicatesMs"]).toFixed(0)],
    ["findings ms", (r) => Number(r["findingsMs"]).toFixed(0)],
    ["total ms", (r) => Number(r["totalMs"]).toFixed(0)],
    ["candidate pairs", (r) => String(r["candidates"])],
    ["exact checks", (r) => String(r["exactChecks"])],
    ["pairs found/planted", (r) => `${r["correct"]}/${r["planted"]}`],
    ["false pairs", (r) => String(Number(r["found"]) - Number(r["correct"]))],
    ["RSS before MB", (r) => String(r["baselineRssMb"])],
    ["peak RSS MB", (r) => String(r["peakRssMb"])],
    ["retained heap MB", (r) => String(r["retainedHeapMb"])],
  ];
  const table = [cols.map((c) => c[0]), ...rows.map((r) => cols.map((c) => c[1](r)))];
  const widths = cols.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ")} |`;
  console.log(line(table[0]!));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of table.slice(1)) console.log(line(row));
  if (rows.length >= 2) {
    const [a, b] = [rows[0]!, rows[rows.length - 1]!];
    const ratio = Number(b["totalMs"]) / Number(a["totalMs"]);
    console.log(`\nTime from ${a["n"]} to ${b["n"]} templates: x${ratio.toFixed(1)} (linear would be x${(Number(b["n"]) / Number(a["n"])).toFixed(0)}).`);
  }
  console.log(`Node ${process.version}, one thread; peak RSS includes the generated library and the runtime.`);
  await fullRuns(sizes);
}

void main();

// Benchmark at library scale, on two shapes of synthetic template library:
//   groups  about 10% of the letters in planted groups of 2 to 5 reused letters;
//   agency  every letter copied about 60 times, paragraphs shuffled and small edits (how a careless
//           agency grows a library: clusters of ~60 near-duplicates).
// First the library pass alone (parse, fingerprints, near-duplicates, findings) in a child process
// per size and shape; then whole processes on the largest size written to disk: the CLI against
// markdownlint-cli2 and a bare micromark parse of the same files (paired runs, medians, ratios), the
// CLI's peak memory and JSON report size, and the language server (initial index, first
// diagnostics, keystrokes in a 5 KB template, memory after indexing).
//
//   npm run bench:library -- [--rounds N] [--shapes groups,agency] [--keystrokes N] [sizes...]
//   (default: 3 rounds, both shapes, 20 keystrokes, sizes 1000 10000; full runs on the largest size)

import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";
import { parseDocument } from "../server/src/engine/markdown";
import { fingerprintTemplate } from "../server/src/engine/library/fingerprint";
import { statSync } from "node:fs";
import { findDuplicates, libraryFindings } from "../server/src/engine/library/duplicates";
import { random } from "./lib/random";


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

function letter(target = int(150, 400)): string {
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

type Shape = "groups" | "agency";
const SHAPES: Shape[] = ["groups", "agency"];
/** Words of the first letter, the one edited in the keystroke test (about 5 KB). */
const EDITED_WORDS = 800;
/** The template the keystroke test opens and edits: the first letter of the library. */
const editedPath = (shape: Shape) => (shape === "agency" ? "letter-0/c0.md" : "group-0/t0.md");

/** Shuffles the paragraphs after the greeting (one of the agency's edits, applied to every copy). */
function shuffleParagraphs(t: string): string {
  return EDITS[2]!(t);
}

/**
 * `n` templates of one shape and the planted groups (paths of the copies of one letter). In both
 * shapes the first letter is a ~5 KB one with copies (the keystroke test edits it).
 */
function library(n: number, shape: Shape): { templates: { path: string; text: string }[]; groups: string[][] } {
  const templates: { path: string; text: string }[] = [];
  const groups: string[][] = [];
  let g = 0;
  while (templates.length < n) {
    const base = letter(g === 0 ? EDITED_WORDS : undefined);
    const size = shape === "agency" ? Math.min(n - templates.length, int(50, 70)) : g === 0 ? 3 : rnd() < 0.9 || templates.length + 5 > n ? 1 : int(2, 5);
    const members: string[] = [];
    for (let m = 0; m < size; m++) {
      let text = base;
      if (shape === "agency") {
        if (m > 0) text = shuffleParagraphs(text);
        if (m > 0) for (let e = int(1, 2); e > 0; e--) text = pick(EDITS)(text);
      } else if (m > 0) for (let e = int(1, 3); e > 0; e--) text = pick(EDITS)(text);
      const path = shape === "agency" ? `letter-${g}/c${m}.md` : size > 1 ? `group-${g}/t${templates.length}.md` : `t${templates.length}.md`;
      templates.push({ path, text });
      members.push(path);
    }
    if (size > 1) groups.push(members);
    g++;
  }
  return { templates, groups };
}

const mb = (bytes: number) => (bytes / 1048576).toFixed(0);

/** Runs one size and shape in this process and prints one JSON line. */
function child(n: number, shape: Shape): void {
  const { templates, groups } = library(n, shape);
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
  // Accuracy by cluster: a planted group is recovered when all its copies are in one cluster with
  // nothing else; a template is misplaced when its cluster is mostly another group's.
  const clusterOf = new Map<string, number>();
  report.clusters.forEach((c, i) => c.files.forEach((f) => clusterOf.set(f, i)));
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.forEach((f) => groupOf.set(f, i)));
  let whole = 0;
  for (const g of groups) {
    const c = clusterOf.get(g[0]!);
    if (c !== undefined && g.every((f) => clusterOf.get(f) === c) && report.clusters[c]!.files.length === g.length) whole++;
  }
  let misplaced = 0;
  for (const c of report.clusters) {
    const counts = new Map<number, number>();
    for (const f of c.files) counts.set(groupOf.get(f) ?? -1, (counts.get(groupOf.get(f) ?? -1) ?? 0) + 1);
    const [major, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    misplaced += c.files.length - (major === -1 ? 0 : count);
  }
  let related = 0;
  for (const list of findings.values()) for (const f of list) related += f.related?.length ?? 0;
  const words = templates.map((t) => t.text.split(/\s+/).length).sort((a, b) => a - b);
  console.log(JSON.stringify({
    n, shape, medianWords: words[words.length >> 1], parseMs, fingerprintMs: t1 - t0, duplicatesMs: t2 - t1, findingsMs: t3 - t2, totalMs: t3 - t0,
    candidates: report.stats.candidatePairs, exactChecks: report.stats.exactChecks, groups: groups.length, whole, misplaced,
    clusters: report.clusters.length, findingFiles: findings.size, related,
    baselineRssMb: mb(baseline.rss), peakRssMb: mb(peakRss), retainedHeapMb: mb(retained),
  }));
}

/** Writes a generated library of `n` templates under `dir` (run in a child: same seed, same library). */
function write(dir: string, n: number, shape: Shape): void {
  for (const t of library(n, shape).templates) {
    mkdirSync(dirname(join(dir, t.path)), { recursive: true });
    writeFileSync(join(dir, t.path), t.text);
  }
}

const ROOT = join(__dirname, "..");

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

/** Runs `args` with node, stdout and stderr discarded: wall time and the process's peak RSS. */
function timed(args: string[], cwd: string): { ms: number; peakRssMb: number; status: number | null; stderr: string } {
  // The child's own peak RSS, printed to a side file descriptor at exit (stdout and stderr are discarded).
  const wrapper = `import { writeSync } from "node:fs"; process.on("exit", () => writeSync(3, "MAXRSS " + process.resourceUsage().maxRSS + "\\n"));`;
  const t = performance.now();
  const r = spawnSync(process.execPath, ["--import", "data:text/javascript," + encodeURIComponent(wrapper), ...args], { cwd, stdio: ["ignore", "ignore", "pipe", "pipe"], encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = performance.now() - t;
  const out = (r.output?.[3] as string | null) ?? "";
  const rss = Number(/MAXRSS (\d+)/.exec(out)?.[1] ?? 0) * 1024;
  return { ms, peakRssMb: rss / 1048576, status: r.status, stderr: String(r.stderr ?? "").slice(0, 2000) };
}

/** The micromark parse of every file, no HTML compiled: what a markdown tool cannot avoid. */
const MICROMARK_PARSE = `
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, postprocess, preprocess } from "micromark";
let events = 0;
const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith(".md") && (events += postprocess(parse().document().write(preprocess()(readFileSync(join(d, e.name), "utf8"), undefined, true))).length); };
walk(process.argv[1]);
if (events === 0) process.exit(3);
`;

interface FullRow {
  shape: Shape;
  n: number;
  cliMs: number;
  markdownlintMs: number;
  micromarkMs: number;
  vsMarkdownlint: number;
  vsMicromark: number;
  cliPeakMb: number;
  jsonMb: number;
  related: number;
  diagnostics: number;
}

/** Paired whole-process runs of the CLI, markdownlint-cli2 and micromark over one library on disk. */
function peers(dir: string, shape: Shape, n: number, rounds: number): FullRow {
  const report = join(dir, "..", "report.json");
  const cli = [join(ROOT, "bin", "proposal-lint.js"), "--format", "json", "-o", report, dir];
  const markdownlint = [join(ROOT, "node_modules", "markdownlint-cli2", "markdownlint-cli2-bin.mjs"), "**/*.md"];
  const micromark = ["--input-type=module", "-e", MICROMARK_PARSE, dir];
  const times = { cli: [] as number[], markdownlint: [] as number[], micromark: [] as number[], rss: [] as number[], ratioMl: [] as number[], ratioMm: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    const c = timed(cli, dir);
    if (c.status !== 0 && c.status !== 1) throw new Error(`CLI failed with ${c.status}: ${c.stderr}`);
    const m = timed(markdownlint, dir);
    if (m.status !== 0 && m.status !== 1) throw new Error(`markdownlint-cli2 failed with ${m.status}: ${m.stderr}`);
    const p = timed(micromark, ROOT);
    if (p.status !== 0) throw new Error(`micromark parse failed with ${p.status}: ${p.stderr}`);
    times.cli.push(c.ms);
    times.markdownlint.push(m.ms);
    times.micromark.push(p.ms);
    times.rss.push(c.peakRssMb);
    times.ratioMl.push(c.ms / m.ms);
    times.ratioMm.push(c.ms / p.ms);
  }
  const json = JSON.parse(readFileSync(report, "utf8")) as { files: { diagnostics: { relatedInformation?: unknown[] }[] }[] };
  let related = 0;
  let diagnostics = 0;
  for (const f of json.files) for (const d of f.diagnostics) (diagnostics++, (related += d.relatedInformation?.length ?? 0));
  return {
    shape, n, cliMs: median(times.cli), markdownlintMs: median(times.markdownlint), micromarkMs: median(times.micromark),
    vsMarkdownlint: median(times.ratioMl), vsMicromark: median(times.ratioMm), cliPeakMb: median(times.rss),
    jsonMb: statSync(report).size / 1048576, related, diagnostics,
  };
}

interface ServerRow {
  indexMs: number;
  firstDiagnosticsMs: number;
  keystrokeCpuMs: number;
  editMedianMs: number;
  editP90Ms: number;
  memoryAfterIndexMb: number;
  peakMb: number;
}

/** CPU time (user + system) of a process so far, in ms. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The language server in the library's workspace: first diagnostics of a file opened right after
 * start, the initial index, memory once indexed, then `keystrokes` edits of a ~5 KB template one at a
 * time (edit -> its diagnostics, debounce included; server CPU per keystroke until it is idle again).
 */
async function server(dir: string, n: number, shape: Shape, keystrokes: number): Promise<ServerRow> {
  const proc = spawn(process.execPath, [join(ROOT, "dist", "server.js"), "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const edited = pathToFileURL(join(dir, editedPath(shape))).href;
  const published = new Set<string>();
  const waiters: { version: number; resolve: () => void }[] = [];
  let resolveAll: () => void = () => undefined;
  const all = new Promise<void>((r) => (resolveAll = r));
  conn.onNotification("textDocument/publishDiagnostics", (p: { uri: string; version?: number }) => {
    published.add(p.uri);
    if (published.size >= n) resolveAll();
    if (p.uri === edited) for (const w of waiters.splice(0)) if (p.version === undefined || p.version >= w.version) w.resolve(); else waiters.push(w);
  });
  const diagnosticsOf = (version: number) => new Promise<void>((resolve) => waiters.push({ version, resolve }));
  conn.onRequest("workspace/configuration", (p: { items: unknown[] }) => p.items.map(() => ({ lintScope: "workspace" })));
  conn.onRequest("client/registerCapability", () => null);
  conn.onRequest("window/workDoneProgress/create", () => null);
  conn.onNotification("$/progress", () => undefined);
  conn.onNotification("window/logMessage", () => undefined);
  conn.listen();
  const text = readFileSync(fileURLToPath(edited), "utf8");
  const t = performance.now();
  await conn.sendRequest("initialize", { processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: "lib" }], capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } } });
  await conn.sendNotification("initialized", {});
  const first = diagnosticsOf(1);
  await conn.sendNotification("textDocument/didOpen", { textDocument: { uri: edited, languageId: "markdown", version: 1, text } });
  await first;
  const firstDiagnosticsMs = performance.now() - t;
  await all;
  const indexMs = performance.now() - t;
  await sleep(1500);
  const status = () => readFileSync(`/proc/${proc.pid}/status`, "utf8");
  const memoryAfterIndexMb = Number(/VmRSS:\s+(\d+) kB/.exec(status())?.[1] ?? 0) / 1024;
  // Keystrokes: one character typed at the end of the first long paragraph, one at a time.
  const at = text.indexOf(".", Math.floor(text.length / 3));
  let current = text;
  const latencies: number[] = [];
  const cpu0 = cpuMs(proc.pid!);
  for (let k = 0; k < keystrokes; k++) {
    const version = k + 2;
    const offset = at + k;
    const before = current.slice(0, offset);
    const line = before.split("\n").length - 1;
    const character = offset - (before.lastIndexOf("\n") + 1);
    current = current.slice(0, offset) + "x" + current.slice(offset);
    const done = diagnosticsOf(version);
    const sent = performance.now();
    await conn.sendNotification("textDocument/didChange", { textDocument: { uri: edited, version }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: "x" }] });
    await done;
    latencies.push(performance.now() - sent);
    await sleep(1200); // until the server is idle again (library debounce and recompute included)
  }
  const keystrokeCpuMs = (cpuMs(proc.pid!) - cpu0) / keystrokes;
  const peakMb = Number(/VmHWM:\s+(\d+) kB/.exec(status())?.[1] ?? 0) / 1024;
  conn.dispose();
  proc.kill();
  return { indexMs, firstDiagnosticsMs, keystrokeCpuMs, editMedianMs: median(latencies), editP90Ms: percentile(latencies, 0.9), memoryAfterIndexMb, peakMb };
}

async function fullRuns(n: number, shapes: Shape[], rounds: number, keystrokes: number): Promise<void> {
  const b = spawnSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, encoding: "utf8" });
  if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  console.log(`\nWhole processes on ${n} templates written to disk; ${rounds} paired rounds (CLI --format json, markdownlint-cli2, micromark parse), medians:\n`);
  const rows: { shape: Shape; full: FullRow; srv: ServerRow }[] = [];
  for (const shape of shapes) {
    const root = mkdtempSync(join(tmpdir(), "proposal-lint-bench-library-"));
    const dir = join(root, "lib");
    const w = spawnSync(process.execPath, ["--import", "tsx", __filename, "--write", dir, String(n), shape], { encoding: "utf8" });
    if (w.status !== 0) throw new Error(w.stderr);
    const full = peers(dir, shape, n, rounds);
    const srv = await server(dir, n, shape, keystrokes);
    rows.push({ shape, full, srv });
    rmSync(root, { recursive: true, force: true });
  }
  const f0 = (x: number) => x.toFixed(0);
  const f2 = (x: number) => x.toFixed(2);
  const table: [string, string, (r: (typeof rows)[number]) => string][] = [
    ["CLI run", "ms", (r) => f0(r.full.cliMs)],
    ["markdownlint-cli2 run", "ms", (r) => f0(r.full.markdownlintMs)],
    ["micromark parse run", "ms", (r) => f0(r.full.micromarkMs)],
    ["CLI vs markdownlint (target <= 0.5)", "x", (r) => f2(r.full.vsMarkdownlint)],
    ["CLI vs micromark parse (target <= 1.5)", "x", (r) => f2(r.full.vsMicromark)],
    ["CLI peak memory, --format json (target <= 400)", "MB", (r) => f0(r.full.cliPeakMb)],
    ["--format json output (target <= 20)", "MB", (r) => f2(r.full.jsonMb)],
    ["  diagnostics / related entries", "", (r) => `${r.full.diagnostics} / ${r.full.related}`],
    ["server: initial index", "ms", (r) => f0(r.srv.indexMs)],
    ["server: first diagnostics after opening (target <= 300)", "ms", (r) => f0(r.srv.firstDiagnosticsMs)],
    ["server CPU per keystroke, 5 KB file (target <= 20)", "ms", (r) => f0(r.srv.keystrokeCpuMs)],
    ["edit -> diagnostics, median", "ms", (r) => f0(r.srv.editMedianMs)],
    ["edit -> diagnostics, p90 (target <= 250)", "ms", (r) => f0(r.srv.editP90Ms)],
    ["server memory after indexing (target <= 400)", "MB", (r) => f0(r.srv.memoryAfterIndexMb)],
    ["server peak memory", "MB", (r) => f0(r.srv.peakMb)],
  ];
  console.log(`| what | unit | ${rows.map((r) => r.shape).join(" | ")} |`);
  console.log(`|---|---|${rows.map(() => "---").join("|")}|`);
  for (const [what, unit, cell] of table) console.log(`| ${what} | ${unit} | ${rows.map(cell).join(" | ")} |`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--child") return child(Number(args[1]), args[2] as Shape);
  if (args[0] === "--write") return write(args[1]!, Number(args[2]), args[3] as Shape);
  let rounds = 3;
  let keystrokes = 20;
  let shapes = SHAPES;
  const sizes: number[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--rounds") rounds = Number(args[++i]);
    else if (args[i] === "--keystrokes") keystrokes = Number(args[++i]);
    else if (args[i] === "--shapes") shapes = args[++i]!.split(",") as Shape[];
    else sizes.push(Number(args[i]));
  }
  if (sizes.length === 0) sizes.push(1000, 10000);
  const rows: Record<string, number | string>[] = [];
  for (const shape of shapes) {
    for (const n of sizes) {
      const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", __filename, "--child", String(n), shape], { encoding: "utf8" });
      if (r.status !== 0) throw new Error(`size ${n} (${shape}) failed:\n${r.stderr}`);
      rows.push(JSON.parse(r.stdout.trim().split("\n").pop()!));
    }
  }
  const cols: [string, (r: Record<string, number | string>) => string][] = [
    ["shape", (r) => String(r["shape"])],
    ["templates", (r) => String(r["n"])],
    ["median words", (r) => String(r["medianWords"])],
    ["fingerprint ms", (r) => Number(r["fingerprintMs"]).toFixed(0)],
    ["(parse alone)", (r) => Number(r["parseMs"]).toFixed(0)],
    ["LSH+verify ms", (r) => Number(r["duplicatesMs"]).toFixed(0)],
    ["findings ms", (r) => Number(r["findingsMs"]).toFixed(0)],
    ["total ms", (r) => Number(r["totalMs"]).toFixed(0)],
    ["candidate pairs", (r) => String(r["candidates"])],
    ["exact checks", (r) => String(r["exactChecks"])],
    ["groups whole/planted", (r) => `${r["whole"]}/${r["groups"]}`],
    ["misplaced", (r) => String(r["misplaced"])],
    ["related entries", (r) => String(r["related"])],
    ["peak RSS MB", (r) => String(r["peakRssMb"])],
    ["retained heap MB", (r) => String(r["retainedHeapMb"])],
  ];
  const table = [cols.map((c) => c[0]), ...rows.map((r) => cols.map((c) => c[1](r)))];
  const widths = cols.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ")} |`;
  console.log("Library pass alone (in process):\n");
  console.log(line(table[0]!));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of table.slice(1)) console.log(line(row));
  for (const shape of shapes) {
    const of = rows.filter((r) => r["shape"] === shape);
    if (of.length >= 2) {
      const [a, b] = [of[0]!, of[of.length - 1]!];
      console.log(`${shape}: library pass from ${a["n"]} to ${b["n"]} templates x${(Number(b["totalMs"]) / Number(a["totalMs"])).toFixed(1)} (linear would be x${(Number(b["n"]) / Number(a["n"])).toFixed(0)}).`);
    }
  }
  console.log(`Node ${process.version}; peak RSS includes the generated library and the runtime.`);
  await fullRuns(Math.max(...sizes), shapes, rounds, keystrokes);
}

void main();

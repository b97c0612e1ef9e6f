#!/usr/bin/env node
// Vendored from the shared evaluation kit (shared/eval/score.mjs beside the repo), unchanged below this
// header, so the labeled sets in test/corpus are scored in a clone without ../shared.
// Scores proposal-lint's JSON report against a labeled corpus.
//
//   node score.mjs --corpus DIR --report REPORT.json [--library-report LIB.json] [--verbose] [--json]
//
// DIR holds labels.jsonl and cases/ (and optionally library/ with groups.json).
// REPORT.json is what `proposal-lint --format json DIR/cases` printed; LIB.json is the same for
// DIR/library. Only diagnostics of severity "error" or "warning" count as flags.
import { readFileSync, existsSync } from "node:fs";
import { join, basename } from "node:path";

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = opt("--corpus");
const reportPath = opt("--report");
const libReportPath = opt("--library-report");
const verbose = args.includes("--verbose");
const asJson = args.includes("--json");
if (!corpus || !reportPath) {
  console.error("usage: score.mjs --corpus DIR --report REPORT.json [--library-report LIB.json] [--verbose] [--json]");
  process.exit(2);
}

const FAMILIES = ["circumvention", "contact", "account", "spam", "conduct", "feedback"];
const FLAG = new Set(["error", "warning"]);
const isDuplicateRule = (id) => /^spam\/duplicate/.test(id);

function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}
const toOffset = (starts, pos) => (starts[pos.line] ?? Infinity) + pos.character;

function loadReport(path) {
  const raw = JSON.parse(readFileSync(path, "utf8"));
  const byName = new Map();
  for (const f of raw.files ?? []) byName.set(basename(f.path), f.diagnostics ?? []);
  return byName;
}

const labels = readFileSync(join(corpus, "labels.jsonl"), "utf8")
  .split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const report = loadReport(reportPath);

const fam = Object.fromEntries(FAMILIES.map((f) => [f, { tp: 0, fp: 0, found: 0, labels: 0 }]));
const sub = {};
let cleanFiles = 0, cleanFlagged = 0, avoidHits = 0, avoidTotal = 0, missingFiles = 0;
const misses = [], falseFlags = [];

for (const entry of labels) {
  const name = basename(entry.file);
  const text = readFileSync(join(corpus, entry.file), "utf8");
  const starts = lineStarts(text);
  if (!report.has(name)) missingFiles++;
  const flags = (report.get(name) ?? [])
    .filter((d) => FLAG.has(d.severity) && !isDuplicateRule(d.ruleId))
    .map((d) => ({ ...d, family: d.ruleId.split("/")[0], s: toOffset(starts, d.range.start), e: toOffset(starts, d.range.end) }));
  const spans = entry.expect.map((x) => {
    const s = text.indexOf(x.text);
    return { ...x, s, e: s + x.text.length };
  });
  const covers = (d, x) => {
    const len = x.e - x.s;
    return d.s < x.e && x.s < d.e && d.e - d.s <= Math.max(len * 4, len + 200);
  };
  if (spans.every((x) => x.optional)) {
    cleanFiles++;
    if (flags.length) cleanFlagged++;
  }
  for (const x of spans) {
    if (x.optional) continue; // a flag here is welcome but not required
    fam[x.family].labels++;
    const key = x.family === "contact" ? `contact/${x.sub}` : null;
    if (key) (sub[key] ??= { labels: 0, found: 0, foundSameSub: 0 }).labels++;
    const hit = flags.filter((d) => d.family === x.family && covers(d, x));
    if (hit.length) {
      fam[x.family].found++;
      if (key) {
        sub[key].found++;
        if (hit.some((d) => d.ruleId.startsWith(key))) sub[key].foundSameSub++;
      }
    } else misses.push(`${name}: ${x.family}${x.sub ? "/" + x.sub : ""} «${x.text}»`);
  }
  for (const d of flags) {
    const f = fam[d.family] ?? (fam[d.family] = { tp: 0, fp: 0, found: 0, labels: 0 });
    if (spans.some((x) => x.family === d.family && covers(d, x))) f.tp++;
    else {
      f.fp++;
      falseFlags.push(`${name}: ${d.ruleId} «${text.slice(d.s, Math.min(d.e, d.s + 80))}»`);
    }
  }
  for (const a of entry.avoid ?? []) {
    const s = text.indexOf(a.text);
    avoidTotal++;
    if (flags.some((d) => d.s < s + a.text.length && s < d.e)) avoidHits++;
  }
}

const ratio = (a, b) => (b === 0 ? null : a / b);
const f1 = (p, r) => (p == null || r == null || p + r === 0 ? null : (2 * p * r) / (p + r));
const rows = {};
let TP = 0, FP = 0, FOUND = 0, LAB = 0;
for (const [k, v] of Object.entries(fam)) {
  const p = ratio(v.tp, v.tp + v.fp), r = ratio(v.found, v.labels);
  rows[k] = { labels: v.labels, found: v.found, flags: v.tp + v.fp, falseFlags: v.fp, precision: p, recall: r, f1: f1(p, r) };
  TP += v.tp; FP += v.fp; FOUND += v.found; LAB += v.labels;
}
const overall = { precision: ratio(TP, TP + FP), recall: ratio(FOUND, LAB) };
overall.f1 = f1(overall.precision, overall.recall);
const result = {
  overall,
  families: rows,
  contactSubs: sub,
  cleanFiles, cleanFilesFlagged: cleanFlagged, cleanFalseAlarmRate: ratio(cleanFlagged, cleanFiles),
  avoidSpans: avoidTotal, avoidSpansFlagged: avoidHits,
  filesMissingFromReport: missingFiles,
};

const groupsPath = join(corpus, "library", "groups.json");
if (libReportPath && existsSync(groupsPath)) {
  const groups = JSON.parse(readFileSync(groupsPath, "utf8"));
  const lib = loadReport(libReportPath);
  const inGroup = new Map();
  groups.duplicateGroups.forEach((g, i) => g.forEach((f) => inGroup.set(basename(f), i)));
  const pairKey = (a, b) => [a, b].sort().join(" ~ ");
  const expected = new Set();
  for (const g of groups.duplicateGroups)
    for (const a of g) for (const b of g) if (a < b) expected.add(pairKey(basename(a), basename(b)));
  const predicted = new Set();
  const flaggedFiles = new Set();
  for (const [name, diags] of lib)
    for (const d of diags.filter((d) => isDuplicateRule(d.ruleId) && FLAG.has(d.severity))) {
      flaggedFiles.add(name);
      for (const r of d.relatedInformation ?? []) predicted.add(pairKey(name, basename(r.path)));
    }
  const tpPairs = [...predicted].filter((p) => expected.has(p)).length;
  const allFiles = [...groups.duplicateGroups.flat(), ...groups.distinct].map((f) => basename(f));
  const fileTp = allFiles.filter((f) => flaggedFiles.has(f) && inGroup.has(f)).length;
  const fileFp = allFiles.filter((f) => flaggedFiles.has(f) && !inGroup.has(f)).length;
  result.duplicates = {
    expectedPairs: expected.size, predictedPairs: predicted.size, correctPairs: tpPairs,
    pairPrecision: ratio(tpPairs, predicted.size), pairRecall: ratio(tpPairs, expected.size),
    fileRecall: ratio(fileTp, inGroup.size), distinctFilesFlagged: fileFp, distinctFiles: groups.distinct.length,
  };
}

if (asJson) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const pct = (x) => (x == null ? "  n/a" : (100 * x).toFixed(1).padStart(5) + "%");
  console.log("family          labels  found  flags  false   precision  recall     F1");
  for (const [k, v] of Object.entries(rows))
    console.log(`${k.padEnd(15)} ${String(v.labels).padStart(6)} ${String(v.found).padStart(6)} ${String(v.flags).padStart(6)} ${String(v.falseFlags).padStart(6)}   ${pct(v.precision)}   ${pct(v.recall)}  ${pct(v.f1)}`);
  console.log("contact by kind (found by any contact rule / by the matching contact/<kind> rule):");
  for (const [k, v] of Object.entries(sub).sort()) console.log(`  ${k.padEnd(18)} ${v.found}/${v.labels}  (${v.foundSameSub} same kind)`);
  console.log(`clean files flagged: ${cleanFlagged}/${cleanFiles}   must-not-flag spans flagged: ${avoidHits}/${avoidTotal}   files missing from report: ${missingFiles}`);
  if (result.duplicates) {
    const d = result.duplicates;
    console.log(`duplicates: pairs ${d.correctPairs}/${d.expectedPairs} found, ${d.predictedPairs} predicted (precision ${pct(d.pairPrecision)}, recall ${pct(d.pairRecall)}); distinct files flagged ${d.distinctFilesFlagged}/${d.distinctFiles}`);
  }
  if (verbose) {
    console.log("\nmissed:"); misses.forEach((m) => console.log("  " + m));
    console.log("\nfalse flags:"); falseFlags.forEach((m) => console.log("  " + m));
  }
  console.log(`overall: precision ${pct(overall.precision)} recall ${pct(overall.recall)} F1 ${pct(overall.f1)}`);
}

// Accuracy report: every labeled template set scored by the shared scorer, plus k-fold
// cross-validation of the learned layer on the sentence bank.
//   npm run eval              all sets and the bank
//   npm run eval -- --verbose misses and false flags too
//   npm run eval -- --no-cv   skip the cross-validation
//   npm run eval -- --cv-only only the cross-validation
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../server/src/cli/main";
import { crossValidate } from "./train";

const ROOT = join(__dirname, "..");
// The shared scorer when it is beside the repo, else its vendored copy (the same script).
const SHARED_SCORER = join(ROOT, "..", "shared", "eval", "score.mjs");
const SCORER = existsSync(SHARED_SCORER) ? SHARED_SCORER : join(ROOT, "test", "corpus", "score.mjs");
const verbose = process.argv.includes("--verbose");

/** The labeled template sets: the development corpus beside the repo and every set under test/corpus. */
function sets(): { name: string; dir: string }[] {
  const out = [{ name: "../shared/corpus/dev", dir: join(ROOT, "..", "shared", "corpus", "dev") }];
  const local = join(ROOT, "test", "corpus");
  if (existsSync(local)) for (const d of readdirSync(local, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) out.push({ name: `test/corpus/${d}`, dir: join(local, d) });
  for (const extra of process.argv.slice(2).filter((a) => !a.startsWith("--"))) out.push({ name: extra, dir: extra });
  return out;
}

/** Lints a set's cases with the CLI (in process, from source) and scores the JSON report. */
function score(dir: string): string {
  let json = "";
  const status = run(["--format", "json", join(dir, "cases")], { stdout: (s) => (json += s), stderr: (s) => process.stderr.write(s), cwd: ROOT, isTTY: false });
  if (status !== 0 && status !== 1) throw new Error(`proposal-lint exited with ${status} on ${dir}`);
  const report = join(mkdtempSync(join(tmpdir(), "pl-eval-")), "report.json");
  writeFileSync(report, json);
  const scored = spawnSync(process.execPath, [SCORER, "--corpus", dir, "--report", report, ...(verbose ? ["--verbose"] : [])], { encoding: "utf8" });
  if (scored.status !== 0) throw new Error(scored.stderr);
  return scored.stdout;
}

if (process.argv.includes("--cv-only")) {
  // only the bank below
} else if (!existsSync(SCORER)) console.log(`skipped the template sets: no scorer at ${SCORER}`);
else
  for (const set of sets()) {
    console.log(`\n## ${set.name}`);
    if (!existsSync(join(set.dir, "labels.jsonl"))) {
      console.log(`skipped: no labels.jsonl in ${set.dir}`);
      continue;
    }
    process.stdout.write(score(set.dir));
  }

if (!process.argv.includes("--no-cv")) {
  console.log("\n## sentence bank: k-fold cross-validation of the learned layer (sentence level)");
  crossValidate((line) => console.log(line));
}

// Scoring a labelled template set: the CLI's json report, judged by the scorer (the shared one
// beside the repo when present, else its vendored copy in test/corpus/score.mjs).

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
const SHARED_SCORER = join(ROOT, "..", "shared", "eval", "score.mjs");
const SCORER = existsSync(SHARED_SCORER) ? SHARED_SCORER : join(ROOT, "test", "corpus", "score.mjs");

/** The scorer's --json output: shares in 0..1, null where a family has no labels or flags. */
export interface Score {
  overall: { precision: number; recall: number };
  families: Record<string, { precision: number | null; recall: number | null }>;
  cleanFalseAlarmRate: number;
  avoidSpansFlagged: number;
}

/** Lints `corpus`/cases with the built CLI and scores the report against `corpus`/labels.jsonl. */
export function scoreCorpus(corpus: string): Score {
  const report = join(mkdtempSync(join(tmpdir(), "pl-score-")), "report.json");
  const lint = spawnSync(process.execPath, [join(ROOT, "bin", "proposal-lint.js"), "--format", "json", join(corpus, "cases")], { encoding: "utf8", maxBuffer: 1 << 28 });
  assert.ok(lint.status === 0 || lint.status === 1, lint.stderr);
  writeFileSync(report, lint.stdout);
  const scored = spawnSync(process.execPath, [SCORER, "--corpus", corpus, "--report", report, "--json"], { encoding: "utf8" });
  return JSON.parse(scored.stdout) as Score;
}

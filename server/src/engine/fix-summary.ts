// What a fix-all did: problems fixed, and problems left that need a manual edit. Used by the VS Code
// fix-all notification and the CLI's `--fix` summary line.

import type { Finding } from "./types";

/** One file's findings before and after fix-all. */
export interface FixedFile {
  before: Finding[];
  after: Finding[];
}

export interface FixSummary {
  /** Problems found before and gone after (counted per rule, so a rewrite that fixes two counts two). */
  fixed: number;
  /** Files where at least one problem was fixed. */
  fixedFiles: number;
  /** Errors and warnings left after fix-all: they have no automatic fix and need a manual edit. */
  manual: number;
  /** Files with at least one problem left for a manual edit. */
  manualFiles: number;
  /** Rule ids of the problems left, each with its count, most frequent first. */
  manualRules: { ruleId: string; count: number }[];
}

const needsEdit = (f: Finding) => f.severity === "error" || f.severity === "warning";

/** Sums up fix-all over files: a pure count of the findings before and after. */
export function summarizeFixAll(files: FixedFile[]): FixSummary {
  let fixed = 0;
  let fixedFiles = 0;
  let manualFiles = 0;
  const manualRules = new Map<string, number>();
  for (const { before, after } of files) {
    const left = new Map<string, number>();
    for (const f of after) left.set(f.ruleId, (left.get(f.ruleId) ?? 0) + 1);
    const was = new Map<string, number>();
    for (const f of before) was.set(f.ruleId, (was.get(f.ruleId) ?? 0) + 1);
    let fixedHere = 0;
    for (const [ruleId, n] of was) fixedHere += Math.max(0, n - (left.get(ruleId) ?? 0));
    fixed += fixedHere;
    if (fixedHere > 0) fixedFiles++;
    const manual = after.filter(needsEdit);
    if (manual.length > 0) manualFiles++;
    for (const f of manual) manualRules.set(f.ruleId, (manualRules.get(f.ruleId) ?? 0) + 1);
  }
  const rules = [...manualRules].map(([ruleId, count]) => ({ ruleId, count })).sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId));
  return { fixed, fixedFiles, manual: rules.reduce((n, r) => n + r.count, 0), manualFiles, manualRules: rules };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * One line for people: "Fixed 3 problems in 1 file; 2 need a manual edit (account/shared-account,
 * conduct/profanity)." With `files: false` (a single open document) the file counts are left out.
 */
export function formatFixSummary(s: FixSummary, options: { files?: boolean } = {}): string {
  const inFiles = (n: number) => (options.files === false ? "" : ` in ${plural(n, "file")}`);
  const done = s.fixed > 0 ? `Fixed ${plural(s.fixed, "problem")}${inFiles(s.fixedFiles)}` : "Nothing to fix automatically";
  if (s.manual === 0) return `${done}; nothing left to edit by hand.`;
  const rules = s.manualRules.map((r) => (r.count > 1 ? `${r.ruleId} ×${r.count}` : r.ruleId)).join(", ");
  return `${done}; ${plural(s.manual, "problem")}${inFiles(s.manualFiles)} ${s.manual === 1 ? "needs" : "need"} a manual edit (${rules}).`;
}

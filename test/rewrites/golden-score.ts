// Scores the engine's rewrites against the independent golden set (test/rewrites/golden.jsonl, see
// GOLDEN-README.md): each case's `before` is linted and fixed with fix-all, and the output is
// acceptable when it equals one of the writer's rewrites, or when it keeps every `must_keep`, drops
// every `must_not_contain` and passes the automatic reading checks below (the writer's rule 2; its
// "human-like naturalness" part is approximated by those checks and reviewed by hand).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ALL_RULE_METAS, applyEdits, fixAll, lint, safeFixEdits, type Finding } from "../../server/src/engine";
import { readsWell } from "../../server/src/engine/rewrite/reading-checks";
import { attachFixes, plansFromCatalog } from "../../server/src/engine/rewrite/sentence-fixes";

export interface GoldenCase {
  id: string;
  family: string;
  rule: string;
  before: string;
  span: string;
  acceptable: string[];
  must_not_contain: string[];
  must_keep: string[];
  note: string;
}

export type Verdict = "exact" | "constraints" | "unfixed" | "fail";

export interface Scored {
  case: GoldenCase;
  output: string;
  verdict: Verdict;
  reasons: string[];
}

export const GOLDEN_PATH = join(__dirname, "golden.jsonl");

/** The golden cases, one per line of golden.jsonl; a rule written with its family ("contact/email") is read as "email". */
export function loadGolden(path = GOLDEN_PATH): GoldenCase[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldenCase)
    .map((c) => (c.rule.startsWith(`${c.family}/`) ? { ...c, rule: c.rule.slice(c.family.length + 1) } : c));
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
const BOOKS = ALL_RULE_METAS.flatMap((m) => (m.phrasebook ? [m.phrasebook] : []));

/** Why `output` does not read as a finished rewrite of `before` (empty = it does). */
export function readingProblems(before: string, output: string): string[] {
  const problems: string[] = [];
  if (!readsWell(before, output, BOOKS)) problems.push("repeated phrase, verb after a preposition or unpaired bracket");
  const end = (s: string) => /[.!?]["')\]]*\s*$/.exec(s.trimEnd())?.[0].trim()[0] ?? "";
  if (end(before) !== end(output)) problems.push(`terminal punctuation "${end(before)}" became "${end(output)}"`);
  if (/ {2,}|\s[,.;:!?](?:\s|$)/.test(output.replace(/^\s+/gm, "").replace(/\s*\|\s*/g, " "))) problems.push("stray spacing before punctuation");
  if (/\b(\w+) \1\b/i.test(output) && !/\b(\w+) \1\b/i.test(before)) problems.push("a doubled word");
  const firstLetter = (s: string) => /\p{L}/u.exec(s)?.[0] ?? "";
  if (firstLetter(before) && firstLetter(before) === firstLetter(before).toUpperCase() && firstLetter(output) !== firstLetter(output).toUpperCase()) problems.push("lost the capital at the start");
  return problems;
}

/**
 * How a case is run. "lint": lint + fix-all, as a user gets it. "given": the writer's finding (its
 * rule and span) is added when lint misses it, so the rewrite is judged apart from detection.
 */
export type Mode = "lint" | "given";

/** The case's text after fix-all; in "given" mode the first pass also fixes the writer's finding. */
export function fixedOutput(c: GoldenCase, mode: Mode): string {
  const relint = (t: string) => lint(t).findings;
  if (mode === "lint") return fixAll(c.before, relint).text;
  const ruleId = `${c.family}/${c.rule}`;
  const start = c.before.indexOf(c.span);
  const linted = lint(c.before).findings;
  const findings: Finding[] = linted.map((f) => ({ ...f, fix: undefined }));
  // Only what lint itself would fix is planned (the learned layer's findings carry no rewrite).
  const fixable = new Set(findings.filter((_, i) => linted[i]!.fix !== undefined));
  if (!findings.some((f) => fixable.has(f) && f.ruleId === ruleId && f.start < start + c.span.length && f.end > start)) {
    const given: Finding = { ruleId, family: c.family as Finding["family"], severity: "error", message: "", start, end: start + c.span.length };
    findings.push(given);
    fixable.add(given);
  }
  attachFixes(findings, c.before, plansFromCatalog(findings.filter((f) => fixable.has(f))));
  return fixAll(applyEdits(c.before, safeFixEdits(findings)).text, relint).text;
}

/** Runs one case and judges the output. */
export function scoreCase(c: GoldenCase, mode: Mode = "lint"): Scored {
  const output = fixedOutput(c, mode);
  if (c.acceptable.some((a) => fold(a) === fold(output))) return { case: c, output, verdict: "exact", reasons: [] };
  if (output === c.before) return { case: c, output, verdict: "unfixed", reasons: ["no fix changed the text"] };
  const reasons: string[] = [];
  for (const bad of c.must_not_contain) if (output.toLowerCase().includes(bad.toLowerCase())) reasons.push(`still contains "${bad}"`);
  for (const keep of c.must_keep) if (!output.includes(keep)) reasons.push(`lost "${keep}"`);
  reasons.push(...readingProblems(c.before, output));
  return { case: c, output, verdict: reasons.length ? "fail" : "constraints", reasons };
}

/** Scores every case: counts by verdict and the acceptable share (exact + constraints). */
export function scoreGolden(mode: Mode = "lint", cases = loadGolden()): { scored: Scored[]; acceptable: number; exact: number; total: number; share: number } {
  const scored = cases.map((c) => scoreCase(c, mode));
  const exact = scored.filter((s) => s.verdict === "exact").length;
  const acceptable = exact + scored.filter((s) => s.verdict === "constraints").length;
  return { scored, acceptable, exact, total: scored.length, share: acceptable / scored.length };
}

/**
 * The half of a set a held-out round works with: "odd" keeps the cases whose id ends in an odd number
 * ("g10-001", "g10-003", ...), "even" those ending in an even one. Throws on an id without a trailing number.
 */
export function halfOf(cases: GoldenCase[], half: "odd" | "even"): GoldenCase[] {
  return cases.filter((c) => {
    const n = /(\d+)$/.exec(c.id)?.[1];
    if (n === undefined) throw new Error(`case id "${c.id}" ends in no number, so it has no half`);
    return (Number(n) % 2 === 1) === (half === "odd");
  });
}

// `node --import tsx test/rewrites/golden-score.ts [--all] [--given] [--set <file>] [--ids odd|even] [--quiet]`
// prints the failures (or every case) and the score; `--set` names a golden file in test/rewrites (default
// golden.jsonl), e.g. `--set golden-2.jsonl`; `--ids` scores only the cases with odd or even ids (a round's fit
// and check halves); `--quiet` prints the score line only (for a held-out half, whose sentences stay unread).
if (require.main === module) {
  const all = process.argv.includes("--all");
  const quiet = process.argv.includes("--quiet");
  const mode: Mode = process.argv.includes("--given") ? "given" : "lint";
  const setAt = process.argv.indexOf("--set");
  const setFile = setAt >= 0 ? process.argv[setAt + 1] : undefined;
  if (setAt >= 0 && !setFile) throw new Error("--set needs a file name, e.g. --set golden-2.jsonl");
  const idsAt = process.argv.indexOf("--ids");
  const idsArg = idsAt >= 0 ? process.argv[idsAt + 1] : undefined;
  if (idsAt >= 0 && idsArg !== "odd" && idsArg !== "even") throw new Error("--ids needs odd or even, e.g. --ids odd");
  const ids = idsArg as "odd" | "even" | undefined;
  const cases = loadGolden(setFile ? join(__dirname, setFile) : GOLDEN_PATH);
  const { scored, acceptable, exact, total, share } = scoreGolden(mode, ids ? halfOf(cases, ids) : cases);
  for (const s of scored) {
    if (quiet || (!all && (s.verdict === "exact" || s.verdict === "constraints"))) continue;
    console.log(`${s.case.id} ${s.case.rule} [${s.verdict}] ${s.reasons.join("; ")}\n  before: ${s.case.before}\n  output: ${s.output}\n  wanted: ${s.case.acceptable[0]}`);
  }
  const unfixed = scored.filter((s) => s.verdict === "unfixed").length;
  console.log(`\n${mode === "given" ? "with the writer's finding" : "lint + fix-all"}${ids ? ` (${ids} ids)` : ""}: acceptable ${acceptable}/${total} = ${(share * 100).toFixed(1)}% (exact ${exact}, by constraints ${acceptable - exact}, unfixed ${unfixed}, failed ${total - acceptable - unfixed})`);
}

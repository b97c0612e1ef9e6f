// Applying fixes: one tested function, used by fix-all, `--fix` and the tests.

import type { Finding, TextEdit } from "./types";

/** Applies non-overlapping edits (later ones that overlap an earlier one are skipped). */
export function applyEdits(source: string, edits: TextEdit[]): { text: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: TextEdit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < lastEnd || e.start < 0 || e.end > source.length || e.end < e.start) continue;
    applied.push(e);
    lastEnd = Math.max(e.end, e.start + (e.start === e.end ? 1 : 0));
  }
  const parts: string[] = [];
  let at = 0;
  for (const e of applied) {
    parts.push(source.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(source.slice(at));
  return { text: parts.join(""), applied };
}

/** The edits of every safe fix among `findings`. */
export function safeFixEdits(findings: Finding[]): TextEdit[] {
  return findings.flatMap((f) => (f.fix?.safe ? f.fix.edits : []));
}

/**
 * Applies safe fixes until none is left, re-linting between passes (a rewrite can overlap another
 * finding, which the next pass then fixes). Bounded, so a fix that re-creates a finding cannot loop.
 */
export function fixAll(source: string, lint: (text: string) => Finding[], maxPasses = 10): { text: string; passes: number; fixed: number } {
  let text = source;
  let fixed = 0;
  for (let pass = 1; pass <= maxPasses; pass++) {
    const edits = safeFixEdits(lint(text));
    if (edits.length === 0) return { text, passes: pass - 1, fixed };
    const result = applyEdits(text, edits);
    if (result.text === text) return { text, passes: pass, fixed };
    text = result.text;
    fixed += result.applied.length;
  }
  return { text, passes: maxPasses, fixed };
}

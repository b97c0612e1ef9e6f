// Inline directives, markdownlint-style:
//   <!-- proposal-lint-disable-next-line RULE ... -->   <!-- proposal-lint-disable-line RULE ... -->
//   <!-- proposal-lint-disable RULE ... --> ... <!-- proposal-lint-enable RULE ... -->
//   <!-- proposal-lint-disable-file RULE ... -->        (no RULE = every rule)

import { DIRECTIVE_BODY_RE } from "./patterns/markdown";
import type { InputProblem } from "./types";
import type { LinePositions } from "./positions";

export type DirectiveKind = "disable-next-line" | "disable-line" | "disable" | "enable" | "disable-file";
const KINDS = new Set<string>(["disable-next-line", "disable-line", "disable", "enable", "disable-file"]);

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means all rules. */
  rules: string[];
  start: number;
  end: number;
}

/** Parses the directive comments found at `ranges`; malformed ones become problems. */
export function parseDirectives(source: string, ranges: { start: number; end: number }[], problems: InputProblem[]): Directive[] {
  const out: Directive[] = [];
  for (const r of ranges) {
    const m = DIRECTIVE_BODY_RE.exec(source.slice(r.start, r.end));
    if (!m || !KINDS.has(m[1]!)) {
      problems.push({ message: "Unrecognized proposal-lint directive; expected disable-next-line, disable-line, disable, enable or disable-file followed by rule ids.", start: r.start, end: r.end, severity: "warning" });
      continue;
    }
    const rules = m[2]!.split(/[\s,]+/).filter(Boolean);
    out.push({ kind: m[1] as DirectiveKind, rules, start: r.start, end: r.end });
  }
  return out;
}

/** Reports directives that name rules which do not exist. */
export function checkDirectiveRules(directives: Directive[], known: (id: string) => boolean): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const d of directives) {
    for (const id of d.rules) {
      if (!known(id)) problems.push({ message: `Unknown rule "${id}" in proposal-lint directive.`, start: d.start, end: d.end, severity: "warning" });
    }
  }
  return problems;
}

const names = (d: Directive, ruleId: string) => d.rules.length === 0 || d.rules.includes(ruleId);

/** Builds a predicate telling whether a finding of `ruleId` at `offset` is switched off by a directive. */
export function suppressionFilter(directives: Directive[], lines: LinePositions): (ruleId: string, offset: number) => boolean {
  if (directives.length === 0) return () => false;
  return (ruleId, offset) => {
    const line = lines.lineOf(offset);
    let disabled = false;
    for (const d of directives) {
      if (!names(d, ruleId)) continue;
      switch (d.kind) {
        case "disable-file":
          return true;
        case "disable-next-line":
          if (lines.lineOf(d.end) + 1 === line) return true;
          break;
        case "disable-line":
          if (lines.lineOf(d.start) === line) return true;
          break;
        case "disable":
          if (d.start <= offset) disabled = true;
          break;
        case "enable":
          if (d.start <= offset) disabled = false;
          break;
      }
    }
    return disabled;
  };
}

// Problem counts as VS Code's Problems panel shows them (errors, warnings, infos; hints are not
// listed there), for the status bar and the library view. Pure, so it is tested without VS Code.

export interface ProblemCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** Counts severities given as LSP numbers (1 error … 4 hint) or engine names ("error" … "hint"). */
export function countProblems(severities: readonly (number | string)[]): ProblemCounts {
  const counts: ProblemCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const s of severities) {
    if (s === 1 || s === "error") counts.errors++;
    else if (s === 2 || s === "warning") counts.warnings++;
    else if (s === 3 || s === "information") counts.infos++;
  }
  return counts;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The status bar text: the worst severity's icon, then each non-zero count with its icon. */
export function statusText(c: ProblemCounts): string {
  if (c.errors + c.warnings + c.infos === 0) return "$(pass) Proposal Lint";
  const parts = [c.errors ? `$(error) ${c.errors}` : "", c.warnings ? `$(warning) ${c.warnings}` : "", c.infos ? `$(info) ${c.infos}` : ""].filter(Boolean);
  return `Proposal Lint: ${parts.join(" ")}`;
}

/** "2 errors, 1 warning": the words for a count, as the library view and tooltips show it. */
export function countsLabel(c: ProblemCounts): string {
  const parts = [c.errors ? plural(c.errors, "error") : "", c.warnings ? plural(c.warnings, "warning") : "", c.infos ? plural(c.infos, "info") : ""].filter(Boolean);
  return parts.length ? parts.join(", ") : "no problems";
}

/** The codicon of the worst severity present ("error", "warning", "info") or "pass". */
export function worstIcon(c: ProblemCounts): string {
  return c.errors ? "error" : c.warnings ? "warning" : c.infos ? "info" : "pass";
}

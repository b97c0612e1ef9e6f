// Helpers the rules share: clause scanning with compliance, lead-in words, nearby context.

import { CONTACT_LEAD_IN_RE } from "../patterns/contact";
import { COMPLIANCE_RE } from "../patterns/intent";
import type { TextView } from "../normalize";
import { detectionIn, type Detection, type RuleContext } from "../rule";
import type { Clause } from "../text-units";

/** Start of the words announcing a contact detail right before `start` ("email me at "), or `start`. */
export function leadInStart(text: string, start: number): number {
  const lineStart = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - 60, 0);
  let from = lineStart;
  // Stay inside the clause: never reach back over a sentence end.
  for (let i = start - 1; i >= lineStart; i--) {
    const c = text[i];
    if (c === ";" || ((c === "." || c === "!" || c === "?") && text[i + 1] === " ")) {
      from = i + 1;
      break;
    }
  }
  const before = text.slice(from, start);
  const m = CONTACT_LEAD_IN_RE.exec(before);
  if (!m) return start;
  let s = from + m.index;
  while (s < start && text[s] === " ") s++;
  return s;
}

/** Text around `[start, end)` within the same paragraph, up to `radius` characters each side. */
export function paragraphWindow(text: string, start: number, end: number, radius = 150): string {
  const para = text.lastIndexOf("\n\n", start);
  const from = Math.max(para < 0 ? 0 : para, start - radius);
  const next = text.indexOf("\n\n", end);
  const to = Math.min(next < 0 ? text.length : next, end + radius);
  return text.slice(from, to);
}

/** The text of the clause around an offset (the current line when no clause holds it). */
export function clauseTextAt(ctx: RuleContext, view: TextView, offset: number): string {
  const clause = ctx.clauses(view).find((c) => c.start <= offset && offset <= c.end);
  if (clause) return clause.text;
  const ls = view.text.lastIndexOf("\n", offset - 1) + 1;
  const le = view.text.indexOf("\n", offset);
  return view.text.slice(ls, le < 0 ? view.text.length : le);
}

/** Every match of a global regex in `text`, as [start, end, match]. Zero-length matches are skipped. */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield m;
  }
}

/** A clause-level rule: each prose clause that `test` accepts, and that is not a promise to stay on Upwork, is a finding. */
export function clauseDetections(
  ctx: RuleContext,
  test: (clause: Clause) => boolean,
  options: { skipCompliant?: boolean } = {},
): Detection[] {
  const view = ctx.doc.prose;
  const out: Detection[] = [];
  for (const clause of ctx.clauses(view)) {
    if (!test(clause)) continue;
    if (options.skipCompliant && COMPLIANCE_RE.test(clause.text)) continue;
    out.push(detectionIn(view, clause.start, clause.end));
  }
  return out;
}

// Helpers the rules share: clause scanning with compliance, lead-in words, nearby context.

import { matches, patternPrefilter } from "../prefilter";
import { windowedMatches } from "../prefilter/windows";
import { CONTACT_LABEL_LEAD_IN_RE, CONTACT_PREPOSITION_RE, CONTACT_VERB_LEAD_IN_RE, CONTACT_VERB_RE, NOUN_USE_BEFORE_RE } from "../patterns/contact";
import { AFTER_CONTRACT_RE, FORBIDDING_RE, NEGATION_CUT_OFF_RE, REFUSAL_OPENING_RE, REPORTED_QUESTION_RE, promisesCompliance } from "../patterns/intent";
import type { TextView } from "../normalize";
import { detectionIn, type Detection, type RuleContext } from "../rule";
import { clauseCovering, type Clause } from "../text-units";

/** Where a contact detail's finding starts, and what its quick fix puts there. */
export interface ContactSpan {
  start: number;
  /** Replacement for the bare datum; undefined = the rule's own phrasing. */
  replacement?: string;
}

/** The text before `start` on its line, stopping at a sentence end. */
function clauseBefore(text: string, start: number): { from: number; before: string } {
  const lineStart = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - 60, 0);
  let from = lineStart;
  for (let i = start - 1; i >= lineStart; i--) {
    const c = text[i];
    if (c === ";" || ((c === "." || c === "!" || c === "?") && text[i + 1] === " ")) {
      from = i + 1;
      break;
    }
  }
  return { from, before: text.slice(from, start) };
}

/**
 * Extends a contact detail back over the words that announce it, so the quick fix rewrites the
 * clause: "email me at jane@x.com" -> "message me here on Upwork"; "a chat at calendly.com/x" ->
 * "a chat here on Upwork". Labels ("Email:") count unless `labels` is false.
 */
export function contactSpan(text: string, start: number, options: { labels?: boolean } = {}): ContactSpan {
  const { from, before } = clauseBefore(text, start);
  const skipSpaces = (s: number) => {
    while (s < start && text[s] === " ") s++;
    return s;
  };
  const verb = nearestVerbLeadIn(before);
  if (verb !== undefined) return { start: withPossessive(text, skipSpaces(from + verb)) };
  // A label counts only where it opens the clause ("Email: x"), not mid-sentence ("by mail: x").
  const label = options.labels === false ? undefined : openingLabel(before);
  if (label !== undefined) return { start: withPossessive(text, skipSpaces(from + label)) };
  const prep = CONTACT_PREPOSITION_RE.exec(before);
  if (prep && before.slice(0, prep.index).trim() !== "") {
    if (prep[0].startsWith(":")) return { start: from + prep.index, replacement: " here on Upwork" };
    return { start: from + prep.index, replacement: "here on Upwork" };
  }
  return { start: withPossessive(text, start) };
}

/**
 * Where a contact label ends `before` ("Email: ", "My WhatsApp: "), when it opens the line or clause,
 * markup aside; undefined mid-sentence ("by mail: ") or with no label.
 */
export function openingLabel(before: string): number | undefined {
  const label = CONTACT_LABEL_LEAD_IN_RE.exec(before);
  return label && /^[\s>*_\-]*(?:(?:my|our)\s+)?$/i.test(before.slice(0, label.index)) ? label.index : undefined;
}

/**
 * The start of the lead-in nearest the contact detail: "If a call is easier, call me on" starts
 * at the second "call", not the first.
 */
function nearestVerbLeadIn(before: string): number | undefined {
  const starts = [...before.matchAll(CONTACT_VERB_RE)].map((m) => m.index!);
  for (let k = starts.length - 1; k >= 0; k--) {
    if (matches(NOUN_USE_BEFORE_RE, before.slice(Math.max(0, starts[k]! - 20), starts[k]))) continue;
    if (matches(CONTACT_VERB_LEAD_IN_RE, before.slice(starts[k]))) return starts[k];
  }
  return undefined;
}

/** The text from the start of the clause (line or sentence) up to `offset`. */
function clauseStartText(text: string, offset: number): string {
  return clauseBefore(text, offset).before;
}

/** Moves a span start back over "my " / "our " so that "my Threema ID is X" is rewritten whole. */
function withPossessive(text: string, start: number): number {
  const m = /\b(?:my|our)\s+$/i.exec(text.slice(Math.max(0, start - 6), start));
  return m ? start - m[0].length : start;
}

/** Start of the words announcing a contact detail right before `start`, or `start`. */
export function leadInStart(text: string, start: number): number {
  const { from, before } = clauseBefore(text, start);
  const verb = nearestVerbLeadIn(before);
  const at = verb ?? CONTACT_LABEL_LEAD_IN_RE.exec(before)?.index;
  if (at === undefined) return start;
  let s = from + at;
  while (s < start && text[s] === " ") s++;
  return s;
}

/** The sentence holding `[start, end)`: from the previous sentence end to the next one. */
export function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !/[!?\n]/.test(text[e]!) && !(text[e] === "." && /\s/.test(text[e + 1] ?? " "))) e++;
  return text.slice(s, e);
}


/** The text of the clause around an offset (the current line when no clause holds it). */
export function clauseTextAt(ctx: RuleContext, view: TextView, offset: number): string {
  const clause = clauseCovering(ctx.clauses(view), offset, offset);
  if (clause) return clause.text;
  const ls = view.text.lastIndexOf("\n", offset - 1) + 1;
  const le = view.text.indexOf("\n", offset);
  return view.text.slice(ls, le < 0 ? view.text.length : le);
}

/**
 * Every match of a global regex in `text`, in order, as an `exec` loop finds them. Zero-length
 * matches are skipped. A long text is searched only near the pattern's literals when the prefilter
 * knows how far its matches reach (prefilter/windows.ts); the matches are the same.
 */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray> {
  const prefilter = patternPrefilter();
  const where = prefilter.windowsFor(re, text);
  if (where === false) return;
  if (where !== true) {
    yield* windowedMatches(re, text, where, prefilter.reachOf(re)!);
    return;
  }
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield m;
  }
}

/** A contact detection: the datum extended over its lead-in words, with the fix's replacement. */
export function contactDetection(view: TextView, start: number, end: number, extra: Omit<Detection, "start" | "end"> = {}, options: { labels?: boolean; datum?: boolean } = {}): Detection {
  const span = contactSpan(view.text, start, options);
  // A bare detail inside a running sentence ("My studio site calendly.com/x lists the slots") reads
  // best without it: the finding takes the space after it, and the rewrite removes both.
  if (options.datum && span.start === start && span.replacement === undefined && !/^[\s>*_\-]*$/.test(clauseStartText(view.text, start)) && /^ [a-z]/.test(view.text.slice(end, end + 2))) {
    span.replacement = "";
    end += 1;
  }
  if (matches(AFTER_CONTRACT_RE, sentenceAround(view.text, start, end))) {
    extra = { ...extra, severity: "information", message: "Contact details for after the contract starts: allowed then, but make sure this text is only sent once the contract is active." };
  }
  // An exception (information severity) keeps its text: no rewrite is offered.
  const replacement = extra.severity === "information" ? null : span.replacement;
  return detectionIn(view, span.start, end, { ...(replacement !== undefined ? { replacement } : {}), ...extra });
}

/** A comma and a word that turns the sentence: "..., so she will work under my profile", "..., but pay me on Wise". */
const CLAUSE_TURN_RE = /,\s{1,3}(?:so|but|then|and\s{1,3}so|and\s{1,3}then|though|however|yet)\s/gi;

/**
 * A negation's scope ends where the sentence turns: "She has not yet an account on the platform, so she
 * will work under my profile" promises nothing after the comma. The part after the last turn, when it
 * is itself a violation (`test`) that promises no compliance; else undefined.
 */
function violationAfterTurn(clause: Clause, test: (clause: Clause) => boolean): Clause | undefined {
  let at = -1;
  for (const m of clause.text.matchAll(CLAUSE_TURN_RE)) at = m.index! + m[0].length;
  if (at < 0) return undefined;
  const tail: Clause = { start: clause.start + at, end: clause.end, text: clause.text.slice(at) };
  return !promisesCompliance(tail.text) && test(tail) ? tail : undefined;
}

/**
 * A clause-level rule: each prose clause that `test` accepts is a finding. Consecutive accepted
 * clauses on one line ("give me 5 stars — my ranking depends on it") are one violation, so they
 * become one finding and one rewrite. Options skip clauses that are not the writer's act:
 * `skipCompliant`, a promise to stay on Upwork; `skipForbidding`, a clause that forbids the act
 * ("Never offer discounts for a review"); `skipReported`, the other side's question reported
 * ("You asked whether we could save on the fees ...").
 */
/** The clause before, on the same line, ends on a negation that governs this one ("please do not — send me ..."). */
function negatedByPrevious(text: string, clauses: readonly Clause[], index: number): boolean {
  const previous = clauses[index - 1];
  if (!previous) return false;
  const between = text.slice(previous.start, clauses[index]!.start);
  return !between.includes("\n") && matches(NEGATION_CUT_OFF_RE, between);
}

/** The clause after, on the same line, refuses this one ('Someone told me I should "just pay on PayPal" — not doing that'). */
function refusedByNext(text: string, clauses: readonly Clause[], index: number): boolean {
  const next = clauses[index + 1];
  if (!next) return false;
  const from = clauses[index]!.end;
  // (a plain test: the pattern is anchored at the clause's start, and a prefilter scan of a fresh slice would cost more)
  return !text.slice(from, next.start).includes("\n") && REFUSAL_OPENING_RE.test(text.slice(from, next.end));
}

export function clauseDetections(
  ctx: RuleContext,
  test: (clause: Clause) => boolean,
  options: { skipCompliant?: boolean; skipForbidding?: boolean; skipReported?: boolean } = {},
): Detection[] {
  const view = ctx.doc.prose;
  const clauses = ctx.clauses(view);
  const spans: { start: number; end: number; index: number }[] = [];
  clauses.forEach((whole, index) => {
    let clause = whole;
    if (!test(clause)) return;
    if (options.skipCompliant && promisesCompliance(clause.text)) {
      // The promise holds up to the turn; what follows it may still be the act ("..., but tips can go to my PayPal").
      const tail = violationAfterTurn(clause, test);
      if (!tail) return;
      clause = tail;
    }
    if (options.skipForbidding && matches(FORBIDDING_RE, clause.text)) return;
    if (options.skipCompliant && (negatedByPrevious(view.text, clauses, index) || refusedByNext(view.text, clauses, index))) return;
    if (options.skipReported && matches(REPORTED_QUESTION_RE, clause.text)) return;
    const prev = spans[spans.length - 1];
    if (prev && prev.index === index - 1 && !view.text.slice(prev.end, clause.start).includes("\n")) {
      prev.end = clause.end;
      prev.index = index;
    } else spans.push({ start: clause.start, end: clause.end, index });
  });
  return spans.map((s) => detectionIn(view, s.start, s.end));
}

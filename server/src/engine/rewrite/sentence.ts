// Sentences and clauses of the source text, in source offsets, for the rewriter. A sentence never
// crosses a line; a full stop inside a protected range (a finding: "jane@x.com.", "Tel. 0171") or
// after an abbreviation does not end it.

import { onlyArgues } from "./justifications";
import { LEXICON, withoutExistentialThere } from "./lexicon";

/** A sentence: its body `[start, end)` and its terminal punctuation `[end, close)` (may be empty). */
export interface Sentence {
  start: number;
  end: number;
  close: number;
  /** Where a sentence joined to this one ended inside it (the offset of its terminal punctuation). */
  joins?: number[];
}

/** A clause of a sentence, `[start, end)`, with the separator text just before it ("" for the first). */
export interface SentenceClause {
  start: number;
  end: number;
  sep: string;
}

export type Range = readonly [number, number];

const LINE_MARKUP_RE = /^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+|\d+[.)][ \t]+|#{1,6}[ \t]+)?(?:\*\*|__|\*|_)?/;
/** An emphasised label opening a line: "**Quick question:** ", "- __Note__: ". */
const EMPHASIS_LABEL_RE = /^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+|\d+[.)][ \t]+|#{1,6}[ \t]+)?(\*\*|__)([^*_\n]{1,40}?)(?::\1|\1:)[ \t]+/;
/** A sentence's terminal marks with the quotes, brackets and emphasis they close: "?", "!)", "?**" ("**Prefer chat?** Find me ..."). */
const TERMINAL_RE = /^[.!?…]+["'”’)\]]*(?:\*\*|__)?/;
const TRAILING_MARKUP_RE = /(?:[ \t]|\*\*|__|\*|_)+$/;
/** A smiley after the last word of a line: " :)", " ;-)", " :D". */
const TRAILING_SMILEY_RE = /[ \t]+[:;=][-']?[()DPp]$/u;
const CLAUSE_BOUNDARY_RE = /[,;:]\s+|\s+(?:[—–|]|-{1,2})\s+/g;

const inside = (ranges: readonly Range[], at: number) => ranges.some(([s, e]) => s <= at && at < e);
// A finding's own last character may end the sentence ("What's your email?").
const TRAILING_CLOSERS_RE = /^[.!?…"'”’)\]]*$/;
const insideBeforeLast = (source: string, ranges: readonly Range[], at: number) => ranges.some(([s, e]) => s <= at && at < e - 1 && !TRAILING_CLOSERS_RE.test(source.slice(at + 1, e)));

/** True when the character at `i` ends a sentence: `.`, `!` or `?` before a space or the line end. */
function endsSentence(source: string, i: number, lineEnd: number, protect: readonly Range[]): boolean {
  const c = source[i];
  if (c !== "." && c !== "!" && c !== "?" && c !== "…") return false;
  if (insideBeforeLast(source, protect, i)) return false;
  const after = TERMINAL_RE.exec(source.slice(i, lineEnd))![0].length + i;
  if (after < lineEnd && !/\s/.test(source[after]!)) return false;
  if (closesInnerAside(source, i, after)) return false;
  // (an abbreviation's full stop at the end of its line ends the sentence too: "... a yes or no.")
  if (c === "." && !/^[\s*_]*$/.test(source.slice(after, lineEnd))) {
    const word = /(?:^|[^\p{L}\p{N}.])([\p{L}.]+)$/u.exec(source.slice(Math.max(0, i - 8), i))?.[1]?.toLowerCase() ?? "";
    if (LEXICON.abbreviations.has(word) || /^\p{L}$/u.test(word)) return false;
  }
  return true;
}

/**
 * True when the terminal `[i, after)` closes a bracket opened inside a sentence: an aside's own mark,
 * "I'm in Lisbon (Old Town — drop by anytime!) so our hours overlap", ends no sentence. A bracket that
 * opens its sentence, "Thanks. (Call me anytime!) Next ...", is a sentence of its own and does.
 */
function closesInnerAside(source: string, i: number, after: number): boolean {
  if (!/[)\]]/.test(source.slice(i, after))) return false;
  const lineStart = source.lastIndexOf("\n", i - 1) + 1;
  let depth = 0;
  for (let k = i - 1; k >= lineStart; k--) {
    const c = source[k]!;
    if (c === ")" || c === "]") depth++;
    else if (c === "(" || c === "[") {
      if (depth > 0) {
        depth--;
        continue;
      }
      // (the opener is inside a sentence when words stand before it on its line, after no terminal of their own)
      const before = source.slice(lineStart, k).replace(LINE_MARKUP_RE, "").trimEnd();
      return /[\p{L}\p{N},;:]$/u.test(before);
    }
  }
  return false;
}

/** The sentence holding `[start, end)`; `protect` lists ranges whose full stops do not count. */
export function sentenceAround(source: string, start: number, end: number, protect: readonly Range[]): Sentence {
  const found = unboundedSentenceAround(source, start, end, protect);
  const intro = introOf(source, found, start, protect);
  const joined = { ...found, ...(intro ? { start: intro.start, joins: [intro.join] } : {}) };
  const next = followerOf(source, found, protect);
  if (next) Object.assign(joined, { end: next.end, close: next.close, joins: [...(joined.joins ?? []), found.end] });
  return { ...joined, ...bounded(source, joined, start, end) };
}

const sameLineBefore = (source: string, at: number) => source.slice(source.lastIndexOf("\n", at - 1) + 1, at);
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * The sentence before that introduces this one, and where it ends: "Could you fill in my intake form?
 * https://forms.gle/x" (a bare link after a sentence naming a form, page or calendar) and "Do you have
 * Skype? Mine is live:x" (a short question naming the channel) are one thought.
 */
function introOf(source: string, s: Sentence, start: number, protect: readonly Range[]): { start: number; join: number } | undefined {
  if (/^[ \t]*\|/.test(source.slice(source.lastIndexOf("\n", s.start - 1) + 1))) return undefined;
  const gap = /[.!?]["')\]]*[ \t]+$/.exec(sameLineBefore(source, s.start));
  if (!gap) return undefined;
  const join = s.start - gap[0].length;
  const prev = unboundedSentenceAround(source, join, join + 1, protect);
  const body = source.slice(prev.start, prev.end);
  const bareLink = source.slice(s.start, start).trim() === "" && /^(?:https?:\/\/|www\.|[\w.-]+\.[a-z]{2,}\/)/i.test(source.slice(start, start + 40));
  if (bareLink && LEXICON.channelNouns.occursIn(body)) return { start: prev.start, join };
  const question = source[join] === "?" && wordCount(body) <= 8 && LEXICON.channelPhrases.occursIn(body);
  return question ? { start: prev.start, join } : undefined;
}

/**
 * The short sentence after this one that points back at its channel ("Are you on LinkedIn? I'd love to connect
 * there.") or only argued for it ("... by M-Pesa? It's much quicker for me.", justifications.ts `onlyArgues`).
 */
function followerOf(source: string, s: Sentence, protect: readonly Range[]): Sentence | undefined {
  const lineEnd = source.indexOf("\n", s.close) < 0 ? source.length : source.indexOf("\n", s.close);
  const rest = source.slice(s.close, lineEnd);
  const gap = /^[ \t]+(?=\p{Lu})/u.exec(rest);
  if (!gap || s.close === s.end || /^[ \t]*\|/.test(source.slice(source.lastIndexOf("\n", s.start - 1) + 1))) return undefined;
  const from = s.close + gap[0].length;
  const next = unboundedSentenceAround(source, from, from + 1, protect);
  const body = source.slice(next.start, next.end);
  // (a sentence that only argued for the removed part is one thought with it too: "Can I pay you by PayPal? The Upwork fees are silly.")
  // (only one closed by the same mark: the text's terminal stays, so a question followed by a statement is two thoughts)
  if (onlyArgues(body) && source.slice(s.end, s.close).trim() === source.slice(next.end, next.close).trim()) return next;
  if (!LEXICON.channelPhrases.occursIn(source.slice(s.start, s.end))) return undefined;
  return wordCount(body) <= 14 && /\bthere\b/i.test(withoutExistentialThere(body)) ? next : undefined;
}

/** A "sentence" longer than a sentence (a line with no punctuation) is cut to words near the finding. */
const MAX_REACH = 400;
function bounded(source: string, s: Sentence, start: number, end: number): Partial<Sentence> {
  const out: Partial<Sentence> = {};
  if (start - s.start > MAX_REACH) {
    const space = source.indexOf(" ", start - MAX_REACH);
    out.start = space >= 0 && space < start ? space + 1 : start;
  }
  if (s.end - end > MAX_REACH) {
    const space = source.lastIndexOf(" ", end + MAX_REACH);
    out.end = out.close = space > end ? space : end;
  }
  return out;
}

function unboundedSentenceAround(source: string, start: number, end: number, protect: readonly Range[]): Sentence {
  const lineStart = source.lastIndexOf("\n", start - 1) + 1;
  let lineEnd = source.indexOf("\n", end);
  if (lineEnd < 0) lineEnd = source.length;
  if (source[lineEnd - 1] === "\r") lineEnd--;
  let s = lineStart + LINE_MARKUP_RE.exec(source.slice(lineStart, Math.min(Math.max(lineStart, start), lineStart + 40)))![0].length;
  // "**Quick question:** what's your email?": an emphasised label that names no channel is the line's own.
  const label = EMPHASIS_LABEL_RE.exec(source.slice(lineStart, lineEnd));
  if (label && lineStart + label[0].length < end && !LEXICON.labelWords.occursIn(label[2]!) && !LEXICON.channelNouns.occursIn(label[2]!)) s = Math.max(s, lineStart + label[0].length);
  // In a table row each cell is a sentence of its own.
  const table = /^[ \t]*\|/.test(source.slice(lineStart, lineEnd));
  if (table) {
    const open = source.lastIndexOf("|", start - 1);
    if (open >= lineStart) s = Math.max(s, open + 1);
    const close = source.indexOf("|", end);
    if (close >= 0 && close < lineEnd) lineEnd = close;
    while (s < start && /\s/.test(source[s]!)) s++;
  }
  for (let i = start - 1; i >= s; i--) {
    if (!endsSentence(source, i, lineEnd, protect)) continue;
    s = i + TERMINAL_RE.exec(source.slice(i, lineEnd))![0].length;
    while (s < start && /\s/.test(source[s]!)) s++;
    break;
  }
  for (let i = Math.max(end - 1, s); i < lineEnd; i++) {
    if (!endsSentence(source, i, lineEnd, protect)) continue;
    // "?!" or "..." belong to the terminal; a trailing quote or bracket too.
    let j = i;
    while (j > s && /[.!?…]/.test(source[j - 1]!) && !inside(protect, j - 1)) j--;
    return { start: s, end: j, close: i + TERMINAL_RE.exec(source.slice(i, lineEnd))![0].length };
  }
  const body = source.slice(s, lineEnd);
  const trimmed = Math.max(s, end, s + body.length - (TRAILING_MARKUP_RE.exec(body)?.[0].length ?? 0));
  // (a smiley closing an unpunctuated sentence is its terminal: "... until you open the chat :)" keeps " :)")
  const smiley = TRAILING_SMILEY_RE.exec(source.slice(s, Math.min(trimmed, lineEnd)));
  if (smiley && s + smiley.index >= end) return { start: s, end: s + smiley.index, close: Math.min(trimmed, lineEnd) };
  return { start: s, end: Math.min(trimmed, lineEnd), close: Math.min(trimmed, lineEnd) };
}

/**
 * Splits a sentence body at commas, semicolons, colons, spaced dashes and bars outside `protect`; a colon
 * that introduces a finding (`labels`: "on my calendar: calendly.com/x") is a label, not a break.
 */
export function clausesOf(source: string, sentence: Sentence, protect: readonly Range[], labels: readonly Range[]): SentenceClause[] {
  const body = source.slice(sentence.start, sentence.end);
  const out: SentenceClause[] = [];
  let from = 0;
  let sep = "";
  CLAUSE_BOUNDARY_RE.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY_RE.exec(body); m; m = CLAUSE_BOUNDARY_RE.exec(body)) {
    const at = sentence.start + m.index;
    if (inside(protect, at) || m.index === 0) continue;
    // Not inside brackets: "(ID: lucy_design88)" is an aside, not two clauses.
    const before = body.slice(0, m.index);
    if (before.split("(").length > before.split(")").length) continue;
    if (m[0][0] === ":" && (inside(labels, at) || inside(labels, at + m[0].length))) continue;
    out.push({ start: sentence.start + from, end: sentence.start + m.index, sep });
    sep = m[0];
    from = m.index + m[0].length;
  }
  out.push({ start: sentence.start + from, end: sentence.end, sep });
  // A sentence joined to this one is a clause of its own, its terminal punctuation the separator.
  for (const join of sentence.joins ?? []) {
    const at = out.findIndex((c) => c.start < join && join < c.end);
    if (at < 0) continue;
    const c = out[at]!;
    const next = join + /^[.!?…]+["'”’)\]]*\s*/.exec(source.slice(join, c.end))![0].length;
    out.splice(at, 1, { start: c.start, end: join, sep: c.sep }, { start: next, end: c.end, sep: source.slice(join, next) });
  }
  return out.filter((c) => c.end > c.start);
}

// Sentences and clauses of a view's text, for the rules whose finding is a whole clause
// ("you can pay me through M-Pesa instead of here"). Offsets are into the view's text.

export interface Clause {
  start: number;
  end: number;
  text: string;
}

const isSpace = (c: string | undefined) => c === " " || c === "\t" || c === "\n" || c === "\r";
/** A title that takes a full stop before a name: Mr., Mrs., Ms., Dr., Prof. */
const TITLE_BEFORE_RE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Prof)$/u;
const CLAUSE_BREAK_RE = /[.!?]+["')\]]*(?=\s|$)|;|\s[—–]\s|\s-{1,2}\s|\n[ \t]*\n|\n(?=[ \t]*(?:[-*+>#|]|\d+[.)])\s)|<!--|-->|\n(?=[ \t]*[A-Z])/g;
const LEADING_NOISE_RE = /^(?:[\s>*_#|-]+|\d+[.)]\s+|\*\*)+/;
const TRAILING_NOISE_RE = /[\s*_,:|]+$/;

const BLOCK_START_RE = /^[ \t]*(?:[-*+][ \t]|\d+[.)][ \t]|[#>|]|\r?$)/;
/** A "Label: value" line ("Email: ...", "Address: ..."): a field of its own, not a wrapped sentence. */
const LABEL_LINE_RE = /^[ \t]*[*_]{0,2}\p{L}[\p{L}'’ ]{0,24}[*_]{0,2}:[*_]{0,2}(?:[ \t]|$)/u;
const LINE_END_RE = /[.!?:;|][ \t]*\r?$/;
/** Shorter lines that end without punctuation are lines of their own (a greeting, a chat message, a signature). */
const MIN_WRAPPED_LINE = 50;

/**
 * A line break inside a paragraph that an editor wrapped: the line is long (MIN_WRAPPED_LINE
 * characters or more), ends without sentence punctuation, and the next line goes on with text rather
 * than starting a list item, heading, quote, table row, blank line or "Label:" field (nor is the line
 * itself such a field). Markdown reads it as a space.
 * `newline` is the offset of the "\n".
 */
export function isSoftWrap(text: string, newline: number): boolean {
  const lineStart = text.lastIndexOf("\n", newline - 1) + 1;
  // A short line cannot be wrapped: decided before slicing (most lines of a template are short).
  if (newline - lineStart < MIN_WRAPPED_LINE) return false;
  const line = text.slice(lineStart, newline);
  if (line.trim().length < MIN_WRAPPED_LINE || LINE_END_RE.test(line) || LABEL_LINE_RE.test(line)) return false;
  const nextEnd = text.indexOf("\n", newline + 1);
  const next = text.slice(newline + 1, nextEnd < 0 ? text.length : nextEnd);
  return !BLOCK_START_RE.test(next) && !LABEL_LINE_RE.test(next);
}

/**
 * `text` with each soft-wrapped line break (isSoftWrap) read as the space markdown renders, so a
 * sentence wrapped across lines is one sentence for every rule ("... if you pay me\nvia GCash").
 * Same length as `text` (a "\r\n" becomes two spaces), so offsets stay valid.
 */
export function joinSoftWraps(text: string): string {
  let out: string[] | undefined;
  let from = 0;
  let lineStart = 0;
  for (let nl = text.indexOf("\n"); nl >= 0; lineStart = nl + 1, nl = text.indexOf("\n", nl + 1)) {
    // Most lines are short or end a sentence: decided from the characters alone, without slicing.
    if (nl - lineStart < MIN_WRAPPED_LINE) continue;
    let last = nl - 1;
    while (last > lineStart && (text[last] === " " || text[last] === "\t" || text[last] === "\r")) last--;
    if (".!?:;|".includes(text[last]!)) continue;
    if (!isSoftWrap(text, nl)) continue;
    const cr = nl > 0 && text[nl - 1] === "\r" ? 1 : 0;
    (out ??= []).push(text.slice(from, nl - cr), cr ? "  " : " ");
    from = nl + 1;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join("");
}

/** Splits text into clauses at sentence ends, semicolons, spaced dashes, paragraph and list breaks. */
export function splitClauses(text: string): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    const lead = LEADING_NOISE_RE.exec(text.slice(s, e));
    if (lead) s += lead[0].length;
    const trail = TRAILING_NOISE_RE.exec(text.slice(s, e));
    if (trail) e -= trail[0].length;
    if (e - s >= 3) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  CLAUSE_BREAK_RE.lastIndex = 0;
  for (let m = CLAUSE_BREAK_RE.exec(text); m; m = CLAUSE_BREAK_RE.exec(text)) {
    if (m[0].length === 0) {
      CLAUSE_BREAK_RE.lastIndex++;
      continue;
    }
    // A full stop inside a number, domain or abbreviation ("e.g.") is not a break.
    if (m[0][0] === "." && !isSpace(text[m.index + m[0].length]) && m.index + m[0].length < text.length) continue;
    // Nor is the full stop of a title before a name ("our associate Mr. Sandeep's account").
    if (m[0] === "." && TITLE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/**
 * The first clause (of `splitClauses`' output, which is in text order and disjoint) that starts at
 * or before `start` and ends at or after `end`, or undefined. A binary search: a rule asks this once
 * per match, and a long document has thousands of clauses.
 */
export function clauseCovering(clauses: readonly Clause[], start: number, end: number): Clause | undefined {
  let lo = 0;
  let hi = clauses.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (clauses[mid]!.end < end) lo = mid + 1;
    else hi = mid;
  }
  const c = clauses[lo];
  return c !== undefined && c.start <= start ? c : undefined;
}

/** The clause containing `[start, end)`, or undefined when it spans a break. */
export function clauseAround(clauses: Clause[], start: number, end: number): Clause | undefined {
  let lo = 0;
  let hi = clauses.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = clauses[mid]!;
    if (c.end < start) lo = mid + 1;
    else if (c.start > start) hi = mid - 1;
    else return end <= c.end + 1 ? c : undefined;
  }
  return undefined;
}

/** A quotation in double quotes (straight or curly) or curly single quotes, on one line. */
// A quotation may wrap onto the next line (an editor's soft wrap), never across a blank line.
const QUOTATION_RE = /"(?:[^"\n]|\n(?![ \t]*\n)){1,200}"|“(?:[^”\n]|\n(?![ \t]*\n)){1,200}”|‘(?:[^’\n]|\n(?![ \t]*\n)){1,200}’/g;

/** The [start, end) offsets of the paired quotations in `text` (QUOTATION_RE), in order. */
export function quotationRanges(text: string): [number, number][] {
  if (!/["“‘]/.test(text)) return [];
  return [...text.matchAll(QUOTATION_RE)].map((m) => [m.index!, m.index! + m[0].length]);
}

/**
 * The text with its quotations blanked out (same length). Words in quotation marks are mentioned,
 * not used: an insult quoted as a labelling example in a moderation job, or words someone else
 * said, are not the writer's own conduct.
 */
export function withoutQuotations(text: string): string {
  if (!/["“”‘]/.test(text)) return text;
  const paired = text.replace(QUOTATION_RE, (q) => " ".repeat(q.length));
  return withoutUnpairedQuote(paired);
}

/**
 * A quotation cut by a clause break ('> "you are a scammer!" → [insult]' splits after the "!"): an
 * opening mark left without its close quotes to the end, a closing mark without its opening quotes
 * from the start.
 */
function withoutUnpairedQuote(text: string): string {
  const straight = (text.match(/"/g) ?? []).length;
  const open = text.search(/[“]/);
  const close = text.lastIndexOf("”");
  if (open >= 0 && text.indexOf("”", open) < 0) return text.slice(0, open) + " ".repeat(text.length - open);
  if (close >= 0 && text.lastIndexOf("“", close) < 0) return " ".repeat(close + 1) + text.slice(close + 1);
  if (straight % 2 === 1) {
    const at = text.indexOf('"');
    // Opening when it starts the text or follows a space; closing otherwise.
    if (at === text.search(/\S/) || /\s/.test(text[at - 1] ?? " ")) return text.slice(0, at) + " ".repeat(text.length - at);
    return " ".repeat(at + 1) + text.slice(at + 1);
  }
  return text;
}

const ACCENTED_LETTER_RE = /[\u00C0-\u024F]/g;

/**
 * `text` with accented Latin letters folded to their base letter ("imbécile" -> "imbecile"),
 * one character for one, so offsets stay valid. Word lists are written without accents; letters
 * that switch languages keep theirs.
 */
export function foldDiacritics(text: string): string {
  if (!/[\u00C0-\u024F]/.test(text)) return text;
  return text.replace(ACCENTED_LETTER_RE, (c) => {
    const base = c.normalize("NFD").replace(/\p{M}/gu, "");
    return base.length === 1 ? base : c;
  });
}

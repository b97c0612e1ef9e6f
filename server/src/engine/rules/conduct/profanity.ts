import { RegExpMatcher, englishDataset, englishRecommendedTransformers, type BlacklistedTerm } from "obscenity";
import { quotationRanges } from "../../text-units";
import meta from "../../../../../rules/conduct/profanity/rule.json";
import { defineRule, detectionIn } from "../../rule";
import { INNOCENT_ROOTS, WHITELISTED_WORDS } from "../../patterns/conduct";

// The maintained English word list of the `obscenity` package (its data: patterns with leetspeak,
// look-alike characters and repeated letters folded), minus the innocent roots and plus the
// innocent words of patterns/conduct.ts. "sex" alone is a subject (sex education), not profanity;
// sexual remarks are conduct/harassment's.
//
// One pass per document: `obscenity` itself runs a character-by-character transform twice and one
// regex per listed term (119) over the whole text. Here the text is folded once with the same
// transformers (memoized per character) and scanned with one combined pattern; only the few lines
// where a listed term may occur go through `obscenity`'s full matcher (whitelist included), so the
// findings are exactly `obscenity`'s.

const dataset = englishDataset.build();
const originalWord = (t: BlacklistedTerm) => String(englishDataset.getPayloadWithPhraseMetadata({ termId: t.id, startIndex: 0, endIndex: 0, matchLength: 0 }).phraseMetadata?.originalWord);
const terms = dataset.blacklistedTerms.filter((t) => !INNOCENT_ROOTS.has(originalWord(t)));

const whitelist = [...(dataset.whitelistedTerms ?? []), ...WHITELISTED_WORDS];

let compiled: { matcher: RegExpMatcher; combined: RegExp; fold: (text: string) => { folded: string; origin: Int32Array } } | undefined;

/** Built on first use, once per process (a single-file run that never needs it pays nothing). */
function profanityMatcher(): NonNullable<typeof compiled> {
  if (compiled) return compiled;
  const matcher = new RegExpMatcher({
    ...dataset,
    blacklistedTerms: terms,
    whitelistedTerms: whitelist,
    ...englishRecommendedTransformers,
  });
  // The matcher's own compiled patterns (one per term), as one alternation.
  const own = (matcher as unknown as { blacklistedTerms: { regExp: RegExp }[] }).blacklistedTerms;
  const combined = new RegExp(own.map((t) => t.regExp.source).join("|"), "gs");
  compiled = { matcher, combined, fold: folder() };
  return compiled;
}

/** Longest fold buffers kept between calls (units; 6 bytes each): enough for a 1 MB template. */
const MAX_KEPT_UNITS = 2_000_000;

type Simple = { type: 0; transform: (c: number) => number | undefined };
type Stateful = { type: 1; factory: () => { transform: (c: number) => number | undefined; reset: () => void } };

/**
 * The blacklist transformers of the English preset as one function over a whole text: the simple
 * ones (look-alikes, leetspeak, case) composed and memoized per code point, then the stateful ones
 * (repeated letters) in order. Returns the folded text and, for each of its UTF-16 units, the offset
 * of the input character it came from.
 */
function folder(): (text: string) => { folded: string; origin: Int32Array } {
  // `origin` is valid until the next call: profaneSpans reads it before folding again.
  const transformers = englishRecommendedTransformers.blacklistMatcherTransformers as unknown as (Simple | Stateful)[];
  const firstStateful = transformers.findIndex((t) => t.type === 1);
  const simple = (firstStateful < 0 ? transformers : transformers.slice(0, firstStateful)) as Simple[];
  const rest = firstStateful < 0 ? [] : transformers.slice(firstStateful);
  // Code point -> folded code point (-1 when dropped, -2 not computed yet); a table for the BMP.
  const bmp = new Int32Array(0x10000).fill(-2);
  const astral = new Map<number, number>();
  const compute = (c: number): number => {
    let x: number | undefined = c;
    for (const t of simple) if (x !== undefined) x = t.transform(x);
    return x ?? -1;
  };
  const decoder = new TextDecoder("utf-16le");
  let scratch = { units: new Uint16Array(0), origin: new Int32Array(0) };
  return (text) => {
    const states = rest.map((t) => (t.type === 1 ? t.factory() : { transform: (t as Simple).transform, reset: () => undefined }));
    // A fold may write two units per character. The buffers are reused from call to call (the
    // caller reads `origin` before folding again): fresh ones cost 12 bytes per character each lint.
    if (scratch.units.length < text.length * 2) scratch = { units: new Uint16Array(text.length * 2), origin: new Int32Array(text.length * 2) };
    const { units, origin } = scratch;
    let n = 0;
    for (let i = 0; i < text.length; ) {
      const at = i;
      let c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        c = text.codePointAt(i)!;
        i += c > 0xffff ? 2 : 1;
      } else i++;
      if (c <= 0xffff) {
        let m = bmp[c]!;
        if (m === -2) bmp[c] = m = compute(c);
        c = m;
      } else {
        let m = astral.get(c);
        if (m === undefined) astral.set(c, (m = compute(c)));
        c = m;
      }
      if (c < 0) continue;
      let x: number | undefined = c;
      for (let k = 0; k < states.length && x !== undefined; k++) x = states[k]!.transform(x);
      if (x === undefined) continue;
      if (x > 0xffff) {
        units[n] = 0xd800 + ((x - 0x10000) >> 10);
        origin[n++] = at;
        units[n] = 0xdc00 + ((x - 0x10000) & 0x3ff);
        origin[n++] = at;
      } else {
        units[n] = x;
        origin[n++] = at;
      }
    }
    const folded = decoder.decode(units.subarray(0, n));
    // A very long document's buffers are not kept for the rest of the process.
    if (scratch.units.length > MAX_KEPT_UNITS) scratch = { units: new Uint16Array(0), origin: new Int32Array(0) };
    return { folded, origin: origin.subarray(0, n) };
  };
}

/**
 * `obscenity`'s matches in `text` ({start, end} with end exclusive), found by folding the text once
 * and running the full matcher only on the lines around candidates.
 */
export function profaneSpans(text: string): { start: number; end: number }[] {
  const { matcher, combined, fold } = profanityMatcher();
  const { folded, origin } = fold(text);
  // Windows of whole lines around each candidate (a little past its end, so no overlapping term is cut).
  const windows: [number, number][] = [];
  combined.lastIndex = 0;
  for (let m = combined.exec(folded); m; m = combined.exec(folded)) {
    if (m[0].length === 0) {
      combined.lastIndex++;
      continue;
    }
    const from = origin[m.index]!;
    const to = origin[Math.min(folded.length - 1, m.index + m[0].length - 1)]! + 1;
    if (whitelisted(text, from, to)) continue;
    const start = text.lastIndexOf("\n", from - 1) + 1;
    const nl = text.indexOf("\n", Math.min(text.length, to + 40));
    const end = nl < 0 ? text.length : nl;
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  const out: { start: number; end: number }[] = [];
  for (const [ws, we] of windows) {
    for (const m of matcher.getAllMatches(text.slice(ws, we), true)) out.push({ start: ws + m.startIndex, end: ws + m.endIndex + 1 });
  }
  return out;
}

const asciiLower = (s: string) => s.replace(/[A-Z]+/g, (x) => x.toLowerCase());

/**
 * True when a whitelisted word ("class", "cocktail", "dick van dyke") written plainly covers
 * `[from, to)`: `obscenity` drops such a match too (its whitelist folds only case and runs of
 * spaces, so a plain occurrence is one of its occurrences), and the line needs no full check.
 */
function whitelisted(text: string, from: number, to: number): boolean {
  for (const w of whitelist) {
    if (w.length < to - from) continue;
    const lo = Math.max(0, to - w.length);
    const around = asciiLower(text.slice(lo, from + w.length));
    for (let i = around.indexOf(w); i >= 0; i = around.indexOf(w, i + 1)) {
      if (lo + i <= from && lo + i + w.length >= to) return true;
    }
  }
  return false;
}

/** The whole word around `[start, end)`: "fucking", not "fuck". */
function wholeWord(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s > 0 && /[\p{L}\p{N}]/u.test(text[s - 1]!)) s--;
  while (e < text.length && /[\p{L}\p{N}]/u.test(text[e]!)) e++;
  return [s, e];
}

export const profanity = defineRule("conduct/profanity", meta, (ctx) => {
  const view = ctx.doc.prose;
  // A word in quotation marks is mentioned, not used: a term listed in a moderation glossary ("jerk / asshole").
  const quoted = quotationRanges(view.text);
  return profaneSpans(view.text)
    .filter((m) => !quoted.some(([qs, qe]) => qs < m.start && m.end < qe))
    .filter((m) => /[a-z]/i.test(view.text.slice(m.start, m.end))) // "455" is a number, not leetspeak
    // "dana@loomwork": an @ between letters is an address or handle, not leetspeak ("d-a-n-a-@-l" folds to "anal").
    .filter((m) => !/[\p{L}\p{N}]@[\p{L}\p{N}]/u.test(view.text.slice(Math.max(0, m.start - 1), m.end + 1)))
    .map((m) => {
      const [s, e] = wholeWord(view.text, m.start, m.end);
      return detectionIn(view, s, e);
    });
});

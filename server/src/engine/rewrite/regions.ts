// Where a finding's rewrite starts and ends: narrowed to the detail and its lead-in, widened to a link,
// an address's town, its brackets or its emphasis, so the edit takes whole pieces of the sentence.

import type { Phrasebook } from "../types";
import { LEXICON, type WordList } from "./lexicon";
import type { Sentence } from "./sentence";
import type { RewriteTarget } from "./targets";
import { danglingOf, dangles, PRODUCT_RE } from "./reading-checks";
import { DETAIL_MARK_RE, phraseAlternation } from "./sentence-patterns";

/** A channel's own verb alone, which no Upwork message fits: "please add", "text me", "just ping me", "call anytime". */
// (a time that says only when to use it is part of it: "call anytime")
export const BARE_CHANNEL_ONLY_RE = /^\s*(?:(?:please|kindly|just|so|and)\s+)?(?:add|ping|text|call|ring|dm|pm)(?:\s+(?:me|us))?(?:\s+(?:anytime|any\s+time|whenever))?\s*[.!]?\s*$/i;

const BARE_CONTACT_VERB = "(?:add|ping|text|call|ring|dm|pm|message|write|contact|reach)";
/** A piece that only asks to use a channel, with no object of its own: "please add", "just ping me there", "add me". */
const BARE_CHANNEL_VERB_RE = new RegExp(String.raw`^\s*(?:(?:please|kindly|just|so)\s+)?${BARE_CONTACT_VERB}(?:\s+(?:me|us))?(?:\s+(?:there|on it|anytime|any time))?\s*[.!]?\s*$`, "i");

/**
 * A long finding without its innocent ends: a piece (between commas, semicolons or spaced dashes) that
 * holds none of its family's cues (a detail, a channel, a review) goes back to the sentence when it
 * opens a clause of its own ("..., in case you want to send samples") or, at the start, when the next
 * piece does ("The final cut comes with color grading, and if you leave a review ...").
 */
export function narrowed(source: string, t: RewriteTarget): { start: number; end: number } {
  // (the separator a finding opens with is the sentence's: "Mon–Fri|, 555-0155")
  const lead = /^[\s,;]+/.exec(source.slice(t.start, t.end))?.[0].length ?? 0;
  if (lead > 0 && lead < t.end - t.start) t = { ...t, start: t.start + lead };
  const cues = t.family ? LEXICON.findingCues.get(t.family) : undefined;
  if (!cues) return t;
  const text = source.slice(t.start, t.end);
  // (a line break parts pieces too, and a whole line that is innocent goes back: "Victor|\n(5th follow-up")
  const pieces: { start: number; end: number; line?: boolean; item?: boolean }[] = [];
  let from = 0;
  // (so does a middot or bullet between a line's items: "Hannah Reuter · Illustrator · 12 Main St")
  for (const m of text.matchAll(/[ \t]*\n\s*|\s+[·•]\s+|[,;]\s+|\s[—–]\s+|\s--?\s+/gu)) {
    // Not inside brackets: "(no Upwork fees)" is part of its piece.
    const before = text.slice(0, m.index);
    if (before.split("(").length > before.split(")").length) continue;
    pieces.push({ start: from, end: m.index!, line: /[\n·•]/u.test(m[0]), item: /[·•]/u.test(m[0]) });
    from = m.index! + m[0].length;
  }
  pieces.push({ start: from, end: text.length });
  if (pieces.length < 2) return t;
  // (`leading`: a piece before the one holding the cue, where a price said as a rate is no rating: "My rate is $40, and ...")
  const innocent = (p: { start: number; end: number }, leading = false) => {
    // (an app named as the product of the work is no cue: "I built a PayPal checkout")
    const piece = text.slice(p.start, p.end).replace(PRODUCT_RE, " ");
    // (a channel's bare verb after the detail, "please add", "ping me there", asked to use it: it is part of the finding)
    if (t.family === "contact" && BARE_CHANNEL_VERB_RE.test(piece)) return false;
    // (a year, a share, a time span or a price is no detail: "Copywriter since 2014", "100% remote", "within 24 hours", "$500")
    return !cues.occursIn(t.family === "feedback" && leading ? piece.replace(PRICE_RATE_RE, " ") : piece) && !(t.family === "contact" && DETAIL_MARK_RE.test(piece.replace(YEAR_RE, " ").replace(SPAN_OR_PRICE_RE, " ")));
  };
  // (a feedback finding's first clause that names a reward but no review goes back before ", and" and a clause of its own
  // that ties a reward to a review: "Returning clients get priority scheduling, and I'll give you 20% off for a 5-star review")
  const reviewed = (p: { start: number; end: number }) => LEXICON.rewardBeforeReview.reviewCues.occursIn(text.slice(p.start, p.end).replace(PRICE_RATE_RE, " "));
  const rewardBefore = (k: number) => {
    const next = pieces[k + 1] ? /^and\s+([^]*)$/i.exec(text.slice(pieces[k + 1]!.start)) : null;
    return t.family === "feedback" && next !== null && !reviewed(pieces[k]!) && pieces.slice(k + 1).some(reviewed) && LEXICON.rewardBeforeReview.subjects.startOf(next[1]!) !== undefined;
  };
  let first = 0;
  let last = pieces.length - 1;
  // (a line's item after a middot or bullet goes back too: "Kevin Osei · <address> · Copywriter since 2014")
  // (not after a line break: a wrapped sentence goes on on the next line)
  while (last > first && innocent(pieces[last]!) && (pieces[last - 1]!.item || LEXICON.clauseOpeners.startOf(text.slice(pieces[last]!.start)))) last--;
  // (an address's finding over a clause of mine that says where I am gives that clause back: "I am based in Mexico City (CDMX), office at ...")
  const ownClause = (p: { start: number; end: number }) => t.rule === "contact/address" && OWN_CLAUSE_RE.test(text.slice(p.start, p.end)) && !streetLike(text.slice(p.start, p.end));
  while (first < last && (innocent(pieces[first]!, true) || rewardBefore(first)) && (pieces[first]!.line || ownClause(pieces[first]!) || LEXICON.clauseOpeners.startOf(text.slice(pieces[first + 1]!.start)))) first++;
  // (innocent pieces that lead up to the clause holding the cue go back too, though one of them does not
  // open a clause: "I'll deliver the audit in five days, including a fix list, and I'll expect a 5-star review")
  const offending = pieces.findIndex((p, k) => k >= first && !innocent(p, true));
  if (offending > first) {
    for (let k = offending; k > first; k--) {
      if (LEXICON.clauseOpeners.startOf(text.slice(pieces[k]!.start))) {
        first = k;
        break;
      }
    }
  }
  // (a finding that opened with its separator, " — I'll ping you hourly", is no empty piece)
  if (text.slice(pieces[first]!.start, pieces[last]!.end).trim() === "") return t;
  // (a closing time clause of the reader's that holds no cue goes back without a comma too: "... 2FA codes| when you get a sec")
  const lastPiece = text.slice(pieces[last]!.start, pieces[last]!.end);
  const when = READER_TIME_TAIL_RE.exec(lastPiece);
  if (when && when.index > 0 && innocent({ start: pieces[last]!.start + when.index, end: pieces[last]!.end })) pieces[last] = { ...pieces[last]!, end: pieces[last]!.start + when.index };
  const stretch = { start: t.start + pieces[first]!.start, end: t.start + pieces[last]!.end };
  // (a payment or a move off Upwork is named by its words; an account's sharing may be said without any, so its aside is no guide)
  return t.family === "circumvention" ? narrowedToCuedAside(source, stretch, cues, t.family) : stretch;
}

/** A short closing clause of when the reader is free: " when you get a sec", " whenever you have a moment". */
const READER_TIME_TAIL_RE = /\s+(?:when|whenever|once|as soon as)\s+you(?:['’]re|\s+(?:get|have|find|are))\s+[^,;:()—–]{1,24}$/iu;

/** A price said as a rate (lexicon `rewardBeforeReview.priceRates`): "my rate", "hourly rate", "rate is". */
const PRICE_RATE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${phraseAlternation(LEXICON.rewardBeforeReview.priceRates.words)})(?![\p{L}])`, "giu");

/** A clause of mine: "I am based in ...", "We're a studio in ...". */
const OWN_CLAUSE_RE = /^\s*(?:I|we)(?:['’](?:m|re)|\s+(?:am|are|was|were|live|work|have))(?![\p{L}])/iu;

/** A number that is no contact detail: a year standing alone ("since 2014"), a share ("100% remote"). */
const YEAR_RE = /(?<![\p{L}\p{N}.,/+-])(?:(?:19|20)\d{2}(?![\p{L}\p{N}/-]|[.,]\d)|\d{1,3}\s?%)/gu;

/** A number that is a time span or a price, no contact detail: "24 hours", "48h", "3-5 days", "$500", "€1,200". */
const SPAN_OR_PRICE_RE = /(?<![\p{L}\p{N}.,/+-])\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*(?:h|hrs?|hours?|minutes?|mins?|days?|weeks?|months?|years?)(?![\p{L}\p{N}])|[$€£]\s?\d[\d,.]*(?:k\b)?/giu;

/** A bracketed aside with the space before it: " (we skip Upwork after month one)". */
const ASIDE_RE = /\s*\([^()]*\)/g;

/**
 * A stretch whose family's cues all sit in its one bracketed aside is that aside: "Loyal clients get my VIP plan (we
 * skip Upwork after month one), ..." -> " (we skip Upwork after month one)", so what the aside hung on stays.
 */
function narrowedToCuedAside(source: string, s: { start: number; end: number }, cues: WordList, family: string | undefined): { start: number; end: number } {
  const text = source.slice(s.start, s.end);
  const asides = [...text.matchAll(ASIDE_RE)];
  if (asides.length !== 1) return s;
  const m = asides[0]!;
  const outside = `${text.slice(0, m.index)} ${text.slice(m.index! + m[0].length)}`.replace(PRODUCT_RE, " ");
  // (the platform named, or a word for going off it, marks the aside too: "(we skip Upwork after month one)")
  const marked = (x: string) => cues.occursIn(x) || LEXICON.platformNames.occursIn(x) || LEXICON.offPlatform.occursIn(x) || (family === "contact" && DETAIL_MARK_RE.test(x));
  if (!marked(m[0]) || marked(outside)) return s;
  return { start: s.start + m.index!, end: s.start + m.index! + m[0].length };
}

/** A finding inside a markdown link's destination takes the whole link: `[See my work](https://wa.me/...)`. */
export function widenToLink(source: string, sentence: Sentence, t: RewriteTarget): { start: number; end: number } {
  // Searches stay inside the sentence: a document-wide lastIndexOf per finding would be quadratic.
  const before = source.slice(sentence.start, t.start);
  const at = before.lastIndexOf("](");
  if (at < 0) return t;
  const open = sentence.start + at;
  const close = source.slice(open, sentence.close).indexOf(")") + open;
  const bracket = sentence.start + before.lastIndexOf("[", at);
  if (close < open || close < t.end - 1 || close > sentence.end || bracket < sentence.start) return t;
  return { start: bracket, end: close + 1 };
}

/**
 * An address finding that stopped before the address did takes the rest of it: the unit, town, state and
 * postcode after it ("418 Larkspur Avenue|, Suite 2, Portland, OR 97214| to see ...", "Calle de Toledo 88|, 3ºB,
 * 28005 Madrid|, and I'll ..."), up to `limit`.
 */
export function widenToAddressEnd<T extends { start: number; end: number }>(source: string, t: T, limit: number): T {
  // (a unit word's number first: "Suite| 2")
  let end = t.end + (/(?:suite|unit|apt\.?|flat|floor|ste\.?|no\.?)$/i.test(source.slice(t.start, t.end)) ? (/^\s+\d[\p{L}\p{N}-]*/u.exec(source.slice(t.end, limit))?.[0].length ?? 0) : 0);
  for (let m = ADDRESS_PART_RE.exec(source.slice(end, limit)); m; m = ADDRESS_PART_RE.exec(source.slice(end, limit))) end += m[0].length;
  return end === t.end ? t : { ...t, end };
}

/**
 * One more part of an address after a comma: a unit or floor ("Suite 2", "3ºB"), a state and ZIP ("OR 97214"),
 * a postcode and town ("28005 Madrid"), a UK postcode, after its town or not ("Leeds LS6 2QT", "NW1 6XE"), or a town followed by one of those ("Portland" before ", OR 97214")
 * or closing the bracket the address is in ("(1450 Market St, Floor 9, San Francisco)").
 */
const ADDRESS_PART_RE = new RegExp(
  [
    String.raw`^,\s*(?:suite|unit|apt\.?|flat|floor|fl\.?|ste\.?)\s+\w+(?![\p{L}\p{N}])`,
    String.raw`^,\s*\d+\s*[º°ª]?\s*\p{L}{0,3}(?![\p{L}\p{N}])(?=\s*,)`,
    String.raw`^,\s*\p{Lu}{2}\s+\d{5}(?:-\d{4})?(?![\p{L}\p{N}])`,
    String.raw`^,\s*\d{4,6}\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?![\p{L}\p{N}])`,
    String.raw`^,?\s*(?:\p{Lu}[\p{L}-]*\s+){0,2}[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}(?![\p{L}\p{N}])`,
    String.raw`^,\s*(?:\p{Lu}[\p{L}.'-]*\s+){0,2}\p{Lu}[\p{L}.'-]*(?=,\s*(?:\p{Lu}{2}\s+\d{5}|\d{4,6}\s+\p{Lu}|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}(?![\p{L}\p{N}]))|\s*\))`,
  ].join("|"),
  "u",
);

/** A street address's marks: a street word beside a number ("Av. Larco 1150", "14 Baker Street"), or a number before a capitalised word. */
export function streetLike(text: string): boolean {
  const tokens = text.toLowerCase().split(/[\s,]+/).map((w) => w.replace(/\.$/, ""));
  return /\d/.test(text) && (tokens.some((w) => LEXICON.streetWords.has(w) || LEXICON.abbreviations.has(w) && ["ul", "al", "av", "avda", "str"].includes(w)) || /\d+[a-z]?\s+\p{Lu}\p{Ll}/u.test(text));
}

/** An address finding over a longer stretch whose street address sits alone in brackets takes only the brackets: "Based in Lima, Peru (Av. Larco 1150, Miraflores), available 9–18 GMT-5". */
// (not when the rest is part of the finding too: a visit or meeting offered beside the address, "can meet you at your office")
// (a finding that opens the bracket and ends inside it, "in Lisbon (Rua das Flores 33, 1st floor| — drop by!)",
// reaches to the bracket's close on its line: the street address and what it says of it go whole)
export function narrowedToAddressBracket<T extends { start: number; end: number; book: Phrasebook }>(source: string, t: T): T {
  const lineEnd = source.indexOf("\n", t.end) < 0 ? source.length : source.indexOf("\n", t.end);
  const open = source.slice(t.start, t.end).lastIndexOf("(");
  const close = open < 0 || source.slice(t.start + open, t.end).includes(")") ? -1 : source.slice(t.end, lineEnd).search(/[()]/);
  const end = close >= 0 && source[t.end + close] === ")" ? t.end + close + 1 : t.end;
  const text = source.slice(t.start, end);
  const groups = [...text.matchAll(/\(([^()]+)\)/g)].filter((m) => streetLike(m[1]!));
  if (groups.length !== 1) return t;
  const g = groups[0]!;
  const outside = text.slice(0, g.index) + text.slice(g.index! + g[0].length);
  if (streetLike(outside) || outside.trim() === "" || dangles(outside, danglingOf([t.book])) || LEXICON.findingCues.get("contact")?.occursIn(outside)) return t;
  return { ...t, start: t.start + g.index!, end: t.start + g.index! + g[0].length };
}

/** A finding that fills a bracket takes the brackets: "(linkedin.com/in/raj)" goes whole. */
export function widenToBrackets<T extends { start: number; end: number }>(source: string, t: T): T {
  const open = /\(\s*$/.exec(source.slice(Math.max(0, t.start - 3), t.start));
  const close = /^\s*\)/.exec(source.slice(t.end, t.end + 3));
  if (!open || !close) return t;
  return { ...t, start: t.start - open[0].length, end: t.end + close[0].length };
}

/** A finding wrapped in markdown emphasis or code takes the marks: "at **jane@x.com**" goes whole. */
export function widenToEmphasis<T extends { start: number; end: number }>(source: string, t: T): T {
  const open = /(\*{1,2}|_{1,2}|`)$/.exec(source.slice(Math.max(0, t.start - 2), t.start))?.[1];
  if (!open || !source.startsWith(open, t.end)) return t;
  return { ...t, start: t.start - open.length, end: t.end + open.length };
}

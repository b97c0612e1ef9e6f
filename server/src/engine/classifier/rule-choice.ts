// Which rule of a family a learned-layer finding belongs to, from cue words (lexicons). The model
// says *that* a sentence breaks a family's rule; the cues say *which*.

import { MESSAGING_APP_TERMS, PAYMENT_CHANNELS, PROTECTED_GROUPS, SOCIAL_NETWORKS, lexiconRe } from "../lexicons";
import ruleCues from "../lexicons/rule-cues.json";
import { WISE_RE } from "../patterns/payment";
import type { Family } from "../types";

const PAYMENT_CHANNEL_RE = lexiconRe(PAYMENT_CHANNELS);
const MESSAGING_APP_RE = lexiconRe(MESSAGING_APP_TERMS);
const SOCIAL_RE = lexiconRe(SOCIAL_NETWORKS);
const GROUP_RE = lexiconRe(PROTECTED_GROUPS);

const MONEY_RE = /\b(?:pay|pays|paid|paying|payment|payments|fee|fees|escrow|commission|invoice|deposit|money|cash|refund|tip|usd|eur|dollars?|balance|remainder|the\s{1,3}rest)\b|[$€£₹]/i;
const YOUR_CONTACT_RE = /\b(?:your|ur)\s{1,3}(?:\w+\s{1,3})?(?:e-?mail|number|phone|whatsapp|skype|telegram|handle|contact|address|slack|linkedin)\b/i;
const PHONE_WORD_RE = /\b(?:call|ring|phone|number|mobile|cell|text|sms)\b/i;
const EMAIL_WORD_RE = /\b(?:e-?mail|mail|inbox|gmail|outlook)\b/i;

/**
 * A cue: its lexicon entry, its pattern (built at first use: hundreds of Unicode patterns cost a
 * noticeable share of a process's start), and for an all-ASCII entry its words, which a sentence
 * must all contain (lower-cased) for the pattern to match; a cheap test that spares most pattern runs.
 */
interface Cue {
  term: string;
  re: RegExp | undefined;
  words: string[] | undefined;
}

const cueOf = (term: string): Cue => ({ term, re: undefined, words: /^[\x20-\x7e]*$/.test(term) ? term.trim().toLowerCase().split(/\s+/) : undefined });
const cueMatches = (c: Cue, sentence: string) => (c.re ??= lexiconRe([c.term])).test(sentence);

/** Per family, each rule's cues (one per lexicon entry), in the file's order. */
const CUES = new Map<string, { rule: string; cues: Cue[] }[]>(
  Object.entries(ruleCues)
    .filter(([family]) => family !== "description")
    .map(([family, rules]) => [family, Object.entries(rules as Record<string, string[]>).map(([rule, terms]) => ({ rule, cues: terms.map(cueOf) }))]),
);

/** Characters that a case-insensitive Unicode pattern matches to an ASCII letter (long s, Kelvin sign). */
const FOLDS_TO_ASCII_RE = /[\u017f\u212a]/;

/** The rule of `family` whose cues match `sentence` most; the first listed on a tie. */
function byCues(family: Family, sentence: string): string | undefined {
  let best: { rule: string; hits: number } | undefined;
  const lower = FOLDS_TO_ASCII_RE.test(sentence) ? undefined : sentence.toLowerCase();
  const mayMatch = (c: Cue) => lower === undefined || c.words === undefined || c.words.every((w) => lower.includes(w));
  for (const { rule, cues } of CUES.get(family) ?? []) {
    const hits = cues.filter((c) => mayMatch(c) && cueMatches(c, sentence)).length;
    if (!best || hits > best.hits) best = { rule, hits };
  }
  return best?.rule;
}

/** The rule id a learned-layer finding of `family` in `sentence` is reported under. */
export function ruleForFamily(family: Family, sentence: string): string {
  switch (family) {
    case "circumvention":
      return PAYMENT_CHANNEL_RE.test(sentence) || WISE_RE.test(sentence) || MONEY_RE.test(sentence) ? "circumvention/off-platform-payment" : "circumvention/off-platform-work";
    case "contact":
      if (YOUR_CONTACT_RE.test(sentence)) return "contact/request";
      if (MESSAGING_APP_RE.test(sentence)) return "contact/messaging";
      if (SOCIAL_RE.test(sentence)) return "contact/social";
      if (EMAIL_WORD_RE.test(sentence)) return "contact/email";
      if (PHONE_WORD_RE.test(sentence)) return "contact/phone";
      return "contact/messaging";
    case "conduct":
      return GROUP_RE.test(sentence) ? "conduct/discrimination" : "conduct/harassment";
    default:
      return byCues(family, sentence) ?? `${family}/unknown`;
  }
}

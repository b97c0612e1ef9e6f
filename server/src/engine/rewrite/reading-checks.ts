// Reading checks every candidate rewrite must pass: no repeated three-word phrase, no verb right after a
// preposition, paired brackets, and what only pointed at the removed part (dangles) is not left behind.

import type { Phrasebook } from "../types";
import { LEXICON, WordList, withoutExistentialThere } from "./lexicon";
import type { Sentence } from "./sentence";
import { words } from "./text";

const danglingCache = new Map<string, WordList>();
export function danglingOf(books: Phrasebook[]): WordList {
  const words = [...new Set(books.flatMap((b) => b.dangling ?? []))].sort();
  const key = words.join("|");
  let list = danglingCache.get(key);
  if (!list) danglingCache.set(key, (list = new WordList(words)));
  return list;
}

/** A smiley's mouth is no bracket: ":)", ";-)", ":(", "=]". */
const EMOTICON_RE = /[:;=][-']?[()[\]]/g;

/** Opening minus closing marks of one bracket kind in `text` ("(" and ")"). */
export function bracketBalance(text: string, open: string, close: string): number {
  const plain = text.replace(EMOTICON_RE, "");
  return plain.split(open).length - plain.split(close).length;
}

/** True when `text` points back at a removed contact channel or payment ("I reply faster there"). */
export function dangles(text: string, extra: WordList): boolean {
  // (an app named as the product of the work is no channel: "a WhatsApp Business API bot", "Instagram ads")
  const t = withoutExistentialThere(text).replace(PRODUCT_RE, " ");
  if (isBareDetail(t)) return true;
  return LEXICON.danglingCues.occursIn(t) || LEXICON.alternativeCues.occursIn(t) || LEXICON.channelPhrases.occursIn(t) || extra.occursIn(t);
}

/** A product's name of up to three words: "Google", "Stripe and PayPal", "Wise, Revolut". */
const PRODUCT_NAME = `[\\p{L}]+(?:(?:\\s+(?:and|or)\\s+|\\s*[,&/]\\s*)[\\p{L}]+){0,2}`;
/** A capitalised name of up to two words, or two or three joined: "Mercado Pago and PayPal", "Stripe, Wise". */
const NAMED_PRODUCTS = String.raw`\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?(?:(?:\s+(?:and|or)\s+|\s*[,&/]\s*)\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?){0,2}`;
/** `word` matched in any case by a pattern without the "i" flag (so that a capital can still be asked for elsewhere). */
const anyCase = (word: string) => word.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).replace(/ /g, "\\s+");
const BUILD_VERBS = [...LEXICON.productVerbs.words].sort((a, b) => b.length - a.length).map(anyCase).join("|");
/**
 * An app named with what was built on it ("WhatsApp Business API", "Telegram bots", "Instagram ads"), or named as what a
 * verb of building worked on (lexicon `productVerbs`: "I integrated Mercado Pago and PayPal in many e-commerce").
 */
export const PRODUCT_RE = new RegExp(`(?<![\\p{L}])${PRODUCT_NAME}(?:\\s+(?:${["business", "checkout", "payment", "messaging"].map(anyCase).join("|")}))?(?:\\s+(?:${LEXICON.productNouns.words.map(anyCase).join("|")}))+(?![\\p{L}])|(?<=(?<![\\p{L}])(?:${BUILD_VERBS})\\s+)${NAMED_PRODUCTS}(?![\\p{L}])`, "gu");

/** True when `text` is only a number or ID, no words: "0321-4567890" after "message me on the green app:". */
function isBareDetail(text: string): boolean {
  return (text.match(/\p{N}/gu) ?? []).length >= 5 && !/\p{L}{2,}\s+\p{L}{2,}/u.test(text);
}

/** True when the sentence is the whole of its line. */
export function isOwnLine(source: string, s: Sentence): boolean {
  const lineStart = source.lastIndexOf("\n", s.start - 1) + 1;
  const lineEnd = source.indexOf("\n", s.close);
  return /^[\s>*_#\-+\d.)]*$/.test(source.slice(lineStart, s.start)) && /^[\s*_]*$/.test(source.slice(s.close, lineEnd < 0 ? source.length : lineEnd));
}

/**
 * The invariants a rewrite keeps: no phrase of three words it repeats that the original did not,
 * no verb phrase right after a preposition or article, brackets and quotation marks still paired.
 */
export function readsWell(before: string, after: string, books: Phrasebook[]): boolean {
  if (introducesRepeatedTrigram(before, after)) return false;
  // (a book's verb phrase by its first two words: "a message me" is one, "send me a message" is not)
  const verbs = new Set(books.map((b) => words(b.verb).slice(0, 2).join(" ")));
  const b = words(before).join(" ");
  // (a sentence's last word is no preposition before the next sentence: "talk it through? Message me ...", nor is a
  // clause's: "If you'd rather talk it through, message me ...")
  for (const part of after.split(/[.!?]+(?=["')\]*_]*\s)|[,;:—–](?=\s)/)) {
    const a = words(part);
    for (let i = 1; i < a.length; i++) {
      if (verbs.has(`${a[i]} ${a[i + 1] ?? ""}`.trim()) && LEXICON.prepositions.endsText(a[i - 1]!) && a[i - 1] !== "to" && !b.includes(`${a[i - 1]} ${a[i]}`)) return false;
    }
  }
  for (const [open, close] of ["()", "[]", "“”"]) {
    if (bracketBalance(after, open!, close!) !== bracketBalance(before, open!, close!)) return false;
  }
  // (a quotation keeps both its marks: 'said "just message me here on Upwork' lost its close)
  if ((before.split('"').length - 1) % 2 !== (after.split('"').length - 1) % 2) return false;
  // (a condition left without its main clause: "Before we approve the last milestone.")
  if (conditionLeftAlone(before, after)) return false;
  // (an adjective that wanted a verb is left before a place: "Happy to knock 10% off if ..." -> "Happy through Upwork")
  if (WILLING_BEFORE_PLACE_RE.test(after) && !WILLING_BEFORE_PLACE_RE.test(before)) return false;
  return true;
}

/** An adjective of willingness (lexicon `willingAdjectives`) right before a preposition and Upwork: "Happy through Upwork". */
const WILLING_BEFORE_PLACE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${LEXICON.willingAdjectives.map((w) => w.replace(/ /g, "\\s+")).join("|")})\s+(?:through|via|on|by|over)\s+Upwork\b`, "iu");

/** True when `after` holds a sentence that is only a condition or a time clause that `before` did not hold as it is. */
export function conditionLeftAlone(before: string, after: string): boolean {
  const bare = (s: string) => s.trim().replace(/[.!?]+$/, "");
  const had = new Set(before.split(/(?<=[.!?])\s+/).map(bare));
  return after.split(/(?<=[.!?])\s+/).some((sentence) => {
    const condition = CONDITION_ALONE_RE.exec(sentence);
    return condition !== null && !MAIN_CLAUSE_RE.test(condition[1]!) && !had.has(bare(sentence));
  });
}

/** A sentence opened by a conjunction of time or condition and its subject, with no comma: "Before we approve the last milestone." */
const CONDITION_ALONE_RE = /^[^\p{L}]*(?:before|after|until|till|once|unless|if|as\s+soon\s+as)\s+(?:i|we|you|he|she|they)\b([^,;:—–\n]*)$/iu;
/** A second subject with its verb after the condition's: "If you want we can talk here" has a main clause. */
const MAIN_CLAUSE_RE = /\b(?:i|we|you|he|she|they|let['’]s)(?:['’](?:ll|d|re|ve|m)|\s+(?:will|can|could|would|should|shall|must|may|might|need|have|are|am|is|do|just))?\b(?=\s+\w)/i;

/** True when `after` holds a three-word phrase twice (or more) that `before` held fewer times. */
export function introducesRepeatedTrigram(before: string, after: string): boolean {
  const count = (s: string) => {
    const w = words(s);
    const m = new Map<string, number>();
    for (let i = 0; i + 2 < w.length; i++) {
      const k = `${w[i]} ${w[i + 1]} ${w[i + 2]}`;
      m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  };
  const b = count(before);
  for (const [k, n] of count(after)) if (n >= 2 && n > (b.get(k) ?? 0)) return true;
  return false;
}

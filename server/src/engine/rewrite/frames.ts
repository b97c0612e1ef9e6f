// Phrase choice by the sentence's frame: the subject and modal that frame a finding ("I can send ..."),
// what a detail was asked for ("so I can send the wireframes"), and whether a clause denies going off Upwork.

import type { Phrasebook } from "../types";
import { LEXICON, WordList } from "./lexicon";
import { danglingOf, dangles } from "./reading-checks";
import { words } from "./text";
import type { Region } from "./targets";
import { DETAIL_MARK_RE, phraseAlternation } from "./sentence-patterns";

const FRAME_SUBJECT = "(I|we|you)";
const frameAlt = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]").replace(/ /g, "\\s+")).join("|");
/** A subject and its modal, or a modal whose subject came earlier: "we can also", "Is it okay if I", "and would love to". */
/**
 * True when the line around `[from, to)` already names `event` outside that stretch ("After approval, I'll
 * hand over the files, but only once you've left feedback"): saying it again would repeat it.
 */
export function waitsFor(source: string, from: number, to: number, event: string | undefined): boolean {
  if (!event) return false;
  const lineStart = source.lastIndexOf("\n", from - 1) + 1;
  const lineEnd = source.indexOf("\n", to) < 0 ? source.length : source.indexOf("\n", to);
  const around = (source.slice(lineStart, from) + " " + source.slice(to, lineEnd)).toLowerCase();
  return words(event).filter((w) => w.length > 3).some((w) => around.includes(w.replace(/(?:ed|e)$/, "")));
}

/** `phrase` placed in a verb phrase before its trailing time or condition: "connect with you| before the interview" -> "connect with you here on Upwork before the interview". */
export function placedBeforeTail(verbPhrase: string, place: string): string {
  for (const m of verbPhrase.matchAll(/\s+(?=\p{L})/gu)) {
    const at = m.index!;
    if (words(verbPhrase.slice(0, at)).length >= 2 && LEXICON.placeBeforeTails.startOf(verbPhrase.slice(at + m[0].length))) return `${verbPhrase.slice(0, at)} ${place}${verbPhrase.slice(at)}`;
  }
  return `${verbPhrase} ${place}`;
}

/** A subject of a few words and its modal: "Our business development team will". */
const NOUN_FRAME = `(${frameAlt(LEXICON.subjectFrames.nounSubjectDeterminers)})\\s+(?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+\\s+(?:${frameAlt(LEXICON.subjectFrames.afterNounSubject)})`;
export const FRAME_RE = new RegExp(
  `(?<![\\p{L}'’])(?:${NOUN_FRAME}|${FRAME_SUBJECT}(?:\\s+|(?=['’]))(?:${frameAlt(LEXICON.subjectFrames.afterSubject)})|(?:${frameAlt(LEXICON.subjectFrames.beforeSubject)})\\s+${FRAME_SUBJECT}|(?:${frameAlt(LEXICON.subjectFrames.withoutSubject)})|(${frameAlt(LEXICON.subjectFrames.gerundFrames)}))(?:\\s+(?:${frameAlt(LEXICON.subjectFrames.adverbs)}))?(?=\\s)`,
  "giu",
);

const ADVERBIAL_OPENER = "(?:after|before|for|from|during|starting|starting from|over|within|by|in|on)";
/** A word that is no pronoun: "the", "first", "$500", "24/7". */
const NON_PRONOUN_WORD = String.raw`(?!(?:I|you|we|they|he|she|it|me|us)\b)[\p{L}\p{N}'’$%/-]+`;
/** A short phrase of time or scope opening a sentence, with no subject of its own: "After the first milestone ", "For long-term clients ". */
const LEADING_ADVERBIAL_RE = new RegExp(String.raw`^\s*${ADVERBIAL_OPENER}\s+(?:${NON_PRONOUN_WORD}\s+){1,5}$`, "iu");

/**
 * The run `whole` kept up to a subject and modal ("we can", "Is it okay if I", "would love to") that open
 * its offending part `[r0, r1)` (offsets in `whole`), with the book's verb phrase for that subject after
 * them: "we can go direct and save the fees" -> "we can keep working together here on Upwork"; undefined
 * when no frame opens it, the text before the frame still holds the offending part, or the book has no
 * phrase for the subject.
 */
export function subjectFramed(whole: string, r0: number, r1: number, regions: Region[], book: Phrasebook): { text: string; phrase: string } | undefined {
  if (!book.subjects) return undefined;
  for (const m of whole.matchAll(FRAME_RE)) {
    const at = m.index!;
    const end = at + m[0].length;
    if (end >= r1) break;
    const before = whole.slice(0, at);
    // (the frame opens a clause: not "which I'll ...", "the retainer we'd ...")
    // (or follows a short phrase of time or scope that opens the sentence: "After the first milestone we can ...")
    if (before.trim() !== "" && !/(?:[,;:—–]|\b(?:and|but|so|then|or))\s*$/i.test(before) && !LEADING_ADVERBIAL_RE.test(before)) continue;
    // (what comes before the frame stays only when it says nothing of the removed part; outside the
    // finding, a channel of the client's is no removed part: "I reviewed your company's LinkedIn page and")
    const inRegion = at > r0;
    const mine = inRegion ? before : before.replace(/(?<![\p{L}])(?:your|their)(?:\s+[\p{L}'’-]+){1,3}/giu, " ");
    if (DETAIL_MARK_RE.test(before) || dangles(mine, danglingOf([book]))) continue;
    if (inRegion && regions.some((r) => r.family && LEXICON.findingCues.get(r.family)?.occursIn(whole.slice(r0, at)))) continue;
    // (a negated modal, "we can't", is left to the whole-clause phrase)
    if (/^\s*not\b/i.test(whole.slice(end))) continue;
    // ("Would you mind following me on ..." asks for a gerund: "Would you mind messaging me here on Upwork")
    // (a subject of a few words must not itself name the removed part: "our WhatsApp group will")
    if (m[1] && (dangles(m[0], danglingOf([book])) || regions.some((r) => r.family && LEXICON.findingCues.get(r.family)?.occursIn(m[0])))) continue;
    const said = m[4] ? "you" : m[1] ? (m[1].toLowerCase() === "our" ? "we" : "i") : (m[2] ?? m[3] ?? [...before.matchAll(/(?<![\p{L}'’])(I|we|you)(?![\p{L}])/giu)].at(-1)?.[1] ?? "I").toLowerCase();
    const toYou = said === "i" && book.subjects.IToYou !== undefined && ACTS_ON_READER_RE.test(whole.slice(end));
    const bare = toYou ? book.subjects.IToYou : said === "i" ? book.subjects.I : said === "we" ? book.subjects.we : book.subjects.you;
    if (!bare) return undefined;
    // (a noun subject is someone else: "my practice manager will" takes no "do all the work myself")
    if (m[1] && /\b(?:myself|ourselves|me|my|us|our)\b/i.test(bare)) continue;
    const verb = m[4] ? gerundOf(bare) : bare;
    return { text: `${whole.slice(0, end)} ${verb}`, phrase: verb };
  }
  return undefined;
}

/** After "I'll": a verb with the reader as its object ("pay you", "just Venmo you", "send you"). */
const ACTS_ON_READER_RE = /^\s*(?:(?:just|simply|also|then)\s+)?[\p{L}-]+\s+(?:you|u)\b/iu;

/** A verb phrase with its first word as a gerund: "message me here" -> "messaging me here", "set up a call" -> "setting up a call". */
function gerundOf(phrase: string): string {
  return phrase.replace(/^[\p{L}]+/u, (w) => {
    if (LEXICON.subjectFrames.doubledFinals.includes(w.toLowerCase())) return `${w}${w.slice(-1)}ing`;
    if (/ie$/i.test(w)) return `${w.slice(0, -2)}ying`;
    if (/[^e]e$/i.test(w) && w.length > 2) return `${w.slice(0, -1)}ing`;
    return `${w}ing`;
  });
}

/** A direct object right after a verb of reaching someone: "text you the tracking updates", "email you a copy". */
const OBJECT_AFTER_RE = /^\s+(?:the|a|an|your|my|our|any|all|some|those|these|this|that|each|every|\d)\b/i;

/** The purpose after a request or invitation: "so I can send the wireframes", "and I'll add you to the board". */
export function purposeOf(text: string, extra: WordList): { clause: string; subject: string; modal: string; rest: string; comma: boolean; placed: boolean; at: number; promise?: string } | undefined {
  // ("Your Skype ID would help me set up a call" says the same as ", so I can set up a call")
  const helps = /\b(?:would|will|could|can|should)\s+(?:help|allow|let|enable)\s+(me|us)(?:\s+to)?\s+([^,;]+)$/i.exec(text);
  // (or a detail's use: "a phone number where I can ask a few questions")
  // (or what a detail is used for: "an email I can use to send you the wireframes")
  const uses = /\b(?:that\s+)?(I|we)\s+(?:can|could)\s+use(?:\s+it)?\s+to\s+([^,;]+)$/i.exec(text);
  // (the subject may be a few words of mine: "so our sales director can schedule a presentation")
  // (and its object a list of things: "so our PM can loop you in on the deck, the audit and the sitemap")
  // (or a team named by its initials: "so HR can send the onboarding pack")
  const found = /(?:\bso\s+(?:that\s+)?|\band\s+|\bwhere\s+|(,)\s*)(i|we|(?:our|my)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?=\s+(?:can|could|will)\b)|[\p{L}]{2,4}(?=\s+(?:can|could|will)\b))(\s+can|\s+could|'ll|’ll|\s+will)\s+((?:[^,;]+,\s+(?=(?:the|a|an|our|your|my|their)\s))*[^,;]+)$/iu.exec(text);
  const m = (found && (/^(?:i|we|our|my)$/i.test(found[2]!.split(/\s/)[0]!) || /^\p{Lu}{2,4}$/u.test(found[2]!)) ? found : null) ??
    (uses ? Object.assign([uses[0], ",", uses[1]!.toLowerCase(), " can", uses[2]!], { index: uses.index, input: text }) as RegExpExecArray : null) ??
    (helps ? Object.assign([helps[0], ",", helps[1]!.toLowerCase() === "me" ? "i" : "we", " can", helps[2]!], { index: helps.index, input: text }) as RegExpExecArray : null);
  if (!m) return undefined;
  // "and I'll call you back tonight" promises a reply: "and I'll get back to you tonight".
  // ("and I'll add you right away" too, with its time: lexicon `timedCallbacks`)
  const said = timedCallbackSwapped(m[4]!.trim());
  const promise = [...LEXICON.callbackSwaps.keys()].find((k) => new RegExp(`^${k}(?![\\p{L}])`, "iu").test(said));
  // ("so we can text you the tracking updates" has an object: the promise is to send it, not to reply)
  const afterPromise = promise ? said.slice(promise.length) : "";
  const sentObject = promise !== undefined && LEXICON.callbackSwaps.get(promise) === "reply" && OBJECT_AFTER_RE.test(afterPromise);
  let rest = promise ? (sentObject ? (LEXICON.objectChannelVerbs.get(promise) ?? "send you") : LEXICON.callbackSwaps.get(promise)!) + afterPromise : said;
  // "and I'll forward the draft there": the place was the removed channel, so the promise is kept here on Upwork
  // (with a verb that fits: "forward" -> "send").
  let placed = false;
  const there = /(?<!\bfrom)\s+there(?![\p{L}])/iu;
  if (dangles(rest, extra) && there.test(rest)) {
    const verb = [...LEXICON.deliveryVerbSwaps.keys()].sort((a, b) => b.length - a.length).find((k) => new RegExp(`^${k}(?![\\p{L}])`, "iu").test(rest));
    const swapped = (verb ? LEXICON.deliveryVerbSwaps.get(verb)! + rest.slice(verb.length) : rest).replace(there, " here on Upwork");
    if (!dangles(swapped, extra)) [rest, placed] = [swapped, true];
  }
  // "so I can courier the signed agreement": a document carried to the removed address is sent here on Upwork instead.
  const carried = dangles(rest, extra) && !placed ? [...LEXICON.deliveryVerbSwaps.keys()].sort((a, b) => b.length - a.length).find((k) => new RegExp(`^${k}(?![\\p{L}])`, "iu").test(rest)) : undefined;
  // (only a document or file, which goes through Upwork: a pack of fabric swatches does not)
  if (carried && LEXICON.sendableThings.occursIn(rest.split(/\s+(?:to|for|by|before|after|within|so)\s+/i)[0]!)) {
    const swapped = placedBeforeTail(LEXICON.deliveryVerbSwaps.get(carried)! + rest.slice(carried.length), "here on Upwork");
    if (!dangles(swapped, extra) && !DETAIL_MARK_RE.test(swapped)) [rest, placed] = [swapped, true];
  }
  // (a bare "and I'll add you" says nothing once the ID asked for is gone)
  if (dangles(rest, extra) || /\b(?:call|text|ring|email|add)\s+you\b/i.test(rest) || rest.split(/\s+/).length < (promise ? 1 : 2)) return undefined;
  const clause = m[0].trim().slice(0, m[0].trim().length - m[4]!.trim().length) + rest;
  return { clause, subject: m[2]!.toLowerCase() === "i" ? "I" : m[2]!.toLowerCase() === "we" ? "we" : m[2]!, modal: m[3]!.replace("’", "'"), rest, comma: m[1] !== undefined, placed, at: m.index, promise: placed ? undefined : promise };
}

/** `promise` with a promise to use the removed channel that a time follows said as a reply ("add you right away" -> "get back to you right away"); unchanged otherwise. */
function timedCallbackSwapped(promise: string): string {
  for (const [said, reply] of LEXICON.timedCallbacks.swaps) {
    const m = new RegExp(`^${said.replace(/ /g, "\\s+")}\\s+`, "iu").exec(promise);
    if (m && LEXICON.timedCallbacks.times.startOf(promise.slice(m[0].length)) !== undefined) return `${reply} ${promise.slice(m[0].length)}`;
  }
  return promise;
}

/** True when a run holds only a contact detail and words that label it ("WhatsApp: +1 ...", "phone 0171 ..."). */
export function isDetailOnly(whole: string, region: string, book: Phrasebook): boolean {
  if (region.trim() === "") return false;
  // An item in a list of things asked for: "your brand guidelines, your phone number, and ...".
  if (book.together && /^\s*(?:and\s+)?your\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*$/iu.test(whole) && whole.trim() === region.trim()) return true;
  // (on a labelled line, a bracketed aside after the detail that holds none, "phone: 555-0182 (9–5 EST)", is said of the detail and kept beside its phrase)
  // (a bold label closes its marks after the colon: "**Email:** x@y.com (we reply within 4 hours)")
  const labelled = /^\s*(?:\*\*|__)?\p{L}[\p{L} /.&-]{0,20}:(?:\*\*|__)?\s/u.test(whole);
  const own = whole.replace(/\s*\([^()]*\)\s*$/, (m) => (!labelled || DETAIL_MARK_RE.test(m) ? m : "")).split(/\s+/).filter((w) => w && !/[\d@/]|\.\p{L}/u.test(w));
  return own.every((w) => {
    const word = w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, "");
    return word === "" || LEXICON.detailWords.has(word) || LEXICON.detailWords.has(word.replace(/\.$/, ""));
  });
}

const NEGATION = String.raw`\b(?:never|not|no longer|don['’]t|doesn['’]t|won['’]t|can['’]t|cannot|wouldn['’]t)\b`;
/** A negation before a word of going off Upwork in one clause: "I never ask to be paid outside Upwork", "we don't work off the platform". */
const DENIAL_RE = new RegExp(String.raw`${NEGATION}[^,;:—–()]*?(?<![\p{L}])(?:${phraseAlternation(LEXICON.offPlatform.words)})(?![\p{L}])`, "iu");

/** True when `text` denies going off Upwork (and so keeps the rules): see DENIAL_RE. */
export function deniesOffPlatform(text: string): boolean {
  return DENIAL_RE.test(text);
}

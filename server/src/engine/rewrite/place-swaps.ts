// Place and verb swaps: the channel a clause pointed at becomes Upwork's own place or verb ("DM me on
// Instagram" -> "message me here on Upwork"), and the swapped phrase is tidied so it reads in place.

import type { Phrasebook } from "../types";
import { LEXICON, replaceAll, swapPhrases, withoutExistentialThere } from "./lexicon";
import { danglingOf, dangles, introducesRepeatedTrigram } from "./reading-checks";
import { upperFirst } from "./text";
import type { Region } from "./targets";
import { COME_MEET_RE, DETAIL_MARK_RE, phraseAlternation } from "./sentence-patterns";

/**
 * A second channel offered beside the place the rewrite put: "here on Upwork or Signal", "here on Upwork or by phone",
 * "here on Upwork or the attachment here" (an alternative that is here already says the same), "here on Upwork or X (@name)". It goes.
 */
const ALTERNATIVE_AFTER_PLACE_RE = (() => {
  const channel = `(?:(?:on|via|through|by|in|at|over)\\s+)?(?:(?:the|my|our|a|an|your)\\s+)?(?:${phraseAlternation([...LEXICON.callApps.words, ...LEXICON.channelNouns.words])})(?![\\p{L}])`;
  const placed = `(?:${phraseAlternation(LEXICON.channelPlaces.words)})(?![\\p{L}])`;
  const hereToo = `(?:the|my|our|this|an?)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+here(?![\\p{L}])`;
  // (any name with a handle in brackets is a channel: "or X (@sofi_posts)")
  const handled = `\\p{L}[\\p{L}\\p{N}]*\\s*\\(\\s*[@#][\\p{L}\\p{N}._-]+\\s*\\)`;
  return new RegExp(`(here on Upwork)\\s*,?\\s+or\\s+(?:${placed}|${channel}|${hereToo}|${handled})`, "giu");
})();

/**
 * The name of the removed page or profile left after the place: "message me here on Upwork at Dazza's Aerial Shots for a
 * yarn", "here on Upwork as Ilya Kovalenko". A name is capitalised words (with "&", "of", "the", "and" between them), not "I".
 */
const PAGE_NAME_AFTER_PLACE_RE = /(\bhere on Upwork\b)\s+(?:at|as|under)\s+(?!I(?![\p{L}])|I['’])\p{Lu}[\p{L}\p{N}'’.-]+(?:(?:\s+(?:&|of|the|and))*\s+\p{Lu}[\p{L}\p{N}'’.-]*)*(?=[\s,.;:!?)—–]|$)/gu;

/**
 * The removed channel set against where we talk, now that the rewrite put the talk here (lexicon `placeContrasts`): "send
 * drafts here on Upwork rather than through the chat", "go here on Upwork, not here", "here on Upwork rather than attaching
 * them here". The contrast goes, the place stays.
 */
const CONTRAST_WITH_PLACE_RE = (() => {
  const places = `(?:${phraseAlternation(LEXICON.placeContrasts.places)})(?![\\p{L}])`;
  return new RegExp(`(\\bhere on Upwork\\b)(?:,\\s*(?:and\\s+)?not\\s+${places}(?=\\s*[,.;!?]|\\s*$)|,?\\s+(?:${phraseAlternation(LEXICON.placeContrasts.openers)})\\s+(?:[\\p{L}'’-]+\\s+){0,3}?${places})`, "giu");
})();

/** `text` with a verb that only fit the removed channel swapped where it now reads "here on Upwork": "drop a line here on Upwork" -> "send me a message here on Upwork". */
export function placeVerbsSwapped(text: string): string {
  if (!/\bhere on Upwork\b/.test(text)) return text;
  text = text.replace(ALTERNATIVE_AFTER_PLACE_RE, "$1").replace(CONTRAST_WITH_PLACE_RE, "$1").replace(PAGE_NAME_AFTER_PLACE_RE, "$1");
  const keys = [...LEXICON.placeVerbSwaps.keys()].sort((a, b) => b.length - a.length);
  // (an adverb may stand between: "call me anytime here on Upwork")
  const adverbs = LEXICON.adverbsBeforePlace.map((a) => a.replace(/ /g, "\\s+")).join("|");
  const re = new RegExp(`(?<![\\p{L}])(${keys.map((k) => k.replace(/ /g, "\\s+")).join("|")})(?=\\s+(?:(?:${adverbs})\\s+)?here on Upwork\\b)`, "giu");
  const verbs = text.replace(re, (m, _verb: string, at: number) => {
    const swap = LEXICON.placeVerbSwaps.get(m.toLowerCase().replace(/\s+/g, " "))!;
    // (an acronym is capitalized anywhere: "— DM me" -> "— message me", "DM me" opening the sentence -> "Message me")
    return /^\p{Lu}\p{Ll}/u.test(m) || (/^\p{Lu}/u.test(m) && /^[\s*_"'(\[]*$|[.!?:]\s+$/.test(text.slice(0, at))) ? upperFirst(swap) : swap;
  });
  // (a link's own "here" that no swap took says the place twice: "[Book a slot here](https://...)" -> "Book a slot here on Upwork")
  const composed = channelVerbComposed(verbs, adverbs).replace(/(?<![\p{L}])here\s+(?=here on Upwork\b)/giu, "");
  // "DM me your reference photos" -> "send me your reference photos": a channel's verb with an object, now that the channel went
  // (not one without an object: "DM me to see ...")
  const channelVerbs = [...LEXICON.objectChannelVerbs.keys()].map((k) => k.replace(/ /g, "\\s+")).join("|");
  const objectRe = new RegExp(`(?<![\\p{L}])(${channelVerbs})(?=\\s+(?:a|an|the|my|your|some|any|more|\\d+)\\b)`, "giu");
  // (capitalized where it opens the sentence: "DM" is capitalized anywhere)
  const withObjects = composed.replace(objectRe, (m, _verb: string, at: number) => {
    const swap = LEXICON.objectChannelVerbs.get(m.toLowerCase().replace(/\s+/g, " "))!;
    return /^[\s*_"'(\[]*$|[.!?:]\s+$/.test(composed.slice(0, at)) ? upperFirst(swap) : swap;
  });
  // "fill in the brief form here on Upwork" -> "share your requirements here on Upwork"
  const nouns = [...LEXICON.formSwaps.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, "\\s+")).join("|");
  const formVerbs = [...LEXICON.formVerbs.words].sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, "\\s+")).join("|");
  const formRe = new RegExp(`(?<![\\p{L}])(?:${formVerbs})\\s+(?:the|our|my|this|your)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${nouns})(?=\\s+here on Upwork\\b)`, "giu");
  // (a form as the subject: "the enquiry form here on Upwork is the fastest way" -> "messaging me here on Upwork is ...")
  const subjectRe = new RegExp(`(?<![\\p{L}])(?:the|my|our|this)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${nouns})(?=\\s+here on Upwork\\s+(?:is|was|will be)\\b)`, "giu");
  const withSubjects = withObjects.replace(subjectRe, (m) => (/^\p{Lu}/u.test(m) ? upperFirst(LEXICON.formSubject) : LEXICON.formSubject));
  const forms = withSubjects.replace(formRe, (m, noun: string) => {
    const swap = LEXICON.formSwaps.get(noun.toLowerCase().replace(/\s+/g, " "))!;
    return /^\p{Lu}/u.test(m) ? upperFirst(swap) : swap;
  });
  // (a page's name in brackets after the place named the removed page: "message me here on Upwork (Nadia Rahman Bookkeeping)",
  // or after a colon or dash closing the sentence: "Message me here on Upwork: Andrei Popescu Design")
  const named = forms.replace(PAGE_NAME_AFTER_RE, "$1").replace(PAGE_NAME_CLOSING_RE, "$1");
  // (channel verbs said with the one swapped went with their channel: "Call or message me here on Upwork" -> "Message me here on Upwork")
  return named.replace(COORDINATED_BEFORE_MESSAGE_RE, (m: string, message: string) => (/^\p{Lu}/u.test(m) ? upperFirst(message) : message));
}

/** A channel's verb with a person or a thing, or a light verb with a person and a channel's noun, before the place (lexicon `channelVerbGrammar`). */
const CHANNEL_VERB_GRAMMAR = (() => {
  const g = LEXICON.channelVerbGrammar;
  const person = `(?:${phraseAlternation(g.people)})`;
  const direct = String.raw`(?<![\p{L}'’])(${phraseAlternation(g.verbs)})\s+(?:(${person})|(${phraseAlternation(g.things)}))(?![\p{L}])`;
  const light = String.raw`(?<![\p{L}'’])(?:${phraseAlternation(g.lightVerbs)})\s+(${person})\s+(?:a|an)\s+(?:(?:${phraseAlternation(g.fillers)})\s+)?(?:${phraseAlternation(g.lightNouns)})(?![\p{L}])`;
  // (a verb with its owner's line: "call our 24/7 line", "ring the support desk")
  const owned = String.raw`(?<![\p{L}'’])(?:${phraseAlternation(g.verbs)})\s+(${phraseAlternation(Object.keys(g.lineOwners))})\s+(?:[\p{L}\p{N}/-]+\s+){0,${g.lineModifiers}}?(?:${phraseAlternation(g.lines)})(?![\p{L}])`;
  const idioms = new RegExp(String.raw`(?<![\p{L}])(${phraseAlternation(Object.keys(g.phoneIdioms))})(?=\s*(?:[.!?,;:)]|$))`, "giu");
  return { direct, light, owned, idioms };
})();

/**
 * `text` with a channel's verb that no phrase of placeVerbSwaps matched composed anew before "here on Upwork":
 * "email 'em here on Upwork" -> "send 'em here on Upwork", "Give us a bell here on Upwork" -> "Message us here on Upwork".
 * `adverbs` is the alternation of adverbsBeforePlace that may stand between.
 */
function channelVerbComposed(text: string, adverbs: string): string {
  const place = `(?=\\s+(?:(?:${adverbs})\\s+)?here on Upwork\\b)`;
  const opensSentence = (before: string) => /^[\s*_"'(\[]*$|[.!?:]\s+$/.test(before);
  // (capitalised only where it opens the sentence: "feel free to WhatsApp me" -> "feel free to message me")
  const cased = (m: string, swap: string, before: string) => (/^\p{Lu}/u.test(m) && opensSentence(before) ? upperFirst(swap) : swap);
  const lines = text.replace(new RegExp(CHANNEL_VERB_GRAMMAR.owned + place, "giu"), (m, owner: string, at: number) => cased(m, `message ${LEXICON.channelVerbGrammar.lineOwners[owner.toLowerCase()]}`, text.slice(0, at)));
  // (the line's call became a message: a phone's idiom closing a clause after it says the reply, "a coordinator will pick up" -> "will reply")
  const spoken = lines === text ? lines : lines.replace(CHANNEL_VERB_GRAMMAR.idioms, (m: string, _i: string, at: number) => (at > lines.indexOf("here on Upwork") ? LEXICON.channelVerbGrammar.phoneIdioms[m.toLowerCase().replace(/\s+/g, " ")]! : m));
  const lit = spoken.replace(new RegExp(CHANNEL_VERB_GRAMMAR.light + place, "giu"), (m, person: string, at: number) => cased(m, `message ${person}`, spoken.slice(0, at)));
  return lit.replace(new RegExp(CHANNEL_VERB_GRAMMAR.direct + place, "giu"), (m, _verb: string, person: string | undefined, thing: string | undefined, at: number) =>
    cased(m, person !== undefined ? `message ${person}` : `send ${thing}`, lit.slice(0, at)));
}

const COORDINATED_VERB_JOINED = `(?:${LEXICON.coordinatedChannelVerbs.join("|")})\\s*(?:,\\s*|\\/\\s*|\\s+(?:or|and|&)\\s+)`;
/** Channel verbs coordinated before "message me here on Upwork": "Call or |message me", "email, text or |send me a message". */
const COORDINATED_BEFORE_MESSAGE_RE = new RegExp(`(?<![\\p{L}])(?:${COORDINATED_VERB_JOINED})+((?:message|send)\\s+(?:me|us)\\b[^]*?here on Upwork)`, "giu");
/** Two or more capitalized words after a colon or dash that closes the text right after "here on Upwork": the removed page's name. */
const PAGE_NAME_CLOSING_RE = /(here on Upwork)\s*(?::|\s[—–-])\s*(?:\p{Lu}[\p{L}'’&.-]*\s+){1,4}\p{Lu}[\p{L}'’&.-]*\s*$/u;

/** Two or more capitalized words in brackets right after "here on Upwork": the name of the page that went. */
const PAGE_NAME_AFTER_RE = /(here on Upwork)\s*\((?:\p{Lu}[\p{L}'’&.-]*\s+){1,4}\p{Lu}[\p{L}'’&.-]*\)/gu;

/** `text` with the app named as a call's medium swapped for Upwork ("a quick Skype call" -> "a quick Upwork call"), and that phrase; undefined when none. */
export function callAppSwapped(text: string): { text: string; phrase: string } | undefined {
  const apps = [...LEXICON.callApps.words].sort((a, b) => b.length - a.length).join("|");
  const m = new RegExp(`(\\b(?:a|an|the|our|my|one)\\s+(?:[\\p{L}-]+\\s+){0,2})(?:${apps})(\\s+(?:video\\s+|voice\\s+)?(?:call|meeting|chat)s?\\b)`, "iu").exec(text);
  if (!m) return undefined;
  const phrase = `${m[1]!.replace(/^(a)(\s+)$/i, "$1n$2")}Upwork${m[2]}`;
  // (the app's own place after the call goes with it: "on my personal link", "via my room")
  let rest = text.slice(m.index + m[0].length);
  const place = /^\s+(?:on|via|at|through|using|in)\s+(?:my|our)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+/iu.exec(rest);
  if (place && (LEXICON.channelNouns.endsText(place[0]) || /\b(?:room|id|handle|account)$/i.test(place[0]))) rest = rest.slice(place[0].length);
  return { text: text.slice(0, m.index) + phrase + rest, phrase: phrase.trim() };
}

const CALL_KIND = "(?:quick|short|brief|first|free|video|quick video|15-minute|30-minute)";
/** A call or meeting named with no app or phone, after its preposition: " on a quick call", " for a short video chat". */
export const GENERIC_CALL_RE = new RegExp(String.raw`^\s+(?:on|for|in|into)\s+an?\s+(?:${CALL_KIND}\s+)?(?:call|chat|meeting)$`, "i");

/** The lead before a place, without its trailing preposition (not a verb's `particle`), "here", colon or channel ("on my calendar"). */
export function withoutChannelPlace(lead: string, particle = false): string {
  let t = lead.replace(/[\s:]+$/, "");
  // (a bare preposition goes only right before the detail, and not when it is the verb's particle: "comment on")
  let placeGone = particle;
  for (let changed = true; changed; ) {
    changed = false;
    const m = /\s+(?:(?:on|at|via|in|through|by|to|from|over)\s+(?:(?:my|our|the|your)\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+|here|there)$/iu.exec(t);
    // (a call said with no app or phone is the verb's object, no channel: "jump on a quick call| 555-0199" keeps it)
    if (m && GENERIC_CALL_RE.test(m[0])) break;
    if (m && (/\s(?:here|there)$/i.test(m[0]) || LEXICON.channelNouns.endsText(m[0]))) {
      t = t.slice(0, m.index);
      changed = placeGone = true;
    } else if (!placeGone && LEXICON.prepositions.endsText(t)) {
      t = t.replace(/\s*[\p{L}']+$/u, "");
      changed = true;
    }
  }
  return t.trim() === "" ? "" : t;
}

/** The words after the rewritten part that still read: "for fast reply" stays, "there" goes (a quotation's closing mark stays). */
export function keptTail(tail: string, book: Phrasebook): string {
  let t = tail;
  for (let w = LEXICON.tailDropWords.startOf(t); w; w = LEXICON.tailDropWords.startOf(t)) t = t.trimStart().slice(w.length);
  // (a channel's other name after a slash goes with it: "Twitter/X as @x")
  t = t.replace(/^\/\p{L}[\p{L}\p{N}]*(?=[\s,.;:!?]|$)/u, "").replace(HANDLE_RE, "").replace(DETAIL_ASIDE_RE, "");
  // "and I'll add you", "and I'll call you": a promise to use the removed channel, and nothing more.
  if (t.trim() === "" || dangles(t, danglingOf([book])) || /\b(?:add|call|text|ring|email|phone)\s+you\s*$/i.test(t)) return /^["”’]/.exec(t)?.[0] ?? "";
  return /^[\s,;:).!?"'”’]/.test(t) ? t : ` ${t}`;
}

/** A bracketed detail right after a rewritten channel: "(ID: lucy_design88)", "(@brightlane_support)"; or another app it is on too: "(Viber also)", "(also WhatsApp)". */
const DETAIL_ASIDE_RE = new RegExp(String.raw`^\s*\((?:(?=[^)]*(?:\d{3}|[@_])|[^)]*\.\p{L})[^)\s]*(?:\s[^)\s]*){0,2}|(?:(?:also|and|or|plus)\s+)?(?:on\s+)?(?:${phraseAlternation(LEXICON.meansChannels.apps)})(?:\s*(?:[/,&]|and|or)\s*(?:${phraseAlternation(LEXICON.meansChannels.apps)}))*(?:\s+(?:also|too|as\s+well))?)\)`, "iu");

/** A handle or ID left right after a rewritten channel ("ping me on te1egram @cutroom_vlad"). */
const HANDLE_RE = /^\s*(?:(?:as|at|is)\s+)?[@+#]?[\p{L}\p{N}]*[\p{N}@_#][\p{L}\p{N}._@#-]*(?=[\s"'”’).,;:!?]|$)/u;

/**
 * A neighbouring clause with its channel swapped for the phrasebook's place ("on the phone", "DM me
 * there" -> "here on Upwork"), or undefined when it would still point at the removed part.
 */
export function swapChannelPlace(text: string, books: Phrasebook[]): string | undefined {
  const place = books.some((b) => b.place === "here on Upwork" || /\bhere on Upwork$/.test(b.verb)) ? "here on Upwork" : undefined;
  if (!place || withoutExistentialThere(text) !== text) return undefined;
  // "my DMs are always open" -> "my Upwork messages are always open"
  const nouns = swapPhrases(text, LEXICON.channelNounSwaps);
  // ("send me a DM there with your brief": "there" was the removed channel)
  const there = /(?<![\p{L}])(?<!\bfrom\s+)there(?![\p{L}])/giu;
  if (nouns === text && !LEXICON.channelPlaces.occursIn(text) && !there.test(text)) return undefined;
  const swapped = replaceAll(nouns, LEXICON.channelPlaces, place).replace(there, place);
  if (dangles(swapped, danglingOf(books)) || introducesRepeatedTrigram(text, swapped)) return undefined;
  return swapped;
}

/** A clause opened by a channel's own verb said here on Upwork: "text me anytime" -> "message me here on Upwork anytime"; undefined for any other clause. */
export function channelVerbSwapped(text: string, books: Phrasebook[]): string | undefined {
  if (!books.some((b) => b.place === "here on Upwork" || /\bhere on Upwork$/.test(b.verb))) return undefined;
  const keys = [...LEXICON.placeVerbSwaps.keys()].filter((k) => /\s(?:me|us)$/.test(k)).sort((a, b) => b.length - a.length);
  const m = new RegExp(`^(\\s*(?:(?:and|or|so|then|just|please)\\s+)?)(${keys.map((k) => k.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}])`, "iu").exec(text);
  // (not one with an object, "DM me a few samples": that verb is swapped where the sentence reads "here on Upwork")
  if (!m || /^\s+(?:a|an|the|my|your|some|any|more|\d+)\b/i.test(text.slice(m[0].length))) return undefined;
  const swap = LEXICON.placeVerbSwaps.get(m[2]!.toLowerCase().replace(/\s+/g, " "))!;
  const out = `${m[1]}${/^\p{Lu}\p{Ll}/u.test(m[2]!) ? upperFirst(swap) : swap} here on Upwork${text.slice(m[0].length)}`;
  return DETAIL_MARK_RE.test(out) || dangles(out, danglingOf(books)) ? undefined : out;
}

/** A clause naming only my channel, not a detail, said of its Upwork counterpart: "and my DMs are always open" -> "and my Upwork messages are always open". */
export function ownChannelSwapped(text: string, book: Phrasebook): string | undefined {
  // (the handle that followed the channel goes with it: "my TikTok @editsbyjay" -> "my Upwork portfolio")
  const swapped = swapPhrases(text, LEXICON.channelNounSwaps).replace(/(\bmy Upwork \w+)\s*(?:\(\s*)?[@#][\p{L}\p{N}._-]+\)?/u, "$1").replace(/(\bmy Upwork \w+)\s*([*_]{1,2})[^*_]{1,40}\2(?![*_])/u, "$1").replace(/\bon (my Upwork portfolio)\b/, "in $1");
  return swapped !== text && !DETAIL_MARK_RE.test(swapped) && !dangles(swapped, danglingOf([book])) ? swapped : undefined;
}

/** A channel I prefer, said of Upwork messages: "I prefer WeChat (ID: x)" -> "I prefer Upwork messages"; undefined when none. */
export function preferredChannelSwapped(text: string): string | undefined {
  const m = /\b(I\s+(?:prefer|usually use|mostly use|use|like))\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)(\s*\([^)]*\)|\s+(?:at|on|as)\s+\S+)?/iu.exec(text);
  if (!m || !LEXICON.channelPhrases.occursIn(m[2]!) && !LEXICON.channelNouns.endsText(m[2]!)) return undefined;
  const out = `${text.slice(0, m.index)}${m[1]} Upwork messages${text.slice(m.index + m[0].length)}`;
  return DETAIL_MARK_RE.test(out) ? undefined : out;
}

/** A visit offered beside a removed address, offered here on Upwork instead: "you can visit any time" -> "you can message me here on Upwork any time". */
export function swapVisit(text: string, regions: Region[]): string | undefined {
  if (!regions.some((r) => r.rule !== undefined && LEXICON.inPersonRules.has(r.rule))) return undefined;
  const keys = [...LEXICON.inPersonSwaps.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}])(?:${keys.join("|")})(?![\\p{L}])`, "iu");
  // "come meet the team before signing" -> "come meet the team on a video call here on Upwork before signing"
  const meet = COME_MEET_RE.exec(text);
  const book = regions.find((r) => r.rule !== undefined && LEXICON.inPersonRules.has(r.rule))!.book;
  if (meet && book.together) {
    const where = book.together.replace(/^\S+\s+/, "");
    return text.slice(0, meet.index + meet[0].length) + ` ${where}` + text.slice(meet.index + meet[0].length);
  }
  if (!re.test(text)) return undefined;
  const swapped = text.replace(new RegExp(re.source, "giu"), (m) => LEXICON.inPersonSwaps.get(m.toLowerCase().replace(/\s+/g, " "))!).replace(/\s{2,}/g, " ").replace(/\s+$/, "");
  // (what the swap put in, "meet on an Upwork call", is no leftover of the visit)
  const residue = text.replace(new RegExp(re.source, "giu"), " ");
  return dangles(residue, danglingOf(regions.map((r) => r.book))) ? undefined : swapped;
}

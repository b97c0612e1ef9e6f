// One sentence, one rewrite: the clauses that hold findings are rewritten from the phrasebooks of
// the rules that found them, by slot (after "to"/"can": a verb phrase; after a verb and its object:
// a place) or by the clause's shape; innocent clauses stay, clauses that only made sense with the
// removed part go, and the sentence keeps its capital and its terminal punctuation.

import type { Family } from "../types";
import { stillViolates } from "./verify";
import type { Phrasebook } from "../types";
import { LEXICON, WordList, replaceAll, swapPhrases, withoutExistentialThere } from "./lexicon";
import { cityOf } from "./address";
import { sharedWorkOwned } from "./own-work";
import { minimalEdit } from "./minimal-edit";
import { leadOfResidue, withoutJustifications } from "./justifications";
import { rulesFlaggingAlone } from "../alone";
import { RULES } from "../registry";
import { clausesOf, type Range, type Sentence, type SentenceClause } from "./sentence";
import { shapeOf, withoutConnector } from "./shape";
import { clientLoginSwapped, demandSwapped, feedbackReworded, followUpOnce, offersMoney, threatAsRequest, paymentThroughUpwork, withoutFeedbackCondition, workOnUpwork } from "./clause-edits";

/** A finding to rewrite away, in source offsets, with its rule's phrasebook. */
export interface RewriteTarget {
  start: number;
  end: number;
  /** The finding's family ("contact", "feedback" ...): which words mark the offending part of a long finding. */
  family?: string;
  /** The finding's rule ("contact/address"). */
  rule?: string;
  book: Phrasebook;
  /** A bare detail inside a running sentence ("My site calendly.com/x lists slots"): may simply go. */
  removable: boolean;
  /** Its commas and dashes are part of the detail (an address, a spelled-out number). */
  keepsPunctuation: boolean;
  /** The finding is a whole clause (a payment, a feedback demand), rewritten whole even across commas. */
  clauseLevel: boolean;
}

/** The rewritten body `[start, end)` of a sentence (terminal punctuation is never touched). */
export interface SentenceRewrite {
  start: number;
  end: number;
  text: string;
  /** The whole sentence as rewritten, terminal punctuation included. */
  sentence: string;
  /** The first rewritten stretch, a whole phrase ("message me here on Upwork"). */
  phrase: string;
}

type Mode = "clauses" | "runs" | "merged" | "whole";
type State = "keep" | "offend" | "drop";

const danglingCache = new Map<string, WordList>();
function danglingOf(books: Phrasebook[]): WordList {
  const words = [...new Set(books.flatMap((b) => b.dangling ?? []))].sort();
  const key = words.join("|");
  let list = danglingCache.get(key);
  if (!list) danglingCache.set(key, (list = new WordList(words)));
  return list;
}

const byPriority = (books: Phrasebook[]) => books.reduce((a, b) => (b.priority > a.priority ? b : a));
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => (/^I(?:\b|')/.test(s) || /^Upwork\b/.test(s) || !/^\p{Lu}\p{Ll}/u.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

/**
 * Rewrites the sentence holding `targets`; undefined when the rewrite would leave it as it is. A lead
 * that opens the sentence before every finding ("PS: ", "Btw, ", "Payment: ") stays in front of the
 * rewrite when rewriting the whole sentence would have dropped it: "PS: Expect a reminder every
 * morning." -> "PS: I'll follow up once here on Upwork.", not "I'll follow up once here on Upwork."
 */
export function rewriteSentence(source: string, found: Sentence, targets: RewriteTarget[]): SentenceRewrite | undefined {
  const rewrite = rewriteWithLead(source, found, targets);
  return rewrite && capitalKept(source, found, portfolioSeen(dashPairClosed(source, withoutBracketedAlternative(withoutPriceForLeaving(source, found, targets, withoutArguments(source, found, targets, rewrite))))));
}

/** An amount of money: "$35", "120$", "USD 350", "450 euros". */
const MONEY_RE = /[$€£₹]\s?\d|\d[\d,.]*\s?(?:[$€£]|USD|EUR|GBP|dollars?|euros?|bucks)(?![\p{L}])|\b(?:USD|EUR|GBP)\s?\d/u;
/** A closing piece that sets a price on a condition: ", but if pay on Upwork then 100$", ", or $35 if you pay me on Upwork". */
const PRICED_CONDITION_RE = /(?:\s*[,;]\s*|\s[—–-]\s+|\s+(?=(?:but|or|otherwise)\s))(?:(?:but|or|and|otherwise)\s+)?(?:[^,;—–]*?\s)?(?:if|when|once)\s+[^,;—–]*$/iu;

/**
 * `rewrite` without a second price that was offered for paying outside Upwork, now that the payment is swapped for
 * Upwork: "Price is 120$ per character sheet, but if pay outside Upwork then 100$" had become "..., but if pay on Upwork
 * then 100$", which sets two prices for the same thing; the piece goes ("Price is 120$ per character sheet"). Only for a
 * payment or work finding, a closing piece that names Upwork, holds an amount and a condition, was changed by the swap,
 * and follows an amount of its own; `rewrite` is returned unchanged otherwise.
 */
function withoutPriceForLeaving(source: string, found: Sentence, targets: RewriteTarget[], rewrite: SentenceRewrite): SentenceRewrite {
  if (!targets.some((t) => t.family === "circumvention")) return rewrite;
  const m = PRICED_CONDITION_RE.exec(rewrite.text);
  if (!m || m.index === 0) return rewrite;
  const piece = m[0];
  const head = rewrite.text.slice(0, m.index);
  if (!/\bUpwork\b/.test(piece) || !MONEY_RE.test(piece) || !MONEY_RE.test(head) || source.slice(found.start, found.close).includes(piece.trim())) return rewrite;
  const text = head.replace(/[\s,;—–-]+$/u, "");
  if (words(text).length < 3) return rewrite;
  return { ...rewrite, text, sentence: text + rewrite.sentence.slice(rewrite.text.length), phrase: text.includes(rewrite.phrase) ? rewrite.phrase : text.trim() };
}

/** A bracketed other channel offered right after Upwork's own means: "a quick Upwork call (or WhatsApp video — whatever you like)". */
const BRACKETED_ALTERNATIVE_RE = /(\bUpwork(?:\s+[\p{L}-]+){0,2}?)\s*\(\s*or\s+([^()]*)\)/gu;

/**
 * `rewrite` without a second channel offered in brackets after the place or means the rewrite put: "Let's hop on a
 * quick Upwork call (or WhatsApp video — whatever you like) this week" -> "Let's hop on a quick Upwork call this week".
 * The bracket goes whole when it names a channel (lexicon `channelNouns`, `callApps`) and not Upwork; `rewrite` is
 * returned unchanged otherwise.
 */
function withoutBracketedAlternative(rewrite: SentenceRewrite): SentenceRewrite {
  const text = rewrite.text.replace(BRACKETED_ALTERNATIVE_RE, (m, kept: string, other: string) =>
    (LEXICON.channelNouns.occursIn(other) || LEXICON.callApps.occursIn(other)) && !/\bUpwork\b/i.test(other) ? kept : m,
  );
  if (text === rewrite.text) return rewrite;
  return { ...rewrite, text, sentence: text + rewrite.sentence.slice(rewrite.text.length), phrase: text.includes(rewrite.phrase) ? rewrite.phrase : text.trim() };
}

/** Following or subscribing to me where the rewrite put my Upwork portfolio. */
const FOLLOWED_PORTFOLIO_RE = /\b(?:follow|subscribe to)\s+(?:me|us)\s+(?:on|in|at)\s+(?=(?:my|our) Upwork portfolio\b)/iu;

/** `rewrite` with a portfolio visited rather than followed: "Follow me in my Upwork portfolio" -> "Visit my Upwork portfolio". */
function portfolioSeen(rewrite: SentenceRewrite): SentenceRewrite {
  const m = FOLLOWED_PORTFOLIO_RE.exec(rewrite.text);
  if (!m) return rewrite;
  const text = rewrite.text.slice(0, m.index) + (/^\p{Lu}/u.test(m[0]) ? "Visit" : "visit") + " " + rewrite.text.slice(m.index + m[0].length);
  return { ...rewrite, text, sentence: text + rewrite.sentence.slice(rewrite.text.length), phrase: text.includes(rewrite.phrase) ? rewrite.phrase : text.trim() };
}

const SPACED_DASH_RE = /\s[—–]\s/gu;

/**
 * `rewrite` without the closing dash of a pair whose opening dash went with the finding: "Text me — 555 ... — and I'll
 * reply" -> "Message me here on Upwork and I'll reply" (not "... here on Upwork — and I'll reply"). Only a dash left
 * before a connector ("and", "so", "but") is taken, because there it only closed the aside.
 */
function dashPairClosed(source: string, rewrite: SentenceRewrite): SentenceRewrite {
  const left = [...rewrite.text.matchAll(SPACED_DASH_RE)];
  if (left.length !== 1 || (source.slice(rewrite.start, rewrite.end).match(SPACED_DASH_RE) ?? []).length !== 2) return rewrite;
  const at = left[0]!.index!;
  if (LEXICON.leadingConnectors.startOf(rewrite.text.slice(at + left[0]![0].length)) === undefined) return rewrite;
  const text = `${rewrite.text.slice(0, at)} ${rewrite.text.slice(at + left[0]![0].length)}`;
  return { ...rewrite, text, sentence: text + rewrite.sentence.slice(rewrite.text.length), phrase: text.includes(rewrite.phrase) ? rewrite.phrase : text.trim() };
}

/** `rewrite` with the capital its sentence opened with, when it rewrites the sentence's opening word ("Text me — 555 ... —" -> "Message me ..."). */
function capitalKept(source: string, found: Sentence, rewrite: SentenceRewrite): SentenceRewrite {
  // (only markup may stand before it: after a lead, "Btw, message me ...", the rewrite goes on in lower case)
  if (!/^[\s*_"'“‘(\[]*$/u.test(source.slice(found.start, rewrite.start))) return rewrite;
  const was = /\p{L}/u.exec(source.slice(rewrite.start, found.end))?.[0];
  const now = /\p{L}/u.exec(rewrite.text);
  if (!was || !now || was !== was.toUpperCase() || now[0] !== now[0].toLowerCase() || now[0] === now[0].toUpperCase()) return rewrite;
  const text = rewrite.text.slice(0, now.index) + now[0].toUpperCase() + rewrite.text.slice(now.index + 1);
  return { ...rewrite, text, sentence: text + rewrite.sentence.slice(rewrite.text.length), phrase: rewrite.phrase === rewrite.text ? text : rewrite.phrase };
}

/** `rewrite` without what argued for the removed part, or the rule's own phrase when only that is left. */
function withoutArguments(source: string, found: Sentence, targets: RewriteTarget[], rewrite: SentenceRewrite): SentenceRewrite {
  // (what argued for the removed part goes with it: "Since Upwork chat is slow, message me here on Upwork")
  const terminal = rewrite.sentence.slice(rewrite.text.length);
  const extra = danglingOf(targets.map((t) => t.book));
  const original = source.slice(found.start, found.close);
  const points = (piece: string) => dangles(piece, extra);
  // (nothing left but what argued for the removed part, or a lead alone: the rule's own phrase after the lead)
  const residueLead = leadOfResidue(original, rewrite.text, points);
  const statement = byPriority(targets.map((t) => t.book)).statement;
  // (emphasis around the residue stays around the phrase: "**Just to stay on your radar**" -> "**I'll follow up once here on Upwork**")
  const [opens, closes] = [/^[\s*_]*/.exec(rewrite.text)![0], /[\s*_]*$/.exec(rewrite.text)![0]];
  // (a tag question left alone, "Ok?", "Right?", tags the rule's statement: "I'll follow up once here on Upwork, ok?")
  const tag = TAG_ALONE_RE.exec(rewrite.text.slice(opens.length, rewrite.text.length - closes.length));
  const text = tag && opens.length + closes.length < rewrite.text.length ? `${opens}${upperFirst(statement)}, ${tag[0].trim().toLowerCase()}${closes}` : residueLead !== undefined ? opens + residueLead + (residueLead ? statement : upperFirst(statement)) + closes : askedIfQuestion(withoutRedundantContrast(original, withoutJustifications(original, rewrite.text, points)), terminal);
  if (text === rewrite.text || !readsWell(source.slice(rewrite.start, rewrite.end), text, targets.map((t) => t.book))) return rewrite;
  return { ...rewrite, text, sentence: text + terminal, phrase: rewrite.phrase && text.includes(rewrite.phrase) ? rewrite.phrase : text.trim() };
}

/** A call or chat named by the medium it went over (lexicon `meansChannels.callMedia`): "phone chat", "WhatsApp call", "voice calls"; not one the edit put here on Upwork, whose medium goes in placeVerbsSwapped ("a short call here on Upwork"). */
const MEDIUM_CALL_RE = new RegExp(String.raw`(?<![\p{L}])(?:(a|A)\s+)?(?:${[...LEXICON.meansChannels.callMedia].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|")})\s+(?:chat|call|conversation)(s?)(?![\p{L}])(?!\s+here on Upwork\b)`, "giu");

/** `text` with each call named by its medium said as an Upwork call: "a five-minute phone chat" -> "a five-minute Upwork call". */
function spokenCallsSwapped(text: string): string {
  return text.replace(MEDIUM_CALL_RE, (_m, article: string | undefined, plural: string) => `${article ? `${article}n ` : ""}Upwork call${plural}`);
}

/** A tag question's word alone: "ok", "right", "okay". */
const TAG_ALONE_RE = /^\s*(?:ok|okay|right|yeah|yes|deal|agreed)\s*$/i;

/** A clause kept from the original that names Upwork, then a rewritten "but ..." that now says Upwork too: "All payments stay on Upwork, but tips can go through Upwork". */
const REDUNDANT_CONTRAST_RE = /^([^,;—–]*\bUpwork\b[^,;—–]*),\s*but\s+[^,;—–]*\b(?:through|on|via)\s+Upwork\s*$/iu;

/** `text` without a "but" clause that the rewrite made say what the kept clause before it says (the contrast was with the removed channel). */
function withoutRedundantContrast(original: string, text: string): string {
  const m = REDUNDANT_CONTRAST_RE.exec(text);
  return m && original.includes(m[1]!) && !original.includes(text.trim()) ? m[1]! : text;
}

/** A statement of what I or we will do, which a question mark left after it asks: "I'll send the files", "we can talk". */
const ASKABLE_STATEMENT_RE = /^(\s*)(I|we)(?:\s+(?:can|could|will)|['’]ll)\s+/i;

/** `text` asked when it is a statement left before a question mark: "I'll send it here on Upwork" + "?" -> "Could I send it here on Upwork". */
function askedIfQuestion(text: string, terminal: string): string {
  // (not a statement with its tag question: "I'll follow up once here on Upwork, ok?")
  const m = terminal.includes("?") && !TAG_QUESTION_RE.test(text) ? ASKABLE_STATEMENT_RE.exec(text) : null;
  // ("I" opens the text it starts; "we" keeps its case)
  return m ? `${m[1]}${m[2] === "I" || m[2] === "We" ? "Could" : "could"} ${m[2] === "I" ? "I" : "we"} ${text.slice(m[0].length)}` : text;
}

/** rewriteSentence before the justifications of the removed part are dropped. */
function rewriteWithLead(source: string, found: Sentence, targets: RewriteTarget[]): SentenceRewrite | undefined {
  const whole = rewriteBody(source, found, targets);
  if (!whole) return whole;
  const lead = sentenceLead(source, found, targets);
  if (!lead) return whole;
  const after = found.start + lead.length;
  // (the rewrite kept the lead: nothing to do, unless what follows it now opens with a connector whose first
  // half went, "PS: My phone is 555-..., but honestly I'm quicker on Upwork chat" -> "PS: but honestly ...")
  const dangling = (t: string) => LEXICON.leadingConnectors.startOf(t) !== undefined && LEXICON.leadingConnectors.startOf(source.slice(after, found.end)) === undefined;
  if (whole.start >= after || (whole.text.startsWith(lead) && !dangling(whole.text.slice(lead.length)))) return whole;
  // (a remark set off by a dash that the rewrite kept while dropping what followed it: "Thanks for considering me — ..." -> "Thanks for considering me")
  const remark = /[—–]\s*$|\s-\s*$/.test(lead) && LEXICON.sentenceLeads.startOf(lead) === undefined ? lead.replace(/[\s—–-]*$/, "") : undefined;
  if (remark && whole.start === found.start && whole.text.trimEnd() === source.slice(found.start, found.start + remark.length)) return whole;
  // (a finding of the whole sentence, lead and all, is a finding of what follows the lead)
  const clipped = targets.map((t) => (t.start < after ? { ...t, start: after } : t));
  const rest = rewriteBody(source, { ...found, start: after, joins: found.joins?.filter((j) => j > after) }, clipped);
  if (!rest || rest.start < after || words(rest.text).length < 2) return whole;
  // (a label's value on a line of its own is the book's phrase, not a sentence, as lineLabel gives it: "Payment: Wise transfer ..." -> "Payment: through Upwork")
  const book = byPriority(targets.map((t) => t.book));
  const phrases = [book.statement, book.offer, book.invitation].map((p) => p.toLowerCase());
  if (/:\s*$/.test(lead) && LEXICON.sentenceLeads.startOf(lead) === undefined && found.close === found.end && rest.start === after && phrases.includes(rest.text.trim().toLowerCase())) {
    const value = book.signoff;
    return { ...rest, text: value, sentence: value + rest.sentence.slice(rest.text.length), phrase: value };
  }
  // (after a comma or a word the rewrite goes on in lower case: "Btw, all payments go through Upwork")
  // (after a colon or an abbreviation's full stop it goes on as it was: "P.S. Let's keep talking here on Upwork")
  if (rest.start !== after || /[:.]\s*$/.test(lead)) return rest;
  const text = lowerFirst(rest.text);
  return { ...rest, text, sentence: text + rest.sentence.slice(rest.text.length) };
}

/**
 * The words that open the sentence before every finding and stand whatever follows them: a lead of
 * `sentenceLeads` ("PS: ", "Btw, ") or a short label ("Payment: ", "Month 2 onward: ") that names no
 * channel, detail or request; undefined when there is none.
 */
function sentenceLead(source: string, sentence: Sentence, targets: { start: number; end: number; family?: string; book: Phrasebook }[]): string | undefined {
  const body = source.slice(sentence.start, sentence.end);
  // (a finding that starts with the sentence took the lead with it: detection reads whole sentences)
  const first = Math.min(...targets.map((t) => (t.start === sentence.start ? Infinity : t.start))) - sentence.start;
  const known = LEXICON.sentenceLeads.startOf(body);
  let lead: string | undefined;
  if (known !== undefined && body.startsWith(known)) {
    const m = /^\s*(?:[,:]\s*|\s+(?:[—–-]\s+)?)/.exec(body.slice(known.length));
    if (m && (m[0].trim() !== "" || /^\p{Lu}/u.test(body.slice(known.length + m[0].length)) || /^p\.?p?\.?s\.?$/i.test(known))) lead = known + m[0];
  } else {
    const m = LABEL_RE.exec(body);
    // (not a web address's scheme: "https://")
    if (m && /:/.test(m[0]) && body[m[0].length] !== "/" && standingLabel(m[2]!, targets)) lead = m[0].replace(/\s*$/, " ");
  }
  if (lead === undefined) return clauseLead(body, sentence.start, targets);
  if (first < lead.length || words(body.slice(lead.length)).length < 2) return undefined;
  return lead;
}

/**
 * The sentence's opening of time, purpose or condition ("Before we go further, ", "To save time, ") or its
 * frame ("Please note that ") that stays in front of a whole rewrite (lexicon `clauseLeads`): no finding
 * starts inside it, and it names no channel, detail, platform, dangling cue or what the findings are
 * about; undefined otherwise. `body` is the sentence's text, starting at offset `at` of the source.
 */
function clauseLead(body: string, at: number, targets: { start: number; family?: string; book: Phrasebook }[]): string | undefined {
  const bare = body.replace(/^[\s*_]+/, "");
  const markup = body.length - bare.length;
  let lead: string | undefined;
  const frame = LEXICON.clauseLeadFrames.startOf(bare);
  if (frame !== undefined && /^\s+\S/.test(bare.slice(frame.length))) lead = bare.slice(0, frame.length) + /^\s+/.exec(bare.slice(frame.length))![0];
  // (not before an address, whose purpose is the visit or the shipping, nor before a feedback demand, whose condition is its own)
  else if (LEXICON.clauseLeadOpeners.startOf(bare) !== undefined && !targets.some((t) => t.family === "feedback" || (t as { rule?: string }).rule === "contact/address")) {
    const m = /^[^,;:—–()\[\]!?.]+,\s+/.exec(bare);
    if (m && words(m[0]).length <= LEXICON.clauseLeadMaxWords) lead = m[0];
  } else {
    // (a short remark set off by a dash: "I'll be honest—", "Heads up — ")
    // (not the opening of a pair of dashes, "The final logo — which ... — comes", nor a channel's verb, "Ring me — ")
    const m = /^[^,;:—–()\[\]!?.\d]+?(?:\s?[—–]\s?|\s-\s)/u.exec(bare);
    if (m && words(m[0]).length <= LEXICON.dashLeadMaxWords && !/[—–]|\s-\s/.test(bare.slice(m[0].length)) && !CHANNEL_VERBS.occursIn(m[0]) && !LEXICON.contactVerbs.occursIn(m[0])) lead = m[0];
  }
  if (lead === undefined || words(bare.slice(lead.length)).length < 2) return undefined;
  // (a finding that starts inside the lead, or a lead that names what went, is part of the point)
  // (a finding of the whole sentence is detection reading whole sentences: it is a finding of what follows the lead)
  // (the dash that closes a lead may open the finding: "Looking forward—expect my follow-ups ...")
  const own = lead.replace(/[\s—–-]*$/, "").length;
  if (targets.some((t) => t.start > at && t.start < at + markup + own)) return undefined;
  const cues = (t: string) => DETAIL_MARK_RE.test(t) || LEXICON.platformNames.occursIn(t) || LEXICON.channelNouns.occursIn(t) || LEXICON.labelWords.occursIn(t) || LEXICON.offPlatform.occursIn(t) || LEXICON.paymentChannels.occursIn(t) || dangles(t, danglingOf(targets.map((x) => x.book)));
  if (cues(lead) || targets.some((t) => t.family !== undefined && LEXICON.findingCues.get(t.family)?.occursIn(lead!))) return undefined;
  // (a negative condition is a threat's or a demand's own: "If you won't approve it today, ...")
  if (LEXICON.feedbackWords.occursIn(lead) || /\b(?:not|no|never)\b|n['’]t\b/i.test(lead)) return undefined;
  return body.slice(0, markup) + lead;
}

/**
 * True when a label's name (`name`, before its colon) stands whatever its value becomes: a few words that
 * name no channel, detail or request ("Email me", "WhatsApp", "Visit us" are the finding), nor what the
 * findings are about ("Review bonus"), unless it is a field's plain name (`fieldLabels`: "Payment", "Rates").
 */
function standingLabel(name: string, targets: { family?: string; book: Phrasebook }[]): boolean {
  // (a channel's name labels a contact detail; for any other finding, "profile: shared by 3 devs", it is the field's name)
  const contact = targets.some((t) => t.family === "contact" || t.family === undefined);
  if (words(name).length > 4 || /\b(?:me|us|you|I|my|our)\b/i.test(name) || LEXICON.contactVerbs.startOf(name) || (contact && (LEXICON.labelWords.occursIn(name) || LEXICON.channelNouns.occursIn(name)))) return false;
  if (DETAIL_MARK_RE.test(name.replace(/\b\d{1,2}\b/g, "")) || dangles(name, danglingOf(targets.map((t) => t.book)))) return false;
  const field = LEXICON.fieldLabels.startOf(name);
  if (field !== undefined && field.length === name.trim().length) return true;
  return !targets.some((t) => t.family !== undefined && LEXICON.findingCues.get(t.family)?.occursIn(name));
}

function rewriteBody(source: string, found: Sentence, targets: RewriteTarget[]): SentenceRewrite | undefined {
  let sentence = found;
  const regions = targets
    .map((t) => ({ ...t, ...narrowed(source, t) }))
    .map((t) => (t.rule === "contact/address" ? narrowedToAddressBracket(source, t) : t))
    .map((t) => ({ ...widenToLink(source, sentence, t), family: t.family, rule: t.rule, book: t.book, removable: t.removable, clauseLevel: t.clauseLevel }))
    .map((t) => ({ ...t, start: Math.max(t.start, sentence.start), end: Math.min(t.end, sentence.end) }))
    .map((t) => (t.rule === "contact/address" ? widenToAddressEnd(source, t, sentence.end) : t))
    .map((t) => widenToBrackets(source, t))
    // Emphasis around a detail goes with it; emphasis around the whole sentence is the line's own.
    .map((t) => { const w = widenToEmphasis(source, t); return w.start < sentence.start ? t : w; })
    .filter((t) => t.end > t.start);
  if (regions.length === 0) return undefined;
  // (findings that start on a later line of the sentence leave the lines before them alone: "Victor\n(5th follow-up ...)")
  const firstLine = source.lastIndexOf("\n", Math.min(...regions.map((r) => r.start)) - 1) + 1;
  if (firstLine > sentence.start) sentence = { ...sentence, start: firstLine, joins: sentence.joins?.filter((j) => j > firstLine) };
  // (emphasis closed after the line's last word, "at **jane@x.com**", is the sentence's own)
  const reach = Math.max(...regions.map((r) => r.end));
  const lineEnd = source.indexOf("\n", reach) < 0 ? source.length : source.indexOf("\n", reach);
  if (reach > sentence.end && sentence.close === sentence.end && source.slice(reach, lineEnd).trim() === "") sentence = { ...sentence, end: reach, close: reach };
  // (a threat whose condition is a clause of its own: "If you don't approve by Friday, I'll leave you 1 star")
  const request = regions.every((r) => r.family === "feedback") ? threatAsRequest(source.slice(sentence.start, sentence.end)) : undefined;
  if (request !== undefined) return { start: sentence.start, end: sentence.end, text: request, sentence: request + source.slice(sentence.end, sentence.close), phrase: request };
  const alternative = otherwiseKept(source, sentence, regions);
  const otherwise = alternative === undefined ? undefined : emphasisClosed(source, sentence, source.slice(sentence.start, sentence.end), alternative);
  if (otherwise !== undefined) return { start: sentence.start, end: sentence.end, text: otherwise, sentence: otherwise + source.slice(sentence.end, sentence.close), phrase: otherwise.trim() };
  const bracketed = withoutBracketedFinding(source, sentence, regions);
  if (bracketed !== undefined) return { start: sentence.start, end: sentence.end, text: bracketed, sentence: bracketed + source.slice(sentence.end, sentence.close), phrase: bracketed.trim() };
  const dashed = withoutDashAside(source, sentence, regions);
  if (dashed !== undefined) return { start: sentence.start, end: sentence.end, text: dashed, sentence: dashed + source.slice(sentence.end, sentence.close), phrase: dashed.trim() };
  const relative = withoutRelativeAside(source, sentence, regions);
  if (relative !== undefined) return { start: sentence.start, end: sentence.end, text: relative, sentence: relative + source.slice(sentence.end, sentence.close), phrase: relative.trim() };
  const aside = withoutClosingAside(source, sentence, regions);
  if (aside !== undefined) {
    // (the aside's own closing bracket, "(... until you do!)", may sit in the terminal: it goes, the marks stay)
    const terminal = source.slice(sentence.end, sentence.close);
    const kept = /[)\]]/.test(terminal) && bracketBalance(aside, "(", ")") === 0 ? terminal.replace(/[)\]]/g, "") : terminal;
    return { start: sentence.start, end: sentence.close, text: aside + kept, sentence: aside + kept, phrase: aside.trim() };
  }
  const signature = signatureKept(source, sentence, regions) ?? withoutCellItems(source, sentence, regions) ?? withoutSeparatedItems(source, sentence, regions) ?? withoutDetailAsides(source, sentence, regions) ?? withoutOtherPayments(source, sentence, regions);
  if (signature !== undefined) return { start: sentence.start, end: sentence.end, text: signature, sentence: signature + source.slice(sentence.end, sentence.close), phrase: signature.trim() };
  // A detail asked for beside something innocent goes alone: "send me your Skype ID and the brief" -> "send me the brief".
  const listed = withoutListedDetails(source, sentence, regions);
  if (listed !== undefined) return listed;
  // A hand-over set after the feedback waits for the milestone's approval instead: "follows after submission of a positive evaluation" -> "follows after approval of the final milestone".
  const held = heldEventSwapped(source, sentence, regions);
  if (held !== undefined) return { start: sentence.start, end: sentence.end, text: held, sentence: held + source.slice(sentence.end, sentence.close), phrase: held.trim() };
  // A line's label before a value that was only the detail stays: "Booking for the kick-off: https://..." -> "Booking for the kick-off: via Upwork messages".
  const valued = labelledValueKept(source, sentence, regions);
  if (valued !== undefined) return { start: sentence.start, end: sentence.end, text: valued, sentence: valued + source.slice(sentence.end, sentence.close), phrase: valued.trim() };
  // The work another person was to do on my login stays, done by me: "my sister will log in to my account and handle your books" -> "I will personally handle your books".
  const owned = ownWorkKept(source, sentence, regions);
  if (owned !== undefined) return { start: sentence.start, end: sentence.end, text: owned, sentence: owned + source.slice(sentence.end, sentence.close), phrase: owned.trim() };
  // A spoken means with the detail stated after it is a call here: "explain better by phone, my number is +1 ..., or" -> "explain better on an Upwork call, or".
  const spoken = spokenMeansSwapped(source, sentence, regions);
  if (spoken !== undefined) return { start: sentence.start, end: sentence.end, text: spoken, sentence: spoken + source.slice(sentence.end, sentence.close), phrase: spoken.trim() };
  // Minimal edit first: the detail and its lead-in replaced where they stand, every other word kept.
  const minimal = minimalAccepted(source, sentence, regions);
  if (minimal !== undefined) return minimal;
  // An app named as the means of something is Upwork's own means in its place: "held weekly via Microsoft Teams (ID: ...)" -> "held weekly via Upwork calls".
  const means = channelMeansSwapped(source, sentence, regions);
  if (means !== undefined) return { start: sentence.start, end: sentence.end, text: means, sentence: means + source.slice(sentence.end, sentence.close), phrase: means.trim() };
  // A finding that is a condition, reason or contrast of its own goes alone; the main clause stays.
  const dependent = withoutDependentPieces(source, sentence, regions);
  if (dependent !== undefined) return { start: sentence.start, end: sentence.end, text: dependent, sentence: dependent + source.slice(sentence.end, sentence.close), phrase: dependent.trim() };
  // (an address widened to its town and postcode keeps those commas too)
  const protect: Range[] = [...targets.filter((t) => t.keepsPunctuation).map((t) => narrowed(source, t)), ...regions.filter((r) => r.rule === "contact/address")].map((t) => [t.start, t.end]);
  const clauses = clausesOf(source, sentence, protect, regions.map((r) => [r.start, r.end]));
  const body = source.slice(sentence.start, sentence.end);
  const families = new Set(regions.flatMap((r) => (r.family ? [r.family as Family] : [])));
  const rules = new Set(regions.flatMap((r) => (r.rule ? [r.rule] : [])));
  // (a line's own label, "- Public feedback: 5★ only ...", stays when the whole of what follows it must go)
  const label = lineLabel(source, sentence, regions);
  // Each mode first with neighbouring clauses pointed here on Upwork, then with them dropped.
  for (const [mode, swapping] of (["clauses", "runs", "merged", "whole"] as Mode[]).flatMap((m) => [[m, true], [m, false]] as const)) {
    const signoff = byPriority(regions.map((r) => r.book)).signoff;
    let result = mode === "whole" && label ? { text: label + signoff, phrase: signoff } : compose(source, sentence, clauses, regions, mode, swapping);
    // (a whole rewrite that still asks for the client's details is the request's own phrase: "Leave your contacts in reply ..." -> "Let's keep talking here on Upwork")
    if (result && mode === "whole" && stillAsksForDetail(result.text, rules)) {
      const invitation = byPriority(regions.map((r) => r.book)).invitation;
      result = { text: invitation.charAt(0).toUpperCase() + invitation.slice(1), phrase: invitation };
    }
    // (the whole sentence rewritten keeps its quotation paired: a mark it dropped is put back at the near end)
    if (result && mode === "whole") result.text = quotesPaired(body, result.text);
    // (a short closing piece left alone after the findings that opened the sentence went is a fragment, "Certified and all":
    // the rule's statement comes before it, "I do all the work on this profile myself, certified and all")
    if (result && mode !== "whole") result = fragmentLed(body, result, regions.map((r) => [r.start - sentence.start, r.end - sentence.start] as Range), byPriority(regions.map((r) => r.book)).statement);
    if (result && (mode === "whole" || (readsWell(body, result.text, regions.map((r) => r.book)) && !stillViolates(result.text, families, rules) && !stillAsksForDetail(result.text, rules)))) {
      const text = emphasisClosed(source, sentence, body, placeVerbsSwapped(result.text));
      if (text === body) return undefined;
      const terminal = source.slice(sentence.end, sentence.close);
      // A closing bracket in the terminal whose opener went with the rewritten part ("... (it helps my
      // ranking!!)") goes too: the edit then reaches over the terminal, which is written back without it.
      if (/[)\]]/.test(terminal) && ["()", "[]"].some(([o, c]) => bracketBalance(body, o!, c!) > bracketBalance(text, o!, c!))) {
        const kept = terminal.replace(/[)\]]/g, "");
        return { start: sentence.start, end: sentence.close, text: text + kept, sentence: text + kept, phrase: placeVerbsSwapped(result.phrase) };
      }
      return { start: sentence.start, end: sentence.end, text, sentence: text + terminal, phrase: placeVerbsSwapped(result.phrase) };
    }
  }
  return undefined;
}

/** Most words a closing piece left alone may have and still be read as a fragment, not a clause of its own. */
const FRAGMENT_MAX_WORDS = 4;

/**
 * `result` with the rule's `statement` before it when all it kept of `body` is a short closing piece after a comma and the
 * findings (`ranges`, offsets in `body`) opened the sentence: "Certified and all" -> "I do all the work on this profile
 * myself, certified and all"; `result` unchanged otherwise.
 */
function fragmentLed(body: string, result: { text: string; phrase: string }, ranges: Range[], statement: string): { text: string; phrase: string } {
  const kept = result.text.trim();
  const words = kept.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  // (a clause with its own subject stands, "I really need this", "I hope that's OK", and so does a template's field)
  if (words.length === 0 || words.length > FRAGMENT_MAX_WORDS || /[,;:—–?!{}]/.test(kept) || /(?<![\p{L}])(?:I|I['’]\p{L}+|we|you|he|she|they|it|this|that|there)(?![\p{L}])/iu.test(kept)) return result;
  const opened = Math.min(...ranges.map(([a]) => a)) <= /^\s*/.exec(body)![0].length;
  const at = body.toLowerCase().lastIndexOf(`, ${kept.toLowerCase()}`);
  if (!opened || at < 0 || at + 2 + kept.length !== body.trimEnd().length || Math.max(...ranges.map(([, b]) => b)) > at + 1) return result;
  const lead = statement.charAt(0).toUpperCase() + statement.slice(1);
  return { text: `${lead}, ${body.slice(at + 2, at + 2 + kept.length)}`, phrase: statement };
}

/** The client's contact detail still named as what to give: "your contacts", "your personal email". */
const CLIENT_DETAIL_RE = new RegExp(String.raw`(?<![\p{L}])your\s+(?:(?:personal|private|work|business|direct|best|preferred)\s+)?(?:${[...LEXICON.requestedDetails.words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|")})(?![\p{L}\p{N}])`, "iu");

/** True when a rewrite of a request for the client's details still asks for them: "Leave your contacts here on Upwork". */
function stillAsksForDetail(text: string, rules: Set<string>): boolean {
  return rules.has("contact/request") && CLIENT_DETAIL_RE.test(text);
}

/** A channel's own verb addressed to me: "call me", "text us", "DM me". */
const CHANNEL_VERBS = new WordList([...LEXICON.placeVerbSwaps.keys(), ...LEXICON.objectChannelVerbs.keys()].filter((k) => /\b(?:me|us)$/.test(k)));

/**
 * The sentence with only its contact details replaced (minimal-edit.ts), when that reads well, no longer
 * reads as the violation (verify.ts) and leaves no finding of the same families; undefined otherwise.
 */
function minimalAccepted(source: string, sentence: Sentence, regions: Region[]): SentenceRewrite | undefined {
  const body = source.slice(sentence.start, sentence.end);
  const found = minimalEdit(source, sentence.start, sentence.end, regions);
  if (found === undefined) return undefined;
  // (a call named by its medium beside the removed detail is an Upwork call: "a five-minute phone chat saves a week (call me at ...)")
  const edited = regions.every((r) => r.family === "contact") ? { text: spokenCallsSwapped(found.text), clauses: found.clauses.map((c) => spokenCallsSwapped(c).replace(/\bUpwork calls?\b/g, " ")) } : found;
  const text = emphasisClosed(source, sentence, body, placeVerbsSwapped(edited.text));
  if (text === body || !readsWell(body, text, regions.map((r) => r.book))) return undefined;
  // (a sentence that set the channel against Upwork, "it's faster than Upwork chat", needs its clause rewritten)
  if (/\bUpwork\b/i.test(body)) return undefined;
  // (nor may the rest still name a channel or point back at it: "I'll email the audit", "DM me there")
  // (a channel named in another clause is about the work: "I grew a brand's Instagram — message me here on Upwork")
  const withoutPhrases = (t: string) => regions.reduce((x, r) => x.split(r.book.place ?? "here on Upwork").join(" ").split("here on Upwork").join(" ").split(r.book.verb).join(" "), t);
  const own = edited.clauses.map((c) => withoutPhrases(placeVerbsSwapped(c)).replace(PRODUCT_RE, " ").replace(CLIENT_OWNED_RE, " "));
  const rest = withoutPhrases(text).replace(/\bUpwork calls?\b/g, " ");
  if (own.some((c) => LEXICON.channelNouns.occursIn(c) || LEXICON.channelPhrases.occursIn(c))) return undefined;
  // (what points back at the channel does so from any clause: "..., so feel free to DM me there", "..., call me after six")
  const pointing = withoutExistentialThere(rest).replace(PRODUCT_RE, " ");
  // (a channel's own verb left alone, "..., please add, then ...", asked to use the detail that went)
  if (text.split(/[,;—–]/).some((piece) => BARE_CHANNEL_ONLY_RE.test(piece))) return undefined;
  if (CHANNEL_VERBS.occursIn(pointing) || LEXICON.offPlatform.occursIn(pointing) || LEXICON.danglingCues.occursIn(pointing) || LEXICON.alternativeCues.occursIn(pointing) || danglingOf(regions.map((r) => r.book)).occursIn(pointing)) return undefined;
  const families = new Set(regions.flatMap((r) => (r.family ? [r.family as Family] : [])));
  if (stillViolates(text, families, new Set(regions.flatMap((r) => (r.rule ? [r.rule] : []))))) return undefined;
  const terminal = source.slice(sentence.end, sentence.close);
  if (rulesFlaggingAlone(text + terminal, RULES.filter((r) => families.has(r.meta.family))).length > 0) return undefined;
  return { start: sentence.start, end: sentence.end, text, sentence: text + terminal, phrase: text.trim() };
}

/** A spoken means (lexicon `meansChannels.spoken`) with the detail stated right after it: "by phone, my number is +57 300 555 0142". */
const SPOKEN_STATED_RE = new RegExp(String.raw`(?<![\p{L}])(?:${[...LEXICON.meansChannels.spoken].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|")})\s*(?:,|[—–:]|\s-)\s*(?:my|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:number|mobile|cell|line|phone|whatsapp)\s+(?:is\s+|:\s*)[^,;—–]*\d[^,;—–]*`, "iu");

/**
 * The sentence body with a spoken means whose detail is stated right after it said as a call here, the statement gone:
 * "I can explain better by phone, my number is +57 300 555 0142, or ..." -> "I can explain better on an Upwork call, or ...".
 * Undefined unless every contact finding lies inside that stretch and the result reads well and is clean.
 */
function spokenMeansSwapped(source: string, sentence: Sentence, regions: Region[]): string | undefined {
  if (!regions.every((r) => r.family === "contact" && r.rule !== "contact/request")) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  const m = SPOKEN_STATED_RE.exec(body);
  if (!m) return undefined;
  const [from, to] = [sentence.start + m.index, sentence.start + m.index + m[0].trimEnd().length];
  if (!regions.every((r) => r.start >= from && r.end <= to + 2)) return undefined;
  const text = body.slice(0, m.index) + LEXICON.meansChannels.spokenSwap + body.slice(m.index + m[0].trimEnd().length);
  const families = new Set(regions.flatMap((r) => (r.family ? [r.family as Family] : [])));
  if (!readsWell(body, text, regions.map((r) => r.book)) || DETAIL_MARK_RE.test(text) || stillViolates(text, families, new Set(regions.flatMap((r) => (r.rule ? [r.rule] : []))))) return undefined;
  return text;
}

const MEANS_APP = [...LEXICON.meansChannels.apps].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");
/** An app named as a means, with any apps joined to it and a bracketed detail after it: "via Microsoft Teams (my Teams ID: x@y.de)". */
const MEANS_RE = new RegExp(String.raw`(?<![\p{L}])(via|over|through|on|using)\s+(?:(?:my|our|the)\s+)?(?:${MEANS_APP})(?:\s*(?:,|\/|and|or|&)\s*(?:${MEANS_APP}))*(?![\p{L}])(\s*\([^()]*\))?`, "giu");

/**
 * The sentence body with each finding that is an app named as a means ("via", "over", "through", "on", "using"
 * before it; lexicon `meansChannels`), and its bracketed detail, said as Upwork's own means: "Coordination meetings
 * will be held weekly via Microsoft Teams (my Teams ID: x@y.de)" -> "... via Upwork calls"; "Secure file transfer over
 * Signal (+1 ...) for anything confidential" -> "... over Upwork messages for anything confidential". Not after a
 * person ("reach me on WhatsApp" is a message here, not a means), and undefined unless the rest still reads well,
 * points back at no channel and no longer reads as the violation.
 */
function channelMeansSwapped(source: string, sentence: Sentence, regions: Region[]): string | undefined {
  if (!regions.every((r) => r.family === "contact" && r.rule !== undefined && !LEXICON.inPersonRules.has(r.rule) && r.rule !== "contact/request")) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  const means = LEXICON.meansChannels.callWords.occursIn(body) ? LEXICON.meansChannels.calls : LEXICON.meansChannels.messages;
  // (not where I am reached, "send me these on WhatsApp", nor a comparison with it, "I'm quicker on Telegram", "Fastest replies on WhatsApp")
  const reached = (before: string) => /\b(?:me|us|you|him|her|them)(?:\s+[\p{L}'’-]+){0,2}\s*$/iu.test(before) || LEXICON.meansChannels.notAfter.endsText(before);
  // (nor inside a concession, "Although I'm usually on Telegram, ...", which goes whole)
  const conceded = (before: string) => LEXICON.concessiveOpeners.startOf(before.split(/[,;:—–]/).pop()!.replace(/^[\s*_]+/, "")) !== undefined;
  const hits = [...body.matchAll(MEANS_RE)].filter((m) => !reached(body.slice(0, m.index)) && !conceded(body.slice(0, m.index)));
  const covers = (r: Region) => hits.some((m) => m.index! <= r.start - sentence.start + /^\s*/.exec(source.slice(r.start, r.end))![0].length && m.index! + m[0].length >= r.end - sentence.start - /\s*$/.exec(source.slice(r.start, r.end))![0].length && r.end - sentence.start > m.index!);
  if (hits.length === 0 || !regions.every(covers)) return undefined;
  let text = body;
  for (const m of [...hits].reverse()) text = `${text.slice(0, m.index)}${m[1]} ${means}${text.slice(m.index! + m[0].length)}`;
  const books = regions.map((r) => r.book);
  const rest = text.split(means).join(" ");
  const families = new Set(regions.flatMap((r) => (r.family ? [r.family as Family] : [])));
  const rules = new Set(regions.flatMap((r) => (r.rule ? [r.rule] : [])));
  if (!readsWell(body, text, books) || DETAIL_MARK_RE.test(rest) || dangles(rest, danglingOf(books)) || LEXICON.offPlatform.occursIn(rest) || LEXICON.channelPhrases.occursIn(rest)) return undefined;
  if (stillViolates(text, families, rules) || rulesFlaggingAlone(text + source.slice(sentence.end, sentence.close), RULES.filter((r) => families.has(r.meta.family))).length > 0) return undefined;
  return text;
}

/**
 * The sentence body with a closing value that was only a contact detail ("... for the kick-off meeting:
 * https://cal.com/x") said as the rule's line value ("via Upwork messages"), the label kept whole; undefined when the
 * findings are not the whole value after a colon, the value holds words, or the label names a channel or a detail
 * (those labels are the finding's, and the line's own rewrite says "Contact:").
 */
function labelledValueKept(source: string, sentence: Sentence, regions: Region[]): string | undefined {
  if (!regions.every((r) => r.family === "contact" && r.rule !== "contact/request")) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  const from = Math.min(...regions.map((r) => r.start)) - sentence.start;
  const to = Math.max(...regions.map((r) => r.end)) - sentence.start;
  // (a finding that took words of the label, "booking for the kick-off meeting: https://...", leaves the label whole when the value is the detail)
  const colon = body.slice(0, to).search(/:\s*\S+\s*$/);
  const at = colon >= 0 && colon >= from && !/^\/\//.test(body.slice(colon + 1)) ? colon + 1 : from;
  const label = body.slice(0, at);
  const value = body.slice(at, to).trim();
  if (!/\S\s*:\s*$/.test(label) || body.slice(to).trim() !== "" || value === "") return undefined;
  // (a bare detail: every token a link, an address, a handle or a number)
  if (!value.split(/\s+/).every((w) => DETAIL_MARK_RE.test(w) || /^[+()\d.-]+$/.test(w))) return undefined;
  const name = label.replace(/^[\s>*_#+\-\d.)|]*/, "");
  // (a label of two words or fewer that names a channel is the channel's own line, "Booking link:", which says "Contact:";
  // a longer one describes what the value was for, "Appointment booking for the kick-off meeting:")
  const named = LEXICON.labelWords.occursIn(name) || LEXICON.channelNouns.occursIn(name);
  // (a label names a thing, "Slides for the workshop:", not an invitation or a sentence: "Book a free call here:", "Happy to jump on a call:")
  const sentenceLike = /[,;]|\b(?:to|here|please|kindly|I|you|we)\b/i.test(name) || LEXICON.invitationStarters.startOf(name) !== undefined || LEXICON.offerStarters.startOf(name) !== undefined || LEXICON.contactVerbs.startOf(name) !== undefined || LEXICON.formVerbs.startOf(name) !== undefined;
  if (sentenceLike || words(name).length > 8 || words(name).length < 2 || (words(name).length <= 2 && named) || DETAIL_MARK_RE.test(name) || LEXICON.callApps.occursIn(name) || /\b(?:me|us|my|our)\b/i.test(name)) return undefined;
  const text = `${label.replace(/\s*$/, " ")}${byPriority(regions.map((r) => r.book)).signoff}`;
  return readsWell(body, text, regions.map((r) => r.book)) ? text : undefined;
}

/** The sentence body with another person's use of my login said as my own work (own-work.ts); undefined when it has none or the result does not read well or still reads as sharing. */
function ownWorkKept(source: string, sentence: Sentence, regions: Region[]): string | undefined {
  if (!regions.every((r) => r.rule === "account/shared-account")) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  const text = sharedWorkOwned(body, Math.min(...regions.map((r) => r.start)) - sentence.start, Math.max(...regions.map((r) => r.end)) - sentence.start);
  if (text === undefined || !readsWell(body, text, regions.map((r) => r.book)) || dangles(text, danglingOf(regions.map((r) => r.book))) || stillViolates(text + source.slice(sentence.end, sentence.close), new Set<Family>(["account"]), new Set(["account/shared-account"]))) return undefined;
  return text;
}

/**
 * The sentence body with a withholding finding that is the feedback a hand-over waits for, said as a noun after
 * "after", "upon", "following" ... (lexicon `heldUntilFeedback`), replaced by the approval of the final milestone, every
 * other word kept: "Transfer of the source code follows after submission of a positive evaluation on the platform" ->
 * "... follows after approval of the final milestone"; undefined when a finding is no such noun or the rest does not read well.
 */
const HELD_OPENER_RE = new RegExp(String.raw`(?<![\p{L}])(?:${[...LEXICON.heldUntilFeedback.openers.words].sort((a, b) => b.length - a.length).join("|").replace(/ /g, "\\s+")})(?![\p{L}])`, "giu");

function heldEventSwapped(source: string, sentence: Sentence, regions: Region[]): string | undefined {
  if (!regions.every((r) => r.rule === "feedback/withholding")) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  let text = body;
  for (const r of [...regions].sort((a, b) => b.start - a.start)) {
    const start = r.start - sentence.start;
    // (the event runs to the end of its piece, and is a noun naming the feedback: no clause of its own)
    const eventAt = (at: number) => {
      const stop = body.slice(at).search(/[,;|—–()]|\s-\s/);
      const to = stop < 0 ? body.length : at + stop;
      const event = body.slice(at, to);
      const ok = to >= r.end - sentence.start - 1 && (LEXICON.feedbackWords.occursIn(event) || /★|\bstars?\b|\b(?:evaluation|rating|testimonial)s?\b/i.test(event)) && !/\b(?:you|I|we|they|he|she)\b/i.test(event);
      return ok ? { from: at, to, event } : undefined;
    };
    // (the opener may stand right before the finding or inside it: a finding of the whole clause, "Transfer ... follows
    // after submission of a positive evaluation", holds the hand-over too, which stays)
    const found = (LEXICON.heldUntilFeedback.openers.endsText(body.slice(0, start)) ? eventAt(start) : undefined) ??
      [...body.slice(start, r.end - sentence.start).matchAll(HELD_OPENER_RE)].map((m) => eventAt(start + m.index! + m[0].length)).find((e) => e !== undefined);
    // (a delivery held back "only after" the feedback comes with the final milestone: heldDelivery's)
    if (found === undefined || /\bonly\s+\S+\s*$/i.test(body.slice(0, found.from))) return undefined;
    const { from, to, event } = found;
    const gap = /^\s*/.exec(event)![0];
    const trail = /\s*$/.exec(event)![0];
    // (a focusing "only" before the held verb and its object goes: the hand-over is simply at the milestone, "but we only
    // transfer site ownership after ..." -> "but we transfer site ownership after approval of the final milestone")
    const pieceAt = Math.max(...[",", ";", "—", "–"].map((c) => text.lastIndexOf(c, from))) + 1;
    const head = text.slice(0, from).slice(pieceAt).replace(/(?<![\p{L}])only\s+(?=\p{Ll})/u, "");
    text = `${text.slice(0, pieceAt)}${head}${gap || (/\s$/.test(head) ? "" : " ")}${LEXICON.heldUntilFeedback.event}${trail}${text.slice(to)}`;
  }
  const families = new Set(regions.flatMap((r) => (r.family ? [r.family as Family] : [])));
  if (text === body || !readsWell(body, text, regions.map((r) => r.book)) || stillViolates(text + source.slice(sentence.end, sentence.close), families)) return undefined;
  return text;
}

/** The pieces of `body` between its commas, semicolons and dashes, as [start, end) offsets without the marks. */
function pieceRanges(body: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const m of body.matchAll(PIECE_BREAK_RE)) {
    if (m.index! > at) out.push([at + /^\s*/.exec(body.slice(at))![0].length, m.index!]);
    at = m.index! + m[0].length;
  }
  if (at < body.length) out.push([at + /^\s*/.exec(body.slice(at))![0].length, body.length]);
  return out;
}

/** What may set off a piece: a comma, semicolon or dash (spaced or not). */
const PIECE_BREAK_RE = /\s*(?:[,;]|\s[—–-]|[—–])\s*/gu;

/**
 * The sentence body without each finding that is a dependent piece of its own (lexicon `dependentPieces`: it opens
 * with "if", "when", "because", "but" ... and runs to the next comma, semicolon or dash or the end), when what is
 * left reads on its own and no longer reads as the violation: "I'd appreciate a review—but please only rate me if you
 * can give full marks" -> "I'd appreciate a review"; "I'm happy to sign your NDA here, and if you could also send me
 * your cell, we can iron out the details" -> "I'm happy to sign your NDA here, and we can iron out the details";
 * undefined when a finding is no such piece or the rest would not stand.
 */
function withoutDependentPieces(source: string, sentence: Sentence, regions: Region[]): string | undefined {
  // (a contact detail's piece is said here on Upwork in its place by the clause rewrites: "if you follow me on X")
  if (regions.some((r) => r.family === "contact" || (r.rule !== undefined && LEXICON.dependentNotForRules.has(r.rule)))) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  let text = body;
  let limit = body.length;
  // (a finding over several pieces whose cues lie in one dependent piece alone is a finding of that piece:
  // detection reads whole sentences, "Although I usually take clients off Upwork after a month, for a project ...")
  const pieces = pieceRanges(body);
  regions = regions.map((r) => {
    const over = pieces.filter(([a, b]) => a < r.end - sentence.start && b > r.start - sentence.start);
    // (the off-platform words are the cues: a feedback finding's words are spread over its pieces)
    const cued = over.filter(([a, b]) => { const t = body.slice(a, b); return LEXICON.offPlatform.occursIn(t) || LEXICON.paymentChannels.occursIn(t) || LEXICON.paymentMethodWords.occursIn(t); });
    if (r.family !== "circumvention" || over.length < 2 || cued.length !== 1 || LEXICON.dependentOpeners.startOf(body.slice(cued[0]![0], cued[0]![1])) === undefined) return r;
    return { ...r, start: sentence.start + cued[0]![0], end: sentence.start + cued[0]![1] };
  });
  for (const r of [...regions].sort((a, b) => b.start - a.start)) {
    const rs = r.start - sentence.start;
    // (the finding's own closing comma is the piece's break: "if you could send me your cell, ")
    const re = rs + body.slice(rs, r.end - sentence.start).replace(/[\s,;—–-]*$/, "").length;
    // (the piece opens where the finding does, after any mark that set it off: "—but please ...")
    let lead = /^[\s,;—–-]*/.exec(body.slice(rs, re))![0].length;
    // (or where its piece does, when the finding is inside a concession or a condition: "Although I usually take clients off Upwork, ...")
    const pieceStart = Math.max(0, ...[...body.slice(0, rs).matchAll(PIECE_BREAK_RE)].map((m) => m.index! + m[0].length));
    if (LEXICON.dependentOpeners.startOf(body.slice(rs + lead, re)) === undefined && LEXICON.dependentOpeners.startOf(body.slice(pieceStart, rs)) !== undefined && !/^but\b/i.test(body.slice(pieceStart).trimStart())) lead = pieceStart + /^[\s*_]*/.exec(body.slice(pieceStart))![0].length - rs;
    const opener = LEXICON.dependentOpeners.startOf(body.slice(rs + lead, re));
    if (opener === undefined || !/(?:^|[\s,;—–-])$/.test(body.slice(0, rs + lead))) return undefined;
    // (a contrast that asks to pay or work another way, or a piece that names a way to pay, is said on Upwork in its
    // place: "..., but for this gig please pay through Upwork", "5% off if you pay me through Upwork")
    if (r.book.swapChannel && (/^but\b/i.test(opener) || LEXICON.paymentChannels.occursIn(body.slice(rs, re)) || LEXICON.paymentMethodWords.occursIn(body.slice(rs, re)))) return undefined;
    // (it runs to the next break after the finding, at most three words further)
    PIECE_BREAK_RE.lastIndex = Math.max(re - 1, rs + lead);
    const brk = PIECE_BREAK_RE.exec(body);
    const pieceEnd = brk ? brk.index : body.length;
    // (findings whose pieces overlap are one piece: the later one was taken already)
    if (words(body.slice(re, pieceEnd)).length > 3 || pieceEnd > limit) return undefined;
    limit = rs + lead;
    const before = text.slice(0, rs + lead).replace(/[\s,;—–-]*$/, "");
    const after = text.slice(pieceEnd);
    if (/^\s*$/.test(after)) {
      // (the question was the piece's: "I'm happy to sign your NDA, could you send me your number?")
      if (source.slice(sentence.end, sentence.close).includes("?")) return undefined;
      text = before;
    } else if (/^\s*,/.test(after)) {
      // (a piece before its main clause, at the start or after a connector, goes with its comma: "If X, we can ...",
      // "..., and if X, we can ..."; a piece after its main clause leaves the comma that set off what follows)
      const fronted = before === "" || /,\s*$/.test(text.slice(0, rs + lead)) || LEXICON.leadingConnectors.endsText(before);
      let rest = fronted ? after.replace(/^\s*,\s*/, "") : after;
      // (a connector on both sides of the piece is said once: "..., and since X, Y, and I hope ..." -> "..., and I hope ...")
      const again = LEXICON.leadingConnectors.startOf(rest);
      if (fronted && again !== undefined && LEXICON.leadingConnectors.endsText(before)) rest = rest.trimStart().slice(again.length).trimStart();
      const joined = before === "" ? rest : `${text.slice(0, rs + lead).replace(/\s*$/, "")}${fronted ? " " : ""}${rest}`;
      text = before === "" && /^\p{Lu}/u.test(body.trimStart()) ? upperFirst(joined) : joined;
    } else return undefined;
  }
  const books = regions.map((r) => r.book);
  const terminal = source.slice(sentence.end, sentence.close);
  const families = new Set(regions.flatMap((r) => (r.family ? [r.family as Family] : [])));
  const rules = new Set(regions.flatMap((r) => (r.rule ? [r.rule] : [])));
  const last = words(text).pop() ?? "";
  if (words(text).length < 4 || LEXICON.leadingConnectors.startOf(last) === last || LEXICON.prepositions.endsText(text) || /[,;:—–-]\s*$/.test(text)) return undefined;
  if (!readsWell(body, text, books) || dangles(text, danglingOf(books)) || LEXICON.offPlatform.occursIn(text) || stillViolates(text + terminal, families, rules)) return undefined;
  if (rulesFlaggingAlone(text + terminal, RULES.filter((r) => families.has(r.meta.family))).length > 0) return undefined;
  return text;
}

/** One way to pay, as a list item: "USDT", "Wise", "Upwork milestones". */
const PAY_ITEM = String.raw`(?:${[...LEXICON.paymentChannels.words, ...LEXICON.paymentMethodWords.words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|")}|Upwork(?:['’]s)?(?:\s+(?:milestones?|contracts?|escrow|payments?|hourly|fixed-price))?)`;

/**
 * A list of ways to pay that holds Upwork without the other ways: "Flexible payment: USDT, Wise, or
 * Upwork milestones" -> "Flexible payment: Upwork milestones"; undefined when the payment findings are
 * not all in such a list, or a way to pay is left outside it.
 */
function withoutOtherPayments(source: string, sentence: Sentence, regions: { start: number; end: number; rule?: string }[]): string | undefined {
  if (!regions.every((r) => r.rule === "circumvention/off-platform-payment")) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  // (an item may carry its bracketed qualifier, "USDT (TRC20)", which goes with it)
  const item = String.raw`${PAY_ITEM}(?:\s*\([^()]{1,24}\))?`;
  const run = new RegExp(String.raw`(?<![\p{L}\p{N}])${item}(?:${LIST_JOIN}${item})+(?![\p{L}\p{N}])`, "iu").exec(body);
  if (!run) return undefined;
  const items = run[0].split(new RegExp(LIST_JOIN, "i")).map((i) => i.trim());
  const kept = items.filter((i) => /\bUpwork\b/i.test(i));
  if (kept.length === 0 || kept.length === items.length) return undefined;
  const text = body.slice(0, run.index) + kept.join(" or ") + body.slice(run.index + run[0].length);
  const rest = text.replace(/\bUpwork\b/gi, " ");
  return LEXICON.paymentChannels.occursIn(rest) || LEXICON.paymentMethodWords.occursIn(rest) || LEXICON.offPlatform.occursIn(rest) ? undefined : text;
}

/** A conjunction between listed things after the first: " and ", ", ", ", and ", " & ", " + ". */
const LIST_JOIN = String.raw`(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&|\+)\s+)`;
const JOIN_AFTER_RE = new RegExp(`^${LIST_JOIN}`, "i");
const JOIN_BEFORE_RE = new RegExp(`${LIST_JOIN}$`, "i");
/** A conjunction a finding may end with: "your Skype ID and ". */
const TRAILING_JOIN_RE = /(?:\s*,|\s+(?:and|or|&|\+))\s*$/i;

/**
 * The sentence without the contact details that were asked for as items of a list whose other items are
 * innocent, the conjunction that joined them going too: "please send me your Skype ID and the brief" ->
 * "please send me the brief", "Your full name, email and mobile number" -> "Your full name", "reply with
 * your phone number and a good time to call" -> "reply with a good time to call". Only when every finding
 * is such a detail and the rest reads well and no longer reads as the violation; undefined otherwise.
 */
function withoutListedDetails(source: string, sentence: Sentence, regions: Region[]): SentenceRewrite | undefined {
  if (regions.some((r) => r.family !== "contact" || (r.rule !== undefined && LEXICON.inPersonRules.has(r.rule)))) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  let text = body;
  for (const r of [...regions].sort((a, b) => b.start - a.start)) {
    let from = r.start - sentence.start;
    let to = r.end - sentence.start;
    // (a request read from the whole sentence asks for the details listed inside it: "please send me your Skype ID and the brief")
    if (!detailList(text.slice(from, to).replace(TRAILING_JOIN_RE, ""))) {
      const run = r.rule === "contact/request" ? detailRun(text.slice(from, to)) : undefined;
      if (!run) return undefined;
      to = from + run.end;
      from += run.start;
    }
    const own = text.slice(from, to);
    const item = own.replace(TRAILING_JOIN_RE, "");
    if (!detailList(item)) return undefined;
    const joinedAfter = item.length < own.length;
    if (joinedAfter) to += /^\s*/.exec(text.slice(to))![0].length;
    const after = JOIN_AFTER_RE.exec(text.slice(to));
    const before = JOIN_BEFORE_RE.exec(text.slice(0, from));
    if (before && after && !joinedAfter && !/[a-z]/i.test(before[0])) {
      // (a middle item goes with the comma before it; the "and" after it now joins a list of two when the
      // item before was the first, with its verb: "I'll need your brand guidelines, X, and the files" -> "... guidelines and the files")
      const prev = /[^,;:()—–]*$/.exec(text.slice(0, from - before[0].length))![0];
      const next = /^[^,;:()—–]*/.exec(text.slice(to + after[0].length))![0];
      if (!innocentItem(next) || detailList(prev) || DETAIL_MARK_RE.test(prev)) return undefined;
      const firstItem = words(prev).length > 4 || !/,\s*$/.test(text.slice(0, from - before[0].length - prev.length));
      text = text.slice(0, from - before[0].length) + (firstItem ? after[0].replace(/^\s*,\s*/, " ") : after[0]) + text.slice(to + after[0].length);
      continue;
    }
    if (joinedAfter || after) {
      // (the item after it is innocent: "the brief", not "your email" nor a detail's marks)
      if (!joinedAfter) to += after![0].length;
      const next = /^[^,;:()—–]*/.exec(text.slice(to))![0];
      if (!innocentItem(next.split(/\s+(?:and|or)\s+/i)[0]!)) return undefined;
      // (a possessive the removed item opened with was the list's: "your email and preferred start date" -> "your preferred start date")
      // (joined by a word only: "your phone + best time" is a note, left as it is)
      const owner = /\s(?:and|or)\s*$/i.test(own) || /^\s*(?:and|or)\s/i.test(after?.[0] ?? "") ? /^\s*(your|my|our|their)\s/i.exec(item)?.[1] : undefined;
      if (owner && !/^\s*(?:a|an|the|your|my|our|their|his|her|its|this|that|these|those|some|any|all|each|every|\d)(?![\p{L}])/iu.test(next)) {
        text = `${text.slice(0, from)}${owner} ${text.slice(to)}`;
        continue;
      }
    } else {
      // (or the item before it is: "Your full name, email and mobile number")
      if (!before) return undefined;
      const prev = /[^,;:()—–]*$/.exec(text.slice(0, from - before[0].length))![0];
      // (the item before may carry the clause's verb, "Please include your portfolio", but is a thing, not "I'll call you")
      const prevItem = prev.split(/\s+(?:and|or)\s+/i).at(-1)!;
      if (words(prevItem).length === 0 || detailList(words(prevItem).slice(-3).join(" ")) || DETAIL_MARK_RE.test(prevItem) || /\b(?:me|you|us|him|her|them|it)\s*$/i.test(prevItem) || LEXICON.prepositions.endsText(prevItem)) return undefined;
      from -= before[0].length;
    }
    text = text.slice(0, from) + text.slice(to);
  }
  // (a list of two that lost one item keeps no comma before its "and": "name, and" -> "name")
  text = text.replace(/,\s+(?:and|or)\s*$/i, "");
  if (text === body || words(text).length < 2 || LEXICON.requestedDetails.occursIn(text.replace(/\b(?:the\s+)?details\b/gi, " "))) return undefined;
  // (nor may what is left point back at the removed items: "give me whichever is easier", "I'll send the references there")
  if (!readsWell(body, text, regions.map((r) => r.book)) || dangles(text, danglingOf(regions.map((r) => r.book)))) return undefined;
  const families = new Set(regions.flatMap((r) => (r.family ? [r.family as Family] : [])));
  if (stillViolates(text, families, new Set(regions.flatMap((r) => (r.rule ? [r.rule] : []))))) return undefined;
  const terminal = source.slice(sentence.end, sentence.close);
  if (rulesFlaggingAlone(text + terminal, RULES.filter((r) => families.has(r.meta.family))).length > 0) return undefined;
  return { start: sentence.start, end: sentence.end, text, sentence: text + terminal, phrase: text.trim() };
}

/** A clause's opening: a subject, or a word that joins clauses ("I'll add you", "then we talk"), not a listed thing. */
const CLAUSE_START_RE = /^\s*(?:I|I'|we|you|he|she|they|it|this|that|there|then|so|if|when|once|after|before|please|just|let)(?![\p{L}])/iu;

/** True when `item` is a thing listed beside a detail and innocent itself: "the brief", "a good time to call", not "your email" nor "I'll add you". */
function innocentItem(item: string): boolean {
  return words(item).length > 0 && !CLAUSE_START_RE.test(item) && !detailList(item) && !DETAIL_MARK_RE.test(item);
}

/** One detail asked for, with its owner and kind: "your personal email", "your Skype ID", "mobile number". */
const DETAIL_ITEM = String.raw`(?:(?:your|my)\s+)?(?:(?:personal|private|work|business|direct|best|preferred)\s+)?(?:${[...LEXICON.requestedDetails.words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|")})`;
/** Details asked for as a list: "your phone number", "email and mobile number", "your Skype ID, email". */
const DETAIL_RUN_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])${DETAIL_ITEM}(?:${LIST_JOIN}${DETAIL_ITEM})*(?![\p{L}\p{N}])`, "iu");

/** Where the first list of the client's details asked for lies in `text`, `[start, end)`; undefined when there is none. */
function detailRun(text: string): { start: number; end: number } | undefined {
  const m = DETAIL_RUN_RE.exec(text);
  // (asked of the client: "your phone number", not "contact me")
  return m && /^your\s/i.test(m[0]) ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/**
 * The label that opens a line of its own, with its colon and emphasis ("Public feedback: ", "**Schedule:** "),
 * when every finding lies after it and the label names no channel, detail or request of its own ("Email me:",
 * "WhatsApp:", "Visit us:" are the finding); undefined for any other sentence.
 */
function lineLabel(source: string, sentence: Sentence, regions: { start: number; end: number; family?: string; book: Phrasebook }[]): string | undefined {
  if (!isOwnLine(source, sentence)) return undefined;
  const m = LABEL_RE.exec(source.slice(sentence.start, sentence.end));
  if (!m || regions.some((r) => r.start < sentence.start + m[0].length)) return undefined;
  const name = m[2]!;
  // (a channel's name labels a contact detail; for any other finding, "profile: shared by 3 devs", it is the field's name)
  const contact = regions.some((r) => r.family === "contact" || r.family === undefined);
  if (words(name).length > 4 || /\b(?:me|us|you|I|my|our)\b/i.test(name) || LEXICON.contactVerbs.startOf(name) || (contact && (LEXICON.labelWords.occursIn(name) || LEXICON.channelNouns.occursIn(name)))) return undefined;
  if (DETAIL_MARK_RE.test(name) || dangles(name, danglingOf(regions.map((r) => r.book)))) return undefined;
  return m[0].replace(/\s*$/, " ");
}

/** A line's label: a few words, a colon and any emphasis around them ("**Visit us:** ", "Follow-up schedule: "). */
// (the colon ends a word: one glued to the next character is part of a token, "live:.cid.7f3a", "mailto:x")
const LABEL_RE = /^(\s*(?:\*\*|__)?)(\p{L}[\p{L}\p{N} /&'’-]{0,30}?)(?:\s*:\s*(?:\*\*|__)?|(?:\*\*|__)\s*:)(?=\s|$)\s*/u;

/**
 * A line of items set apart by middots, bullets or bars ("Hannah Reuter · Illustrator · 12 Main St",
 * "Address: ... | Languages: ...") without the items that hold the findings, each with its separator;
 * when a finding covers the whole line, only the items that hold its evidence (a cue of its family, a
 * detail's marks) go. Undefined when the line has no such items, no item would go or none would stay.
 */
/** Where a table cell's list parts its items: " + ", ", ", " & ". */
const CELL_ITEM_SEP_RE = /\s+[+&]\s+|\s*,\s+/gu;

/**
 * A table cell that lists things ("All source files + 5★ review discount (10%)") without the items holding a feedback
 * finding's cue (lexicon `findingCues.feedback`), each with the separator before it: "All source files". The first item must
 * stay and name no cue; undefined when the sentence is no table cell, or no item or every item holds a cue.
 */
function withoutCellItems(source: string, sentence: Sentence, regions: { start: number; end: number; family?: string }[]): string | undefined {
  const lineStart = source.lastIndexOf("\n", sentence.start - 1) + 1;
  // (feedback only: a contact detail or a way to pay listed in a cell is said on Upwork in place, "Skype calls" -> "Upwork calls")
  if (!regions.every((r) => r.family === "feedback")) return undefined;
  if (!/^\s*\|/.test(source.slice(lineStart, sentence.end)) || !/\|\s*$/.test(source.slice(lineStart, sentence.start))) return undefined;
  const cell = source.slice(sentence.start, sentence.end);
  const seps = [...cell.matchAll(CELL_ITEM_SEP_RE)];
  if (seps.length === 0) return undefined;
  const items = seps.map((m, k) => ({ start: k === 0 ? 0 : seps[k - 1]!.index! + seps[k - 1]![0].length, end: m.index!, sep: k === 0 ? "" : seps[k - 1]![0] }));
  items.push({ start: seps.at(-1)!.index! + seps.at(-1)![0].length, end: cell.length, sep: seps.at(-1)![0] });
  const cued = (i: { start: number; end: number }) => regions.some((r) => r.family !== undefined && r.start - sentence.start < i.end && r.end - sentence.start > i.start && LEXICON.findingCues.get(r.family)?.occursIn(cell.slice(i.start, i.end).replace(PRODUCT_RE, " ")) === true);
  const kept = items.filter((i) => !cued(i));
  if (kept.length === items.length || kept[0] !== items[0]) return undefined;
  return kept.map((i, k) => (k === 0 ? "" : i.sep) + cell.slice(i.start, i.end)).join("");
}

function withoutSeparatedItems(source: string, sentence: Sentence, regions: { start: number; end: number; family?: string }[]): string | undefined {
  if (!isOwnLine(source, sentence)) return undefined;
  const line = source.slice(sentence.start, sentence.end);
  // (not a table row: its bars are cells)
  if (/^\s*\|/.test(source.slice(source.lastIndexOf("\n", sentence.start - 1) + 1, sentence.end))) return undefined;
  const seps = [...line.matchAll(/\s+[·•|]\s+/gu)];
  if (seps.length === 0) return undefined;
  const items = seps.map((m, k) => ({ start: k === 0 ? 0 : seps[k - 1]!.index! + seps[k - 1]![0].length, end: m.index!, sep: k === 0 ? "" : seps[k - 1]![0] }));
  items.push({ start: seps.at(-1)!.index! + seps.at(-1)![0].length, end: line.length, sep: seps.at(-1)![0] });
  const overlaps = (r: { start: number; end: number }, i: { start: number; end: number }) => r.start - sentence.start < i.end && r.end - sentence.start > i.start;
  // (a detail's marks count where no item names the finding's cue: "Phone: ... | Rate: $40/h" takes the phone only)
  const cued = (r: { family?: string }, i: { start: number; end: number }) => r.family !== undefined && LEXICON.findingCues.get(r.family)?.occursIn(line.slice(i.start, i.end).replace(PRODUCT_RE, " ")) === true;
  const evidence = (r: { family?: string }, i: { start: number; end: number }) =>
    cued(r, i) || (r.family === "contact" && !items.some((j) => cued(r, j)) && DETAIL_MARK_RE.test(line.slice(i.start, i.end)));
  // (a finding over every item, as detection reads a whole line, takes only the items with its evidence)
  const hit = (i: { start: number; end: number }) => regions.some((r) => overlaps(r, i) && (!items.every((j) => overlaps(r, j)) || evidence(r, i)));
  const kept = items.filter((i) => !hit(i));
  if (kept.length === items.length || kept.length === 0) return undefined;
  // (the first item stays, unless it is a field of its own, "Address: ...", and a bar parts the fields)
  if (hit(items[0]!) && !/\|/.test(items[1]!.sep)) return undefined;
  if (regions.some((r) => r.start - sentence.start < items[1]!.start - items[1]!.sep.length && !hit(items[0]!) && !items.every((j) => overlaps(r, j)))) return undefined;
  return kept.map((i, k) => (k === 0 ? "" : i.sep) + line.slice(i.start, i.end)).join("");
}

/**
 * The alternative a conditional offer gave way to, when the offer held every finding: "If you prefer
 * email, I am at x@y.com, otherwise just reply to this proposal" -> "Just reply to this proposal",
 * "**If you pay outside Upwork I can lower my rate** — otherwise it stays $45/hr" -> "It stays $45/hr";
 * undefined for any other sentence.
 */
function otherwiseKept(source: string, sentence: Sentence, regions: { start: number; end: number; family?: string; book: Phrasebook }[]): string | undefined {
  const body = source.slice(sentence.start, sentence.end);
  const m = /(?:[,;]|\s[—–-]|[*_]{1,2})\s*(?:or\s+)?(?:otherwise|if not)\b,?\s+/i.exec(body);
  if (!m) return undefined;
  const head = body.slice(0, m.index).replace(/^[\s*_]+/, "");
  // (a finding may take the "just" that opens the alternative: "..., otherwise just| reply")
  const at = sentence.start + m.index + m[0].length + (/^(?:just|simply)\s+/i.exec(body.slice(m.index + m[0].length))?.[0].length ?? 0);
  // (the offer was a condition, and every finding lies in it)
  if (!LEXICON.conditionOpeners.startOf(head) || regions.some((r) => r.end > at)) return undefined;
  const rest = body.slice(m.index + m[0].length);
  if (words(rest).length < 2 || DETAIL_MARK_RE.test(rest.replace(/\$?\d+(?:[.,]\d+)?(?:\/\w+|%)?/g, "")) || dangles(rest, danglingOf(regions.map((r) => r.book)))) return undefined;
  const lead = /^[\s*_]*/.exec(body)![0].replace(/[*_]+/g, "");
  return lead + upperFirst(rest);
}

/**
 * The sentence without a relative clause set off by commas that holds what the findings were about, when
 * what is left no longer reads as the violation: "This is the third follow-up, which I'll repeat every day this
 * week, regarding the build you posted" -> "This is a quick follow-up regarding the build you posted" (a
 * follow-up's count said once, followUpSwaps), "When you end the contract, which I hope you'll do only after
 * leaving five stars, please also release the last milestone" -> "When you end the contract, please also
 * release the last milestone"; undefined for any other sentence. Not for contact findings, whose details the
 * detail rewrites handle.
 */
/**
 * The sentence without the bracketed asides that are its findings: "Rate: $45/hr (Payoneer accepted)" -> "Rate:
 * $45/hr", "My day rate is $300 (PayPal preferred) and I can start Monday." -> "My day rate is $300 and I can
 * start Monday." Undefined unless every finding is a circumvention's whole bracket (contact details have their own asides), or
 * when too little is left or it still reads as the violation.
 */
function withoutBracketedFinding(source: string, sentence: Sentence, regions: { start: number; end: number; family?: string; rule?: string; book: Phrasebook }[]): string | undefined {
  // (only a way to pay or work named aside: a review condition in brackets waits for the milestone instead, approvalAside)
  if (regions.some((r) => r.family !== "circumvention" || !/^\([^()]*\)$/.test(source.slice(r.start, r.end).trim()))) return undefined;
  let out = source.slice(sentence.start, sentence.end);
  for (const r of [...regions].sort((x, y) => y.start - x.start)) {
    const [a, b] = [r.start - sentence.start, r.end - sentence.start];
    out = out.slice(0, a).replace(/\s+$/, "") + out.slice(b);
  }
  const families = new Set(regions.map((r) => r.family as Family));
  if (words(out).length < 2 || dangles(out, danglingOf(regions.map((r) => r.book))) || stillViolates(out, families, new Set(regions.flatMap((r) => (r.rule ? [r.rule] : []))))) return undefined;
  return out;
}

/**
 * The sentence without an aside set off by a pair of spaced dashes that holds every finding: "Before you decide
 * — and I'll remind you every evening, promise — have a look at my case studies." -> "Before you decide, have a
 * look at my case studies." The dashes go with it (a comma stays after a subordinate head). Undefined when a
 * finding reaches outside the aside, nothing would stand on either side, or the rest still reads as the violation.
 */
function withoutDashAside(source: string, sentence: Sentence, regions: { start: number; end: number; family?: string; rule?: string; book: Phrasebook }[]): string | undefined {
  if (regions.some((r) => r.family === undefined || r.family === "contact")) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  const m = /\s+[—–]\s+[^—–]+?\s+[—–]\s+/u.exec(body);
  if (!m) return undefined;
  const [a, b] = [sentence.start + m.index, sentence.start + m.index + m[0].length];
  if (regions.some((r) => r.start < a || r.end > b)) return undefined;
  const head = body.slice(0, m.index);
  const tail = body.slice(m.index + m[0].length);
  if (words(head).length < 2 || words(tail).length < 2) return undefined;
  const opener = head.replace(/^[\s*_]+/, "");
  const out = `${head}${LEXICON.conditionOpeners.startOf(opener) || LEXICON.subordinators.startOf(opener) || LEXICON.placeBeforeTails.startOf(opener) ? ", " : " "}${tail}`;
  const families = new Set(regions.map((r) => r.family as Family));
  if (dangles(out, danglingOf(regions.map((r) => r.book))) || stillViolates(out, families, new Set(regions.flatMap((r) => (r.rule ? [r.rule] : []))))) return undefined;
  return out;
}

function withoutRelativeAside(source: string, sentence: Sentence, regions: { start: number; end: number; family?: string; rule?: string; book: Phrasebook }[]): string | undefined {
  if (regions.some((r) => r.family === undefined || r.family === "contact")) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  const m = /,\s*(?:which|who)\b[^,;:()—–]*,\s*/i.exec(body);
  if (!m) return undefined;
  const [a, b] = [sentence.start + m.index, sentence.start + m.index + m[0].length];
  // (every finding reaches into the relative clause and holds its family's cues only there)
  const cuesOutside = (r: { start: number; end: number; family?: string }) => {
    const cues = LEXICON.findingCues.get(r.family!);
    return cues !== undefined && (cues.occursIn(source.slice(Math.max(r.start, sentence.start), Math.max(a, r.start))) || cues.occursIn(source.slice(Math.min(b, r.end), Math.min(r.end, sentence.end))));
  };
  if (regions.some((r) => r.end <= a || r.start >= b)) return undefined;
  const spam = regions.every((r) => r.family === "spam");
  // (the commas go with the clause, "My last client, who ..., got" -> "My last client got", unless the head is a
  // subordinate clause: "When you end the contract, please ...")
  const join = (head: string, tail: string) => `${head}${LEXICON.conditionOpeners.startOf(head.replace(/^[\s*_]+/, "")) || LEXICON.subordinators.startOf(head.replace(/^[\s*_]+/, "")) ? ", " : " "}${tail}`;
  let out = join(body.slice(0, m.index), body.slice(m.index + m[0].length));
  if (spam) out = swapPhrases(out, LEXICON.followUpSwaps);
  else if (regions.some(cuesOutside)) return undefined;
  if (words(out).length < 4 || dangles(out, danglingOf(regions.map((r) => r.book))) || stillViolates(out, new Set(regions.map((r) => r.family as Family)), new Set(regions.flatMap((r) => (r.rule ? [r.rule] : []))))) return undefined;
  const cues = spam ? LEXICON.findingCues.get("spam") : undefined;
  // (what the swaps put in, "a quick follow-up", is said once)
  const said = [...new Set(LEXICON.followUpSwaps.values())].reduce((t, v) => t.split(v).join(" "), out);
  return cues && cues.occursIn(said) ? undefined : out;
}

/**
 * The sentence without the bracketed clause that closes it and holds every finding, when what is left
 * stands on its own: "Talk soon (I'll keep messaging until you do!)" -> "Talk soon", "- Ongoing retainer
 * (billed off Upwork after month one)" -> "- Ongoing retainer". Only a clause of a few words (not a
 * detail, "(TRC-20)", nor a contact aside, which the detail rewrites handle); undefined otherwise.
 */
/** A time a delivery waits for, opening a bracket: "after ", "once ", "as soon as ". */
const APPROVAL_OPENER_RE = new RegExp(`^\\s*(?:${[...LEXICON.approvalOpeners].sort((a, b) => b.length - a.length).map((o) => o.replace(/ /g, "\\s+")).join("|")})\\s`, "i");

function withoutClosingAside(source: string, sentence: Sentence, regions: { start: number; end: number; family?: string; rule?: string; book: Phrasebook }[]): string | undefined {
  if (regions.some((r) => r.family === undefined || r.family === "contact")) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  const open = body.lastIndexOf("(");
  if (open < 0) return undefined;
  const inside = body.slice(open);
  // (the aside runs to the end of the body, closed there or in the terminal)
  const closed = inside.indexOf(")");
  if (closed >= 0 ? inside.slice(closed + 1).trim() !== "" : !source.slice(sentence.end, sentence.close).includes(")")) return undefined;
  // (every finding reaches into the aside, and what one holds before it names none of its family's cues)
  const at = sentence.start + open;
  if (regions.some((r) => r.end <= at || (r.start < at && LEXICON.findingCues.get(r.family!)?.occursIn(source.slice(r.start, at))))) return undefined;
  const kept = body.slice(0, open).replace(/[\s,;:—–-]+$/, "");
  if (words(inside).length < 3 || words(kept).length < 2 || DETAIL_MARK_RE.test(kept) || dangles(kept, danglingOf(regions.map((r) => r.book)))) return undefined;
  if (stillViolates(kept, new Set(regions.map((r) => r.family as Family)), new Set(regions.flatMap((r) => (r.rule ? [r.rule] : []))))) return undefined;
  // "4. Final handover (after 5★ feedback)": a delivery's time said in brackets waits for the milestone instead.
  const waited = regions.every((r) => r.book.conditionEvent !== undefined) && APPROVAL_OPENER_RE.test(inside.slice(1));
  return waited ? `${kept} (${LEXICON.approvalAside})` : kept;
}

/**
 * The sentence without bracketed asides that are wholly a street address, when the rest stands on its own:
 * "Nairobi, Kenya (Westlands, 14 Rhapta Road)" -> "Nairobi, Kenya"; undefined when a finding is anything else.
 */
function withoutDetailAsides(source: string, sentence: Sentence, regions: { start: number; end: number; rule?: string }[]): string | undefined {
  const asides = regions.map((r) => {
    const text = source.slice(r.start, r.end);
    const lead = text.length - text.trimStart().length;
    const inner = text.trim();
    // (a detail with words, not an area code: "(Westlands, 14 Rhapta Road)", not "(786)")
    const aside = r.rule !== undefined && LEXICON.inPersonRules.has(r.rule) && /^\([^()]*\)$/.test(inner) && DETAIL_MARK_RE.test(inner) && /\p{L}{3,}/u.test(inner);
    return aside ? { start: r.start + lead, end: r.start + lead + inner.length } : undefined;
  });
  if (asides.some((a) => a === undefined)) return undefined;
  let out = "";
  let at = sentence.start;
  for (const a of [...asides].sort((x, y) => x!.start - y!.start)) {
    out += source.slice(at, a!.start).replace(/[ \t]+$/, "");
    at = a!.end;
  }
  out += source.slice(at, sentence.end);
  // (hours and ranges are no detail left: "available 9–18 GMT-5")
  return words(out).length >= 2 && !/\d{3,}|@|www\.|\.\p{L}{2,}\/|https?:/u.test(out.replace(/[*_|]/g, "")) ? out : undefined;
}

/** `text` with the emphasis the line opened before the sentence closed again when the rewrite dropped its closer: "**If you pay outside Upwork ...** — otherwise ..." -> "**All payments go through Upwork**". */
function emphasisClosed(source: string, sentence: Sentence, body: string, text: string): string {
  const lineStart = source.lastIndexOf("\n", sentence.start - 1) + 1;
  const opener = /(\*\*|__|\*|_)$/.exec(source.slice(lineStart, sentence.start))?.[1];
  if (!opener || !body.includes(opener) || text.includes(opener)) return text;
  return text.trimEnd() + opener;
}

/**
 * `text` with a straight double quote put back when the rewrite changed the parity of the body's quotes: at
 * the end when `text` opens with one ('"send me your GCash, I'll be paid through Upwork' gets its close), else
 * at the start (the close was in the terminal: 'Add at the end: "Leave 5 stars ...' -> '"Get 15% off ...').
 */
function quotesPaired(body: string, text: string): string {
  const odd = (s: string) => (s.split('"').length - 1) % 2 === 1;
  if (odd(body) === odd(text)) return text;
  const lead = /^[\s*_]*/.exec(text)![0];
  return text.slice(lead.length).startsWith('"') ? `${text.trimEnd()}"` : `${lead}"${text.slice(lead.length)}`;
}

/** Opening minus closing marks of one bracket kind in `text` ("(" and ")"). */
/** A smiley's mouth is no bracket: ":)", ";-)", ":(", "=]". */
const EMOTICON_RE = /[:;=][-']?[()[\]]/g;

function bracketBalance(text: string, open: string, close: string): number {
  const plain = text.replace(EMOTICON_RE, "");
  return plain.split(open).length - plain.split(close).length;
}

/**
 * A sign-off or name line whose detail goes and whose name stays: "Best, Jane (Skype: x)" -> "Best, Jane",
 * "— Jane Doe · linkedin.com/in/x" -> "— Jane Doe". The line opens with a closing ("Best,") or a dash and a
 * name, the findings run to its end; undefined for any other sentence.
 */
function signatureKept(source: string, sentence: Sentence, regions: { start: number; end: number }[]): string | undefined {
  if (!isOwnLine(source, sentence) || source.slice(sentence.end, sentence.close).trim() !== "") return undefined;
  const line = source.slice(sentence.start, sentence.end);
  const name = /^(\s*(?:[—–-]\s*)?)((?:[\p{L}' ]+,\s*)?)(\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2})(?=[\s,·|•—–(-])/u.exec(line);
  if (!name) return undefined;
  const closing = name[2]!.replace(/,\s*$/, "");
  if (closing ? LEXICON.signoffClosings.startOf(closing)?.length !== closing.trim().length : !name[1]!.trim()) return undefined;
  const kept = sentence.start + name[0].length;
  const from = Math.min(...regions.map((r) => r.start));
  if (!/^[\s)\]*_]*$/.test(source.slice(Math.max(...regions.map((r) => r.end)), sentence.end))) return undefined;
  // (a finding that took the whole line, "Kind regards, Jane Doe, 12 High St, Leeds", leaves the name when a detail follows it)
  const rest = source.slice(kept, sentence.end);
  // (between the name and the detail only separators and the detail's label: "Tom (WhatsApp: +44 ...")
  const gap = source.slice(kept, from);
  const labelGap = /^[\s,·|•—–(-]+[\p{L} .-]{1,25}:?\s*$/u.test(gap) && (LEXICON.labelWords.occursIn(gap) || LEXICON.channelNouns.occursIn(gap));
  if (from >= kept ? !/^[\s,·|•—–(-]*$/.test(gap) && !labelGap : !closing || !DETAIL_MARK_RE.test(rest) || !/^[\s,·|•—–(-]/.test(rest)) return undefined;
  return line.slice(0, name[0].length);
}

/**
 * A second channel offered beside the place the rewrite put: "here on Upwork or Signal", "here on Upwork or by phone",
 * "here on Upwork or the attachment here" (an alternative that is here already says the same). It goes.
 */
const ALTERNATIVE_AFTER_PLACE_RE = (() => {
  const alt = (ws: Iterable<string>) => [...ws].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");
  const channel = `(?:(?:on|via|through|by|in|at|over)\\s+)?(?:(?:the|my|our|a|an|your)\\s+)?(?:${alt([...LEXICON.callApps.words, ...LEXICON.channelNouns.words])})(?![\\p{L}])`;
  const placed = `(?:${alt(LEXICON.channelPlaces.words)})(?![\\p{L}])`;
  const hereToo = `(?:the|my|our|this|an?)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+here(?![\\p{L}])`;
  return new RegExp(`(here on Upwork)\\s*,?\\s+or\\s+(?:${placed}|${channel}|${hereToo})`, "giu");
})();

/** `text` with a verb that only fit the removed channel swapped where it now reads "here on Upwork": "drop a line here on Upwork" -> "send me a message here on Upwork". */
function placeVerbsSwapped(text: string): string {
  if (!/\bhere on Upwork\b/.test(text)) return text;
  text = text.replace(ALTERNATIVE_AFTER_PLACE_RE, "$1");
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

const GRAMMAR_ALT = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");
/** A channel's verb with a person or a thing, or a light verb with a person and a channel's noun, before the place (lexicon `channelVerbGrammar`). */
const CHANNEL_VERB_GRAMMAR = (() => {
  const g = LEXICON.channelVerbGrammar;
  const person = `(?:${GRAMMAR_ALT(g.people)})`;
  const direct = String.raw`(?<![\p{L}'’])(${GRAMMAR_ALT(g.verbs)})\s+(?:(${person})|(${GRAMMAR_ALT(g.things)}))(?![\p{L}])`;
  const light = String.raw`(?<![\p{L}'’])(?:${GRAMMAR_ALT(g.lightVerbs)})\s+(${person})\s+(?:a|an)\s+(?:(?:${GRAMMAR_ALT(g.fillers)})\s+)?(?:${GRAMMAR_ALT(g.lightNouns)})(?![\p{L}])`;
  // (a verb with its owner's line: "call our 24/7 line", "ring the support desk")
  const owned = String.raw`(?<![\p{L}'’])(?:${GRAMMAR_ALT(g.verbs)})\s+(${GRAMMAR_ALT(Object.keys(g.lineOwners))})\s+(?:[\p{L}\p{N}/-]+\s+){0,${g.lineModifiers}}?(?:${GRAMMAR_ALT(g.lines)})(?![\p{L}])`;
  const idioms = new RegExp(String.raw`(?<![\p{L}])(${GRAMMAR_ALT(Object.keys(g.phoneIdioms))})(?=\s*(?:[.!?,;:)]|$))`, "giu");
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

/** Channel verbs coordinated before "message me here on Upwork": "Call or |message me", "email, text or |send me a message". */
const COORDINATED_BEFORE_MESSAGE_RE = new RegExp(`(?<![\\p{L}])(?:(?:${LEXICON.coordinatedChannelVerbs.join("|")})\\s*(?:,\\s*|\\/\\s*|\\s+(?:or|and|&)\\s+))+((?:message|send)\\s+(?:me|us)\\b[^]*?here on Upwork)`, "giu");
/** Two or more capitalized words after a colon or dash that closes the text right after "here on Upwork": the removed page's name. */
const PAGE_NAME_CLOSING_RE = /(here on Upwork)\s*(?::|\s[—–-])\s*(?:\p{Lu}[\p{L}'’&.-]*\s+){1,4}\p{Lu}[\p{L}'’&.-]*\s*$/u;

/** Two or more capitalized words in brackets right after "here on Upwork": the name of the page that went. */
const PAGE_NAME_AFTER_RE = /(here on Upwork)\s*\((?:\p{Lu}[\p{L}'’&.-]*\s+){1,4}\p{Lu}[\p{L}'’&.-]*\)/gu;

interface Region {
  start: number;
  end: number;
  family?: string;
  rule?: string;
  book: Phrasebook;
  removable: boolean;
  clauseLevel: boolean;
}

/** A channel's own verb alone, which no Upwork message fits: "please add", "text me", "just ping me". */
const BARE_CHANNEL_ONLY_RE = /^\s*(?:(?:please|kindly|just|so|and)\s+)?(?:add|ping|text|call|ring|dm|pm)(?:\s+(?:me|us))?\s*[.!]?\s*$/i;

/** A piece that only asks to use a channel, with no object of its own: "please add", "just ping me there", "add me". */
const BARE_CHANNEL_VERB_RE = /^\s*(?:(?:please|kindly|just|so)\s+)?(?:add|ping|text|call|ring|dm|pm|message|write|contact|reach)(?:\s+(?:me|us))?(?:\s+(?:there|on it|anytime|any time))?\s*[.!]?\s*$/i;

/**
 * A long finding without its innocent ends: a piece (between commas, semicolons or spaced dashes) that
 * holds none of its family's cues (a detail, a channel, a review) goes back to the sentence when it
 * opens a clause of its own ("..., in case you want to send samples") or, at the start, when the next
 * piece does ("The final cut comes with color grading, and if you leave a review ...").
 */
function narrowed(source: string, t: RewriteTarget): { start: number; end: number } {
  // (the separator a finding opens with is the sentence's: "Mon–Fri|, 555-0155")
  const lead = /^[\s,;]+/.exec(source.slice(t.start, t.end))?.[0].length ?? 0;
  if (lead > 0 && lead < t.end - t.start) t = { ...t, start: t.start + lead };
  const cues = t.family ? LEXICON.findingCues.get(t.family) : undefined;
  if (!cues) return t;
  const text = source.slice(t.start, t.end);
  // (a line break parts pieces too, and a whole line that is innocent goes back: "Victor|\n(5th follow-up")
  const pieces: { start: number; end: number; line?: boolean }[] = [];
  let from = 0;
  // (so does a middot or bullet between a line's items: "Hannah Reuter · Illustrator · 12 Main St")
  for (const m of text.matchAll(/[ \t]*\n\s*|\s+[·•]\s+|[,;]\s+|\s[—–]\s+|\s--?\s+/gu)) {
    // Not inside brackets: "(no Upwork fees)" is part of its piece.
    const before = text.slice(0, m.index);
    if (before.split("(").length > before.split(")").length) continue;
    pieces.push({ start: from, end: m.index!, line: /[\n·•]/u.test(m[0]) });
    from = m.index! + m[0].length;
  }
  pieces.push({ start: from, end: text.length });
  if (pieces.length < 2) return t;
  const innocent = (p: { start: number; end: number }) => {
    // (an app named as the product of the work is no cue: "I built a PayPal checkout")
    const piece = text.slice(p.start, p.end).replace(PRODUCT_RE, " ");
    // (a channel's bare verb after the detail, "please add", "ping me there", asked to use it: it is part of the finding)
    if (t.family === "contact" && BARE_CHANNEL_VERB_RE.test(piece)) return false;
    return !cues.occursIn(piece) && !(t.family === "contact" && DETAIL_MARK_RE.test(piece));
  };
  let first = 0;
  let last = pieces.length - 1;
  while (last > first && innocent(pieces[last]!) && LEXICON.clauseOpeners.startOf(text.slice(pieces[last]!.start))) last--;
  while (first < last && innocent(pieces[first]!) && (pieces[first]!.line || LEXICON.clauseOpeners.startOf(text.slice(pieces[first + 1]!.start)))) first++;
  // (innocent pieces that lead up to the clause holding the cue go back too, though one of them does not
  // open a clause: "I'll deliver the audit in five days, including a fix list, and I'll expect a 5-star review")
  const offending = pieces.findIndex((p, k) => k >= first && !innocent(p));
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
  return { start: t.start + pieces[first]!.start, end: t.start + pieces[last]!.end };
}

/** A tag question closing a clause: ", right", ", won't you", ", okay". */
const TAG_QUESTION_RE = /,\s*(?:right|won['’]t you|will you|ok|okay|yeah|yes|deal|agreed)\s*$/i;

/** The client's condition closing a clause: " if you'd like to chat", " whenever you have questions". */
const CLIENT_CONDITION_RE = /\s(?:if|when|whenever|in case)\s+you\b[^,;:—–()]*$/i;

/** The client's own pages and accounts: "your company's LinkedIn page and Instagram grid", "their website". */
// (a noun phrase only: "your earliest convenience| by email" ends before its preposition)
const CLIENT_OWNED_RE = /(?<![\p{L}])(?:your|their)(?:\s+(?!(?:by|on|at|via|in|through|to|from|over|with|for)\b)[\p{L}'’-]+){1,3}(?:\s+(?:and|or)\s+(?!(?:by|on|at|via|in|through|to|from|over|with|for)\b)[\p{L}'’-]+(?:\s+(?!(?:by|on|at|via|in|through|to|from|over|with|for)\b)[\p{L}'’-]+)?)?/giu;

/** A visit to a place before its address: "drop by my studio at ", "visit us at our office in ", "come to the workshop at ". */
const VISIT_LEAD_RE = /(^|\s)(?:(?:drop|stop|pop|swing|come)\s+(?:by|in|over|round|into|to)|visit|come\s+and\s+see)\s+(?:(?:me|us)\s+)?(?:(?:at|in)\s+)?(?:(?:my|our|the)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+)?(?:at|in)?\s*$/iu;
/** A visit that opens the clause: "Visit us at ...", "Drop by ...". */
const VISIT_START_RE = /^\s*(?:(?:drop|stop|pop|swing|come)\s+(?:by|in|over|round|into|to)|visit)\b/i;

/** A talk a visit was for, after the address: ", for a coffee and a chat about your rebrand", and what follows it. */
const VISIT_CHAT_RE = /^\s*,?\s*for\s+(?:(?:a\s+)?(?:coffee|drink|tea|lunch)\s+and\s+)?(an?\s+(?:[\p{L}\p{N}-]+\s+){0,2}(?:chat|call|meeting|talk|conversation|demo|demonstration|walkthrough|walk-through|presentation)(?:\s+(?:about|on|regarding|of)\s+[^,;—–]+)?)(\s*(?:[,;—–][^]*)?)$/iu;
/** What only a visit could be: "in-person", "face-to-face" (a demo had here is neither). */
const IN_PERSON_RE = /\b(?:in[ -]person|face[ -]to[ -]face|on-site|onsite)\s+/giu;

/** What a visit was for, after the address: " to see the print samples in person", and what follows it. */
const VISIT_PURPOSE_RE = /^\s+to\s+((?:see|check|look at|view|discuss|talk|go over|review)\b[^,;—–]*?)(?:\s+in\s+person|\s+face[ -]to[ -]face)?(\s*(?:[,;—–][^]*)?)$/i;

/** A clause of its own, with a subject and a verb: "I think maybe you did not see the proposal", "you may have missed it". */
const REASON_CLAUSE_RE = /^\s*(?:I|we|you|it|this)\s+(?:(?:just|really|probably|maybe)\s+)?(?:think|thought|guess|believe|know|am|was|were|are|is|may|might|did|didn't|have|haven't|had)\b[^]{8,}$/;

/** The call a detail is asked for, closing the clause: " for a quick 10-minute chat about the brand voice". */
const CALL_FOR_RE = /\s(?:for|to have|to set up|to schedule)\s+(an?\s+(?:[\p{L}\p{N}-]+\s+){0,3}(?:call|chat|meeting|catch-up|conversation)(?:\s+(?:about|on|regarding|to discuss)\s+[^,;:()]+)?)$/iu;

/** A clause that only says where my things are, a link or handle: "all my links (Spotify, email) are at linktr.ee/x", "my reels are on @x". */
const LOCATED_DETAIL_RE = /^(?:all\s+)?(?:my|our)\s+(?:[^,;()]|\([^()]*\))*?\s+(?:is|are|lives?|can be found)\s+(?:at|on|in|via|under)\s+(?:[\w.-]+\.[a-z]{2,}(?:\/\S*)?|@[\w.]+|https?:\/\/\S+)$/i;

/** What an invitation to message is about: "for PSDs", "with questions", "about the scope". */
const INVITATION_ABOUT_RE = /\s((?:for|about|with|regarding)\s+[^,;:()]+)$/i;

/** "come meet the team", up to what follows it ("before signing"). */
const COME_MEET_RE = /\bcome\s+(?:and\s+)?(?:meet|see)\s+[^,;]*?(?=\s+(?:before|after|when|if|once|to|any)\b|$)/i;

/** A subject and nothing else: "My portfolio site", "Our new office". */
const SUBJECT_ONLY_RE = /^\s*(?:my|our|the|your)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*$/iu;

/** Only ways to pay, as a list item: "PayPal", "or crypto". */
const PAYMENT_ITEM_RE = new RegExp(`^\\s*(?:(?:and|or)\\s+)?(?:${[...LEXICON.paymentChannels.words, ...LEXICON.paymentMethodWords.words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\s*$`, "i");

/** True when `text` is only details asked for: "email and mobile", "your phone number + Telegram". */
function detailList(text: string): boolean {
  const items = text.trim().split(/\s*(?:,|\+|&|\band\b|\bor\b)\s*/i).filter(Boolean);
  // (compared without case: "your WhatsApp number")
  return items.length > 0 && items.every((i) => LEXICON.requestedDetails.startOf(i.replace(/^(?:your|my)\s+/i, ""))?.toLowerCase() === i.replace(/^(?:your|my)\s+/i, "").toLowerCase());
}

/** A few capitalized words and nothing else: a page's or company's name ("Clara Bakes Cakes"). */
const NAME_ASIDE_RE = /^\s*(?:\p{Lu}[\p{L}'&.-]*\s*){1,5}$/u;

/** A contact detail's marks: a number, an "@", a web address. */
const DETAIL_MARK_RE = /\d{2,}|@|www\.|\.\p{L}{2,}\/|https?:/u;

/** A finding inside a markdown link's destination takes the whole link: `[See my work](https://wa.me/...)`. */
function widenToLink(source: string, sentence: Sentence, t: RewriteTarget): { start: number; end: number } {
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
function widenToAddressEnd<T extends { start: number; end: number }>(source: string, t: T, limit: number): T {
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
function streetLike(text: string): boolean {
  const tokens = text.toLowerCase().split(/[\s,]+/).map((w) => w.replace(/\.$/, ""));
  return /\d/.test(text) && (tokens.some((w) => LEXICON.streetWords.has(w) || LEXICON.abbreviations.has(w) && ["ul", "al", "av", "avda", "str"].includes(w)) || /\d+[a-z]?\s+\p{Lu}\p{Ll}/u.test(text));
}

/** An address finding over a longer stretch whose street address sits alone in brackets takes only the brackets: "Based in Lima, Peru (Av. Larco 1150, Miraflores), available 9–18 GMT-5". */
// (not when the rest is part of the finding too: a visit or meeting offered beside the address, "can meet you at your office")
// (a finding that opens the bracket and ends inside it, "in Lisbon (Rua das Flores 33, 1st floor| — drop by!)",
// reaches to the bracket's close on its line: the street address and what it says of it go whole)
function narrowedToAddressBracket<T extends { start: number; end: number; book: Phrasebook }>(source: string, t: T): T {
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

/** A bracketed aside closing a text, its words in group 1: " (drop by anytime)". */
const VISIT_ASIDE_RE = /\s*\(([^()]*)\)\s*$/u;

/** A finding that fills a bracket takes the brackets: "(linkedin.com/in/raj)" goes whole. */
function widenToBrackets<T extends { start: number; end: number }>(source: string, t: T): T {
  const open = /\(\s*$/.exec(source.slice(Math.max(0, t.start - 3), t.start));
  const close = /^\s*\)/.exec(source.slice(t.end, t.end + 3));
  if (!open || !close) return t;
  return { ...t, start: t.start - open[0].length, end: t.end + close[0].length };
}

/** A finding wrapped in markdown emphasis or code takes the marks: "at **jane@x.com**" goes whole. */
function widenToEmphasis<T extends { start: number; end: number }>(source: string, t: T): T {
  const open = /(\*{1,2}|_{1,2}|`)$/.exec(source.slice(Math.max(0, t.start - 2), t.start))?.[1];
  if (!open || !source.startsWith(open, t.end)) return t;
  return { ...t, start: t.start - open.length, end: t.end + open.length };
}

/** Builds the rewritten body in one mode: runs of offending clauses, one merged run, or the whole. */
function compose(source: string, sentence: Sentence, clauses: SentenceClause[], regions: Region[], mode: Mode, swapping: boolean): { text: string; phrase: string } | undefined {
  const text = (c: SentenceClause) => source.slice(c.start, c.end);
  const overlaps = (c: SentenceClause) => regions.filter((r) => r.start < c.end && r.end > c.start);
  const state: State[] = clauses.map((c) => (mode === "whole" || overlaps(c).length ? "offend" : "keep"));
  if (mode === "merged") {
    const first = state.indexOf("offend");
    const last = state.lastIndexOf("offend");
    for (let i = first; i <= last; i++) state[i] = "offend";
  }
  // A clause that only made sense beside the removed part goes with it.
  const dangling = danglingOf(regions.map((r) => r.book));
  const swaps = new Map<number, string>();
  const names = new Set<number>();
  for (let changed = true; changed; ) {
    changed = false;
    clauses.forEach((c, i) => {
      if (state[i] !== "keep" || swaps.has(i) || !(state[i - 1] && state[i - 1] !== "keep") && !(state[i + 1] && state[i + 1] !== "keep")) return;
      // "find my page on Facebook — Clara Bakes Cakes — and ...": a bare name after a channel is the page's name.
      // (and the place after the name: "— Lena Hartmann, Munich")
      const nameAside = NAME_ASIDE_RE.test(text(c)) && ((state[i - 1] === "offend" && /[—–-]/.test(c.sep) && overlaps(clauses[i - 1]!).some((r) => r.family === "contact")) || names.has(i - 1));
      if (nameAside) names.add(i);
      // "could you fill in my intake form? https://...": the sentence that introduced the detail goes with it.
      const intro = (sentence.joins ?? []).includes(c.end) && state[i + 1] !== "keep" && LEXICON.channelNouns.occursIn(text(c));
      // ("text me anytime" beside a removed number: the channel's own verb points at it too)
      const channelVerb = regions.every((r) => r.family === "contact") ? channelVerbSwapped(text(c), regions.map((r) => r.book)) : undefined;
      // (the client's own channels, "your company's LinkedIn page", point at nothing that was removed)
      // (a clause that denies going off Upwork, "I never ask to be paid outside Upwork", is the rules kept: it stays as written)
      // (and a channel's own verb left alone, "please add", only asked to use the removed detail)
      if (!nameAside && !intro && !channelVerb && !BARE_CHANNEL_ONLY_RE.test(text(c)) && (!dangles(text(c).replace(CLIENT_OWNED_RE, " "), dangling) || deniesOffPlatform(text(c)))) return;
      // "Happy to walk you through it on the phone" keeps its point: "... here on Upwork".
      // ("please add" -> "please message me here on Upwork": the verb asked to reach me, which is done here)
      const bare = BARE_CHANNEL_ONLY_RE.exec(text(c));
      const bareSwapped = bare && regions.every((r) => r.family === "contact") ? text(c).replace(/(?:add|ping|text|call|ring|dm|pm)(?:\s+(?:me|us))?(?=\s*[.!]?\s*$)/i, "message me here on Upwork") : undefined;
      const swapped = swapping && !nameAside ? (bareSwapped ?? channelVerb ?? swapChannelPlace(text(c), regions.map((r) => r.book)) ?? swapVisit(text(c), regions) ?? withoutDanglingConjunct(text(c), dangling)) : undefined;
      if (swapped !== undefined) swaps.set(i, swapped);
      else state[i] = "drop";
      changed = true;
    });
  }
  // "My Gmail is x@y.com, so just drop the files there": once the next clause points here on Upwork,
  // a clause that only stated the detail has nothing left to say.
  if (mode === "clauses" && [...swaps.values()].some((t) => /\bUpwork\b/.test(t))) {
    clauses.forEach((c, i) => {
      if (state[i] === "offend" && shapeOf(text(c), "", false) === "statement" && !LEXICON.locatedLeads.occursIn(text(c))) state[i] = "drop";
    });
  }
  // "Even though we start on Upwork, I'd like to move the work to a direct agreement": once the rest stays on
  // Upwork, a concession that set Upwork against it says nothing.
  if (state[0] === "keep" && LEXICON.concessiveOpeners.startOf(text(clauses[0]!)) && /\b(?:Upwork|the platform|here)\b/i.test(text(clauses[0]!)) && state.slice(1).includes("offend") && regions.every((r) => r.family === "circumvention")) state[0] = "drop";
  // "My portfolio site, www.x.com, has a chat widget ...": once its predicate went, the subject goes too.
  if (state[0] === "keep" && clauses[1]?.sep.trim() === "," && state.slice(1).every((x) => x !== "keep") && SUBJECT_ONLY_RE.test(text(clauses[0]!))) state[0] = "drop";
  const terminal = source.slice(sentence.end, sentence.close);
  // A joined question may not end up closing the sentence with the last sentence's full stop
  // ("Have you seen my portfolio? It's @x." keeps a clause after the question).
  const lastKept = state.map((x) => x !== "drop").lastIndexOf(true);
  const closer = /^[.!?…]+/.exec(clauses[lastKept + 1]?.sep ?? "")?.[0];
  if (lastKept >= 0 && closer && closer !== terminal.replace(/["'”’)\]]+$/, "")) {
    const last = clauses.length - 1;
    if (overlaps(clauses[last]!).length) state[last] = "offend";
  }
  const ownLine = isOwnLine(source, sentence);
  // Lowercase only when the sentence opens with a lowercase word (not a link or a handle)
  const startsUpper = !/^[\s*_"'(\[]*\p{Ll}[\p{L}']*(?:[\s,]|$)/u.test(source.slice(sentence.start, sentence.end));
  const pieces: { text: string; sep: string; fromClause: number; generic?: boolean }[] = [];
  let pendingSep: string | undefined;
  let phrase = "";
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    if (state[i] === "drop") {
      pendingSep ??= c.sep;
      continue;
    }
    const sep = pieces.length === 0 ? "" : (pendingSep ?? c.sep);
    pendingSep = undefined;
    if (state[i] === "keep") {
      pieces.push({ text: swaps.get(i) ?? text(c), sep, fromClause: i });
      continue;
    }
    const runStart = i;
    let j = i;
    // Clause by clause, unless one finding spans the break (a clause-level finding is rewritten whole).
    const spans = (a: SentenceClause, b: SentenceClause) => regions.some((r) => r.clauseLevel && r.start < a.end && r.end > b.start);
    while (j + 1 < clauses.length && state[j + 1] === "offend" && (mode !== "clauses" || spans(clauses[j]!, clauses[j + 1]!))) j++;
    const last = clauses[j]!;
    const inRun = regions.filter((r) => r.start < last.end && r.end > c.start);
    const isLast = state.slice(j + 1).every((x) => x === "drop");
    const written = rewriteRun(source, c.start, last.end, inRun, {
      // (a run that ends a joined sentence has that sentence's terminal: "Are you on Skype?")
      terminal: isLast ? terminal : (/^[.!?…]+/.exec(clauses[j + 1]?.sep ?? "")?.[0] ?? ""),
      ownLine,
      atStart: pieces.length === 0,
      before: pieces.map((p) => p.sep + p.text).join(""),
      startsUpper,
      whole: mode === "merged" || mode === "whole",
      isLastRun: isLast,
      cell: /\|\s*$/.test(source.slice(Math.max(0, sentence.start - 3), sentence.start)),
      // (a short phrase after a label the line opened with goes on in lower case: "**Reach me:** via Upwork messages")
      afterLabel: /:(?:\*\*|__)?[ \t]*$/.test(source.slice(source.lastIndexOf("\n", sentence.start - 1) + 1, sentence.start)),
    });
    i = j;
    // A reward, a withheld file or a follow-up schedule in the middle of a sentence goes rather than
    // take a whole-sentence phrase: "The cut comes graded, and if you review I'll add subtitles, so ..."
    // (a clause after it stands when it opens with a subject, "and" or "then"; "so it's ready" leaned on what came before)
    // (nor one opened by "as", "because", "although": "As I'm building my JSS" is no sentence alone)
    const dependent = (c: SentenceClause) => LEXICON.conditionOpeners.startOf(withoutConnector(text(c))) !== undefined || LEXICON.subordinators.startOf(withoutConnector(text(c))) !== undefined;
    // (a discourse tag alone, "Just so you know", "fair warning", is no sentence either)
    // (nor a connector alone, "Plus, I'll ping you daily": "Plus." says nothing)
    const tagOnly = (c: SentenceClause) => {
      const bare = withoutConnector(text(c)).replace(/[\s.!?,]+$/, "");
      return bare === "" || LEXICON.discourseTags.startOf(bare)?.length === bare.length;
    };
    const standing = clauses.some((c, k) => state[k] === "keep" && !tagOnly(c) && (k < runStart ? !dependent(c) : k > j && !/^\s*so\b/i.test(text(c)) && !dependent(c)));
    // (and a condition that only asked for a detail, "Once I have your Telegram handle, I'll share updates")
    const askedFirst = LEXICON.conditionOpeners.startOf(withoutConnector(text(c))) !== undefined && !new RegExp(FRAME_RE.source, "iu").test(source.slice(c.start, clauses[j]!.end)) && inRun.every((r) => r.family === "contact") && clauses.some((c, k) => k > j && state[k] === "keep" && !dependent(c));
    // (and a concession that held the offending part, before a main clause that stands: "Although I'm quicker on Telegram (@x), I'll keep all files here")
    const conceded = runStart === 0 && LEXICON.concessiveOpeners.startOf(text(c)) !== undefined && clauses.some((k2, k) => k > j && state[k] === "keep" && !dependent(k2) && !/^\s*so\b/i.test(text(k2)));
    // (a follow-up schedule that closes the sentence after a dash or semicolon is said once in its place: "Don't worry if you're busy — I'll ping you hourly" keeps its dash)
    // (after ", and" too, the "and" kept: "..., and I'll follow up daily until you decide" -> "..., and I'll wait to hear from you")
    const andJoined = /^\s*,\s*$/.test(sep) && /^\s*and\s/i.test(text(c));
    // (only where the book's whole phrase would stand, and not after words that chase too: "Sending this again — and I'll resend it daily" -> "Sending this again")
    const chasing = LEXICON.findingCues.get("spam")!.occursIn(pieces.map((p) => p.text).join(" "));
    const saidOnce = written.generic && !chasing && pieces.length > 0 && isLast && (/^\s*[—–;]|^\s+-\s/.test(sep) || andJoined) && inRun.every((r) => r.family === "spam");
    if (saidOnce) {
      const closer = terminal.includes("?") ? LEXICON.followUpCloser.question : LEXICON.followUpCloser.statement;
      pieces.push({ text: (andJoined ? "and " : "") + closer, sep, fromClause: runStart });
      phrase ||= closer;
      continue;
    }
    const droppable = conceded || written.generic && (standing && inRun.every((r) => r.family !== undefined && LEXICON.droppableFamilies.has(r.family)) || askedFirst);
    // (a table cell keeps a short phrase in the detail's place: "Upwork messages, replies in 10 min")
    const cellHead = pieces.length === 0 && !state.slice(j + 1).includes("offend") && /\|\s*$/.test(source.slice(Math.max(0, sentence.start - 3), sentence.start));
    if (droppable || (written.bare && !cellHead && (pieces.length > 0 || state.some((x, k) => k > j && x !== "drop")))) {
      // A signature's or a list's detail goes, and the rest of the line stands: "Best, Jane — jane@x.com".
      // (a reason that was a clause of its own stays in the run's place: "Please reply me, I think maybe ...")
      if (droppable && written.reason && pieces.length > 0) {
        pieces.push({ text: written.reason, sep, fromClause: runStart });
        continue;
      }
      if (pieces.length > 0) pendingSep = sep;
      continue;
    }
    phrase ||= written.phrase;
    // (a tail left by a removed list item joins the clause before it: "your full name so I can ...")
    pieces.push({ text: written.text, sep: written.glue && pieces.length > 0 ? " " : sep, fromClause: runStart, generic: written.generic && !LEXICON.leadingConnectors.startOf(text(c)) && shapeOf(text(c), "", false) === "statement" });
  }
  // "just message me here on Upwork and I will send them, my address is below": once another clause points
  // here on Upwork, a statement that the book's whole phrase stood in for says nothing more (one that
  // opened with "and" or "but" added a step of its own and stays).
  if (mode === "clauses" && pieces.length > 1) {
    const generic = pieces.findIndex((p) => p.generic);
    // (not a joined sentence's own statement: "Are you on WhatsApp? Mine is +44 ..." keeps its question mark before it)
    if (generic > 0 && !/[.!?]/.test(pieces[generic]!.sep) && pieces.some((p, k) => k !== generic && !p.generic && /\bUpwork\b/.test(p.text))) pieces.splice(generic, 1);
  }
  // "..., or do you prefer to get them in the Upwork messages?": once the rewrite asks here on Upwork, an
  // alternative that offered Upwork says it again.
  if (pieces.some((p) => state[p.fromClause] !== "keep" && /\bhere on Upwork\b/.test(p.text))) {
    for (let k = pieces.length - 1; k > 0; k--) {
      const p = pieces[k]!;
      if (state[p.fromClause] === "keep" && /^\s*or\b/i.test(p.text) && /\bUpwork\b/.test(p.text) && !/[.!?]/.test(p.sep)) pieces.splice(k, 1);
    }
    // (a statement now left to carry the question mark is asked: "I can send you the wireframes here on Upwork?" -> "Could I send ...")
    const only = pieces.length === 1 && !TAG_QUESTION_RE.test(pieces[0]!.text) ? ASKABLE_STATEMENT_RE.exec(pieces[0]!.text) : undefined;
    if (only && terminal.includes("?")) pieces[0]!.text = `${only[1]}${startsUpper ? "Could" : "could"} ${only[2] === "I" ? "I" : "we"} ${pieces[0]!.text.slice(only[0].length)}`;
  }
  // "I can start today — but honestly, it's easier if we skip Upwork": a connector and a discourse tag alone
  // set up the part that went, and go before its rewrite ("— we'll keep all work on Upwork").
  for (let k = pieces.length - 2; k >= 0; k--) {
    const p = pieces[k]!;
    const next = pieces[k + 1]!;
    const bare = withoutConnector(p.text).replace(/[\s,]+$/, "");
    if (state[p.fromClause] !== "keep" || state[next.fromClause] === "keep" || !/\bUpwork\b/.test(next.text) || !/^\s*(?:but|and|yet|though)\s/i.test(p.text) || LEXICON.discourseTags.startOf(bare)?.length !== bare.length) continue;
    pieces.splice(k, 1);
    next.sep = k === 0 ? "" : p.sep;
    if (k === 0 && startsUpper) next.text = upperFirst(next.text);
  }
  // "If you're happy, a review helps a lot; if you're not, please tell me before rating so ...": a condition left
  // closing the sentence once its main clause went says nothing, and goes too ("If you're happy, a review helps a lot").
  const tail = pieces[pieces.length - 1];
  if (tail && pieces.length > 1 && state[tail.fromClause] === "keep" && tail.fromClause < clauses.length - 1 && LEXICON.conditionOpeners.startOf(withoutConnector(tail.text)) !== undefined && !/,/.test(tail.text)) pieces.pop();
  // "Did you see my last five messages, or should I keep sending them every few hours?": once the repeating part
  // went, a kept clause that still counts the messages says it once ("Did you see my message?").
  if (regions.every((r) => r.family === "spam")) for (const p of pieces) if (state[p.fromClause] === "keep") p.text = swapPhrases(p.text, LEXICON.followUpSwaps);
  // "A, B, and if you ever pass through, my address is ...": the "and" of a dropped last clause goes on to the
  // clause that now ends the list ("A, B, and I'm happy to share my address here on Upwork ...").
  const lastPiece = pieces[pieces.length - 1];
  if (lastPiece && pieces.length > 1 && /^\s*,\s*$/.test(lastPiece.sep) && !LEXICON.leadingConnectors.startOf(lastPiece.text)) {
    const prevFrom = pieces[pieces.length - 2]!.fromClause;
    const droppedAnd = clauses.some((c, k) => k > prevFrom && k < lastPiece.fromClause && state[k] === "drop" && /^\s*and\s/i.test(text(c)));
    if (droppedAnd) lastPiece.text = `and ${lowerFirst(lastPiece.text)}`;
  }
  if (pieces.length === 0) return undefined;
  // "Fill in the contact form on my site, www.x.com, and I'll reply the same day": the invitation that
  // opened the sentence went with its detail, so the sentence asks here on Upwork instead.
  const opener = clauses[0] && state[0] === "drop" && shapeOf(text(clauses[0]), "", false) === "invitation";
  if (opener && pieces[0]!.fromClause > 0 && !pieces.some((p) => /\bUpwork\b/.test(p.text)) && regions.every((r) => r.family === "contact") && LEXICON.leadingConnectors.startOf(pieces[0]!.text)) {
    const book = byPriority(regions.map((r) => r.book));
    pieces.unshift({ text: startsUpper ? upperFirst(book.invitation) : book.invitation, sep: "", fromClause: 0 });
    pieces[1]!.sep = " ";
    phrase ||= book.invitation;
  }
  const head = pieces[0]!;
  if (head.fromClause > 0 && (state[head.fromClause] === "keep" || !/^\p{Lu}/u.test(head.text))) {
    // The clause that opened the sentence went: the next one opens it now ("and I'll draft" -> "I'll draft").
    const stripped = withoutConnector(head.text) === head.text.toLowerCase() ? head.text : head.text.slice(head.text.length - withoutConnector(head.text).length);
    head.text = startsUpper ? upperFirst(stripped) : stripped;
  }
  // "If you want to see the pieces, [our showroom is at ...,] and you're welcome to ...": once the main clause
  // between them went, the "and" that joined it has nothing to join.
  for (let k = 1; k < pieces.length; k++) {
    const prev = pieces[k - 1]!;
    const dependentPrev = LEXICON.conditionOpeners.startOf(withoutConnector(prev.text)) !== undefined || LEXICON.subordinators.startOf(withoutConnector(prev.text)) !== undefined;
    if (dependentPrev && pieces[k]!.fromClause > prev.fromClause + 1 && /^\s*and\s+/i.test(pieces[k]!.text) && pieces.length === k + 1) pieces[k]!.text = pieces[k]!.text.replace(/^\s*and\s+/i, "");
  }
  // After a joined sentence's terminal ("? "), the next clause opens a sentence: "? And my DMs" -> "? My DMs".
  for (const p of pieces.slice(1)) {
    if (!/[.!?]["')\]]*\s+$/.test(p.sep)) continue;
    const bare = withoutConnector(p.text);
    p.text = upperFirst(bare === p.text.toLowerCase() ? p.text : p.text.slice(p.text.length - bare.length));
  }
  return { text: pieces.map((p) => p.sep + p.text).join(""), phrase };
}

interface RunContext {
  terminal: string;
  ownLine: boolean;
  atStart: boolean;
  /** The sentence as composed before this run (kept and rewritten clauses). */
  before?: string;
  startsUpper: boolean;
  /** Rewrite the run as one clause, dropping its lead-in. */
  whole: boolean;
  /** The run ends the sentence. */
  isLastRun: boolean;
  /** The sentence is a table cell. */
  cell: boolean;
  /** The sentence follows a label on its line ("**Reach me:** ..."). */
  afterLabel?: boolean;
}

/** Rewrites `[from, to)`, a run of clauses holding `regions`; `bare` when it held only a detail and its label. */
function rewriteRun(source: string, from: number, to: number, regions: Region[], ctx: RunContext): { text: string; phrase: string; bare?: boolean; generic?: boolean; glue?: boolean; reason?: string } {
  const book = byPriority(regions.map((r) => r.book));
  const r0 = Math.max(from, Math.min(...regions.map((r) => r.start)));
  const r1 = Math.min(to, Math.max(...regions.map((r) => r.end)));
  // 'She said: "message me on Telegram @sam"': a quotation's opening mark before the finding stays, and the
  // quoted words are rewritten as a clause of their own after it.
  const quoteOpen = /^\s*["“‘]$/.exec(source.slice(from, r0));
  if (quoteOpen) {
    const quoted = rewriteRun(source, r0, to, regions, ctx);
    return quoted.bare || quoted.text === "" ? quoted : { ...quoted, text: quoteOpen[0] + quoted.text.trimStart() };
  }
  const whole = source.slice(from, to);
  let lead = source.slice(from, r0);
  let region = source.slice(r0, r1);
  // "You can mail the documents to ...": a finding that opens its clause leaves the subject and modal to the lead.
  // "so I'll ping you hourly ...": the subject and its connector stay, the verb phrase is the book's.
  let spokenBySubject = false;
  const opener = lead.trim() === "" ? (LEXICON.leadingConnectors.startOf(region) ?? "") : "";
  const afterOpener = region.trimStart().slice(opener.length).trimStart();
  const subjectWord = lead.trim() === "" ? LEXICON.subjectLeads.startOf(afterOpener) : undefined;
  if (subjectWord && (LEXICON.objectVerbs.startOf(afterOpener.slice(subjectWord.length)) || (opener && LEXICON.contactVerbs.startOf(afterOpener.slice(subjectWord.length))))) {
    spokenBySubject = !LEXICON.objectVerbs.startOf(afterOpener.slice(subjectWord.length));
    const cut = region.length - afterOpener.length + subjectWord.length;
    lead += region.slice(0, cut);
    region = region.slice(cut);
  }
  // "But feel free to WhatsApp me ...": a connector that opens the finding stays with the lead when a verb slot follows.
  const connectorFirst = lead.trim() === "" && !spokenBySubject ? LEXICON.leadingConnectors.startOf(region) : undefined;
  if (connectorFirst) {
    const after = region.trimStart().slice(connectorFirst.length).replace(/^[\s,]+/, "");
    if (LEXICON.verbSlotCues.startOf(after) && LEXICON.contactVerbs.startOf(after.slice(LEXICON.verbSlotCues.startOf(after)!.length).trimStart())) {
      const cut = region.length - after.length;
      lead += region.slice(0, cut);
      region = region.slice(cut);
    }
  }
  // "to ping me", "please write to me": the slot word stays with the lead.
  for (let cue = LEXICON.verbSlotCues.startOf(region); cue && LEXICON.contactVerbs.startOf(region.trimStart().slice(cue.length)); cue = LEXICON.verbSlotCues.startOf(region)) {
    const cut = region.length - region.trimStart().length + cue.length;
    lead += region.slice(0, cut);
    region = region.slice(cut);
  }
  // "Kindly give me your contact number for further discussion": what follows the detail asked for stays.
  let end = r1;
  const asked = purposeOf(whole, danglingOf([book])) ? undefined : [0, 1, 2]
    .map((n) => new RegExp(`\\byour\\s+((?:[\\p{L}-]+\\s+){${n}}[\\p{L}-]+)`, "iu").exec(region))
    // (not when more details follow in the finding: "your email address, your phone number and")
    .find((m) => m && LEXICON.requestedDetails.endsText(m[1]!) && LEXICON.tailKeepStarters.startOf(region.slice(m.index + m[0].length)) && !LEXICON.requestedDetails.occursIn(region.slice(m.index + m[0].length)));
  if (asked) {
    end = r1 - (region.length - (asked.index + asked[0].length));
    region = region.slice(0, asked.index + asked[0].length);
  }
  let tail = keptTail(source.slice(end, to), book);
  // "Check my TikTok @x and send me a DM there with your brief" -> "Send me a DM here on Upwork with your brief":
  // a second step that messages "there" is the invitation once the channel it pointed at goes.
  const nextStep = /^\s*and\s+(?:then\s+)?([^]*)$/i.exec(source.slice(end, to));
  // (the first step may be the channel's own imperative before the detail: "Follow @x on Instagram and DM me ...", "Subscribe to my channel @x and ...")
  const firstStep = lead.trim() === "" || (words(lead).length <= 5 && !/[,;:()]/.test(lead) && !LEXICON.subjectLeads.startOf(lead.trim()) && !DETAIL_MARK_RE.test(lead));
  if (nextStep && firstStep && regions.every((r) => r.family === "contact") && LEXICON.contactVerbs.startOf(nextStep[1]!) && /(?<![\p{L}])(?<!\bfrom\s+)there(?![\p{L}])/iu.test(nextStep[1]!)) {
    const step = nextStep[1]!.replace(/(?<![\p{L}])(?<!\bfrom\s+)there(?![\p{L}])/iu, "here on Upwork");
    if (!dangles(step, danglingOf([book])) && !DETAIL_MARK_RE.test(step)) return { text: ctx.atStart ? (ctx.startsUpper ? upperFirst(step) : step) : lowerFirst(step), phrase: step };
  }
  // "Follow @x on Instagram and DM me to see the shots" -> "Message me here on Upwork to see the shots": a second
  // step in the channel's own verb, with no place of its own, is the invitation too.
  const ownVerbStep = nextStep && firstStep && regions.every((r) => r.family === "contact") && !/(?<![\p{L}])there(?![\p{L}])/iu.test(nextStep[1]!) ? channelVerbSwapped(nextStep[1]!, [book]) : undefined;
  if (ownVerbStep) return { text: ctx.atStart ? (ctx.startsUpper ? upperFirst(ownVerbStep) : ownVerbStep) : lowerFirst(ownVerbStep), phrase: ownVerbStep };
  if (spokenBySubject && !ctx.whole) return { text: `${lead}${/\s$/.test(lead) ? "" : " "}${book.verb}${tail}`, phrase: book.verb };
  const connector = LEXICON.leadingConnectors.startOf(lead) ?? "";
  const leadCore = lead.trim().slice(connector.length).trim();
  const cased = (phrase: string) => (ctx.atStart ? (ctx.startsUpper ? upperFirst(phrase) : phrase) : lowerFirst(phrase));
  const clauseForm = (): { text: string; phrase: string; generic?: true; reason?: string } => {
    const shape = shapeOf(whole, ctx.terminal, ctx.ownLine);
    const lead0 = () => (!ctx.atStart && connector ? `${connector} ` : "");
    // "After the first milestone, we can go direct" -> "..., we can keep working together here on Upwork":
    // a subject and modal that open the offending part stay, with the book's verb phrase for that subject.
    // (not a statement pressed with a tag question: "You'll give me five stars, right?" is asked anew)
    const framed = TAG_QUESTION_RE.test(whole) ? undefined : subjectFramed(whole, r0 - from, r1 - from, regions, book);
    if (framed) {
      const fitsTail = tail === "" || LEXICON.tailKeepStarters.startOf(tail) !== undefined || /^\s*[:;,(—–"”’]/.test(tail);
      return { text: framed.text + (fitsTail ? tail : ""), phrase: framed.phrase, generic: true };
    }
    // "Let's move this to WhatsApp" -> "Let's keep talking here on Upwork".
    const lets = /^let(?:'s|’s| us)\s/i.exec(withoutConnector(whole));
    // "I message you every day until you answer, ok?" is a statement with a tag: it stays one, and so does its tag
    // (a demand for feedback pressed with a tag is asked anew instead)
    const tagged = shape === "question" && tail.trim() === "" && !regions.some((r) => r.family === "feedback") ? TAG_QUESTION_RE.exec(whole) : null;
    if (tagged && !/^\s*(?:can|could|would|will|may|shall|do|does|did|is|are|am|what|when|where|how|why|who)\b/i.test(withoutConnector(whole))) {
      const said = lets ? `let's ${book.together ?? book.verb}` : book.statement;
      return { text: `${lead0()}${cased(said)}${tagged[0].replace(/\s+$/, "")}`, phrase: said, generic: true };
    }
    let phrase = lets && shape !== "question" ? `let's ${book.together ?? book.verb}` : book[shape];
    // "I'm happy to share references, and I'm happy to talk here on Upwork": a phrase that says again what the
    // clauses before it said is said to the client instead ("and you can message me here on Upwork").
    const you = book.subjects?.you;
    if (!ctx.atStart && ctx.before && you && shape !== "question" && introducesRepeatedTrigram(ctx.before, `${ctx.before} ${phrase}`)) phrase = `you can ${you}`;
    const lead = !ctx.atStart && connector ? `${connector} ` : "";
    // After a whole-clause phrase only a tail that attaches to any clause stays ("if you have questions").
    // (a closing quotation mark is the quotation's: 'said "message me here on Upwork"')
    let fits = shape !== "question" && shape !== "signoff" && (tail === "" || LEXICON.tailKeepStarters.startOf(tail) !== undefined || /^\s*[(,;—–"”’]/.test(tail));
    // ("... is always open if you'd like to chat": the client's condition that closed the clause stays)
    const condition = fits || shape === "question" || shape === "signoff" ? undefined : CLIENT_CONDITION_RE.exec(tail);
    if (condition && !dangles(condition[0], danglingOf([book])) && !DETAIL_MARK_RE.test(condition[0])) {
      tail = condition[0];
      fits = true;
    }
    // "DM for PSDs", "DM me there with questions": what the message is for stays.
    const about = shape === "invitation" && tail === "" && LEXICON.contactVerbs.startOf(withoutConnector(region)) ? INVITATION_ABOUT_RE.exec(region)?.[1] : undefined;
    const keptAbout = about && !dangles(about, danglingOf([book])) && !DETAIL_MARK_RE.test(about) && !LEXICON.channelNouns.occursIn(about) ? ` ${about.trim()}` : "";
    // ("I send you message every 30 minutes because| I think maybe you did not see the proposal": a reason that
    // is a clause of its own may stand where the run goes)
    const because = /\s+because\s+([^]*)$/i.exec(region)?.[1] ?? (fits ? "" : tail);
    const reason = REASON_CLAUSE_RE.test(because) && !dangles(because, danglingOf([book])) && !LEXICON.findingCues.get(regions[0]!.family ?? "")?.occursIn(because) ? because.trim() : undefined;
    // (the courtesy that opened the invitation stays before it: "please use my email ..." -> "please message me here on Upwork")
    // (only before an imperative that reaches me: "Please let's ...", "Please honest feedback ..." are no sentences)
    const courtesy = shape === "invitation" && LEXICON.contactVerbs.startOf(phrase) !== undefined && !/^\s*(?:please|kindly|let['’]s)\b/i.test(phrase) ? /^\s*(please|kindly)\s+(?=\p{L})/iu.exec(withoutConnector(whole))?.[1] : undefined;
    const said = courtesy ? `${courtesy.toLowerCase()} ${phrase}` : phrase;
    return { text: lead + cased(said) + keptAbout + (fits ? tail : ""), phrase: said, generic: true, reason };
  };
  if (ctx.whole) return clauseForm();
  // ", but email works too": a second channel offered as well goes with the first.
  if (!ctx.atStart && regions.every((r) => r.family === "contact") && LEXICON.alternativeCues.occursIn(whole) && !DETAIL_MARK_RE.test(whole)) return { text: "", phrase: "", bare: true };
  // "a quick Skype call" names only the medium of a call: "a quick Upwork call" (not when a detail goes with it).
  const appCall = regions.every((r) => r.family === "contact") && !DETAIL_MARK_RE.test(whole) ? callAppSwapped(whole) : undefined;
  if (appCall) return { text: appCall.text, phrase: appCall.phrase };
  // "I'm based in Lisbon (Rua das Flores 112) and can meet you at your office if you're nearby" -> "I'm based in Lisbon":
  // a detail in brackets and the in-person offer joined to it go, and the clause they hung on stands.
  const asideThen = /^\s*(\([^()]*\))\s*(?:,?\s*(?:and|but)\s+([^]*))?$/.exec(region);
  if (asideThen && tail.trim() === "" && ctx.isLastRun && regions.every((r) => r.family === "contact") && DETAIL_MARK_RE.test(asideThen[1]!) && words(leadCore).length >= 2 && !dangles(leadCore, danglingOf([book])) && !DETAIL_MARK_RE.test(lead) && (asideThen[2] === undefined || dangles(asideThen[2], danglingOf([book])))) {
    return { text: lead.trimEnd(), phrase: lead.trim() };
  }
  // "You are welcome to drop by my studio at <address> to see the print samples in person" -> "You are welcome to
  // see the print samples on a video call here on Upwork": what the visit was for is done on a call instead.
  const visitLead = book.together && regions.every((r) => r.rule !== undefined && LEXICON.inPersonRules.has(r.rule)) ? VISIT_LEAD_RE.exec(lead) : undefined;
  const visitFor = visitLead ? VISIT_PURPOSE_RE.exec(source.slice(end, to)) : undefined;
  if (visitLead && visitFor && !dangles(visitFor[1]!, danglingOf([book])) && !DETAIL_MARK_RE.test(visitFor[1]!)) {
    const before = lead.slice(0, visitLead.index + visitLead[1]!.length);
    const call = book.together!.replace(/^\S+\s+/, "");
    const seen = `${visitFor[1]} ${call}`;
    return { text: `${before}${before.trim() ? seen : cased(seen)}${keptTail(visitFor[2]!, book)}`, phrase: seen };
  }
  // "Visit us at <address> for a coffee and a chat about your rebrand" -> "Let's have a chat about your rebrand here on Upwork".
  // (the finding may hold the whole visit, address and all: then the talk is found after the address in it)
  const inRegion = !visitLead && book.together && lead.trim() === "" && regions.every((r) => r.rule !== undefined && LEXICON.inPersonRules.has(r.rule)) && VISIT_START_RE.test(whole) ? /,?\s*for\s+(?:(?:a\s+)?(?:coffee|drink|tea|lunch)\s+and\s+)?an?\s/i.exec(whole) : undefined;
  if (inRegion && (DETAIL_MARK_RE.test(whole.slice(0, inRegion.index)) || streetLike(whole.slice(0, inRegion.index)))) {
    const chat = VISIT_CHAT_RE.exec(whole.slice(inRegion.index));
    if (chat && book.place && !DETAIL_MARK_RE.test(chat[1]!)) {
      const had = `let's have ${chat[1]!.replace(IN_PERSON_RE, "").replace(/^an(?=\s+[^aeiou\s])/i, "a").trim()} ${book.place}`;
      return { text: `${cased(had)}${keptTail(chat[2]!, book)}`, phrase: had };
    }
  }
  const visitChat = visitLead ? VISIT_CHAT_RE.exec(source.slice(end, to)) : undefined;
  if (visitLead && visitChat && book.place && !DETAIL_MARK_RE.test(visitChat[1]!)) {
    const before = lead.slice(0, visitLead.index + visitLead[1]!.length);
    const had = `${before.trim() ? "have" : "let's have"} ${visitChat[1]!.replace(IN_PERSON_RE, "").replace(/^an(?=\s+[^aeiou\s])/i, "a").trim()} ${book.place}`;
    return { text: `${before}${before.trim() ? had : cased(had)}${keptTail(visitChat[2]!, book)}`, phrase: had };
  }
  // (a visit for anything else is a call: "Come by our studio at <address> to try the chairs" -> "Meet on a video call here on Upwork")
  if (visitLead && LEXICON.prepositions.startOf(region) === undefined) {
    const before = lead.slice(0, visitLead.index + visitLead[1]!.length);
    return { text: `${before}${before.trim() ? book.verb : cased(book.verb)}${keptTail(source.slice(end, to), book)}`, phrase: book.verb };
  }
  // "Meet in person at 77 King St, Leeds" -> "Meet on an Upwork call": a meeting stays, on Upwork.
  const meeting = regions.every((r) => r.rule !== undefined && LEXICON.inPersonRules.has(r.rule)) ? /\b(meet(?:\s+up)?)\s+(?:in person|face[ -]to[ -]face)(?:\s+(?:at|in)\b)?/i.exec(whole) : undefined;
  if (meeting && from + meeting.index + meeting[0].length >= r0 - 1 && /^\s*(?:at|in)?\s*$/i.test(source.slice(from + meeting.index + meeting[0].length, Math.max(r0, from + meeting.index + meeting[0].length)))) {
    const text = `${whole.slice(0, meeting.index)}${meeting[1]} on an Upwork call${tail}`;
    return { text, phrase: `${meeting[1]} on an Upwork call` };
  }
  // "My email (x@y.com) is the fastest way to reach me": the channel as a subject, its detail in brackets, is said of Upwork chat.
  const subject = regions.every((r) => r.family === "contact") ? /^(\s*)(?:my|our)\s+((?:[\p{L}-]+\s+)?[\p{L}-]+)\s*\(([^)]*)\)\s+(is|was|will be|remains)\b([^]*)$/iu.exec(whole) : undefined;
  if (subject && LEXICON.channelNouns.endsText(subject[2]!) && DETAIL_MARK_RE.test(subject[3]!) && !DETAIL_MARK_RE.test(subject[5]!) && !dangles(subject[5]!, danglingOf([book]))) {
    return { text: `${subject[1]}${cased("Upwork chat")} ${subject[4]}${subject[5]}`, phrase: `Upwork chat ${subject[4]}${subject[5]}`.trim() };
  }
  // "..., and I'd love to show you more ideas if you follow me back at @x" -> "... more ideas in my Upwork portfolio":
  // a condition that only asked the client onto the channel gives way to the book's place.
  const askedCondition = /^\s*(?:if|when|once)\s+you\s+(?:just\s+)?([\p{L}-]+)/iu.exec(region);
  if (askedCondition && book.place && lead.trim() !== "" && (tail.trim() === "" || /^\s*[,;—–(]/.test(tail)) && regions.every((r) => r.family === "contact") && LEXICON.contactVerbs.startOf(askedCondition[1]!) && words(leadCore).length >= 3 && !dangles(leadCore, danglingOf([book])) && !DETAIL_MARK_RE.test(lead)) {
    return { text: `${lead.trimEnd()} ${book.place}${tail}`, phrase: book.place };
  }
  // "I produced jingles for three podcasts, and all my links are at linktr.ee/x": after a clause that stands, a
  // clause that only said where my channels are goes with them.
  const standsBefore = ctx.before !== undefined && !LEXICON.conditionOpeners.startOf(withoutConnector(ctx.before)) && !LEXICON.subordinators.startOf(withoutConnector(ctx.before));
  if (!ctx.atStart && standsBefore && ctx.isLastRun && tail.trim() === "" && regions.every((r) => r.family === "contact") && LOCATED_DETAIL_RE.test(whole.trim().slice((LEXICON.leadingConnectors.startOf(whole.trim()) ?? "").length).trim())) return { text: "", phrase: "", bare: true };
  // "You can reach me on 555 ...", "I'm reachable by phone at ...": a verb that fits Upwork too keeps its place.
  if (book.place === "here on Upwork" && regions.every((r) => r.family === "contact")) {
    const fitVerb = LEXICON.placeFitVerbs.startOf(region);
    const object = fitVerb ? /^\s+(?:me|us)\b/i.exec(region.trimStart().slice(fitVerb.length))?.[0] : undefined;
    const afterVerb = fitVerb && object ? region.trimStart().slice(fitVerb.length + object.length) : undefined;
    // (after a modal or "to" only: an imperative "Reach me on ..." is the book's "Message me here on Upwork")
    if (afterVerb !== undefined && LEXICON.prepositions.startOf(afterVerb) && /\b(?:can|could|will|would|may|might|should|to)\s*$/i.test(lead)) {
      const verb = region.trimStart().slice(0, fitVerb!.length + object!.length);
      return { text: `${lead}${ctx.atStart && lead.trim() === "" ? cased(verb) : verb} ${book.place}${tail}`, phrase: `${verb} ${book.place}` };
    }
    const stateLead = withoutChannelPlace(lead);
    if (LEXICON.placeFitStates.endsText(stateLead) && LEXICON.prepositions.startOf(region)) return { text: `${stateLead.trimEnd()} ${book.place}${tail}`, phrase: book.place };
  }
  // "let's use Escrow.com instead of Upwork's milestones" -> "let's use Upwork's milestones": the alternative named was Upwork.
  const instead = book.swapChannel ? /\b(use|go with|choose|pick|work with|pay (?:via|through|with|by))\s+[^,;]+?\s+(?:instead of|rather than)\s+(Upwork(?:['’]s(?:\s+[\p{L}-]+){0,2})?)(?![\p{L}])/iu.exec(whole) : undefined;
  if (instead) {
    const text = `${whole.slice(0, instead.index)}${instead[1]} ${instead[2]}${whole.slice(instead.index + instead[0].length)}`;
    // (a reason that praised the alternative goes with it: ", it protects both sides the same way")
    const kept = withoutDanglingPieces(text, danglingOf([book]));
    if (kept) return { text: kept, phrase: `${instead[1]} ${instead[2]}` };
  }
  // A clause that keeps its terms and loses only the offending part.
  // (the first edit whose result still stands once its dangling pieces go)
  const edits = [
    () => (book.condition !== undefined ? withoutFeedbackCondition(whole, book.condition, waitsFor(source, from, to, book.conditionEvent) ? undefined : book.conditionEvent, book.conditionEventByClient) : undefined),
    () => (book.demand !== undefined ? demandSwapped(whole, book.demand) : undefined),
    () => (book.swapChannel ? (paymentThroughUpwork(whole) ?? workOnUpwork(whole)) : undefined),
    () => (book.demand !== undefined || book.condition !== undefined ? feedbackReworded(whole) : undefined),
    () => (regions.every((r) => r.family === "spam") ? followUpOnce(whole) : undefined),
    () => (regions.some((r) => r.rule === "account/client-login") ? clientLoginSwapped(whole) : undefined),
    () => (regions.every((r) => r.family === "contact") ? (ownChannelSwapped(whole, book) ?? preferredChannelSwapped(whole)) : undefined),
  ];
  let keptSwap: string | undefined;
  // "You'll give me five stars, right?": a demand with a tag question still presses, so the book's question asks instead.
  const pressed = regions.every((r) => r.family === "feedback") && TAG_QUESTION_RE.test(whole);
  for (const edit of pressed ? [] : edits) {
    // (money still offered beside feedback, "if you leave honest feedback, the next revision is on the house", is the incentive still)
    const edited = ((e) => (e !== undefined && regions.every((r) => r.rule === "feedback/incentive") && offersMoney(e) ? undefined : e))(edit());
    // (a login swapped for a user invite names the client's own account, "add me as a user on your LinkedIn account",
    // which is no channel of mine left dangling: it is set aside while the pieces are judged)
    const owned: string[] = [];
    const masked = edited?.replace(/(?<=\b(?:in|on) your )(?:\p{Lu}[\p{L}\p{N}-]*)(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,3}/gu, (m) => `clientaccount${owned.push(m) - 1}`);
    const kept = masked && withoutDanglingPieces(masked, danglingOf([book]))?.replace(/clientaccount(\d+)/g, (_m, k: string) => owned[Number(k)]!);
    keptSwap = kept && (!book.swapChannel || /\bUpwork\b/.test(kept)) ? kept : undefined;
    if (keptSwap) break;
  }
  if (keptSwap) return { text: ctx.atStart || /^\p{Ll}/u.test(whole) ? keptSwap : lowerFirst(keptSwap), phrase: keptSwap };
  // "What's the best number to reach you on for a quick 10-minute chat about the brand voice?" -> "Could we have a
  // quick 10-minute chat about the brand voice here on Upwork?": the call a detail was asked for is had here.
  const callFor = regions.every((r) => r.family === "contact") && book.place === "here on Upwork" ? CALL_FOR_RE.exec(whole) : undefined;
  // (a call on a named app is no call here: "for a Zoom chat")
  if (callFor && !/@|www\.|https?:|\.\p{L}{2,}\/|\d{5,}/u.test(callFor[1]!) && !LEXICON.callApps.occursIn(callFor[1]!) && !LEXICON.channelPhrases.occursIn(callFor[1]!.replace(/\b(?:call|chat|meeting)\b/gi, " ")) && LEXICON.requestedDetails.occursIn(whole.slice(0, callFor.index))) {
    const had = `${ctx.terminal.includes("?") ? "could we have" : "let's have"} ${callFor[1]!.trim()} ${book.place}`;
    return { text: cased(had), phrase: had };
  }
  // An address gives way to its town, which is no contact detail: "Address: Calle Mayor 15, 28013 Madrid" -> "Location: Madrid".
  if (regions.every((r) => r.rule !== undefined && LEXICON.inPersonRules.has(r.rule))) {
    // (a finding that took its subject, "Our studio is at 14 Mill Lane, Bristol", leaves the subject to the lead)
    const subjectAt = lead.trim() === "" ? /^\s*(?:my|our|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:is|are)\s+at\s+/iu.exec(region) : undefined;
    if (subjectAt) {
      lead += subjectAt[0];
      region = region.slice(subjectAt[0].length);
    }
    const after = /^\s*(?:\p{Lu}[\p{L}-]*\s*){1,3}(?=$|[,;.])/u.exec(source.slice(r1, to))?.[0] ?? "";
    const labelled = /^\s*(\p{L}[\p{L} ]{0,20}):\s*/u.exec(lead.trim() === "" ? region : "");
    // (a closing aside that only invited a visit, "(drop by anytime)", goes with the address: the town stands alone)
    const visit = (t: string) => { const m = VISIT_ASIDE_RE.exec(t); return m && dangles(m[1]!, danglingOf([book])) ? t.slice(0, m.index) : t; };
    const address = visit(region.slice(labelled?.[0].length ?? 0));
    // (only an address itself: "Our office is at 1600 Market St" says more than where)
    const pure = address.split(/[\s,]+/).every((w) => !/^\p{Ll}/u.test(w) || LEXICON.streetWords.has(w.toLowerCase()));
    const city = pure ? cityOf(address + after) : undefined;
    const label = labelled ?? /^\s*(\p{L}[\p{L} ]{0,20}):\s*$/u.exec(lead);
    const rest = visit(source.slice(r1 + after.length, to));
    // "My office is at 880 Harbor View Drive, San Diego" -> "My office is in San Diego": a place "at" an address is "in" its town.
    const isAt = /\b(?:is|are|am|'m|’m|based|located)\s+at\s*$/i.exec(lead);
    if (city && isAt) return { text: `${lead.slice(0, lead.length - isAt[0].length)}${isAt[0].replace(/at\s*$/i, "in ")}${city}${keptTail(rest, book)}`, phrase: city };
    // (a bare town stands only where it opens the sentence or follows a label: after "I'm happy to meet at my studio," it says nothing)
    // (a label that names the place, "Studio: ", stays before its town; one that named the address or a visit, "Address: ", "Visit us: ", says "Location")
    const named = label && !LEXICON.addressLabels.occursIn(label[1]!) && !/\b(?:me|us)\b/i.test(label[1]!) ? label[0] : undefined;
    if (city && ((leadCore === "" && ctx.atStart) || label) && rest.trim() === "") return { text: `${label ? `${labelled ? lead : /^\s*/.exec(lead)![0]}${named ? named.trim() + " " : "Location: "}` : lead}${city}`, phrase: city };
    if (city && LEXICON.locatedLeads.endsText(lead)) return { text: `${lead}${/\s$/.test(lead) ? "" : " "}${city}${keptTail(rest, book)}`, phrase: city };
  }
  // "Upwork, PayPal, or crypto": an item that only names a way to pay goes from the list.
  if (book.swapChannel && !ctx.atStart && whole.trim().split(/\s*(?:,|\bor\b|\band\b)\s*/i).filter(Boolean).every((item) => PAYMENT_ITEM_RE.test(item))) return { text: "", phrase: "", bare: true };
  // "confirm your full name, email and mobile so I can ...": details asked for in a list go, what they were for stays.
  if (book.together && !ctx.atStart && lead.trim() === "" && detailList(region)) return tail.trim() ? { text: tail.replace(/^\s+/, ""), phrase: "", glue: true } : { text: "", phrase: "", bare: true };
  // "I need the following from you: your email, your phone number and the repo link": after a colon the other items stay.
  if (book.together && /:\s*$/.test(lead) && tail.trim() && detailList(region.replace(/[\s,]*(?:and|or)?\s*$/i, ""))) return { text: `${lead}${tail.trimStart()}`, phrase: tail.trim() };
  // A detail and its label alone ("Tel. 0171 555", "IG: @x", a table cell): a label and a short phrase.
  const cellOnly = ctx.cell && ctx.atStart && ctx.isLastRun && !/\b(?:me|us|you|I|we|I'm|I'll|please)\b/i.test(whole) && !LEXICON.contactVerbs.startOf(whole);
  if (cellOnly || isDetailOnly(whole, region, book)) {
    // "My number is +1 415 555 0132." is a sentence: it gets one back.
    if (ctx.terminal && ctx.atStart && ctx.isLastRun) return clauseForm();
    // (a bold label keeps its marks: "**Contact:** hello@x.com" -> "**Contact:** via Upwork messages")
    const labelled = /^(\s*(?:\*\*|__)?)(\p{L}[\p{L} /.&-]{0,20}):((?:\*\*|__)?)\s/u.exec(whole);
    const label = labelled?.[2];
    // (a label that was a request, "Reach me:", names the contact instead)
    const named = label && !LEXICON.labelWords.occursIn(label) && !LEXICON.contactVerbs.startOf(label) ? label : label ? "Contact" : undefined;
    // (a bracketed aside after the detail that holds none, "(9–5 EST)", "(weekdays only)", says when and stays)
    const aside = label && /^\s*\([^()]*\)\s*$/.test(tail) && !DETAIL_MARK_RE.test(tail) ? ` ${tail.trim()}` : "";
    return { text: (named ? `${labelled![1]}${named}:${labelled![3]} ${book.signoff}` : ctx.afterLabel ? book.signoff : cased(book.signoff)) + aside, phrase: book.signoff, bare: !aside };
  }
  // "[Schedule a free consultation](https://cal.com/x)": the link's own words say what to do, here on Upwork.
  const linkText = /^\s*\[([^\]]+)\]\([^)]*\)\s*$/.exec(region)?.[1];
  if (linkText && book.place && LEXICON.contactVerbs.startOf(linkText) && !LEXICON.channelPhrases.occursIn(linkText) && !DETAIL_MARK_RE.test(linkText)) {
    return { text: `${lead}${ctx.atStart && !leadCore ? cased(linkText) : linkText} ${book.place}${tail}`, phrase: `${linkText} ${book.place}` };
  }
  // "Send the brief to jane@x.com" keeps what is sent: "Send the brief here on Upwork".
  const objectVerb = LEXICON.objectVerbs.startOf(region);
  if (objectVerb && book.place) {
    const rest = region.trimStart().slice(objectVerb.length);
    const prep = /\s(?:to|at|on|via|through|into|in|by)\s/i.exec(rest);
    const object = prep ? rest.slice(0, prep.index) : "";
    const toPerson = /^\s*(?:me|us|you|him|her|them|a line|a note)\b/i.test(object);
    // "email me at ..." is a channel, "email the audit to ..." sends a thing.
    const channelOnly = toPerson && LEXICON.channelObjectVerbs.startOf(objectVerb) !== undefined;
    if (prep && prep.index > 0 && !channelOnly && object.trim().split(/\s+/).length <= 4 && !LEXICON.channelPhrases.occursIn(object)) {
      // "mail the documents", "email the audit": a thing goes through Upwork by being sent (not "me", "a line").
      const swap = toPerson ? undefined : LEXICON.deliveryVerbSwaps.get(objectVerb.toLowerCase());
      const verbText = swap ? (/^\p{Lu}/u.test(objectVerb) ? upperFirst(swap) : swap) : region.trimStart().slice(0, objectVerb.length);
      const sent = verbText + rest.slice(0, prep.index);
      return { text: `${lead}${lead && !/\s$/.test(lead) ? " " : ""}${leadCore ? sent : cased(sent)} ${book.place}${tail}`, phrase: `${sent} ${book.place}` };
    }
  }
  // "Can you share your LinkedIn password so I can ...": a detail asked for that is a login is a user invite, not a message here.
  if (regions.every((r) => r.rule === "contact/request") && LEXICON.credentialNouns.occursIn(region)) {
    const invited = clientLoginSwapped(whole);
    if (invited && !LEXICON.credentialNouns.occursIn(invited) && !/\bas you\b/i.test(invited)) return { text: ctx.atStart ? invited : lowerFirst(invited), phrase: invited };
  }
  // "What's your email so I can send the wireframes?" -> "Could I send the wireframes here on Upwork?"
  // (a finding that stops inside the purpose, "Your Skype ID would help me set up| a call", leaves it whole)
  const purposeFound = book.together ? purposeOf(whole, danglingOf([book])) : undefined;
  const purpose = purposeFound && (tail === "" || purposeFound.at < end - from) ? purposeFound : undefined;
  // "Send me your email and I'll forward the draft there" -> "I'll send the draft here on Upwork": the promise is the sentence now.
  // (asked: "Could you send me your home address so I can courier the NDA?" -> "Could I send the NDA here on Upwork?")
  if (purpose?.placed) return { text: cased(ctx.terminal.includes("?") ? `could ${purpose.subject} ${purpose.rest}` : `${purpose.subject}${purpose.modal} ${purpose.rest}`), phrase: purpose.rest };
  // (a call promised in the question is asked for: "so I can ring you before I start?" -> "Could we have a quick call here on Upwork before I start?")
  const callAsked = purpose?.promise ? LEXICON.callbackQuestions.get(purpose.promise) : undefined;
  if (purpose && callAsked && ctx.terminal.includes("?")) return { text: cased(`could ${callAsked} here on Upwork${purpose.rest.slice(LEXICON.callbackSwaps.get(purpose.promise!)!.length)}`), phrase: callAsked };
  if (purpose && ctx.terminal.includes("?")) return { text: cased(`could ${purpose.subject} ${placedBeforeTail(purpose.rest, "here on Upwork")}`), phrase: purpose.rest };
  if (purpose?.comma) return { text: cased(`${purpose.subject}${purpose.modal} ${placedBeforeTail(purpose.rest, "here on Upwork")}`), phrase: purpose.rest };
  if (purpose && leadCore === "") return { text: `${cased(book.invitation)} ${purpose.clause}`, phrase: book.invitation };
  // "Please leave your number and I'll send samples": after a bare "please" or "kindly" the purpose stays too.
  if (purpose && LEXICON.invitationStarters.startOf(leadCore)?.length === leadCore.length) return { text: `${lead}${/\s$/.test(lead) ? "" : " "}${book.verb} ${purpose.clause}`, phrase: book.verb };
  // "Daily standups by phone at +61 ..." -> "Daily standups here on Upwork": a lead that names only the channel
  // before the detail keeps its words without the channel.
  if (leadCore !== "" && book.place && dangles(leadCore, danglingOf([book])) && regions.every((r) => r.family === "contact") && isDetailOnly(region, region, book)) {
    // (one channel place goes, not the verb's own particle: "walk you through| by phone")
    const channelPlace = /\s+(?:on|at|via|in|through|by|to|from|over)\s+(?:(?:my|our|the|your)\s+)?(?:(?!(?:on|at|via|in|through|by|to|from|over)\s)[\p{L}-]+\s+){0,2}[\p{L}-]+[\s:]*$/iu.exec(lead);
    const placeLead = channelPlace && LEXICON.channelNouns.endsText(channelPlace[0].replace(/[\s:]+$/, "")) ? lead.slice(0, channelPlace.index) : undefined;
    if (placeLead && words(placeLead).length >= 2 && !dangles(placeLead, danglingOf([book])) && !DETAIL_MARK_RE.test(placeLead)) return { text: `${placeLead} ${book.place}${tail}`, phrase: book.place };
  }
  // "Let's talk → cal.com/x" -> "Let's talk here on Upwork": an arrow pointing at the detail goes with it.
  const pointer = /\s*(?:→|->|=>|⇒|👉)\s*$/u.exec(lead);
  if (pointer && book.place && regions.every((r) => r.family === "contact") && isDetailOnly(region, region, book) && tail.trim() === "") {
    const pointed = lead.slice(0, pointer.index);
    if (words(pointed).length >= 2 && !dangles(pointed, danglingOf([book])) && !DETAIL_MARK_RE.test(pointed)) return { text: `${pointed} ${book.place}${tail}`, phrase: book.place };
  }
  if (leadCore === "" || dangles(leadCore, danglingOf([book]))) return clauseForm();
  const regionVerb = LEXICON.contactVerbs.startOf(region) !== undefined;
  const leadEndsInTo = /\bto\s*$/i.test(lead);
  // "just ring 07911 ...", "Call our office line (020) ...": the channel's verb and object go with it.
  // (an area code the finding left out, "(020) ", goes too)
  const channelCall = /(?:^|\s)([\p{L}-]+)(?:\s+(?:me|us|our\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+|my\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+))?\s*:?[\s()\d+.-]*$/iu.exec(lead);
  const verbWord = channelCall?.[1]?.toLowerCase();
  // (not a noun: "in a Zoom call (zoom.us/j/1)", "on a quick call")
  const nounBefore = channelCall && /(?:^|\s)(?:a|an|the|my|our|your|this|that|quick|short|video|zoom|teams|skype|phone|whatsapp)\s*$/i.test(lead.slice(0, channelCall.index + channelCall[0].length - channelCall[0].trimStart().length));
  // (nor a label's last word, "Follow-up schedule: day 1 ...": a verb opens its label, "Call: 555 ...")
  const labelNoun = channelCall && /:\s*$/.test(lead) && /\p{L}\s+[\p{L}-]+\s*:\s*$/u.test(lead) && !/[.!?]\s+[\p{L}-]+\s*:\s*$/u.test(lead) && !/\b(?:me|us)\s*:\s*$/i.test(lead);
  if (channelCall && verbWord && !nounBefore && !labelNoun && LEXICON.contactVerbs.startOf(verbWord) === verbWord && (!LEXICON.objectVerbs.startOf(verbWord) || LEXICON.channelObjectVerbs.startOf(verbWord) !== undefined) && (!/\s(?:our|my)\s/i.test(channelCall[0]) || LEXICON.channelNouns.endsText(channelCall[0]))) {
    const before = lead.slice(0, channelCall.index + channelCall[0].length - channelCall[0].trimStart().length);
    return { text: before.trim() ? `${before}${book.verb}${tail}` : `${cased(book.verb)}${tail}`, phrase: book.verb };
  }
  // "- Free consultation: tidycal.com/x": a list item's own label stays, the detail becomes the book's short phrase.
  // (the finding may hold the colon: "Free consultation|: tidycal...")
  const labelled = lead + (/^\s*:\s*/.exec(region)?.[0] ?? "");
  const itemLabel = /^\s*(\p{L}[\p{L} /&'-]{0,30}):\s*$/u.exec(labelled)?.[1];
  // (a bracketed aside after the detail stays: "Phone support: 555-0119 (weekdays 9–5)")
  const aside = /^\s*\([^()]*\)\s*$/.test(tail) ? tail : "";
  // (the channel named in the label goes with it: "Phone support: 555-0119" -> "Support: via Upwork messages")
  // (not a label that is a request, "Email me:", nor one left with only small words)
  const labelWordsKept = itemLabel?.split(/\s+/).filter((w) => !LEXICON.labelWords.occursIn(w) && !LEXICON.channelNouns.occursIn(w)) ?? [];
  // (a label that loses words keeps only content words: "Full details are on my site" is a sentence, not a label)
  const allKept = labelWordsKept.length === itemLabel?.split(/\s+/).length;
  const ownLabel = itemLabel && (allKept || (!/^\s*[\p{L}-]+\s+(?:me|us)\b/iu.test(itemLabel) && labelWordsKept.length > 0 && labelWordsKept.every((w) => w.length >= 3 && !LEXICON.detailWords.has(w.toLowerCase())))) ? labelWordsKept.join(" ") : undefined;
  // (a label that only named the channel, "phone: 555-0182 (9–5 EST)", says "Contact" when an aside stays after it)
  const channelOnly = itemLabel !== undefined && aside !== "" && labelWordsKept.length === 0 && !LEXICON.contactVerbs.startOf(itemLabel) && !/\b(?:me|us)\b/i.test(itemLabel);
  if (itemLabel && (ownLabel || channelOnly) && ctx.ownLine && ctx.atStart && ctx.isLastRun && ctx.terminal === "" && (tail.trim() === "" || aside)) {
    const at = labelled.indexOf(itemLabel);
    const newLabel = ownLabel ? (/^\p{Lu}/u.test(itemLabel) ? upperFirst(ownLabel) : ownLabel) : /^\p{Lu}/u.test(itemLabel) ? "Contact" : "contact";
    return { text: `${labelled.slice(0, at)}${newLabel}${labelled.slice(at + itemLabel.length).trimEnd()} ${book.signoff}${aside}`, phrase: book.signoff };
  }
  if (regions.every((r) => r.removable)) return { text: lead.trimEnd() + tail, phrase: lead.trim() };
  if (/\b(?:let(?:'s|’s| us)|we can|we could|shall we)\s*$/i.test(lead) && book.together) {
    return { text: `${lead.trimEnd()} ${book.together}${tail}`, phrase: book.together };
  }
  if (LEXICON.verbSlotCues.endsText(lead) && (regionVerb || !leadEndsInTo)) {
    return { text: `${lead.trimEnd()} ${book.verb}${tail}`, phrase: book.verb };
  }
  // "Join me on Zoom anytime: https://..." -> "Join me here on Upwork anytime": a time after the channel stays after the place.
  const when = /\s+(anytime|any time|today|tonight|tomorrow|now|soon|later)[\s:]*$/i.exec(lead);
  if (book.place && when) {
    const placeLead = withoutChannelPlace(lead.slice(0, when.index));
    if (placeLead && placeLead !== lead.slice(0, when.index).replace(/[\s:]+$/, "") && !LEXICON.channelPhrases.occursIn(placeLead)) {
      return { text: `${placeLead} ${book.place} ${when[1]}${tail}`, phrase: book.place };
    }
  }
  // "walk you through it in a Google Meet (meet.google.com/x) tomorrow": the channel named before the detail goes with it.
  // (a call with no app named before its number stays as the verb's object: "jump on a call: 555-..." -> "jump on a call here on Upwork")
  const genericCall = /\s(?:on|for|in|into)\s+an?\s+\S+(?:\s+\S+)?$/i.exec(lead.replace(/[\s(:]+$/, ""));
  const channelBefore = LEXICON.channelNouns.endsText(lead.replace(/[\s(:]+$/, "")) && (withoutChannelPlace(lead) !== lead.replace(/[\s:]+$/, "") || (genericCall !== null && GENERIC_CALL_RE.test(genericCall[0])));
  if (book.place && (LEXICON.prepositions.endsText(lead) || channelBefore || /^\s*:/.test(region) || LEXICON.prepositions.startOf(region))) {
    // (a lead that ends in a preposition before a place that opens with one has a verb's particle: "comment on| through the chat")
    const placeLead = withoutChannelPlace(lead, /\s(?:on|at|in|over|through|with|about)\s*$/i.test(lead) && /^\s*(?:on|at|via|in|through|over|by|from|into|with)\s/i.test(region));
    // "Ring me: nine one seven ..." -> "Message me here on Upwork": the channel's own verb goes too.
    const callMe = /(?:^|\s)([\p{L}-]+)\s+(?:me|us)$/iu.exec(placeLead);
    if (callMe && LEXICON.contactVerbs.startOf(callMe[1]!) === callMe[1]!.toLowerCase() && (!LEXICON.objectVerbs.startOf(callMe[1]!) || LEXICON.channelObjectVerbs.startOf(callMe[1]!) !== undefined)) {
      const before = placeLead.slice(0, callMe.index + callMe[0].length - callMe[0].trimStart().length);
      return { text: before ? `${before}${book.verb}${tail}` : `${cased(book.verb)}${tail}`, phrase: book.verb };
    }
    if (placeLead && !LEXICON.channelPhrases.occursIn(placeLead)) {
      // "bring it to <address>" -> "send it here on Upwork": a thing reaches Upwork by being sent.
      const carried = /(^|\s)([\p{L}-]+)(\s+(?:it|them|this|these))$/iu.exec(placeLead);
      const swap = carried && book.place === "here on Upwork" ? LEXICON.deliveryVerbSwaps.get(carried[2]!.toLowerCase()) : undefined;
      const sent = swap && carried ? placeLead.slice(0, carried.index) + carried[1] + (/^\p{Lu}/u.test(carried[2]!) ? upperFirst(swap) : swap) + carried[3] : placeLead;
      return { text: `${sent} ${book.place}${tail}`, phrase: book.place };
    }
  }
  // "candidates apply via https://..." keeps its verb: "candidates apply here on Upwork".
  const verb = LEXICON.contactVerbs.startOf(region);
  if (book.place && verb && LEXICON.prepositions.startOf(region.trimStart().slice(verb.length).replace(/^\s+(?:me|us)\b/i, ""))) {
    // (its object stays too: "if you message me on WhatsApp" -> "if you message me here on Upwork")
    const verbAndObject = /^\s*\S+(?:\s+(?:me|us)\b)?/i.exec(region.trimStart().slice(verb.length).replace(/^/, "x"))![0].slice(1);
    return { text: `${lead.trimEnd()} ${region.trimStart().slice(0, verb.length)}${verbAndObject.replace(/^\S*/, "")} ${book.place}${tail}`, phrase: book.place };
  }
  return clauseForm();
}

const FRAME_SUBJECT = "(I|we|you)";
const frameAlt = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]").replace(/ /g, "\\s+")).join("|");
/** A subject and its modal, or a modal whose subject came earlier: "we can also", "Is it okay if I", "and would love to". */
/**
 * True when the line around `[from, to)` already names `event` outside that stretch ("After approval, I'll
 * hand over the files, but only once you've left feedback"): saying it again would repeat it.
 */
function waitsFor(source: string, from: number, to: number, event: string | undefined): boolean {
  if (!event) return false;
  const lineStart = source.lastIndexOf("\n", from - 1) + 1;
  const lineEnd = source.indexOf("\n", to) < 0 ? source.length : source.indexOf("\n", to);
  const around = (source.slice(lineStart, from) + " " + source.slice(to, lineEnd)).toLowerCase();
  return words(event).filter((w) => w.length > 3).some((w) => around.includes(w.replace(/(?:ed|e)$/, "")));
}

/** `phrase` placed in a verb phrase before its trailing time or condition: "connect with you| before the interview" -> "connect with you here on Upwork before the interview". */
function placedBeforeTail(verbPhrase: string, place: string): string {
  for (const m of verbPhrase.matchAll(/\s+(?=\p{L})/gu)) {
    const at = m.index!;
    if (words(verbPhrase.slice(0, at)).length >= 2 && LEXICON.placeBeforeTails.startOf(verbPhrase.slice(at + m[0].length))) return `${verbPhrase.slice(0, at)} ${place}${verbPhrase.slice(at)}`;
  }
  return `${verbPhrase} ${place}`;
}

/** A subject of a few words and its modal: "Our business development team will". */
const NOUN_FRAME = `(${frameAlt(LEXICON.subjectFrames.nounSubjectDeterminers)})\\s+(?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+\\s+(?:${frameAlt(LEXICON.subjectFrames.afterNounSubject)})`;
const FRAME_RE = new RegExp(
  `(?<![\\p{L}'’])(?:${NOUN_FRAME}|${FRAME_SUBJECT}(?:\\s+|(?=['’]))(?:${frameAlt(LEXICON.subjectFrames.afterSubject)})|(?:${frameAlt(LEXICON.subjectFrames.beforeSubject)})\\s+${FRAME_SUBJECT}|(?:${frameAlt(LEXICON.subjectFrames.withoutSubject)})|(${frameAlt(LEXICON.subjectFrames.gerundFrames)}))(?:\\s+(?:${frameAlt(LEXICON.subjectFrames.adverbs)}))?(?=\\s)`,
  "giu",
);

/** A short phrase of time or scope opening a sentence, with no subject of its own: "After the first milestone ", "For long-term clients ". */
const LEADING_ADVERBIAL_RE = /^\s*(?:after|before|for|from|during|starting|starting from|over|within|by|in|on)\s+(?:(?!(?:I|you|we|they|he|she|it|me|us)\b)[\p{L}\p{N}'’$%/-]+\s+){1,5}$/iu;

/**
 * The run `whole` kept up to a subject and modal ("we can", "Is it okay if I", "would love to") that open
 * its offending part `[r0, r1)` (offsets in `whole`), with the book's verb phrase for that subject after
 * them: "we can go direct and save the fees" -> "we can keep working together here on Upwork"; undefined
 * when no frame opens it, the text before the frame still holds the offending part, or the book has no
 * phrase for the subject.
 */
function subjectFramed(whole: string, r0: number, r1: number, regions: Region[], book: Phrasebook): { text: string; phrase: string } | undefined {
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
    const bare = said === "i" ? book.subjects.I : said === "we" ? book.subjects.we : book.subjects.you;
    if (!bare) return undefined;
    // (a noun subject is someone else: "my practice manager will" takes no "do all the work myself")
    if (m[1] && /\b(?:myself|ourselves|me|my|us|our)\b/i.test(bare)) continue;
    const verb = m[4] ? gerundOf(bare) : bare;
    return { text: `${whole.slice(0, end)} ${verb}`, phrase: verb };
  }
  return undefined;
}

/** A verb phrase with its first word as a gerund: "message me here" -> "messaging me here", "set up a call" -> "setting up a call". */
function gerundOf(phrase: string): string {
  return phrase.replace(/^[\p{L}]+/u, (w) => {
    if (LEXICON.subjectFrames.doubledFinals.includes(w.toLowerCase())) return `${w}${w.slice(-1)}ing`;
    if (/ie$/i.test(w)) return `${w.slice(0, -2)}ying`;
    if (/[^e]e$/i.test(w) && w.length > 2) return `${w.slice(0, -1)}ing`;
    return `${w}ing`;
  });
}

/** `text` with the app named as a call's medium swapped for Upwork ("a quick Skype call" -> "a quick Upwork call"), and that phrase; undefined when none. */
function callAppSwapped(text: string): { text: string; phrase: string } | undefined {
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

/**
 * A clause without the verb phrases joined by "and" that point back at the removed part, its subject and
 * modal kept: "I'll add you to the project group and share daily updates" -> "I'll share daily updates";
 * undefined when no such phrase goes or nothing stands.
 */
function withoutDanglingConjunct(text: string, extra: WordList): string | undefined {
  const parts = text.split(/\s+and\s+/i);
  if (parts.length < 2) return undefined;
  const frame = new RegExp(FRAME_RE.source, "iu").exec(parts[0]!);
  if (!frame || frame.index !== parts[0]!.length - parts[0]!.trimStart().length) return undefined;
  const head = parts[0]!.slice(0, frame.index + frame[0].length);
  const phrases = [parts[0]!.slice(head.length).trim(), ...parts.slice(1).map((p) => p.trim())];
  const kept = phrases.filter((p) => !dangles(p, extra) && !DETAIL_MARK_RE.test(p));
  if (kept.length === 0 || kept.length === phrases.length || kept.some((p) => new RegExp(FRAME_RE.source, "iu").test(p))) return undefined;
  return `${head} ${kept.join(" and ")}`;
}

/** A purpose at the end of a clause: "to keep costs down", "so that you save". (not "to my site", "to me") */
const PURPOSE_TAIL_RE = /\s+(?:in order to|so as to|so that|to)\s+(?!(?:my|our|your|the|a|an|me|us|you|him|her|them|this|that|it)\b)[^—–;,]*$/i;

/** `text` without trailing pieces (after a dash, semicolon or comma, or a purpose) that point back at the removed part; undefined if nothing stands. */
function withoutDanglingPieces(text: string, extra: WordList): string | undefined {
  let out = text;
  // "takes clients on Upwork after the first project to keep costs down": the purpose was the removed part's.
  const purpose = PURPOSE_TAIL_RE.exec(out);
  // (not a verb's own "to": "Happy to refund ...", "I'd like to ...")
  const head = purpose ? out.slice(0, purpose.index) : "";
  if (purpose && dangles(purpose[0], extra) && !dangles(head, extra) && !LEXICON.verbSlotCues.words.includes(`${head.trim().split(/\s+/).at(-1)!.toLowerCase()} ${purpose[0].trim().split(/\s+/)[0]!.toLowerCase()}`) && head.trim().split(/\s+/).length >= 4) out = head;
  for (let m = /(?:\s[—–-]|[;,])\s+([^—–;,]*)$/.exec(out); m && dangles(m[1]!, extra); m = /(?:\s[—–-]|[;,])\s+([^—–;,]*)$/.exec(out)) out = out.slice(0, m.index);
  // A leading reason goes too: "I'm leaving Upwork soon, so let's sign the retainer on Upwork".
  // (only where the swap to Upwork survives: a dangling main clause is no reason to keep its tail).
  for (let m = /^([^—–;,]*)(?:[;,]|\s[—–-])\s+/.exec(out); m && dangles(m[1]!, extra) && /\bUpwork\b/.test(out.slice(m[0].length)); m = /^([^—–;,]*)(?:[;,]|\s[—–-])\s+/.exec(out)) {
    const rest = out.slice(m[0].length);
    const connector = LEXICON.leadingConnectors.startOf(rest);
    const next = connector ? rest.trimStart().slice(connector.length).trimStart() : rest;
    out = /^\p{Lu}/u.test(text) ? upperFirst(next) : next;
  }
  return out.trim() && !dangles(out, extra) ? out : undefined;
}

/** A direct object right after a verb of reaching someone: "text you the tracking updates", "email you a copy". */
const OBJECT_AFTER_RE = /^\s+(?:the|a|an|your|my|our|any|all|some|those|these|this|that|each|every|\d)\b/i;

/** The purpose after a request or invitation: "so I can send the wireframes", "and I'll add you to the board". */
function purposeOf(text: string, extra: WordList): { clause: string; subject: string; modal: string; rest: string; comma: boolean; placed: boolean; at: number; promise?: string } | undefined {
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
  const promise = [...LEXICON.callbackSwaps.keys()].find((k) => new RegExp(`^${k}(?![\\p{L}])`, "iu").test(m[4]!.trim()));
  // ("so we can text you the tracking updates" has an object: the promise is to send it, not to reply)
  const afterPromise = promise ? m[4]!.trim().slice(promise.length) : "";
  const sentObject = promise !== undefined && LEXICON.callbackSwaps.get(promise) === "reply" && OBJECT_AFTER_RE.test(afterPromise);
  let rest = promise ? (sentObject ? (LEXICON.objectChannelVerbs.get(promise) ?? "send you") : LEXICON.callbackSwaps.get(promise)!) + afterPromise : m[4]!.trim();
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

/** True when a run holds only a contact detail and words that label it ("WhatsApp: +1 ...", "phone 0171 ..."). */
function isDetailOnly(whole: string, region: string, book: Phrasebook): boolean {
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

/** A negation before a word of going off Upwork in one clause: "I never ask to be paid outside Upwork", "we don't work off the platform". */
const DENIAL_RE = new RegExp(String.raw`\b(?:never|not|no longer|don['’]t|doesn['’]t|won['’]t|can['’]t|cannot|wouldn['’]t)\b[^,;:—–()]*?(?<![\p{L}])(?:${[...LEXICON.offPlatform.words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|")})(?![\p{L}])`, "iu");

/** True when `text` denies going off Upwork (and so keeps the rules): see DENIAL_RE. */
function deniesOffPlatform(text: string): boolean {
  return DENIAL_RE.test(text);
}

/** A call or meeting named with no app or phone, after its preposition: " on a quick call", " for a short video chat". */
const GENERIC_CALL_RE = /^\s+(?:on|for|in|into)\s+an?\s+(?:(?:quick|short|brief|first|free|video|quick video|15-minute|30-minute)\s+)?(?:call|chat|meeting)$/i;

/** The lead before a place, without its trailing preposition (not a verb's `particle`), "here", colon or channel ("on my calendar"). */
function withoutChannelPlace(lead: string, particle = false): string {
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
function keptTail(tail: string, book: Phrasebook): string {
  let t = tail;
  for (let w = LEXICON.tailDropWords.startOf(t); w; w = LEXICON.tailDropWords.startOf(t)) t = t.trimStart().slice(w.length);
  // (a channel's other name after a slash goes with it: "Twitter/X as @x")
  t = t.replace(/^\/\p{L}[\p{L}\p{N}]*(?=[\s,.;:!?]|$)/u, "").replace(HANDLE_RE, "").replace(DETAIL_ASIDE_RE, "");
  // "and I'll add you", "and I'll call you": a promise to use the removed channel, and nothing more.
  if (t.trim() === "" || dangles(t, danglingOf([book])) || /\b(?:add|call|text|ring|email|phone)\s+you\s*$/i.test(t)) return /^["”’]/.exec(t)?.[0] ?? "";
  return /^[\s,;:).!?"'”’]/.test(t) ? t : ` ${t}`;
}

/** A bracketed detail right after a rewritten channel: "(ID: lucy_design88)", "(@brightlane_support)". */
const DETAIL_ASIDE_RE = /^\s*\((?=[^)]*(?:\d{3}|[@_])|[^)]*\.\p{L})[^)\s]*(?:\s[^)\s]*){0,2}\)/u;

/** A handle or ID left right after a rewritten channel ("ping me on te1egram @cutroom_vlad"). */
const HANDLE_RE = /^\s*(?:(?:as|at|is)\s+)?[@+#]?[\p{L}\p{N}]*[\p{N}@_#][\p{L}\p{N}._@#-]*(?=[\s"'”’).,;:!?]|$)/u;

/**
 * A neighbouring clause with its channel swapped for the phrasebook's place ("on the phone", "DM me
 * there" -> "here on Upwork"), or undefined when it would still point at the removed part.
 */
function swapChannelPlace(text: string, books: Phrasebook[]): string | undefined {
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
function channelVerbSwapped(text: string, books: Phrasebook[]): string | undefined {
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
function ownChannelSwapped(text: string, book: Phrasebook): string | undefined {
  // (the handle that followed the channel goes with it: "my TikTok @editsbyjay" -> "my Upwork portfolio")
  const swapped = swapPhrases(text, LEXICON.channelNounSwaps).replace(/(\bmy Upwork \w+)\s*(?:\(\s*)?[@#][\p{L}\p{N}._-]+\)?/u, "$1").replace(/(\bmy Upwork \w+)\s*([*_]{1,2})[^*_]{1,40}\2(?![*_])/u, "$1").replace(/\bon (my Upwork portfolio)\b/, "in $1");
  return swapped !== text && !DETAIL_MARK_RE.test(swapped) && !dangles(swapped, danglingOf([book])) ? swapped : undefined;
}

/** A channel I prefer, said of Upwork messages: "I prefer WeChat (ID: x)" -> "I prefer Upwork messages"; undefined when none. */
function preferredChannelSwapped(text: string): string | undefined {
  const m = /\b(I\s+(?:prefer|usually use|mostly use|use|like))\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)(\s*\([^)]*\)|\s+(?:at|on|as)\s+\S+)?/iu.exec(text);
  if (!m || !LEXICON.channelPhrases.occursIn(m[2]!) && !LEXICON.channelNouns.endsText(m[2]!)) return undefined;
  const out = `${text.slice(0, m.index)}${m[1]} Upwork messages${text.slice(m.index + m[0].length)}`;
  return DETAIL_MARK_RE.test(out) ? undefined : out;
}

/** A visit offered beside a removed address, offered here on Upwork instead: "you can visit any time" -> "you can message me here on Upwork any time". */
function swapVisit(text: string, regions: Region[]): string | undefined {
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

/** True when `text` points back at a removed contact channel or payment ("I reply faster there"). */
function dangles(text: string, extra: WordList): boolean {
  // (an app named as the product of the work is no channel: "a WhatsApp Business API bot", "Instagram ads")
  const t = withoutExistentialThere(text).replace(PRODUCT_RE, " ");
  if (isBareDetail(t)) return true;
  return LEXICON.danglingCues.occursIn(t) || LEXICON.alternativeCues.occursIn(t) || LEXICON.channelPhrases.occursIn(t) || extra.occursIn(t);
}

/** An app named with what was built on it: "WhatsApp Business API", "Telegram bots", "Instagram ads". */
const PRODUCT_RE = new RegExp(`(?<![\\p{L}])[\\p{L}]+(?:(?:\\s+(?:and|or)\\s+|\\s*[,&/]\\s*)[\\p{L}]+){0,2}(?:\\s+(?:business|checkout|payment|messaging))?(?:\\s+(?:${LEXICON.productNouns.words.join("|")}))+(?![\\p{L}])`, "giu");

/** True when `text` is only a number or ID, no words: "0321-4567890" after "message me on the green app:". */
function isBareDetail(text: string): boolean {
  return (text.match(/\p{N}/gu) ?? []).length >= 5 && !/\p{L}{2,}\s+\p{L}{2,}/u.test(text);
}

/** True when the sentence is the whole of its line. */
function isOwnLine(source: string, s: Sentence): boolean {
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
  // (a sentence's last word is no preposition before the next sentence: "talk it through? Message me ...")
  for (const part of after.split(/[.!?]+(?=["')\]*_]*\s)/)) {
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
  return true;
}

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

// Rewrites that keep the sentence and swap the finding where it stands: the minimal edit, and a means,
// a spoken channel, a labelled value, another person's work or a held hand-over said Upwork's way.

import type { Family } from "../types";
import { stillViolates } from "./verify";
import { LEXICON, withoutExistentialThere } from "./lexicon";
import { sharedWorkOwned, otherDoerDropped, otherSubjectOwned } from "./own-work";
import { minimalEdit } from "./minimal-edit";
import { rulesFlaggingAlone } from "../alone";
import { RULES } from "../registry";
import type { Sentence } from "./sentence";
import { type SentenceRewrite, byPriority, type Region } from "./targets";
import { danglingOf, dangles, PRODUCT_RE, readsWell } from "./reading-checks";
import { words } from "./text";
import { CHANNEL_VERBS } from "./leads";
import { emphasisClosed } from "./asides";
import { placeVerbsSwapped } from "./place-swaps";
import { BARE_CHANNEL_ONLY_RE } from "./regions";
import { CLIENT_OWNED_RE, DETAIL_MARK_RE, phraseAlternation } from "./sentence-patterns";

const CALL_MEDIA = [...LEXICON.meansChannels.callMedia].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
/** A call or chat named by the medium it went over (lexicon `meansChannels.callMedia`): "phone chat", "WhatsApp call", "voice calls"; not one the edit put here on Upwork, whose medium goes in placeVerbsSwapped ("a short call here on Upwork"). */
const MEDIUM_CALL_RE = new RegExp(String.raw`(?<![\p{L}])(?:(a|A)\s+)?(?:${CALL_MEDIA})\s+(?:chat|call|conversation)(s?)(?![\p{L}])(?!\s+here on Upwork\b)`, "giu");

/** `text` with each call named by its medium said as an Upwork call: "a five-minute phone chat" -> "a five-minute Upwork call". */
function spokenCallsSwapped(text: string): string {
  return text.replace(MEDIUM_CALL_RE, (_m, article: string | undefined, plural: string) => `${article ? `${article}n ` : ""}Upwork call${plural}`);
}

/**
 * The sentence with only its contact details replaced (minimal-edit.ts), when that reads well, no longer
 * reads as the violation (verify.ts) and leaves no finding of the same families; undefined otherwise.
 */
export function minimalAccepted(source: string, sentence: Sentence, regions: Region[]): SentenceRewrite | undefined {
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

const SPOKEN_MEANS = [...LEXICON.meansChannels.spoken].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
/** My number stated: "my number is +1 ...", "our mobile: 07 ...". */
const NUMBER_STATED = String.raw`(?:my|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:number|mobile|cell|line|phone|whatsapp)\s+(?:is\s+|:\s*)[^,;—–]*\d[^,;—–]*`;
/** A spoken means (lexicon `meansChannels.spoken`) with the detail stated right after it: "by phone, my number is +57 300 555 0142". */
const SPOKEN_STATED_RE = new RegExp(String.raw`(?<![\p{L}])(?:${SPOKEN_MEANS})\s*(?:,|[—–:]|\s-)\s*${NUMBER_STATED}`, "iu");

/**
 * The sentence body with a spoken means whose detail is stated right after it said as a call here, the statement gone:
 * "I can explain better by phone, my number is +57 300 555 0142, or ..." -> "I can explain better on an Upwork call, or ...".
 * Undefined unless every contact finding lies inside that stretch and the result reads well and is clean.
 */
export function spokenMeansSwapped(source: string, sentence: Sentence, regions: Region[]): string | undefined {
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

/** A call named by its medium or app, with a time after it: "Skype call", "15-minute Zoom tomorrow", "phone call". */
const NAMED_CALL = String.raw`(?<![\p{L}])(?:(a|an)\s+((?:[\p{L}\p{N}-]+\s+){0,2}?))?(?:${CALL_MEDIA})(?:\s+(?:video\s+)?(?:call|chat|meeting))?(?![\p{L}])((?:\s+(?:tomorrow|today|tonight|(?:this|next)\s+\p{L}+|on\s+\p{Lu}\p{Ll}+))?)`;
/** The detail stated in a dashed aside right after the call, up to its closing dash or its comma: "—my link is zoom.us/j/555—", " — 0433 555 019,". */
const CALL_ASIDE_RE = new RegExp(String.raw`${NAMED_CALL}\s*(?:[—–]|\s-)\s*(?:(?:my|our)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?:\s+is|['’]s|:)\s*)?([+(]?\d[\d\s().-]{5,}\d|[^\s,;—–]+?)(?:\s*(?:[—–]|\s-)\s*|(?=\s*,[^—–]*\s*(?:[—–]|\s-\s)))`, "iu");

/**
 * The sentence body with a call named by its app or medium, whose detail was stated in a dashed aside right after it, said as
 * an Upwork call, the aside's detail gone with its dashes: "Let's hop on a quick Skype call—my handle's live:x—and hash out
 * the tone" -> "Let's hop on a quick Upwork call and hash out the tone"; "a quick phone call — 0433 555 019, any time after 3
 * — nothing beats ..." -> "a quick Upwork call, any time after 3 — nothing beats ...". Undefined unless every contact
 * finding lies in that stretch and the result reads well and is clean.
 */
export function callAsideSwapped(source: string, sentence: Sentence, regions: Region[]): string | undefined {
  if (!regions.every((r) => r.family === "contact" && r.rule !== "contact/request" && r.rule !== undefined && !LEXICON.inPersonRules.has(r.rule))) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  const m = CALL_ASIDE_RE.exec(body);
  // (a handle with its app's prefix or a dotted name is a detail too: "live:jess.writes")
  if (!m || !(DETAIL_MARK_RE.test(m[4]!) || /\.\p{L}{2,}|^\p{L}+:\S/u.test(m[4]!))) return undefined;
  const [from, to] = [sentence.start + m.index, sentence.start + m.index + m[0].length];
  if (!regions.every((r) => r.start >= from - 1 && r.end <= to + 2)) return undefined;
  const closed = /[—–-]\s*$/.test(m[0]) && !/[—–-]\s*$/.test(m[4]!);
  const article = m[1] ? `${/^[aeiou]/i.test(m[2] || "u") && !m[2] ? "an" : m[2] ? (/^[aeiou]/i.test(m[2]) ? "an" : "a") : "an"} ${m[2] ?? ""}` : "";
  const call = `${m[1] && /^A/.test(m[1]) ? article.charAt(0).toUpperCase() + article.slice(1) : article}${LEXICON.meansChannels.calls.replace(/s$/, "")}${m[3] ?? ""}`;
  const after = body.slice(m.index + m[0].length);
  const text = body.slice(0, m.index) + call + (closed && /^[\p{L}\p{N}]/u.test(after) ? " " : "") + after;
  const families = new Set(regions.flatMap((r) => (r.family ? [r.family as Family] : [])));
  if (!readsWell(body, text, regions.map((r) => r.book)) || DETAIL_MARK_RE.test(text.replace(/\d+-minute/g, " ")) || stillViolates(text, families, new Set(regions.flatMap((r) => (r.rule ? [r.rule] : []))))) return undefined;
  return text;
}

/** A profile of mine on a social site (lexicon `socialProfiles`), with its link in brackets or after "at": "my XING profile (xing.com/profile/x)". */
const SOCIAL_PROFILE_RE = new RegExp(String.raw`(?<![\p{L}])(my|our|My|Our)\s+(?:${phraseAlternation(LEXICON.socialProfiles.apps)})\s+(?:${phraseAlternation(LEXICON.socialProfiles.nouns)})(?![\p{L}])(?:\s*\([^()]*\)|\s+(?:at|on)\s+\S*[./@]\S*)?`, "giu");

/**
 * The sentence body with a profile of mine on a social site, named as a thing to see, said as my Upwork profile in place, its
 * link gone: "4. References: see my XING profile (xing.com/profile/x) and the attached certificates." -> "4. References: see my
 * Upwork profile and the attached certificates." Only for social and link findings that lie in such a phrase; undefined unless
 * the rest reads well, names no detail and is clean.
 */
export function socialProfileSwapped(source: string, sentence: Sentence, regions: Region[]): string | undefined {
  if (!regions.every((r) => r.rule === "contact/social" || r.rule === "contact/link")) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  const hits = [...body.matchAll(SOCIAL_PROFILE_RE)];
  const within = (r: Region) => hits.some((m) => r.start - sentence.start >= m.index! - 1 && r.end - sentence.start <= m.index! + m[0].length + 1);
  if (hits.length === 0 || !regions.every(within)) return undefined;
  const text = body.replace(SOCIAL_PROFILE_RE, (_m, owner: string) => `${owner} ${LEXICON.socialProfiles.swap}`);
  const families = new Set(regions.flatMap((r) => (r.family ? [r.family as Family] : [])));
  if (!readsWell(body, text, regions.map((r) => r.book)) || DETAIL_MARK_RE.test(text) || stillViolates(text, families, new Set(regions.flatMap((r) => (r.rule ? [r.rule] : []))))) return undefined;
  return text;
}

const MEANS_APP = phraseAlternation(LEXICON.meansChannels.apps);
const MEANS_APPS_JOINED = String.raw`(?:${MEANS_APP})(?:\s*(?:,|\/|and|or|&)\s*(?:${MEANS_APP}))*`;
/** An app named as a means, with any apps joined to it and a bracketed detail after it: "via Microsoft Teams (my Teams ID: x@y.de)". */
const MEANS_RE = new RegExp(String.raw`(?<![\p{L}])(via|over|through|on|using)\s+(?:(?:my|our|the)\s+)?${MEANS_APPS_JOINED}(?![\p{L}])(\s*\([^()]*\))?`, "giu");

/** "there" right after a verb of reaching (lexicon `contactVerbs`) and its person: "connect there", "reach us there". */
const THERE_REACHED_RE = new RegExp(String.raw`(?<![\p{L}])((?:${phraseAlternation(LEXICON.contactVerbs.words)})(?:\s+(?:with\s+)?(?:me|us|them|him|her))?)\s+there(?![\p{L}])`, "giu");

/**
 * The sentence body with each finding that is an app named as a means ("via", "over", "through", "on", "using"
 * before it; lexicon `meansChannels`), and its bracketed detail, said as Upwork's own means: "Coordination meetings
 * will be held weekly via Microsoft Teams (my Teams ID: x@y.de)" -> "... via Upwork calls"; "Secure file transfer over
 * Signal (+1 ...) for anything confidential" -> "... over Upwork messages for anything confidential". Not after a
 * person ("reach me on WhatsApp" is a message here, not a means), and undefined unless the rest still reads well,
 * points back at no channel and no longer reads as the violation.
 */
export function channelMeansSwapped(source: string, sentence: Sentence, regions: Region[]): string | undefined {
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
  // (a thing sent through the app in the same clause is sent here: "I'll send the test build via Telegram" -> "... here on Upwork")
  const sent = (before: string) => LEXICON.meansChannels.sendingVerbs.occursIn(before.split(/[,;:—–]/).pop()!);
  let text = body;
  for (const m of [...hits].reverse()) text = `${text.slice(0, m.index)}${sent(body.slice(0, m.index)) ? LEXICON.meansChannels.sentPlace : `${m[1]} ${means}`}${text.slice(m.index! + m[0].length)}`;
  // ("there" after a verb of reaching pointed at the app, now Upwork's means: "kindly connect there" -> "kindly connect here")
  text = text.replace(THERE_REACHED_RE, "$1 here");
  const books = regions.map((r) => r.book);
  const rest = text.split(means).join(" ").split(LEXICON.meansChannels.sentPlace).join(" ");
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
export function labelledValueKept(source: string, sentence: Sentence, regions: Region[]): string | undefined {
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
export function ownWorkKept(source: string, sentence: Sentence, regions: Region[]): string | undefined {
  if (!regions.every((r) => r.rule === "account/shared-account")) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  const [from, to] = [Math.min(...regions.map((r) => r.start)) - sentence.start, Math.max(...regions.map((r) => r.end)) - sentence.start];
  // (or another person of mine doing it on my profile, said as me)
  const text = sharedWorkOwned(body, from, to) ?? otherSubjectOwned(body, from, to);
  return ownWorkChecked(source, sentence, regions, body, text);
}

/** The sentence body with my own work said alone, its second doer after "or" gone (own-work.ts otherDoerDropped): "written by me or, when I'm away, by my partner Jo (she logs in under my name)" -> "written by me". */
export function otherDoerKept(source: string, sentence: Sentence, regions: Region[]): string | undefined {
  if (!regions.every((r) => r.rule === "account/shared-account")) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  return ownWorkChecked(source, sentence, regions, body, otherDoerDropped(body));
}

/** `text` when it reads well and no longer reads as sharing the account; undefined otherwise. */
function ownWorkChecked(source: string, sentence: Sentence, regions: Region[], body: string, text: string | undefined): string | undefined {
  if (text === undefined || !readsWell(body, text, regions.map((r) => r.book)) || dangles(text, danglingOf(regions.map((r) => r.book))) || stillViolates(text + source.slice(sentence.end, sentence.close), new Set<Family>(["account"]), new Set(["account/shared-account"]))) return undefined;
  return text;
}

/** The words before a hand-over's event (lexicon `heldUntilFeedback.openers`): "after", "upon", "following". */
const HELD_OPENERS = [...LEXICON.heldUntilFeedback.openers.words].sort((a, b) => b.length - a.length).join("|").replace(/ /g, "\\s+");
const HELD_OPENER_RE = new RegExp(String.raw`(?<![\p{L}])(?:${HELD_OPENERS})(?![\p{L}])`, "giu");

/**
 * The sentence body with a withholding finding that is the feedback a hand-over waits for, said as a noun after
 * "after", "upon", "following" ... (lexicon `heldUntilFeedback`), replaced by the approval of the final milestone, every
 * other word kept: "Transfer of the source code follows after submission of a positive evaluation on the platform" ->
 * "... follows after approval of the final milestone"; undefined when a finding is no such noun or the rest does not read well.
 */
export function heldEventSwapped(source: string, sentence: Sentence, regions: Region[]): string | undefined {
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

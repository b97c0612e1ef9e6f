// Sentence leads and line labels ("PS: ", "Before we go further, ", "Payment: "): the opening words that
// stand whatever follows them, so a whole rewrite keeps them in front.

import type { Phrasebook } from "../types";
import { LEXICON, WordList } from "./lexicon";
import type { Sentence } from "./sentence";
import { danglingOf, dangles, isOwnLine } from "./reading-checks";
import { words } from "./text";
import { DETAIL_MARK_RE } from "./sentence-patterns";
import { EMOJI } from "./emoji";

/** What ends a sentence's lead: a comma or colon, a spaced dash or a space, and any emojis after it. */
const LEAD_END_RE = new RegExp(String.raw`^\s*(?:[,:]\s*|\s+(?:[—–-]\s+)?)(?:(?:${EMOJI})+\s+)?`, "u");

/**
 * The words that open the sentence before every finding and stand whatever follows them: a lead of
 * `sentenceLeads` ("PS: ", "Btw, ") or a short label ("Payment: ", "Month 2 onward: ") that names no
 * channel, detail or request; undefined when there is none.
 */
export function sentenceLead(source: string, sentence: Sentence, targets: { start: number; end: number; family?: string; book: Phrasebook }[]): string | undefined {
  const body = source.slice(sentence.start, sentence.end);
  // (a finding that starts with the sentence took the lead with it: detection reads whole sentences)
  const first = Math.min(...targets.map((t) => (t.start === sentence.start ? Infinity : t.start))) - sentence.start;
  const known = LEXICON.sentenceLeads.startOf(body);
  let lead: string | undefined;
  if (known !== undefined && body.startsWith(known)) {
    // (an emoji after it is its tone, part of the lead: "Btw 🥺 what's your email ...")
    const m = LEAD_END_RE.exec(body.slice(known.length));
    if (m && (m[0].trim() !== "" || /^\p{Lu}/u.test(body.slice(known.length + m[0].length)) || LEXICON.bareSentenceLeads.has(known.toLowerCase()))) lead = known + m[0];
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

/** A channel's own verb addressed to me: "call me", "text us", "DM me". */
export const CHANNEL_VERBS = new WordList([...LEXICON.placeVerbSwaps.keys(), ...LEXICON.objectChannelVerbs.keys()].filter((k) => /\b(?:me|us)$/.test(k)));

/**
 * The label that opens a line of its own, with its colon and emphasis ("Public feedback: ", "**Schedule:** "),
 * when every finding lies after it and the label names no channel, detail or request of its own ("Email me:",
 * "WhatsApp:", "Visit us:" are the finding); undefined for any other sentence.
 */
export function lineLabel(source: string, sentence: Sentence, regions: { start: number; end: number; family?: string; book: Phrasebook }[]): string | undefined {
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

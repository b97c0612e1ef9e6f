// One sentence, one rewrite: the clauses that hold findings are rewritten from the phrasebooks of
// the rules that found them, by slot (after "to"/"can": a verb phrase; after a verb and its object:
// a place) or by the clause's shape; innocent clauses stay, clauses that only made sense with the
// removed part go, and the sentence keeps its capital and its terminal punctuation.
// This module is the entry point and the order the strategies are tried in (rewriteBody); each
// strategy lives in the module named for what it does.

import type { Family } from "../types";
import { stillViolates } from "./verify";
import { LEXICON } from "./lexicon";
import { clausesOf, type Range, type Sentence } from "./sentence";
import { threatAsRequest, withheldAsDelivered } from "./clause-edits";
import { type RewriteTarget, type SentenceRewrite, byPriority } from "./targets";
import { type Mode, compose } from "./compose";
import { lowerFirst, upperFirst, words } from "./text";
import { withoutPriceForLeaving, withoutBracketedAlternative, portfolioSeen, dashPairClosed, capitalKept, withoutArguments, emphasisPaired } from "./touch-ups";
import { sentenceLead, lineLabel } from "./leads";
import { minimalAccepted, callAsideSwapped, socialProfileSwapped, spokenMeansSwapped, channelMeansSwapped, labelledValueKept, ownWorkKept, otherDoerKept, heldEventSwapped } from "./in-place";
import { withoutDependentPieces, otherwiseKept, signatureKept } from "./clause-removal";
import { withoutOtherPayments, withoutListedDetails, withoutCellItems, withoutSeparatedItems } from "./lists";
import { withoutBracketedFinding, withoutDashAside, withoutAddressPieces, withoutRelativeAside, withoutClosingAside, withoutDetailAsides, emphasisClosed, quotesPaired } from "./asides";
import { bracketBalance, readsWell } from "./reading-checks";
import { placeVerbsSwapped } from "./place-swaps";
import { narrowed, widenToLink, widenToAddressEnd, narrowedToAddressBracket, widenToBrackets, widenToEmphasis } from "./regions";
import { REQUESTED_DETAIL, CHANNEL_APP_RE } from "./sentence-patterns";
import { emojisKept } from "./emoji";

/**
 * Rewrites the sentence holding `targets`; undefined when the rewrite would leave it as it is. A lead
 * that opens the sentence before every finding ("PS: ", "Btw, ", "Payment: ") stays in front of the
 * rewrite when rewriting the whole sentence would have dropped it: "PS: Expect a reminder every
 * morning." -> "PS: I'll follow up once here on Upwork.", not "I'll follow up once here on Upwork."
 */
export function rewriteSentence(source: string, found: Sentence, targets: RewriteTarget[]): SentenceRewrite | undefined {
  const rewrite = rewriteWithLead(source, found, targets);
  return rewrite && emphasisPaired(source, emojisKept(source, found, targets, capitalKept(source, found, portfolioSeen(dashPairClosed(source, withoutBracketedAlternative(withoutPriceForLeaving(source, found, targets, withoutArguments(source, found, targets, rewrite))))))));
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
  // (a threat whose condition is a clause of its own: "If you don't approve by Friday, I'll leave you 1 star"; a delivery
  // refused without a review: "No review, no repo access" -> "The repo access comes with the final milestone")
  const request = regions.every((r) => r.family === "feedback") ? (threatAsRequest(source.slice(sentence.start, sentence.end)) ?? withheldAsDelivered(source.slice(sentence.start, sentence.end))) : undefined;
  if (request !== undefined) return { start: sentence.start, end: sentence.end, text: request, sentence: request + source.slice(sentence.end, sentence.close), phrase: request };
  // Work said to be mine keeps that alone, its second doer after "or" gone with what was said of them (before the alternative or the bracket about them goes alone).
  const mine = otherDoerKept(source, sentence, regions);
  if (mine !== undefined) return { start: sentence.start, end: sentence.end, text: mine, sentence: mine + source.slice(sentence.end, sentence.close), phrase: mine.trim() };
  const alternative = otherwiseKept(source, sentence, regions);
  const otherwise = alternative === undefined ? undefined : emphasisClosed(source, sentence, source.slice(sentence.start, sentence.end), alternative);
  if (otherwise !== undefined) return { start: sentence.start, end: sentence.end, text: otherwise, sentence: otherwise + source.slice(sentence.end, sentence.close), phrase: otherwise.trim() };
  const bracketed = withoutBracketedFinding(source, sentence, regions);
  if (bracketed !== undefined) return { start: sentence.start, end: sentence.end, text: bracketed, sentence: bracketed + source.slice(sentence.end, sentence.close), phrase: bracketed.trim() };
  // (and so does a street address set off by commas between clauses that stand: "I'm in Oslo, office at Storgata 12, and I ...")
  const dashed = withoutDashAside(source, sentence, regions) ?? withoutAddressPieces(source, sentence, regions);
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
  // (so is a call named by its app whose detail sat in a dashed aside: "a quick Skype call—my handle's live:x—and ..." -> "a quick Upwork call and ...")
  // (and a profile of mine on a social site, named as a thing to see, is my Upwork profile: "see my XING profile (xing.com/...)" -> "see my Upwork profile")
  const spoken = spokenMeansSwapped(source, sentence, regions) ?? callAsideSwapped(source, sentence, regions) ?? socialProfileSwapped(source, sentence, regions);
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
    // (a purpose that pointed "there" is the sentence once the place is here: "Do you have Telegram, so I can send the samples there?" -> "Could I send the samples here on Upwork?")
    if (result && mode !== "whole") result = purposePromoted(body, result, source.slice(sentence.end, sentence.close));
    // (read as it will be written: a channel's verb before the place is swapped first, "on my whatsapp me here" -> "on my message me here")
    if (result && (mode === "whole" || (readsWell(body, placeVerbsSwapped(result.text), regions.map((r) => r.book)) && !stillViolates(result.text, families, rules) && !stillAsksForDetail(result.text, rules)))) {
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

/** A rewritten invitation, then a clause of mine that now does its thing here on Upwork: "Message me here on Upwork, so I can send the samples here on Upwork". */
const PURPOSE_AFTER_INVITATION_RE = /^([^,;]*\bhere on Upwork),?\s+(?:so\s+(?:that\s+)?|and\s+)?(I|we)(\s+(?:can|could|will)|['’]ll)\s+([^,;]*\bhere on Upwork\b[^,;]*)$/i;

/**
 * `result` as its purpose alone when it is an invitation the rewrite wrote, then a clause of mine from `body` whose "there"
 * became "here on Upwork": asked when `terminal` asks ("Could I send the samples here on Upwork"), said otherwise ("I will
 * explain the architecture here on Upwork"); `result` unchanged otherwise.
 */
function purposePromoted(body: string, result: { text: string; phrase: string }, terminal: string): { text: string; phrase: string } {
  const m = PURPOSE_AFTER_INVITATION_RE.exec(result.text.trim());
  // (one clause that names no channel: not "I'll add you to our Slack and we'll run the rest here on Upwork")
  if (!m || body.includes(m[1]!) || !/(?<![\p{L}])there(?![\p{L}])/iu.test(body) || /\band\s+(?:I|we|you)(?![\p{L}])/iu.test(m[4]!) || LEXICON.channelNouns.occursIn(m[4]!) || LEXICON.channelPhrases.occursIn(m[4]!) || CHANNEL_APP_RE.test(m[4]!)) return result;
  const [subject, modal, rest] = [m[2]!.toLowerCase() === "i" ? "I" : "we", m[3]!.replace("’", "'"), m[4]!];
  const text = terminal.includes("?") ? `Could ${subject} ${rest}` : `${upperFirst(subject)}${modal} ${rest}`;
  return { text, phrase: rest };
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
const CLIENT_DETAIL_RE = new RegExp(String.raw`(?<![\p{L}])your\s+${REQUESTED_DETAIL}(?![\p{L}\p{N}])`, "iu");

/** True when a rewrite of a request for the client's details still asks for them: "Leave your contacts here on Upwork". */
function stillAsksForDetail(text: string, rules: Set<string>): boolean {
  return rules.has("contact/request") && CLIENT_DETAIL_RE.test(text);
}

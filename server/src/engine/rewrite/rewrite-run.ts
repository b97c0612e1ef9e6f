// Rewriting one run of offending clauses: the lead-in, the finding and the tail are read for the phrase
// that fits the slot (verb phrase, place, invitation, statement), case by case in the order below.

import type { Phrasebook } from "../types";
import { LEXICON } from "./lexicon";
import { cityOf } from "./address";
import { shapeOf, withoutConnector } from "./shape";
import { clientLoginSwapped, demandSwapped, feedbackReworded, followUpOnce, offersMoney, paymentThroughUpwork, withoutFeedbackCondition, workOnUpwork } from "./clause-edits";
import { conditionLeftAlone, danglingOf, dangles, introducesRepeatedTrigram } from "./reading-checks";
import { byPriority, type Region } from "./targets";
import { upperFirst, lowerFirst, words } from "./text";
import { CHANNEL_APP_RE, TAG_QUESTION_RE, CLIENT_OWNED_RE, CLIENT_CONDITION_RE, VISIT_LEAD_RE, VISIT_START_RE, VISIT_CHAT_RE, IN_PERSON_RE, VISIT_PURPOSE_RE, REASON_CLAUSE_RE, CALL_FOR_RE, LOCATED_DETAIL_RE, INVITATION_ABOUT_RE, DETAIL_MARK_RE, VISIT_ASIDE_RE } from "./sentence-patterns";
import { PAYMENT_ITEM_RE, detailList } from "./lists";
import { streetLike } from "./regions";
import { waitsFor, placedBeforeTail, subjectFramed, purposeOf, isDetailOnly } from "./frames";
import { callAppSwapped, GENERIC_CALL_RE, withoutChannelPlace, keptTail, channelVerbSwapped, ownChannelSwapped, preferredChannelSwapped } from "./place-swaps";
import { withoutDanglingPieces } from "./clause-removal";

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
export function rewriteRun(source: string, from: number, to: number, regions: Region[], ctx: RunContext): { text: string; phrase: string; bare?: boolean; generic?: boolean; glue?: boolean; reason?: string } {
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
  const keptSwap = clauseKeptByEdit(source, from, to, whole, regions, book);
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
  const keptItems = cellOnly ? cellItemsBefore(lead, tail) : undefined;
  if (keptItems !== undefined) return { text: keptItems, phrase: "" };
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
  const byPurpose = purposeRewritten({ whole, lead, leadCore, region, tail, at: end - from, book, terminal: ctx.terminal, cased });
  if (byPurpose) return byPurpose;
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

/**
 * The items a table cell listed by middots before the one holding the detail, which go back to the cell: "Reel (3 min) · DMs
 * open on Insta @x" -> "Reel (3 min)". Undefined when the detail's item is not the cell's last or the items before it name a
 * channel or a detail too.
 */
function cellItemsBefore(lead: string, tail: string): string | undefined {
  if (tail.trim() !== "") return undefined;
  const kept = /^([\s\S]*?\S)\s+[·•]\s+[^·•]*$/u.exec(lead)?.[1];
  return kept && !DETAIL_MARK_RE.test(kept) && !LEXICON.findingCues.get("contact")?.occursIn(kept) ? kept : undefined;
}

/**
 * The run's clause `whole` (`[from, to)` of `source`) with its terms kept and only the offending part edited by its
 * rule's own edit (a feedback condition, a demand, a payment or move swapped for Upwork, a follow-up said once, a login
 * swapped for a user invite, a channel of mine said of Upwork): the first edit whose result still stands once its
 * dangling pieces go; undefined when none does.
 */
function clauseKeptByEdit(source: string, from: number, to: number, whole: string, regions: Region[], book: Phrasebook): string | undefined {
  const edits = [
    () => (book.condition !== undefined ? withoutFeedbackCondition(whole, book.condition, waitsFor(source, from, to, book.conditionEvent) ? undefined : book.conditionEvent, book.conditionEventByClient) : undefined),
    () => (book.demand !== undefined ? demandSwapped(whole, book.demand) : undefined),
    () => (book.swapChannel ? (paymentThroughUpwork(whole) ?? workOnUpwork(whole)) : undefined),
    () => (book.demand !== undefined || book.condition !== undefined ? feedbackReworded(whole) : undefined),
    // (the line before the run is the follow-up's context: "If you don't answer me |I will write you each hour")
    () => (regions.every((r) => r.family === "spam") ? followUpOnce(whole, source.slice(source.lastIndexOf("\n", from - 1) + 1, from)) : undefined),
    () => (regions.some((r) => r.rule === "account/client-login") ? clientLoginSwapped(whole) : undefined),
    () => (regions.every((r) => r.family === "contact") ? (ownChannelSwapped(whole, book) ?? preferredChannelSwapped(whole)) : undefined),
  ];
  // "You'll give me five stars, right?": a demand with a tag question still presses, so the book's question asks instead.
  if (regions.every((r) => r.family === "feedback") && TAG_QUESTION_RE.test(whole)) return undefined;
  for (const edit of edits) {
    // (money still offered beside feedback, "if you leave honest feedback, the next revision is on the house", is the incentive still)
    const edited = ((e) => (e !== undefined && regions.every((r) => r.rule === "feedback/incentive") && offersMoney(e) ? undefined : e))(edit());
    // (a login swapped for a user invite names the client's own account, "add me as a user on your LinkedIn account",
    // which is no channel of mine left dangling: it is set aside while the pieces are judged)
    const owned: string[] = [];
    const masked = edited?.replace(/(?<=\b(?:in|on) your )(?:\p{Lu}[\p{L}\p{N}-]*)(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,3}/gu, (m) => `clientaccount${owned.push(m) - 1}`);
    const kept = masked && withoutDanglingPieces(masked, danglingOf([book]))?.replace(/clientaccount(\d+)/g, (_m, k: string) => owned[Number(k)]!);
    // (a condition whose main clause went is no sentence: "Before we approve the last milestone.")
    if (kept && (!book.swapChannel || /\bUpwork\b/.test(kept)) && !conditionLeftAlone(whole, kept)) return kept;
  }
  return undefined;
}

/** `lead` and the "and (then)" that opens `region` when the lead is a clause of mine that points at nothing removed ("I'll audit your company's LinkedIn page "); undefined otherwise. */
function ownClauseBefore(lead: string, region: string, book: Phrasebook): string | undefined {
  const joint = /^\s*and(?:\s+then)?\s+/i.exec(region)?.[0];
  const core = lead.trim();
  const own = core.replace(CLIENT_OWNED_RE, " ");
  if (!joint || core === "" || /[,;:—–()]/.test(core) || !LEXICON.subjectLeads.startOf(core) || LEXICON.channelNouns.occursIn(own) || CHANNEL_APP_RE.test(own) || dangles(own, danglingOf([book]))) return undefined;
  return `${lead}${/\s$/.test(lead) ? "" : " "}${joint.trim()} `;
}

/** What rewriteRun knows of a run when its purpose may be the rewrite: `at` is where the finding's kept part ends in `whole`. */
interface PurposeSlots {
  whole: string;
  lead: string;
  leadCore: string;
  region: string;
  tail: string;
  at: number;
  book: Phrasebook;
  terminal: string;
  cased: (phrase: string) => string;
}

/**
 * The run said by the purpose after the detail asked for (frames.ts purposeOf): "What's your email so I can send the
 * wireframes?" -> "Could I send the wireframes here on Upwork?", "Send me your email and I'll forward the draft there" ->
 * "I'll send the draft here on Upwork"; undefined when the run has no purpose that can be said on its own.
 */
function purposeRewritten({ whole, lead, leadCore, region, tail, at, book, terminal, cased }: PurposeSlots): { text: string; phrase: string } | undefined {
  // (a finding that stops inside the purpose, "Your Skype ID would help me set up| a call", leaves it whole)
  const purposeFound = book.together ? purposeOf(whole, danglingOf([book])) : undefined;
  const purpose = purposeFound && (tail === "" || purposeFound.at < at) ? purposeFound : undefined;
  // "Send me your email and I'll forward the draft there" -> "I'll send the draft here on Upwork": the promise is the sentence now.
  // (asked: "Could you send me your home address so I can courier the NDA?" -> "Could I send the NDA here on Upwork?")
  // (a clause of mine before "and then" that points at nothing removed stays before it: "I'll audit your company's LinkedIn page and then we can chat here on Upwork")
  const ownFirst = purpose?.placed && !terminal.includes("?") ? ownClauseBefore(lead, region, book) : undefined;
  if (purpose && ownFirst !== undefined) return { text: `${ownFirst}${purpose.subject}${purpose.modal} ${purpose.rest}`, phrase: purpose.rest };
  if (purpose?.placed) return { text: cased(terminal.includes("?") ? `could ${purpose.subject} ${purpose.rest}` : `${purpose.subject}${purpose.modal} ${purpose.rest}`), phrase: purpose.rest };
  // (a call promised in the question is asked for: "so I can ring you before I start?" -> "Could we have a quick call here on Upwork before I start?")
  const callAsked = purpose?.promise ? LEXICON.callbackQuestions.get(purpose.promise) : undefined;
  if (purpose && callAsked && terminal.includes("?")) return { text: cased(`could ${callAsked} here on Upwork${purpose.rest.slice(LEXICON.callbackSwaps.get(purpose.promise!)!.length)}`), phrase: callAsked };
  if (purpose && terminal.includes("?")) return { text: cased(`could ${purpose.subject} ${placedBeforeTail(purpose.rest, "here on Upwork")}`), phrase: purpose.rest };
  if (purpose?.comma) return { text: cased(`${purpose.subject}${purpose.modal} ${placedBeforeTail(purpose.rest, "here on Upwork")}`), phrase: purpose.rest };
  if (purpose && leadCore === "") return { text: `${cased(book.invitation)} ${purpose.clause}`, phrase: book.invitation };
  // "Please leave your number and I'll send samples": after a bare "please" or "kindly" the purpose stays too.
  if (purpose && LEXICON.invitationStarters.startOf(leadCore)?.length === leadCore.length) return { text: `${lead}${/\s$/.test(lead) ? "" : " "}${book.verb} ${purpose.clause}`, phrase: book.verb };
  return undefined;
}

// Rewrites that keep most of a clause and change only its offending part: a reward or delivery
// loses the feedback condition tied to it, a payment keeps its terms but goes through Upwork.

import { FEE_AVOIDANCE_RE, PAYMENT_METHODS } from "../patterns/payment";
import { EMOJI } from "./emoji";
import { LEXICON, replaceAll, swapPhrases } from "./lexicon";
import { phraseAlternation } from "./sentence-patterns";

const words = (s: string) => s.match(/[\p{L}\p{N}'’★-]+/gu) ?? [];
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A leading demand for feedback: "Leave a 5-star review", "Rate me 5 stars", "5-star review". */
const DEMAND_RE = /^\s*(?:please\s+)?(?:first\s+)?(?:leave|give|rate|drop|post|write|add|\d|five)/i;

/** Stretches of a clause between commas, dashes and "and", as [start, end) offsets. */
function pieces(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(/\s*(?:[,;=]|\s[—–-]\s|\b(?:and|then)\b(?=\s+(?:i|we|you|get|receive)\b))\s*/giu)) {
    out.push([from, m.index!]);
    from = m.index! + m[0].length;
  }
  out.push([from, text.length]);
  return out;
}

/**
 * The clause without its feedback condition ("I'll add the subtitles for free if you leave a glowing
 * review" -> "I'll add the subtitles for free"), `replacement` put where the condition was; undefined
 * when no condition is found or too little would be left to stand alone. With `event` ("the milestone is
 * approved"), a condition of time keeps its opener and says that event instead (`eventByClient` when the
 * condition named the client: "after you approve the milestone"): "once your review is
 * posted" -> "once the milestone is approved".
 */
/** A promotion open to anyone, said as an imperative: "Get 20% off your next order". */
const PROMOTION_RE = /^\s*(?:get|enjoy|save|claim|take)\b/i;

/** True when `text` still offers money back (`moneyRewards`) other than as a promotion open to anyone. */
export function offersMoney(text: string): boolean {
  return LEXICON.moneyRewards.occursIn(text) && !PROMOTION_RE.test(text);
}

export function withoutFeedbackCondition(text: string, replacement: string, event?: string, eventByClient?: string): string | undefined {
  let out = text;
  // A leading demand: "Leave a 5-star review and get 20% off", "5-star review = free support".
  const parts = pieces(out);
  const [s0, e0] = parts[0]!;
  const first = out.slice(s0, e0);
  if (parts.length > 1 && LEXICON.feedbackWords.occursIn(first) && DEMAND_RE.test(first)) {
    const rest = out.slice(parts[1]![0]);
    const connector = LEXICON.leadingConnectors.startOf(rest);
    out = upperFirstIf(text, connector ? rest.trimStart().slice(connector.length).trimStart() : rest);
  } else {
    // A condition opened by "if", "once", "only after", "in exchange for", "who" ... up to the next break.
    const lower = out.toLowerCase();
    let found: [number, number] | undefined;
    let relative = false;
    for (const m of lower.matchAll(/(?:^|[\s,(—–-])(?=\p{L})/gu)) {
      const at = m.index! + m[0].length;
      const opener = LEXICON.conditionOpeners.startOf(lower.slice(at));
      if (!opener) continue;
      const rest = out.slice(at);
      const subject = /\s(?=(?:I|we|you)(?:'ll|’ll|\s+will|\s+can|\s+get)\b)/.exec(rest)?.index ?? rest.length;
      let stop = Math.min(pieces(rest)[0]![1], subject) + at;
      // A relative clause ("clients who leave feedback get ...") ends with its feedback words.
      // (a "that" before a noun phrase opens what is said, not a relative clause: "be informed that a positive review will earn
      // you ..." holds the review as its subject, and cutting "that a positive review" left "be informed will earn you")
      if (opener === "that" && /^that\s+(?:a|an|the|your|my|our|any|every|each|this|these|those|I|you|we|they|he|she|it)\s/i.test(rest)) continue;
      if (opener === "who" || opener === "that") {
        const feedback = /^.*?\b(?:reviews?|stars?|ratings?|feedback|testimonials?)\b/i.exec(rest);
        if (!feedback) continue;
        stop = at + feedback[0].length;
        relative = true;
      }
      if (LEXICON.feedbackWords.occursIn(out.slice(at, stop)) && words(out.slice(at, stop)).length <= 12) {
        found = [at, stop];
        break;
      }
    }
    if (!found) return undefined;
    // "We refund $20 to every client who rates us 5 stars": the reward was only ever for the review.
    if (relative && out.slice(found[1]).trim() === "") return undefined;
    let [a, b] = found;
    // (a condition of time inside a wider one is the condition: "the login details for your new site until the feedback's in")
    if (event && !relative && !LEXICON.approvalOpeners.has(LEXICON.conditionOpeners.startOf(lower.slice(a))!.toLowerCase())) {
      const inner = /\s(?=(?:until|till|only after|after|once)\s)/i.exec(out.slice(a, b));
      if (inner && LEXICON.feedbackWords.occursIn(out.slice(a + inner.index + 1, b))) a += inner.index + 1;
    }
    // (a bracket opened in the condition is an aside of its own: "after a positive review (sorry, agency policy)")
    const bracket = out.slice(a, b).indexOf(" (");
    if (bracket > 0 && LEXICON.feedbackWords.occursIn(out.slice(a, a + bracket))) b = a + bracket;
    const opener = LEXICON.conditionOpeners.startOf(lower.slice(a))!;
    // (a condition that opens the clause just goes: "Once you leave a review I will start" -> "I will start")
    if (event && !relative && words(out.slice(0, a)).length > 0 && LEXICON.approvalOpeners.has(opener.toLowerCase())) {
      // ("right after you leave the 5-star feedback" -> "right after you approve the milestone": the client stays its subject)
      const said = eventByClient && /^\s*you\b/i.test(out.slice(a + opener.length)) ? eventByClient : event;
      // (a delivery held back, "only after" or by a verb of holding, comes with the final milestone: "released after
      // positive feedback" -> "delivered with the final milestone", "I give only after you rate me" -> "I give with the final milestone")
      const head = out.slice(0, a);
      const held = lastHeldSwapped(head);
      const kept = /\b(?:not|never|no)\b|n['’]t\b|\b(?:open|active|running|pending|going)\s*$/i.test(head);
      if (!kept && (LEXICON.heldDelivery.openers.has(opener.toLowerCase().replace(/\s+/g, " ")) || held !== head)) {
        // (an apology in brackets after the condition apologised for the holding and goes with it: "(sorry, agency policy)")
        const after = out.slice(b).replace(/^\s*\((?:sorry|apologies|my apologies)\b[^()]*\)/i, "");
        out = `${held.replace(/\s+$/, "")} ${LEXICON.heldDelivery.phrase}${after}`.trim();
        return words(out).length < 3 || LEXICON.feedbackWords.occursIn(out) ? undefined : out;
      }
      out = `${out.slice(0, a + opener.length)} ${said}${out.slice(b)}`.trim();
      return words(out).length < 2 || LEXICON.feedbackWords.occursIn(out) ? undefined : out;
    }
    // The comma or dash that set the condition off goes with it.
    const before = /[\s,—–-]*$/.exec(out.slice(0, a))![0].length;
    a -= before;
    const head = out.slice(0, a);
    const tail = out.slice(b).replace(/^[\s,]+(?=\p{L})/u, head ? (relative || /\b(?:and|or|but)$/.test(head) ? " " : ", ") : "");
    // The replacement ("with the final delivery") fits only where the condition ended the clause.
    const filler = /^\s*(?:[,;.]|$)/.test(out.slice(b)) ? replacement : "";
    out = head ? head + filler + tail : upperFirstIf(text, tail.replace(/^[\s,—–-]+/, ""));
  }
  out = out.trim();
  // (money off for a review is the incentive whatever its condition: "I'll give you 20% off the next project" goes with it;
  // a promotion open to anyone stays, "Leave a 5-star review and get 20% off" -> "Get 20% off")
  if (words(out).length < 2 || LEXICON.feedbackWords.occursIn(out) || offersMoney(out)) return undefined;
  return out;
}

/** Emphasis opened inside a verb of holding: "are **held". */
const HELD_MARK = String.raw`\s+(?:\*\*|__)?`;
const HELD_VERB_RE = new RegExp(`(?<![\\p{L}])(?:${[...LEXICON.heldDelivery.swaps.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, HELD_MARK)).join("|")})(?![\\p{L}])`, "giu");

/**
 * `head` with its last verb of holding ("are released", "stay with me", "keep") said as its delivery, emphasis opened
 * inside it kept before the delivery's last word ("are **held" -> "are **delivered"); unchanged when it has none.
 */
function lastHeldSwapped(head: string): string {
  const last = [...head.matchAll(HELD_VERB_RE)].pop();
  if (!last) return head;
  const mark = /\s(\*\*|__)/.exec(last[0])?.[1];
  const swap = LEXICON.heldDelivery.swaps.get(last[0].replace(/\*\*|__/g, "").toLowerCase().replace(/\s+/g, " "))!;
  return head.slice(0, last.index) + (mark ? swap.replace(/(\S+)$/, `${mark}$1`) : swap) + head.slice(last.index! + last[0].length);
}

const upperFirstIf = (original: string, s: string) => (/^\p{Ll}/u.test(original) ? s : upperFirst(s));

/** What of a payment app's is named after it: " account", "'s billing service". */
const METHOD_THING = String.raw`\s+(?:account|wallet|transfer|address|link|ID|(?:portal|dashboard|app|system)\b)|['’]s\s+(?:(?:billing|payment|invoicing|checkout|transfer)\s+)?(?:service|system|portal|page|link|tool|feature)`;
/** A method named with its time, "cash on delivery", is only the method before "of": "cash| on delivery of the audited accounts" keeps when. */
const TIMED_METHOD_END = String.raw`(?!(?<=\bon\s+(?:delivery|completion|receipt))\s+of\b)`;
const METHOD_PLACE_RE = new RegExp(String.raw`\b(?:by|via|through|on|with|using|to|in|into|over)\s+(?:(?:my|our|your|a|the)\s+)?(?:(?:personal|company|business|direct)\s+)?(?:${PAYMENT_METHODS}|Wise)${TIMED_METHOD_END}(?:${METHOD_THING})?(?:\s*\([^)]*\)|\s+@[\w.-]+)?`, "i");
const METHOD_RE = new RegExp(String.raw`\b(?:${PAYMENT_METHODS})\b|\bWise\b`, "i");
const CHANNEL_ALT = [...LEXICON.paymentChannels.words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");
const CHANNEL_PLACE_RE = new RegExp(String.raw`\b(?:by|via|through|on|with|using|to|in|into|over)\s+(?:(?:my|our|your|a|the)\s+)?(?:${CHANNEL_ALT})\b(?:${METHOD_THING})?`, "i");
const ANY_CHANNEL = String.raw`(?:${PAYMENT_METHODS}|Wise|${CHANNEL_ALT})`;
// "a Stripe payment link", "my PayPal invoice": the thing sent becomes an Upwork milestone.
const CHANNEL_NOUN_RE = new RegExp(String.raw`\b(?:a|an|the|my|our)\s+(?:${ANY_CHANNEL})\s+(?:payment\s+)?(?:link|invoice|request|checkout)\b`, "i");
// "accept Amazon gift cards as payment", "accept payment by PayPal".
const ACCEPT_RE = new RegExp(String.raw`\baccept\s+(?:payments?\s+(?:by|via|through|in|with)\s+)?(?:${ANY_CHANNEL})(?:\s*\([^)]*\))?(?:\s+as\s+(?:a\s+)?payment)?(?![\p{L}])`, "iu");
// "invoice me directly", "invoices clients directly through QuickBooks": billing is done through Upwork.
const INVOICE_RE = new RegExp(String.raw`\b(invoic(?:e|es))\s+(me|us|you|clients|them)(?:\s+(?:directly|privately|myself|ourselves))?(?:\s+(?:through|via|with|by|on)\s+(?:${ANY_CHANNEL}))?(?![\p{L}])`, "iu");
const INVOICE_SWAP: Record<string, string> = { me: "pay me", us: "pay us" };
const INSTEAD_RE = /\s+(?:instead\s+of|rather\s+than)\s+(?:here|upwork(?:['’]s)?|through\s+upwork|the\s+platform|escrow|(?:the|an?)\s+(?:upwork\s+)?(?:milestones?|contract|escrow))(?![\p{L}])/iu;
/** What named the old channel once it says Upwork: a currency before it ("pay in SOL through Upwork"), a wallet or account number after it. */
const CURRENCY_BEFORE_RE = /\s+in\s+(?:[A-Z]{3,4}|crypto|bitcoin|cash)(?=\s+through Upwork\b)/;
// (also after the word that named the number, "M-Pesa Paybill 555123", "Till No. 880022": a capitalised label or a number word)
const ACCOUNT_AFTER_RE = /(through Upwork)\s+(?:(?:\p{Lu}[\p{L}-]*|account|acct|till|wallet|number|no)\.?\s+(?:[Nn]o\.?\s+)?(?=\p{N}{5})|[#:]?\s*)?(?=[\p{L}\p{N}]*\p{N})[\p{L}\p{N}]{6,}(?![\p{L}\p{N}])/u;
/** A bank account number in IBAN form after the swapped place: "through Upwork to DE89 3704 0044 0532 0130 00". */
const IBAN_AFTER_RE = /(through Upwork)\s+(?:to|into|on)\s+(?:(?:my|our|the)\s+)?(?:IBAN:?\s+)?[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/u;
const FEE_CONDITION_RE = new RegExp(String.raw`^[^,]*?(?:${FEE_AVOIDANCE_RE.source})[^,]*?\b(?:if|when|once)\s+`, "i");

/** A second way to pay joined after the swapped one: "through Upwork or a Cashfree link", "through Upwork and you can pay by ACH". */
const SECOND_MEANS_RE = new RegExp(String.raw`(through Upwork\b[^,;—–]*?)\s+(?:or|and)\s+(?:(?:you|we|I|they|clients)\s+(?:can|could|may)\s+(?:also\s+)?(?:pay|send\s+it|settle\s+it)\s+)?(?:(?:by|via|through|with|using|on|over)\s+)?(?:(?:a|an|my|our|the)\s+)?(?:${ANY_CHANNEL}|\p{Lu}[\p{L}\p{N}]+(?=${METHOD_THING}))${TIMED_METHOD_END}(?:${METHOD_THING})?(?![\p{L}])`, "iu");
/** One payment split between Upwork and the removed way, both Upwork once swapped: "half on Upwork and the rest through Upwork". */
const SPLIT_PAYMENT_RE = /\b(?:half|part|some|a part|\d+\s?%)(?:\s+of\s+it)?\s+((?:on|through|via|in)\s+Upwork)\s+and\s+(?:the\s+)?(?:rest|remainder|balance|other\s+half)\s+(?:on|through|via|in)\s+Upwork\b/iu;
/** A payee's number or address left after the swapped way to pay: "through Upwork to 555-0121". */
const PAYEE_DETAIL_RE = /(through Upwork)\s+to\s+(?:\+?\d[\d\s().-]{4,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?![\p{L}\p{N}])/u;

/** A payment request I send the client on a channel: "email you a Payoneer payment request", "text you a PayPal invoice". */
// (an invoice or link sent plainly stays one, "send you an Upwork milestone" (CHANNEL_NOUN_RE); one mailed or texted has no Upwork counterpart)
const REQUEST_SENT_RE = new RegExp(String.raw`\b(?:(?:email|send|text|message|forward|share)\s+(?:you\s+|the\s+client\s+)?(?:a|an|the|my)\s+(?:${ANY_CHANNEL})\s+(?:payment\s+)?request|(?:email|e-mail|text|message)\s+(?:you\s+|the\s+client\s+)?(?:a|an|the|my)\s+(?:${ANY_CHANNEL})\s+(?:payment\s+)?(?:invoice|link))\b`, "i");
/** A payment handle left after the channel was swapped: "through Upwork: $JoRenders". */
const CASHTAG_AFTER_RE = /(through Upwork)\s*[:–—-]?\s*\$\p{L}[\p{L}\p{N}_-]*/u;
/** A payment handle anywhere: "$JoRenders". */
const CASHTAG_RE = /(?<![\p{L}\p{N}])\$\p{L}[\p{L}\p{N}_-]{2,}/u;

/** A fee named in a purpose the detection pattern leaves to the rewriter ("so you don't pay the marketplace fee"). */
const FEE_WORD_RE = /\b(?:(?:don't|do not|won't|never)\s+pay\s+(?:the\s+|any\s+)?(?:[\p{L}-]+\s+)?fees?|(?:avoid|skip|save|dodge)\s+(?:the\s+|on\s+|any\s+)?(?:\d+%\s+)?(?:[\p{L}-]+\s+)?(?:fees?|commission|cut))\b/iu;

/** Whom a purpose suits, closing the text before it: " for clients who prefer", " for anyone that wants". */
const SUITED_PEOPLE_RE = /\s+for\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+(?:who|that)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+$/u;

/** `text` without the purpose that avoids the fee ("to save fees", "so you don't pay the marketplace fee"). */
function withoutFeePurpose(text: string): string {
  const m = FEE_AVOIDANCE_RE.exec(text) ?? FEE_WORD_RE.exec(text);
  if (!m) return text;
  const before = text.slice(0, m.index);
  // A purpose that opens the clause goes with its comma: "To avoid Upwork's 10% fee, we can ..." -> "We can ...".
  const opening = /^\s*(?:(?:just|only)\s+)?(?:in order\s+)?to\s+[^,;—–]*$/i.test(before + m[0]) ? /^[^,;—–]*[,;—–]\s*/.exec(text.slice(m.index)) : null;
  if (opening && words(text.slice(m.index + opening[0].length)).length >= 3) return upperFirst(text.slice(m.index + opening[0].length));
  // Back to the nearest connector ("to", "so", "and", a comma or dash) that opens the purpose.
  const connector = [...before.matchAll(/[,;]|\s[—–-]|\s(?:to|so|and|that\s+way)\b/gi)].at(-1);
  if (!connector || before.length - connector.index! > 40) return text;
  // (a purpose said of whom it suits goes with them: "... for clients who prefer to avoid Upwork fees", not "... for clients who prefer")
  const beneficiary = SUITED_PEOPLE_RE.exec(before.slice(0, connector.index));
  if (beneficiary) connector.index = beneficiary.index;
  const rest = text.slice(m.index + m[0].length).replace(/^[^,;—–]*/, "");
  // (the comma before a purpose that closed the clause goes too: "..., to avoid the fee" -> "...")
  return (rest.trim() ? before.slice(0, connector.index) : before.slice(0, connector.index).replace(/[\s,;]+$/, "")) + rest;
}

/** Where a purpose, result or added clause opens (lexicon `platformMotive.connectors`), with its leading space or comma. */
const MOTIVE_OPEN_RE = new RegExp(String.raw`(?:\s*,\s*|\s+)(?:${LEXICON.platformMotive.connectors.map((c) => c.replace(/ /g, "\\s+")).join("|")})\s+|\s*;\s*|\s[—–-]\s+`, "giu");
/** A closing comparison with how the others are paid (lexicon `platformMotive.precedentOpeners`): " like our other contractors". */
const PRECEDENT_RE = new RegExp(String.raw`(?:\s*,\s*|\s+)(?:${LEXICON.platformMotive.precedentOpeners.map((c) => c.replace(/ /g, "\\s+")).join("|")})\s+([^,;—–]*)$`, "iu");
/** A phrase that says the swap itself: "through Upwork", "on Upwork", "an Upwork milestone". */
const SWAP_SAID_RE = /\b(?:through|on|via|in|over|with)\s+Upwork\b|\bUpwork\s+(?:milestones?|contracts?|offers?|escrow|invoices?|payments?)\b/i;

/**
 * `text` (a clause whose way to pay or move off Upwork was swapped for Upwork) without the pieces after the swap
 * that still name the platform, a fee or the payee's bank details: "... for the logo so neither of us pays Upwork" ->
 * "... for the logo", "... for the holiday campaign and cut Upwork out" -> "... for the holiday campaign", "... through
 * Upwork — send your IBAN" -> "... through Upwork", and a closing comparison with the others, "... through Upwork like our
 * other contractors" -> "... through Upwork". A piece runs from its connector (or a dash or semicolon) to the next
 * comma, semicolon, dash or the end; one that says the swap itself stays. At least three
 * words stay; `text` is returned unchanged otherwise.
 */
export function withoutPlatformMotive(text: string): string {
  const swap = SWAP_SAID_RE.exec(text);
  if (!swap) return text;
  const precedent = PRECEDENT_RE.exec(text);
  if (precedent && precedent.index > swap.index && LEXICON.platformMotive.precedentWords.occursIn(precedent[1]!) && words(text.slice(0, precedent.index)).length >= 3) text = text.slice(0, precedent.index);
  // (a closing piece that waves Upwork's own means away: ", no need new milestone")
  const last = /(?:,|\s[—–-])\s+([^,;—–]*)$/.exec(text);
  if (last && last.index > swap.index && LEXICON.platformMotive.bypassOpeners.startOf(last[1]!.toLowerCase()) !== undefined && LEXICON.platformMotive.bypassedMeans.occursIn(last[1]!) && words(text.slice(0, last.index)).length >= 3) text = text.slice(0, last.index);
  for (const m of text.matchAll(MOTIVE_OPEN_RE)) {
    if (m.index! < swap.index) continue;
    const from = m.index! + m[0].length;
    const end = /[,;—–]|\s-\s|$/.exec(text.slice(from))!.index + from;
    const piece = text.slice(from, end);
    if (SWAP_SAID_RE.test(piece) || LEXICON.platformNames.startOf(piece.toLowerCase()) !== undefined) continue;
    if (!LEXICON.platformNames.occursIn(piece) && !LEXICON.platformMotive.feeWords.occursIn(piece) && !LEXICON.platformMotive.payeeDetails.occursIn(piece)) continue;
    // (a purpose "to ..." inside a clause of its own takes that clause from its comma: ", then we don't need to worry about the fees")
    // (and so does one whose words before the connector would be left dangling: ", for faster and cheaper settlement than Upwork")
    const comma = text.slice(swap.index + swap[0].length, m.index).lastIndexOf(",");
    const opensPurpose = /^\s*(?:in\s+order\s+)?to\s/i.test(m[0].replace(/^[\s,]*/, ""));
    const start = comma >= 0 && !m[0].includes(",") && (opensPurpose || words(text.slice(swap.index + swap[0].length + comma, m.index)).length <= 3) ? swap.index + swap[0].length + comma : m.index!;
    const out = text.slice(0, start) + text.slice(end);
    if (words(out).length >= 3) return withoutPlatformMotive(out);
  }
  return text;
}

/**
 * A way to pay the lists do not know, named with a capital after a verb of paying (lexicon `namedPaymentMeans`): "pay the
 * maintenance retainer directly through Gusto" matches "directly through Gusto" (not "Upwork", nor a word opening a sentence).
 */
const NAMED_MEANS_RE = (() => {
  const g = LEXICON.namedPaymentMeans;
  const alt = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
  return new RegExp(String.raw`(?<=\b(?:${alt(g.payVerbs)})\b(?:\s+[\p{L}\p{N}'’-]+){0,6}?)\s+(?:(?:directly|privately)\s+)?(?:${alt(g.prepositions)})\s+(?:(?:my|our|the)\s+)?(?!Upwork\b)\p{Lu}[\p{L}\p{N}]+(?:\s+\p{Lu}[\p{L}\p{N}]+)?(?![\p{L}\p{N}])`, "u");
})();

/**
 * The payment clause with its channel swapped for Upwork and its fee-avoidance purpose dropped:
 * "you can pay me by Wise to save fees" -> "you can pay me through Upwork"; undefined when the
 * clause names no channel in a phrase that can be swapped, or a channel would be left.
 */
export function paymentThroughUpwork(text: string): string | undefined {
  let out: string;
  // (a payment request I send is a payment to me: "I'll email you a Payoneer payment request" -> "I'll request payment through Upwork")
  if (REQUEST_SENT_RE.test(text)) out = text.replace(REQUEST_SENT_RE, "request payment through Upwork");
  else if (CHANNEL_NOUN_RE.test(text)) out = text.replace(CHANNEL_NOUN_RE, "an Upwork milestone");
  // (an "as well" that added the channel to Upwork goes with it)
  else if (ACCEPT_RE.test(text)) out = text.replace(ACCEPT_RE, "accept payment through Upwork").replace(/(through Upwork)\s+(?:as well|too)\b/i, "$1").replace(/\balso\s+(?=accept payment through Upwork)/i, "");
  else if (INVOICE_RE.test(text)) {
    out = text.replace(INVOICE_RE, (m, verb: string, who: string) => {
      const swapped = INVOICE_SWAP[who.toLowerCase()] ?? `${verb.toLowerCase().endsWith("s") ? "bills" : "bill"} ${who}`;
      return `${/^\p{Lu}/u.test(m) ? upperFirst(swapped) : swapped} through Upwork`;
    });
  } else {
    const place = METHOD_PLACE_RE.test(text) ? METHOD_PLACE_RE : CHANNEL_PLACE_RE.test(text) ? CHANNEL_PLACE_RE : NAMED_MEANS_RE.test(text) ? NAMED_MEANS_RE : undefined;
    if (!place) return undefined;
    out = text.replace(place, place === NAMED_MEANS_RE ? " through Upwork" : "through Upwork");
  }
  // (the place set against Upwork goes first, before a later edit can take half of it: "through Upwork instead of through Upwork")
  out = out.replace(INSTEAD_RE, "").replace(CURRENCY_BEFORE_RE, "").replace(IBAN_AFTER_RE, "$1").replace(ACCOUNT_AFTER_RE, "$1").replace(CASHTAG_AFTER_RE, "$1");
  // (the app's own kind of transfer goes with it, "through Upwork Friends & Family", and so does a second
  // outside means in the same clause, "bill you through Upwork through Xero")
  out = out.replace(/(through Upwork)\s+(\S[^]*)$/, (m, place: string, rest: string) => {
    const tier = LEXICON.paymentTiers.startOf(rest);
    return tier !== undefined && /^\p{Lu}|^[fg]&/u.test(rest) ? `${place}${rest.slice(tier.length)}` : m;
  });
  // ("directly" or "privately" on either side of the swapped place said the way round Upwork: "pay ... directly through Gusto")
  out = out.replace(/(through Upwork)\s+(?:directly|privately|direct)(?![\p{L}])/u, "$1").replace(/(?<![\p{L}])(?:directly|privately)\s+(?=through Upwork\b)/u, "");
  // (a payee named after the swapped way to pay was the removed transfer's: "through Upwork to Karim Aziz, Casablanca")
  // (and so was a bank named before a time: "through Upwork to BDO after the first month")
  out = out.replace(/(through Upwork)\s+to\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)?(?=\s*[.,;!?]?\s*$|\s+(?:after|before|once|when|every|each|within|from|at\s+the)\s)/u, "$1");
  out = out.replace(/(through Upwork\b[^,;]*?)\s+(?:through|via|using)\s+(?:my\s+|our\s+)?\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*)?(?=[\s,;.]|$)/u, "$1");
  // (and so was an account of mine named as the payee: "through Upwork to our agency account")
  out = out.replace(SECOND_MEANS_RE, "$1").replace(SPLIT_PAYMENT_RE, "$1").replace(PAYEE_DETAIL_RE, "$1").replace(PAYEE_ENTITY_RE, "$1");
  // (a closing condition of trust was the condition for leaving Upwork: "the rest through Upwork once we trust each other")
  out = out.replace(TRUST_CONDITION_RE, (m) => (LEXICON.trustConditions.cues.occursIn(m) ? "" : m));
  const conditional = FEE_CONDITION_RE.test(out);
  // (a bare "instead" closing the swapped place set the removed channel against Upwork: "pay me through Upwork instead")
  out = out.replace(FEE_CONDITION_RE, "").replace(INSTEAD_RE, "").replace(/(through Upwork)\s+instead(?![\p{L}])/iu, "$1");
  // "(we can skip the fee if) you send the balance" is a bare present once its condition goes.
  if (conditional) out = out.replace(/^(you|we)\s+(?!can\b|could\b|will\b|'ll\b|may\b)/i, "$1 can ");
  out = withoutPlatformMotive(withoutFeePurpose(out));
  // "..., which is quicker for both of us" spoke of the channel that went.
  out = out.replace(/,\s+which\s+[^,;]*$/i, "");
  // (nor may it still deny Upwork: "The deposit through Upwork, not through Upwork")
  if (METHOD_RE.test(out) || FEE_AVOIDANCE_RE.test(out) || FEE_WORD_RE.test(out) || CASHTAG_RE.test(out) || UPWORK_DENIED_RE.test(out)) return undefined;
  out = out.trim();
  // (a means said "via" stays "via": "paid via Payoneer" -> "paid via Upwork")
  if (VIA_METHOD_RE.test(text)) out = out.replace(/(?<=(?:paid|invoiced|billed|settled)\s+)through(?= Upwork\b)/iu, "via");
  return words(out).length >= 3 ? upperFirstIf(text, out) : undefined;
}

/** A closing condition after the swapped place (lexicon `trustConditions.openers`): " once we trust each other". */
const TRUST_CONDITION_RE = new RegExp(String.raw`(?<=through Upwork\b[^,;]*?)\s+(?:${phraseAlternation(LEXICON.trustConditions.openers)})\s+[^,;]*$`, "iu");

/** A business or account of mine named as the payee or payer of the swapped payment (lexicon `payeeEntities`): " to our agency account", " from our Ltd company". */
const PAYEE_ENTITY_RE = new RegExp(String.raw`(through Upwork)\s+(?:(?:in)?to|from)\s+(?:my|our)\s+(?:[\p{L}'’-]+\s+){0,2}(?:${phraseAlternation(LEXICON.payeeEntities.words)})(?![\p{L}])(?:\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?`, "iu");

/** A way to pay named after "via" and a participle of paying: "paid via Payoneer", "invoiced via Wise". */
const VIA_METHOD_RE = new RegExp(String.raw`\b(?:paid|invoiced|billed|settled)\s+via\s+(?:(?:my|our|the)\s+)?${ANY_CHANNEL}\b`, "i");

/**
 * Work taken off Upwork brought back: "we can move the whole project off Upwork" -> "we can keep the
 * whole project on Upwork"; undefined when nothing off-platform is named in a phrase that can be swapped.
 */
export function workOnUpwork(text: string): string | undefined {
  // "Direct contract after launch (no Upwork fees)" -> "New Upwork contract after launch".
  let agreed = text;
  for (const [from, to] of [...LEXICON.offPlatformAgreements].sort((a, b) => b[0].length - a[0].length)) {
    agreed = agreed.replace(new RegExp(`(?<![\\p{L}])${from.replace(/ /g, "\\s+")}(?![\\p{L}])`, "giu"), (m) => (/^\p{Lu}/u.test(m) ? upperFirst(to) : to));
  }
  if (agreed !== text) agreed = agreed.replace(FEE_ASIDE_RE, "");
  if (agreed !== text && !LEXICON.offPlatform.occursIn(agreed)) return FEE_AVOIDANCE_RE.test(agreed) || words(agreed).length < 3 ? undefined : stayedOn(agreed).trim();
  if (!LEXICON.offPlatform.occursIn(agreed)) return undefined;
  // ("ideally a direct one": an off-platform word before a noun is an Upwork one)
  const attributive = agreed.replace(/(?<![\p{L}])(an?|the|our|my)\s+(?:direct|private)\s+(?=\p{L})/giu, (_m, det: string) => `${/^a/i.test(det) ? (det[0] === "A" ? "An" : "an") : det} Upwork `);
  let out = replaceAll(attributive, LEXICON.offPlatform, "on Upwork").replace(/\bmove\b/i, "keep").replace(/\bon on Upwork\b/g, "on here on Upwork");
  out = stayedOn(out);
  // (my company named as the one billing was the route off Upwork: "billed on Upwork by AppKarigar Pvt Ltd" -> "billed on Upwork")
  out = out.replace(/(\bon Upwork)\s+by\s+(?:\p{Lu}[\p{L}\p{N}&.-]*\s+){1,3}(?:Pvt\.?\s+Ltd|Ltd|LLC|Inc|GmbH|LLP|S\.?A\.?)\.?(?![\p{L}])/u, "$1");
  // (and said once: "the test task on Upwork and the real project on Upwork" -> "the test task and the real project on Upwork")
  out = withoutPlatformMotive(withoutFeePurpose(out)).replace(/\s+on Upwork(?=\s+on Upwork\b)/gi, "").replace(/\s+on Upwork(\s+(?:and|or)\s+[^,;]{0,200}?\s+on Upwork\b)/i, "$1").replace(/(\bon Upwork\b[^,;]{0,200})[,;]\s*on Upwork\b/g, "$1").replace(/(\bUpwork\s+[\p{L}-]+)\s+on Upwork\b/gu, "$1").replace(/(\bUpwork\b[^()]*?)\s*\((?:on|through|via)\s+Upwork\)/gu, "$1").trim();
  if (FEE_AVOIDANCE_RE.test(out) || !swapStands(out)) return undefined;
  return words(out).length >= 3 ? upperFirstIf(text, out) : undefined;
}

/** A move to what is now an Upwork arrangement is staying on it: "moved over to an Upwork retainer" -> "stayed on an Upwork retainer". */
function stayedOn(text: string): string {
  return text.replace(/\b(?:mov|switch|shift)(ed|es|e|ing)?\s+(?:over\s+)?to\s+(?=(?:an?|the|our|my)\s+(?:new\s+)?Upwork\b)/iu, (m, ending = "") => {
    const stay = ending === "ed" ? "stayed" : ending === "ing" ? "staying" : ending === "es" ? "stays" : "stay";
    return `${/^\p{Lu}/u.test(m) ? upperFirst(stay) : stay} on `;
  });
}

/** A preposition swapped that headed a clause of its own: "without Upwork taking its 10%" -> "on Upwork taking its 10%". */
const SWAPPED_HEAD_RE = /\bon Upwork(?:\s+\p{L}+ing\b|['’]s\b)/iu;
/** Upwork said not to be used: "..., not through Upwork", "rather than Upwork". */
const UPWORK_DENIED_RE = /\b(?:not|never|rather than|instead of)\s+(?:(?:through|on|via|over|using)\s+)?(?:the\s+)?Upwork\b/i;
/** My own entity that stands between us instead of Upwork: "through our agency", "via my own company". */
const OWN_ENTITY_RE = /\b(?:through|via|with|under)\s+(?:our|my)\s+(?:own\s+)?(?:agency|company|firm|business|studio|entity|llc|ltd)\b/i;

/** True when a clause with its off-platform word swapped for Upwork says nothing off Upwork any more (no channel, no intermediary, no denial). */
function swapStands(out: string): boolean {
  return !SWAPPED_HEAD_RE.test(out) && !METHOD_RE.test(out) && !UPWORK_DENIED_RE.test(out) && !OWN_ENTITY_RE.test(out);
}

/** A bracketed aside about fees: "(no Upwork fees)". */
const FEE_ASIDE_RE = /\s*\([^)]*\b(?:fees?|commission|cut)\b[^)]*\)/i;

/** A threat closing a clause: ", or I'll leave you 1 star", "or else we'll rate you accordingly". */
/** What befalls the client or me if a demand is not met, closing the clause: ", or I can't take future jobs from you", ", otherwise my account is at risk". */
const CONSEQUENCE_RE = /,?\s+(?:or(?:\s+else)?|otherwise)\s+(?:I|we|my\s+[\p{L}-]+|our\s+[\p{L}-]+)\s+[^,;.!?]*$/iu;
const THREAT_RE = /,?\s+or\s+(?:else\s+)?(?:I|we)(?:['’]ll|\s+will)\s+[^,;.!?]*$/i;

/**
 * A threat of a bad review on a condition, said as the request it pressed: "If you don't release the milestone
 * today, I'll leave you a 1-star review" -> "Please release the milestone today"; undefined for any other text.
 */
export function threatAsRequest(text: string): string | undefined {
  const ifNot = CONDITIONAL_THREAT_RE.exec(text);
  if (!ifNot || !LEXICON.feedbackWords.occursIn(ifNot[2]!) || LEXICON.feedbackWords.occursIn(ifNot[1]!) || words(ifNot[1]!).length < 2) return undefined;
  return `${/^\s*\p{Lu}/u.test(text) ? "Please" : "please"} ${ifNot[1]!.trim()}`;
}

/** "No 5-star review, no drone footage — simple as": the thing held back, after a rating or review refused. */
const NO_REVIEW_NO_THING_RE = /^(\s*[*_]*)no\s+([^,;—–]{1,40}?)\s*(?:,|\s[—–-])\s*no\s+([\p{L}\p{N}'’ -]+?)(?=\s*(?:[—–,;.!?(]|$|\p{Extended_Pictographic})|\s+-\s)([^]*)$/iu;

/**
 * A delivery refused without a review ("No review, no repo access — that's how I work"), said as the delivery it is
 * (lexicon `heldDelivery`): "Full repo access comes with the final milestone — that's how I work", whose closing argument
 * the touch-ups drop; undefined for any other text.
 */
export function withheldAsDelivered(text: string): string | undefined {
  const m = NO_REVIEW_NO_THING_RE.exec(text);
  if (!m || !LEXICON.feedbackWords.occursIn(m[2]!) || LEXICON.feedbackWords.occursIn(m[3]!)) return undefined;
  const thing = m[3]!.trim();
  const named = /^(?:a|an|the|my|our|your|all|any)\s/i.test(thing) ? thing : `the ${thing}`;
  // (an apology closing the refusal apologised for the holding and goes with it: "🙅‍♀️ sorry not sorry!", ". Sorry")
  const rest = m[4]!.replace(APOLOGY_AFTER_RE, "$1");
  // (the verb agrees with the thing's last word: "the layered files come", "the repo access comes")
  const plural = /[^su]s$|^(?:people|media|data)$/i.test(thing.split(/\s+/).pop()!);
  return `${m[1]}${upperFirst(named)} ${plural ? LEXICON.heldDelivery.come : LEXICON.heldDelivery.comes} ${LEXICON.heldDelivery.phrase}${rest}`;
}

/** A closing apology after emojis, a comma, a dash or a full stop: " 🙅‍♀️ sorry not sorry", ", sorry", ". Sorry". */
const APOLOGY_AFTER_RE = new RegExp(String.raw`^((?:\s*(?:${EMOJI}))*)\s*(?:[,;.]|\s[—–-])?\s*(?:${[...LEXICON.apologies].sort((a, b) => b.length - a.length).join("|")})(?=[\s.!?]*$)`, "iu");

/** A threat on a condition: "If you don't release the milestone today, I'll have no choice but to leave you 1 star". */
const CONDITIONAL_THREAT_RE = /^\s*if\s+you\s+(?:don['’]t|do\s+not|won['’]t|refuse\s+to|fail\s+to)\s+([^,;]+?),?\s+(?:then\s+)?((?:I|we)(?:['’]ll|\s+will|\s+have\s+to)\s+[^,;]*)$/i;

/** "don't give less than 5 stars": a top rating demanded as a floor. */
const NEGATED_FLOOR = String.raw`(?:do\s+not|don['’]t|never)\s+(?:give|rate|leave)\s+(?:me\s+|us\s+)?(?:anything\s+)?(?:less|lower|below)\s+(?:than\s+)?(?:a\s+)?(?:5|five)(?:[\s-]*(?:stars?|★))?`;
/** "rate me 5 stars", "leave a perfect review". */
const TOP_RATING = String.raw`(?:rate|give|leave|drop)\s+(?:me|us)?\s*(?:an?\s+|a\s+full\s+)?(?:5\/5|10\/10|5|five|perfect|full)(?:[\s-]*(?:stars?|★))?(?:\s+(?:review|rating|score|feedback))?`;
/** "mark every category as 5", "give only positive feedback and 10 in all categories". */
const EVERY_CATEGORY = String.raw`(?:mark|rate|score)\s+(?:me\s+)?(?:every|each|all)\s+categor(?:y|ies)\s+(?:as|at)\s+(?:5|five|10)`;
const ONLY_POSITIVE = String.raw`(?:give|leave)\s+(?:me\s+)?only\s+(?:positive|good|5-star|five-star)\s+(?:feedback|reviews?|ratings?)(?:\s+and\s+(?:5|10)\s+in\s+all\s+categories)?`;
const DEMAND_PHRASE_RE = new RegExp(`\\b(?:${NEGATED_FLOOR}|${EVERY_CATEGORY}|${ONLY_POSITIVE}|${TOP_RATING})\\b`, "i");

/** A top rating said as a noun phrase (lexicon `ratingNoun`): "a 5-star rating", "a perfect review", "your five-star feedback". */
const RATING_NOUN_RE = (() => {
  const g = LEXICON.ratingNoun;
  const alt = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alt(g.determiners)})\s+(?:${alt(g.tops)})(?:[\s-]*(?:stars?|★))?[\s-]+(?:${alt(g.nouns)})(?![\p{L}])`, "iu");
})();
/** A rating said as its number: "4.8", "4,9", "4/5". */
const RATING_NUMBER_RE = /(?<![\p{N}.,/])[1-5](?:[.,]\d|\/5)(?![\p{N}%])/u;
/** A piece set off by a comma or dash that still names a rating, closing the text: ", none of this 4-star stuff", ", none of this 4.8 business". */
const RATING_PIECE_AFTER_RE = /(?:,|\s[—–-])\s+[^,;—–]*$/u;

/**
 * A top rating said as a noun phrase after "is" swapped for an honest review in place: "Only thing I ask is a 5-star rating at
 * the end, none of this 4-star stuff" -> "Only thing I ask is an honest review at the end"; a closing piece that still
 * names a rating goes. Undefined when no such phrase is found or a rating is still named.
 */
function ratingNounSwapped(text: string): string | undefined {
  const m = RATING_NOUN_RE.exec(text);
  // (only as what a frame names, after "is": "All I ask is a 5-star rating"; a rating as the subject, "a 5-star review would
  // mean the world", or wanted by a date, "I need a 5-star review by Friday", is left to the rule's phrase)
  if (!m || !/(?:\bis|\bwas|['’]s)\s+$/i.test(text.slice(0, m.index))) return undefined;
  const swap = LEXICON.ratingNoun.swap;
  let out = (text.slice(0, m.index) + (/^\p{Lu}/u.test(m[0]) ? upperFirst(swap) : swap) + text.slice(m.index + m[0].length)).replace(DICTATED_WORDS_RE, "");
  const after = m.index + swap.length;
  for (let piece = RATING_PIECE_AFTER_RE.exec(out.slice(after)); piece && (LEXICON.feedbackWords.occursIn(piece[0]) || RATING_NUMBER_RE.test(piece[0])); piece = RATING_PIECE_AFTER_RE.exec(out.slice(after))) out = out.slice(0, after + piece.index);
  return LEXICON.feedbackWords.occursIn(out.replace(swap, "").replace(upperFirst(swap), "")) || RATING_RETURNED_RE.test(out) || words(out).length < 3 ? undefined : out;
}

/**
 * A demand for a top rating with the rating swapped for honest feedback: "Don't forget to rate me
 * 5 stars" -> "Don't forget to leave honest feedback"; said as a noun phrase it becomes an honest review
 * ("All I ask is a 5-star rating" -> "All I ask is an honest review"); undefined when no such demand is found.
 */
export function demandSwapped(text: string, by: string): string | undefined {
  if (!DEMAND_PHRASE_RE.test(text)) return ratingNounSwapped(text);
  // (a consequence threatened if the demand is not met goes with it: "rate me 5/5 ... or I can't take future jobs from you")
  let out = text.replace(DEMAND_PHRASE_RE, (m) => (/^\p{Lu}/u.test(m) ? upperFirst(by) : by)).replace(CONSEQUENCE_RE, "");
  // (the words the review was to say go with it: "... and the comment "excellent communication"", "with the words 'on time'")
  out = out.replace(DICTATED_WORDS_RE, "");
  // (and so does a bracketed aside right after it that pressed for the rating: "leave five stars (anything less would set my score back)")
  const at = out.toLowerCase().indexOf(by.toLowerCase());
  // (and a second top rating joined to it: "give me 5 stars and a perfect score on all categories")
  if (at >= 0) out = out.slice(0, at + by.length) + out.slice(at + by.length).replace(RATING_AFTER_DEMAND_RE, "").replace(/^\s*\(([^()]*)\)?/, (m, aside: string) => (LEXICON.feedbackWords.occursIn(aside) || RATING_FLOOR_RE.test(aside) ? "" : m));
  // "Client agrees to leave a 5-star review" -> "Client is welcome to leave honest feedback": no duty is left either.
  out = out.replace(new RegExp(`(?<![\\p{L}])(${OBLIGATION_WORDS})\\s+(?=${escapeRe(by)})`, "iu"), (m, duty: string) => {
    const swap = LEXICON.demandObligations.get(duty.toLowerCase().replace(/\s+/g, " "))!;
    return `${/^\p{Lu}/u.test(m) ? upperFirst(swap) : swap} `;
  });
  return LEXICON.feedbackWords.occursIn(out.replace(by, "")) || RATING_RETURNED_RE.test(out) ? undefined : out;
}

/** A rating below the top named as what to avoid: "anything less", "anything lower", "anything else", "less than five". */
const RATING_FLOOR_RE = /\b(?:anything|nothing)\s+(?:less|lower|else|below|under)\b|\bless\s+than\s+(?:5|five)\b/i;

/** A top rating said again after a swapped demand: " and a perfect score", " and 10/10 in private" (its scope, "on all categories", stays with the feedback or goes as a piece). */
const RATING_AFTER_DEMAND_RE = /^(?:\s+and\s+(?:an?\s+)?(?:perfect|full|top|maximum|5|five|10|ten)(?:\/(?:5|10))?(?:[\s-]*(?:scores?|stars?|★|ratings?|marks?))?)?(?:\s+in\s+private)?(?![\p{L}\p{N}])/iu;

/** The words a demanded review is to say: ` and the comment "excellent communication"`, ` with the words 'on-time delivery'`, ` saying "best dev ever"`, ` with positive comments`. */
const DICTATED_WORDS_RE = /,?\s+(?:(?:and|with)\s+(?:the\s+|a\s+)?(?:comments?|words?|phrase|text|line|note)|saying|that\s+says)\s*:?\s*(?:"[^"]{1,80}"|“[^”]{1,80}”|'[^']{1,80}'(?![\p{L}])|‘[^’]{1,80}’)|\s+(?:with|and)\s+(?:only\s+)?(?:positive|good|nice|glowing|great|kind)\s+(?:comments?|words?|remarks?|feedback)(?![\p{L}])/u;

/** A top rating promised back, the other half of a rating swap: "I will leave you a 5", "I'll rate you five stars". */
const RATING_RETURNED_RE = /\b(?:rate|give|leave|drop)\s+(?:you|them|the client)\s+(?:an?\s+|a\s+full\s+)?(?:5|five|10\/10|perfect|full)(?![\p{L}\p{N}])/iu;

const OBLIGATION_WORDS = [...LEXICON.demandObligations.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");
const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const OBLIGATION_RE = new RegExp(String.raw`\b(is|are)\s+(?:(?:absolutely|strictly|always)\s+)?(${[...LEXICON.feedbackObligations.keys()].map(escapeRe).join("|")})\b`, "i");
const RATING_WITH_RE = /\s+with\s+(?:a\s+)?(?:5|five|full|top)[\s-]*(?:stars?|★)(?:\s+(?:rating|review|feedback))?(?![\p{L}])/iu;
const REVIEW_SUBJECT_RE = new RegExp(String.raw`^\s*(?:(?:a|an|your|every|each|one)\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}(?:review|rating|feedback|testimonial|star)s?\s+(?:${LEXICON.rewardVerbs.words.map(escapeRe).join("|")})\s+`, "iu");
const HELD_RE = new RegExp(String.raw`^\s*((?:the|your|all|my|our)\s+[^,;—–]{1,40}?)\s+(?:${LEXICON.heldVerbs.words.map(escapeRe).join("|")})\b[^,;—–]*?\b(?:until|till|after|once|when|unless)\b`, "iu");

/**
 * Feedback demands said another way, kept in their own words: "Feedback is mandatory" -> "Feedback is
 * always welcome", "end the contract with 5 stars" -> "end the contract", "A positive review gets you
 * priority" -> "Returning clients get priority", "The files stay on my drive until you rate the job" ->
 * "I'll deliver the files as agreed"; undefined when none of these fits.
 */
export function feedbackReworded(text: string): string | undefined {
  // "Refund the last milestone or I'll leave you 1 star": the threat goes, the request stands.
  const threat = THREAT_RE.exec(text);
  if (threat && LEXICON.feedbackWords.occursIn(threat[0]) && !LEXICON.feedbackWords.occursIn(text.slice(0, threat.index)) && words(text.slice(0, threat.index)).length >= 2) return text.slice(0, threat.index);
  const asked = threatAsRequest(text);
  if (asked) return asked;
  const obligation = OBLIGATION_RE.exec(text);
  if (obligation && LEXICON.feedbackWords.occursIn(text.slice(0, obligation.index))) {
    return text.replace(OBLIGATION_RE, (_m, verb: string, word: string) => `${verb} ${LEXICON.feedbackObligations.get(word.toLowerCase().replace(/\s+/g, " "))}`);
  }
  if (RATING_WITH_RE.test(text)) {
    const out = text.replace(RATING_WITH_RE, "");
    if (!LEXICON.feedbackWords.occursIn(out) && words(out).length >= 2) return out;
  }
  const reward = REVIEW_SUBJECT_RE.exec(text);
  if (reward) return upperFirstIf(text, `returning clients get ${text.slice(reward[0].length)}`);
  const held = HELD_RE.exec(text);
  if (held) return `I'll deliver ${held[1]!.replace(/^\s*(?:the|your)\s+/i, (m) => m.toLowerCase())} as agreed`;
  return undefined;
}

const SCHEDULE = LEXICON.followUpSchedule;
const alt = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
/** How often a follow-up comes (lexicon `followUpSchedule`): "every 2 hours", "each morning", "at 24-hour intervals", "daily". */
const SCHEDULE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:(?:${alt(SCHEDULE.every)})\s+(?:(?:\d+|${alt(SCHEDULE.counts)})\s+)?(?:${alt(SCHEDULE.units)})s?|at\s+(?:\d+|${alt(SCHEDULE.counts)})[\s-](?:${alt(SCHEDULE.units)})\s+intervals|${alt(SCHEDULE.adverbs)})(?![\p{L}\p{N}])`,
  "iu",
);
/** A follow-up's verb right before its schedule: "follow up ", "check in with you ". */
const FOLLOWED_UP_RE = /\b(?:follow(?:ing)?[\s-]up|check(?:ing)?\s+in)(?:\s+(?:with\s+)?(?:you|them|the client))?\s+$/i;
/**
 * A verb of writing to the reader right before a schedule, after a condition of no reply (lexicon
 * `followUpSchedule.writeVerbs`): "If you don't answer me I will write you " is the one message the condition
 * calls for; not a verb of chasing, "ping you", which writers want gone with the repeating.
 */
const WRITTEN_TO_RE = new RegExp(String.raw`\b(?:if|unless)\b[^]*\b(?:${alt(SCHEDULE.writeVerbs)})\s+(?:to\s+)?(?:you|them|the client)\s+$`, "i");
/** True when `before` ends with a follow-up's verb that a schedule may follow; `context` is the line's text before it. */
const followsUp = (before: string, context = "") => FOLLOWED_UP_RE.test(before) || WRITTEN_TO_RE.test(context + before);
/** An "until" clause, up to the next comma, dash or semicolon: " till we receive your confirmation". */
const UNTIL_CLAUSE_RE = /\s+(?:until|till)\s+[^,;:—–()]*/iu;

/**
 * `text` with a follow-up's schedule said once and the "until" clause that ended it gone: "we will follow up daily
 * through Upwork chat till we receive your confirmation, as per our process" -> "we will follow up once through
 * Upwork chat, as per our process"; "| every 2 hours via Upwork messages" -> "| once via Upwork messages". `text`
 * unchanged when it names no schedule. `context` is the line's text before `text` (followsUp).
 */
function scheduleOnce(text: string, context: string): string {
  const m = SCHEDULE_RE.exec(text);
  // (only the schedule of a follow-up, or a value that is the schedule alone: "I'll re-send this offer every week" is
  // the same letter sent again, which once does not mend)
  const out = !m || !(followsUp(text.slice(0, m.index), context) || /^[\s|*_]*$/.test(text.slice(0, m.index))) ? text : text.slice(0, m.index) + SCHEDULE.once + text.slice(m.index + m[0].length);
  // (the "until" right after a follow-up said once, by this or by the swaps, goes: "follow up once next week through
  // Upwork chat till ..."; across a comma or dash it belongs to something else)
  const once = new RegExp(String.raw`\b${escapeRe(SCHEDULE.once)}\b`, "gi");
  for (const o of out.matchAll(once)) {
    const until = UNTIL_CLAUSE_RE.exec(out.slice(o.index));
    if (!until || !followsUp(out.slice(0, o.index), context) || /[,;:—–()]/.test(out.slice(o.index, o.index + until.index))) continue;
    return out.slice(0, o.index + until.index) + out.slice(o.index + until.index + until[0].length);
  }
  return out;
}

/** A follow-up's schedule label: "Follow-up #3:", "Day 1, 2, 3, 4, 5:", "Reminder 2 -". */
const FOLLOW_UP_LABEL_RE = /^(\s*\(?)\s*(?:(?:follow[\s-]?up|reminder|bump|ping)\s*#?\s*\d+|\d+(?:st|nd|rd|th)\s+(?:follow[\s-]?up|reminder|message)|day\s+\d+(?:\s*(?:,|and|-|–)\s*\d+)*)\s*[:—–-]\s*/i;
/** Words that still repeat: "again", "every day", "hourly", "until", a schedule of days ("day 1, day 2, day 3"). */
const REPEATING_RE = /\b(?:day\s+\d+(?:\s*,\s*(?:day\s+)?\d+)+|again|every|each|daily|hourly|weekly|until|till|keep\s+(?:messaging|trying|pinging|sending|following|nudging|reminding|bumping|writing|chasing|asking|checking)|reminders|follow-ups|nudges|non-?stop|constantly|times\s+a\s+(?:day|week)|twice\s+a\s+day)\b/i;

/**
 * A repeated follow-up said once, in its own words: "Follow-up #3: Just bumping this again in case you
 * missed my last two messages" -> "Just checking in in case you missed my message", "Day 1, 2, 3:
 * follow-up message until the client responds" -> "One follow-up message if the client doesn't respond";
 * undefined when nothing was said another way or something still repeats. `context` is the line's text before `text`
 * (a condition of no reply there lets a verb of writing carry the schedule: "If you don't answer me I will write you once").
 */
export function followUpOnce(text: string, context = ""): string | undefined {
  // (a label opens the sentence, so what follows it gets the capital: "(5th follow-up — I'll ..." -> "(Just ...")
  const unlabelled = text.replace(FOLLOW_UP_LABEL_RE, "$1");
  let out = swapPhrases(unlabelled, LEXICON.followUpSwaps);
  // (a schedule the swaps do not name is said once, and the "until" that ended it goes: "daily ... till we hear back")
  if (REPEATING_RE.test(out)) out = scheduleOnce(out, context);
  if (out === text || REPEATING_RE.test(out)) return undefined;
  // A schedule's item ("follow-up message ...") becomes one.
  if (unlabelled !== text) out = out.replace(/^\s*(?=follow[\s-]?up\b)/i, "one ");
  out = out.trim();
  if (unlabelled !== text) out = out.replace(/^(\W*)(\p{Ll})/u, (_m, pre: string, c: string) => pre + c.toUpperCase());
  return words(out).length >= 3 ? upperFirstIf(text, out) : undefined;
}

const CREDENTIAL_ALT = LEXICON.credentialNouns.words.map(escapeRe).sort((a, b) => b.length - a.length).join("|");
/** "send me your Upwork login and password", "share your LinkedIn password": a request for the client's credentials, with the platform named. */
// (the verb may open the sentence: "Send me your Shopify admin password")
const ASK_VERB = String.raw`(?:[Ss]end|[Gg]ive|[Ss]hare|[Tt]ell|[Pp]ass|[Ff]orward|[Pp]rovide)`;
const CREDENTIAL_ASK_RE = new RegExp(String.raw`\b${ASK_VERB}\s+(?:me\s+|us\s+)?your\s+((?:\p{Lu}[\p{L}\p{N}-]*\s+){0,3})(?:(?:[\p{Ll}-]+\s+){0,2}?)(?:${CREDENTIAL_ALT})(?![\p{L}])`, "u");
/** "share the login to your Amazon Seller Central": the same request, with the platform named after the credential. */
const CREDENTIAL_OF_RE = new RegExp(String.raw`\b${ASK_VERB}\s+(?:me\s+|us\s+)?the\s+(?:${CREDENTIAL_ALT})\s+(?:to|for|of)\s+your\s+((?:\p{Lu}[\p{L}\p{N}-]*(?:\s+|$)){1,4}(?:(?:site|store|shop|account|dashboard|panel|page|admin)(?![\p{L}])\s*)?)`, "u");
/** "log in to your Amazon Seller Central as you": working inside the client's account as the client. */
const LOG_IN_AS_RE = /\blog\s*(?:in(?:to)?|on)\s+(?:to\s+)?your\s+((?:\p{Lu}[\p{L}\p{N}-]*\s*){1,4}?)\s*(?:account\s+)?as\s+you\b/u;

/**
 * A request for the client's login said as a user invite, the work it was for kept: "Just send me your
 * Upwork login and password and I'll submit the proposals" -> "Just add me as a user on your Upwork account and I'll
 * submit the proposals", "I'll log in to your Amazon Seller Central as you to fix the listings" -> "I'll work in
 * your Amazon Seller Central with my own user login to fix the listings"; undefined when no such request is found.
 */
export function clientLoginSwapped(text: string): string | undefined {
  let out = text;
  const ask = CREDENTIAL_ASK_RE.exec(out) ?? CREDENTIAL_OF_RE.exec(out);
  const loginAs = LOG_IN_AS_RE.exec(out);
  if (ask) {
    const platform = ask[1]!.trim();
    const swap = `add me as a user${platform ? ` on your ${platform}${/\b(?:account|site|store|shop|dashboard|panel|page|admin)$/i.test(platform) ? "" : " account"}` : ""}`;
    // (an opening verb keeps its capital: "Send me your ..." -> "Add me as a user ...")
    out = out.slice(0, ask.index) + (/^\p{Lu}/u.test(ask[0]) ? swap.charAt(0).toUpperCase() + swap.slice(1) : swap) + (/\s$/.test(ask[0]) ? " " : "") + out.slice(ask.index + ask[0].length);
  } else if (loginAs) out = `${out.slice(0, loginAs.index)}work in your ${loginAs[1]!.trim()} with my own user login${out.slice(loginAs.index + loginAs[0].length)}`;
  else return undefined;
  out = swapPhrases(out, LEXICON.impersonationSwaps).replace(/\s{2,}/g, " ").replace(/\s+([,.;?!])/g, "$1");
  // "... so it look more natural": a reason that only made sense for posting as the client.
  out = out.replace(/\s+so\s+(?:that\s+)?(?:it|they|nobody|no one)\s+(?:looks?|seems?|appears?)\b[^,;]*$/i, "");
  return words(out).length >= 3 ? out.trim() : undefined;
}

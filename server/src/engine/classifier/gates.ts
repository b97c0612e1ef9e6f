// Which sentences the learned layer may judge at all. The same gates run in training (so the
// thresholds are calibrated on what inference sees) and in the engine.

import accountWords from "../lexicons/account-words.json";
import contactWords from "../lexicons/contact-words.json";
import innocent from "../lexicons/innocent-senses.json";
import spamWords from "../lexicons/spam-words.json";
import paymentWords from "../lexicons/payment-words.json";
import { PAYMENT_METHOD_RE } from "../patterns/payment";
import { LOW_RATING_WORDS, lexiconAlternation, lexiconRe } from "../lexicons";
import { REQUEST_TOPIC_AFTER_RE, TECH_AFTER_RE } from "../patterns/contact";
import { FORBIDDING_RE, REPORTED_QUESTION_RE, promisesCompliance } from "../patterns/intent";
import { withoutQuotations } from "../text-units";
import type { Family } from "../types";

/** Fewer words than this is a heading, a label, a citation or a sign-off ("Contact", "Let's talk"): never judged. */
export const MIN_WORDS = 4;
/** A salutation line ("Hi all who applied,", "Dear hiring team,"): it greets, it asks nothing. */
const SALUTATION_RE = /^[\s*_#>]*(?:hi|hello|hey|dear|greetings|good\s{1,3}(?:morning|afternoon|evening))\b[^.!?;:\n]{0,40}[,!]?\s*$/i;
/** Conduct needs one word more: four-word fragments ("What you asked for", "Only if you like!") read as curt, not as abuse. */
const MIN_CONDUCT_WORDS = 5;

/** A longer "sentence" is a run of text without sentence ends (a pasted blob, a 1 MB line): never judged. */
export const MAX_SENTENCE_CHARS = 1000;

/** A word with at least one letter: numbers and page ranges do not count. */
const WORD_RE = /[\p{N}'’-]*\p{L}[\p{L}\p{N}'’-]*/gu;

const CONTACT_WORD_RE = new RegExp(String.raw`\b(?:${lexiconAlternation(innocent.contactWords)})\b`, "gi");
const REVIEW_WORD_RE = new RegExp(String.raw`\b(?:${lexiconAlternation(innocent.reviewWords)})\b`, "gi");
const WORK_FEEDBACK_AFTER_RE = new RegExp(String.raw`^\s{1,3}(?:${lexiconAlternation(innocent.workFeedbackAfter)})\b`, "i");
const WORK_FEEDBACK_BEFORE_RE = new RegExp(String.raw`\b(?:${lexiconAlternation(innocent.workFeedbackBefore)})\s{1,3}$`, "i");
/** A star count or a bad-review adjective right before a review word: a rating, whatever follows ("the worst review on your profile", "that 3-star review within 24 hours"). */
const RATED_BEFORE_RE = new RegExp(String.raw`(?:\b(?:\d|one|two|three|four|five)[\s-]?stars?|[★⭐]|\b(?:${lexiconAlternation(LOW_RATING_WORDS)})(?:\s{1,3}possible)?)\s{1,3}$`, "i");
/** Contact words that are also ordinary verbs, and what makes them one ("signal me when the draft is ready"). */
const ORDINARY_VERB_RE = new RegExp(String.raw`^(?:${lexiconAlternation(innocent.ordinaryVerbSenses)})$`, "i");
const ORDINARY_VERB_AFTER_RE = new RegExp(String.raw`^\s{1,3}(?:${lexiconAlternation(innocent.ordinaryVerbAfter)})\b`, "i");
const INCLUSIVE_RE = new RegExp(String.raw`\b(?:${lexiconAlternation(innocent.inclusive)})\b`, "i");
const NEGATION_RE = new RegExp(String.raw`(?:\b(?:${lexiconAlternation(innocent.negation.filter((w) => w !== "n't"))})\b|n['’]t\b)`, "i");

const ACCOUNT_TOPIC_RE = lexiconRe(accountWords.terms);
/** A profile's content ("profile photo", "profile headline"), taken out before the topic test. */
const PROFILE_PART_RE = new RegExp(lexiconRe(accountWords.profileParts).source, "gi");
const SPAM_TOPIC_RE = lexiconRe(spamWords.terms);
/** Money, the platform or leaving it (payment-words.json), or a payment channel: what a circumvention sentence is about. */
const PAYMENT_TOPIC_RE = lexiconRe(paymentWords.terms);
const CONTACT_TOPIC_RE = lexiconRe(contactWords.terms);
/** An at sign or a web address: contact data in itself. */
const AT_OR_WEB_RE = /[@＠]|https?:|www\.|\.(?:com|me|io|net|org|co|ly|gle)\b/i;
/** An unfilled placeholder ("[Client Name]", "{{job_title}}") or a count of times ("the 9th", "#17"). */
const PLACEHOLDER_OR_COUNT_RE = /\[[^\]\n]{1,40}\]|\{[^}\n]{1,40}\}|\b\d{1,3}(?:st|nd|rd|th)\b|#\d{1,3}\b/i;
/** The client's own customers paying: "your students will pay by card" is about the product. */
/** Upwork (or "the platform") named as the channel: "you can pay me through Upwork". */
const ON_PLATFORM_RE = /\b(?:through|via|on|in|inside|within|using)\s{1,3}(?:the\s{1,3})?(?:upwork|platform)\b/i;
/** Words that make an on-platform sentence a comparison with leaving it ("through Upwork or PayPal directly"). */
const OFF_PLATFORM_CUE_RE = /\b(?:outside|off|instead|direct(?:ly)?|skip|avoid|fees?|or)\b/i;
/** "pay through Upwork instead": Upwork is the alternative chosen, so "instead" there is no way off it. */
const ON_PLATFORM_INSTEAD_RE = /\b(?:through|via|on|in|inside|within|using)\s{1,3}(?:the\s{1,3})?(?:upwork|platform)\s{1,3}instead\b/gi;
/** "10% off", "$50 off": a discount, not "off the platform". */
const DISCOUNT_OFF_RE = /(?:\d\s{0,2}%|[$€£]\s{0,2}\d[\d,.]*)\s{1,3}off\b/gi;
const CUSTOMERS_PAYING_RE = /\b(?:your|their|the\s{1,3}client['’]s)\s{1,3}(?:\w+\s{1,3})?(?:customers?|users|students|members|buyers|guests|patients|subscribers|donors|visitors|shoppers|tenants|attendees|readers|learners)\b/i;

/** "Maria will log in to her own account", "each of us bids from our own profile": each on an account of their own. */
const OWN_ACCOUNT_RE = /\b(?:log|logs|logging|sign|signs|signing|bid|bids|bidding|work|works|working|apply|applies|applying)\b[^.;\n]{0,20}?\b(?:to|from|on|with|into|through|under|in)\s{1,3}(?:her|his|their|your|my|our)\s{1,3}own\s{1,3}(?:upwork\s{1,3}|freelancer\s{1,3}|separate\s{1,3})?(?:accounts?|profiles?|logins?)\b/i;

/** Pictures of work, asked for or shown: "send me some pics of your past kitchen projects" (lexicons/innocent-senses.json). */
const WORK_PICTURES_RE = new RegExp(String.raw`\b(?:${lexiconAlternation(innocent.pictureWords)})\s{1,3}of\s{1,3}(?:your|the|my|our)\s{1,3}(?:[\w-]+\s{1,3}){0,2}?(?:${lexiconAlternation(innocent.workNouns)})\b`, "i");
/** The agency's own account or profile: where its team works by design (lexicons/innocent-senses.json agencyAccountOwners). */
const AGENCY_ACCOUNT_RE = new RegExp(String.raw`\b(?:${lexiconAlternation(innocent.agencyAccountOwners)})\s{1,3}(?:upwork\s{1,3})?(?:account|profile)\b`, "i");

/** Added to the client's account as a user of one's own: "add me as a user on your Upwork account" (lexicons/innocent-senses.json delegatedRoles). */
const DELEGATED_ACCESS_RE = new RegExp(String.raw`\badd\s{1,3}(?:me|us|him|her|them)\s{1,3}as\s{1,3}(?:an?\s{1,3})?(?:${lexiconAlternation(innocent.delegatedRoles)})\b`, "i");

/** An account on another product, named by it: "an Adobe account", "a new account for you on Mailchimp" (not Upwork). */
const TOOL_ACCOUNT_RE = /\b(?:account|login|profile)\s{1,3}(?:for\s{1,3}(?:you|your\s{1,3}\w+)\s{1,3})?(?:on|at|with|in)\s{1,3}(?!Upwork\b)\p{Lu}[\p{L}\d.]+|(?<=\b(?:a|an|the|your|my|our|new|their)\s{1,3})(?!Upwork\b)\p{Lu}[\p{L}\d]+(?:\s{1,3}(?:Pro|Business|Cloud|Ads))?\s{1,3}(?:account|login)\b/u;

/** Words in `text`, counted up to `upTo` (enough to tell a sentence from a label). */
function countWords(text: string, upTo = MIN_WORDS): number {
  WORD_RE.lastIndex = 0;
  let words = 0;
  while (words < upTo && WORD_RE.exec(text)) words++;
  return words;
}

/** True when every match of `re` in `text` is used in an innocent sense per `innocentAt`; false when none matches. */
function allInnocent(re: RegExp, text: string, innocentAt: (start: number, end: number) => boolean): boolean {
  re.lastIndex = 0;
  let any = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    any = true;
    if (!innocentAt(m.index, m.index + m[0].length)) return false;
  }
  return any;
}

/** "your email platform", "the WhatsApp API": the contact words name a topic, not a channel; "signal me when it's ready": an ordinary verb. */
function contactAsTopic(text: string): boolean {
  return allInnocent(CONTACT_WORD_RE, text, (s, e) => {
    const after = text.slice(e, e + 40);
    if (ORDINARY_VERB_RE.test(text.slice(s, e)) && ORDINARY_VERB_AFTER_RE.test(after)) return true;
    return REQUEST_TOPIC_AFTER_RE.test(after) || TECH_AFTER_RE.test(after);
  });
}

/** "the feedback round", "feedback on the draft", "code review": feedback on the work, not a rating. */
function feedbackOnWork(text: string): boolean {
  return allInnocent(REVIEW_WORD_RE, text, (s, e) => !RATED_BEFORE_RE.test(text.slice(Math.max(0, s - 24), s)) && (WORK_FEEDBACK_AFTER_RE.test(text.slice(e, e + 30)) || WORK_FEEDBACK_BEFORE_RE.test(text.slice(Math.max(0, s - 20), s))));
}

/** Praise or welcome without a negation: "Indian clients are among my favourite people to work with". */
function inclusive(text: string): boolean {
  return INCLUSIVE_RE.test(text) && !NEGATION_RE.test(text);
}

/**
 * True when a sentence may be judged for `family`: long enough to carry an intent, not a promise
 * to stay on Upwork ("I never ask clients to pay outside the platform"), its cue words not all
 * used in an innocent sense (lexicons/innocent-senses.json), and for account, on the topic of an
 * account, of reaching someone or of sending messages (lexicons/account-words.json,
 * contact-words.json, spam-words.json) or of money and the platform (payment-words.json); payment by the
 * client's own customers, or payment through Upwork with no way off it named, is not circumvention.
 */
export function judgeable(text: string, family: Family): boolean {
  if (text.length > MAX_SENTENCE_CHARS) return false;
  if (countWords(text) < MIN_WORDS || SALUTATION_RE.test(text)) return false;
  if (promisesCompliance(text)) return false;
  // "Never offer discounts for a review", "Don't send me your number": a rule, not the act (conduct aside: "don't ..." can still insult).
  if (family !== "conduct" && FORBIDDING_RE.test(text)) return false;
  // "You asked whether we could save on the fees ...": the other side's question, reported to be answered.
  if ((family === "circumvention" || family === "contact") && REPORTED_QUESTION_RE.test(text)) return false;
  if (family === "contact") return (CONTACT_TOPIC_RE.test(text) || AT_OR_WEB_RE.test(text)) && !contactAsTopic(text);
  if (family === "feedback") return !feedbackOnWork(text);
  // Quoted words are mentioned, not used ("\"you're an idiot\" → insult" in a moderation brief).
  if (family === "conduct") return !inclusive(text) && !WORK_PICTURES_RE.test(text) && countWords(withoutQuotations(text), MIN_CONDUCT_WORDS) >= MIN_CONDUCT_WORDS;
  if (family === "account") return ACCOUNT_TOPIC_RE.test(text.replace(PROFILE_PART_RE, " ")) && !OWN_ACCOUNT_RE.test(text) && !AGENCY_ACCOUNT_RE.test(text) && !DELEGATED_ACCESS_RE.test(text) && !TOOL_ACCOUNT_RE.test(text);
  if (family === "spam") return SPAM_TOPIC_RE.test(text) || PLACEHOLDER_OR_COUNT_RE.test(text);
  if (family === "circumvention") return (PAYMENT_TOPIC_RE.test(text) || PAYMENT_METHOD_RE.test(text)) && !CUSTOMERS_PAYING_RE.test(text) && !(ON_PLATFORM_RE.test(text) && !OFF_PLATFORM_CUE_RE.test(text.replace(ON_PLATFORM_INSTEAD_RE, " ").replace(DISCOUNT_OFF_RE, " ")));
  return true;
}

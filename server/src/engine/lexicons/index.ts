// Lexicons as data (the *.json files here) and the one function that turns them into patterns.

import messagingApps from "./messaging-apps.json";
import paymentChannels from "./payment-channels.json";
import people from "./people.json";
import insults from "./insults.json";
import { CONFUSABLE_LETTERS } from "../patterns/unicode";
import advances from "./advances.json";
import reviewWords from "./review-words.json";
import socialNetworks from "./social-networks.json";
import sendingSettings from "./sending-settings.json";
import spanishPortuguese from "./spanish-portuguese.json";
import requestVerbs from "./request-verbs.json";

/** Digit and symbol spellings of letters, for lexicon entries marked `leet`. */
const LEET: Record<string, string> = { a: "[a@4]", e: "[e3]", i: "[i1]", l: "[l1]", o: "[o0]", y: "[y¥]" };

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One entry as a regex source: escaped, spaces as `\s{1,3}`, apostrophes straight or curly, letters widened when `leet`. */
function entrySource(term: string, leet = false): string {
  return term
    .trim()
    .toLowerCase()
    .split(/\s+/)
    // An apostrophe matches a straight or a curly one ("i'll need" reads "I’ll need").
    .map((word) => (leet ? [...word].map((c) => LEET[c] ?? escapeRe(c)).join("") : escapeRe(word)).replace(/'/g, "['’]"))
    .join(String.raw`\s{1,3}`);
}

/**
 * A lexicon as a regex alternation source (no group, no boundaries), longest entries first so a
 * longer spelling wins where both match: ["pay pal", "paypal"] -> "pay\s{1,3}pal|paypal".
 */
export function lexiconAlternation(terms: readonly (string | { name: string; leet?: boolean })[]): string {
  const entries = terms.map((t) => (typeof t === "string" ? { name: t, leet: false } : { name: t.name, leet: t.leet === true }));
  entries.sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1));
  return [...new Set(entries.map((e) => entrySource(e.name, e.leet)))].join("|");
}

/** A lexicon as a case-insensitive regex matching any entry between word boundaries. */
export function lexiconRe(terms: readonly (string | { name: string; leet?: boolean })[], flags = "i"): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:${lexiconAlternation(terms)})(?![\p{L}\p{N}_])`, flags + "u");
}

export const PAYMENT_CHANNELS = paymentChannels.terms;
/** The writer's own billing, after "our own" / "my own" (payment-channels.json ownBilling). */
export const OWN_BILLING = paymentChannels.ownBilling;
/** Bank details a payer needs (payment-channels.json bankDetails): "BSB", "sort code", "routing number". */
export const BANK_DETAILS = paymentChannels.bankDetails;
export const MESSAGING_APP_TERMS = messagingApps.terms;
/** Apps whose names are used as a verb of contact: "telegram me" (messaging-apps.json verbs). */
export const MESSAGING_APP_VERBS = messagingApps.verbs;
export const SOCIAL_NETWORKS = socialNetworks.terms;
export const REVIEW_WORDS = reviewWords.terms;
/** Adjectives that make a review a bad one ("the worst review", "a scathing rating"). */
export const LOW_RATING_WORDS = reviewWords.lowRatingWords;
/** Kind words for a review ("glowing", "shiny"), from review-words.json. */
export const HIGH_RATING_WORDS = reviewWords.highRatingWords;
/** What a threatened score is said to do ("your JSS will go to the floor"). */
export const SCORE_FALLS = reviewWords.scoreFalls;
export const ACCOUNT_OTHERS = people.others;
export const PROTECTED_GROUPS = people.protectedGroups;
/** Countries and regions whose people a discriminatory remark refuses. */
export const COUNTRIES = people.countries;
/** People on the other side a remark may be aimed at: "your project lead", "your marketing team" (people.json roles). */
export const PEOPLE_ROLES = people.roles;

/** Insulting nouns and adjectives aimed at a person (insults.json). */
export const INSULT_NOUNS = insults.nouns;
export const INSULT_ADJECTIVES = insults.adjectives;
/** Words that insult a body part ("your ugly head"), and the parts, from insults.json. */
export const INSULT_LOOKS = insults.looks;
export const INSULT_BODY_PARTS = insults.bodyParts;
/** Insult adjectives that insult as a sentence of their own: "Pathetic." (insults.json). */
export const INSULT_EXCLAMATIONS = insults.exclamations;
/** Set phrases that threaten by implication: "you'd do well not to test either", "watch your back" (insults.json). */
export const THREAT_IDIOMS = insults.threatIdioms;
/** Words for a person an insult adjective is said of: "the most dishonest person" (insults.json). */
export const INSULTED_PEOPLE = insults.people;
/** A person's faults named as theirs, shaming names, and the mind mocked (insults.json traits, disgraces, wits). */
export const INSULT_TRAITS = insults.traits;
export const INSULT_DISGRACES = insults.disgraces;
export const INSULT_WITS = insults.wits;
/** Who a person is likened to, to belittle them, and rude dismissals (insults.json likenesses, dismissals). */
export const INSULT_LIKENESSES = insults.likenesses;
/** A phrase as the prose view spells it: Cyrillic and Greek look-alikes folded to Latin (normalize.ts), "іди до біса" -> "iди дo бica". */
function asProseSpellsIt(phrase: string): string {
  return Array.from(phrase, (c) => CONFUSABLE_LETTERS.get(c.codePointAt(0)!) ?? c).join("");
}
/** Rude dismissals, each also as the prose view spells it (a Cyrillic one has look-alikes folded). */
export const RUDE_DISMISSALS = [...new Set(insults.dismissals.flatMap((d) => [d, asProseSpellsIt(d)]))];
/** Insults aimed at the reader in languages letters switch into, as the prose view spells them (insults.json aimedPhrases). */
export const AIMED_INSULT_PHRASES = [...new Set(insults.aimedPhrases.flatMap((d) => [d, asProseSpellsIt(d)]))];
/** Clothes named in a request for someone's photos (advances.json). */
export const CLOTHING = advances.clothing;

/** Spanish and Portuguese cues for payment and messaging, by the English pattern each stands in for (spanish-portuguese.json). */
export const SPANISH_PORTUGUESE = spanishPortuguese;

/** Words of a sending tool's settings in a template's front matter (sending-settings.json). */
export const SENDING_SETTINGS = sendingSettings;

/** Verbs of asking to be given something (request-verbs.json): `handOver` before "me your", `askingFor` before "your". */
export const REQUEST_VERBS = { handOver: requestVerbs.handOver, askingFor: requestVerbs.askingFor };

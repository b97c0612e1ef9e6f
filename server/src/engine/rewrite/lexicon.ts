// The rewriter's word lists (lexicon.json), compiled once into whole-word matchers.

import data from "./lexicon.json";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");

/**
 * A list of words or phrases, matched case-insensitively as whole words. Its patterns are built at
 * first use: the rewriter runs only for findings with a fix, and a process that loads the engine
 * for a clean letter need not pay for some sixty large alternations.
 */
export class WordList {
  private patterns: { start: RegExp; end: RegExp; any: RegExp } | undefined;

  constructor(readonly words: readonly string[]) {}

  private get re(): { start: RegExp; end: RegExp; any: RegExp } {
    if (!this.patterns) {
      const alt = alternation(this.words.length ? this.words : ["\u0000"]);
      this.patterns = {
        start: new RegExp(`^(?:${alt})(?![\\p{L}\\p{N}])`, "iu"),
        end: new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alt})$`, "iu"),
        any: new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, "iu"),
      };
    }
    return this.patterns;
  }

  /** The word or phrase `text` starts with (after leading spaces), or undefined. */
  startOf(text: string): string | undefined {
    return this.re.start.exec(text.trimStart())?.[0];
  }

  /** True when `text` (trailing spaces ignored) ends with one of the words. */
  endsText(text: string): boolean {
    return this.re.end.test(text.trimEnd());
  }

  /** True when one of the words occurs in `text`. */
  occursIn(text: string): boolean {
    return this.re.any.test(text);
  }
}

export const LEXICON = {
  verbSlotCues: new WordList(data.verbSlotCues),
  prepositions: new WordList(data.prepositions),
  contactVerbs: new WordList(data.contactVerbs),
  invitationStarters: new WordList(data.invitationStarters),
  offerStarters: new WordList(data.offerStarters),
  leadingConnectors: new WordList(data.leadingConnectors),
  channelNouns: new WordList(data.channelNouns),
  channelPhrases: new WordList(data.channelPhrases),
  channelPlaces: new WordList(data.channelPlaces),
  danglingCues: new WordList(data.danglingCues),
  addressLabels: new WordList(data.addressLabels.words),
  tailDropWords: new WordList(data.tailDropWords),
  objectVerbs: new WordList(data.objectVerbs),
  labelWords: new WordList(data.labelWords),
  detailWords: new Set([...data.labelWords, ...data.detailFillers]),
  feedbackWords: new WordList(data.feedbackWords),
  conditionOpeners: new WordList(data.conditionOpeners),
  approvalOpeners: new Set<string>(data.approvalOpeners),
  concessiveOpeners: new WordList(data.concessiveOpeners),
  discourseTags: new WordList(data.discourseTags),
  placeBeforeTails: new WordList(data.placeBeforeTails),
  tailKeepStarters: new WordList(data.tailKeepStarters),
  requestedDetails: new WordList(data.requestedDetails),
  paymentChannels: new WordList(data.paymentChannels),
  paymentMethodWords: new WordList(data.paymentMethodWords),
  offPlatform: new WordList(data.offPlatform),
  abbreviations: new Set(data.abbreviations),
  clauseOpeners: new WordList(data.clauseOpeners),
  channelNounSwaps: new Map(Object.entries(data.channelNounSwaps).filter(([k]) => !k.startsWith("_"))),
  meansChannels: { apps: data.meansChannels.apps as string[], callWords: new WordList(data.meansChannels.callWords), notAfter: new WordList(data.meansChannels.notAfter), messages: data.meansChannels.messages as string, calls: data.meansChannels.calls as string, sendingVerbs: new WordList(data.meansChannels.sendingVerbs), sentPlace: data.meansChannels.sentPlace as string, spoken: data.meansChannels.spoken as string[], spokenSwap: data.meansChannels.spokenSwap as string, callMedia: data.meansChannels.callMedia as string[] },
  heldUntilFeedback: { openers: new WordList(data.heldUntilFeedback.openers), event: data.heldUntilFeedback.event as string },
  dependentOpeners: new WordList(data.dependentPieces.openers),
  dependentNotForRules: new Set<string>(data.dependentPieces.notForRules),
  followUpSchedule: data.followUpSchedule as { every: string[]; counts: string[]; units: string[]; adverbs: string[]; once: string; writeVerbs: string[] },
  followUpSwaps: new Map(Object.entries(data.followUpSwaps).filter(([k]) => !k.startsWith("_"))),
  streetWords: new Set(data.streetWords),
  inPersonRules: new Set(data.inPersonRules),
  inPersonSwaps: new Map(Object.entries(data.inPersonSwaps).filter(([k]) => !k.startsWith("_"))),
  locatedLeads: new WordList(data.locatedLeads),
  offPlatformAgreements: new Map(Object.entries(data.offPlatformAgreements).filter(([k]) => !k.startsWith("_"))),
  callbackSwaps: new Map(Object.entries(data.callbackSwaps).filter(([k]) => !k.startsWith("_"))),
  timedCallbacks: { swaps: new Map(Object.entries(data.timedCallbacks.swaps as Record<string, string>)), times: new WordList(data.timedCallbacks.times) },
  callbackQuestions: new Map(Object.entries(data.callbackQuestions).filter(([k]) => !k.startsWith("_"))) as Map<string, string>,
  droppableFamilies: new Set(data.droppableFamilies),
  feedbackObligations: new Map(Object.entries(data.feedbackObligations).filter(([k]) => !k.startsWith("_"))),
  heldVerbs: new WordList(data.heldVerbs),
  rewardVerbs: new WordList(data.rewardVerbs),
  subjectLeads: new WordList(data.subjectLeads),
  payeeEntities: new WordList(data.payeeEntities.words),
  trustConditions: { openers: data.trustConditions.openers as string[], cues: new WordList(data.trustConditions.cues) },
  rewardBeforeReview: { reviewCues: new WordList(data.rewardBeforeReview.reviewCues), subjects: new WordList(data.rewardBeforeReview.subjects), priceRates: new WordList(data.rewardBeforeReview.priceRates) },
  channelObjectVerbs: new WordList(data.channelObjectVerbs),
  deliveryVerbSwaps: new Map(Object.entries(data.deliveryVerbSwaps).filter(([k]) => !k.startsWith("_"))),
  formSubject: data.formSubject.phrase as string,
  placeFitVerbs: new WordList(data.placeFitVerbs),
  placeFitStates: new WordList(data.placeFitStates),
  formSwaps: new Map(Object.entries(data.formSwaps).filter(([k]) => !k.startsWith("_"))),
  formVerbs: new WordList(data.formVerbs),
  sendableThings: new WordList(data.sendableThings.words),
  credentialNouns: new WordList(data.credentialNouns.words),
  impersonationSwaps: new Map(Object.entries(data.impersonationSwaps).filter(([k]) => !k.startsWith("_"))),
  productNouns: new WordList(data.productNouns),
  productVerbs: new WordList(data.productVerbs.words),
  alternativeCues: new WordList(data.alternativeCues),
  sentenceLeads: new WordList(data.sentenceLeads.words),
  socialProfiles: data.socialProfiles as { apps: string[]; nouns: string[]; swap: string },
  willingAdjectives: data.willingAdjectives as string[],
  placeContrasts: { openers: data.placeContrasts.openers as string[], places: data.placeContrasts.places as string[] },
  portfolioMessages: data.portfolioMessages as { nouns: string[]; said: string; sent: string; open: string; place: string; idioms: Record<string, string> },
  bareSentenceLeads: new Set<string>(data.sentenceLeads.bare),
  heldDelivery: { phrase: data.heldDelivery.phrase as string, comes: data.heldDelivery.comes as string, come: data.heldDelivery.come as string, openers: new Set<string>(data.heldDelivery.openers), swaps: new Map(Object.entries(data.heldDelivery.heldSwaps as Record<string, string>)) },
  channelRowLabels: new Set<string>(data.channelRowLabels.words),
  clauseLeadOpeners: new WordList(data.clauseLeads.openers),
  clauseLeadFrames: new WordList(data.clauseLeads.frames),
  clauseLeadMaxWords: data.clauseLeads.maxWords as number,
  dashLeadMaxWords: data.clauseLeads.dashMaxWords as number,
  fieldLabels: new WordList(data.fieldLabels.words),
  approvalAside: data.approvalAside.text,
  paymentTiers: new WordList(data.paymentTiers.words),
  moneyRewards: new WordList(data.moneyRewards.words),
  followUpCloser: { statement: data.followUpCloser.statement, question: data.followUpCloser.question },
  callApps: new WordList(data.callApps),
  signoffClosings: new WordList(data.signoffClosings),
  placeVerbSwaps: new Map(Object.entries(data.placeVerbSwaps).filter(([k]) => !k.startsWith("_"))),
  platformMotive: { connectors: data.platformMotive.connectors as string[], feeWords: new WordList(data.platformMotive.feeWords), payeeDetails: new WordList(data.platformMotive.payeeDetails), precedentOpeners: data.platformMotive.precedentOpeners as string[], precedentWords: new WordList(data.platformMotive.precedentWords), bypassOpeners: new WordList(data.platformMotive.bypassOpeners), bypassedMeans: new WordList(data.platformMotive.bypassedMeans) },
  ownWork: data.ownWork as { modals: string[]; adverbs: string[]; loginVerbs: string[]; helpers: string[]; places: string[]; asMe: string[] },
  ratingNoun: data.ratingNoun as { determiners: string[]; tops: string[]; nouns: string[]; swap: string },
  namedPaymentMeans: data.namedPaymentMeans as { payVerbs: string[]; prepositions: string[] },
  channelVerbGrammar: data.channelVerbGrammar as { verbs: string[]; people: string[]; things: string[]; lightVerbs: string[]; lightNouns: string[]; fillers: string[]; lines: string[]; lineOwners: Record<string, string>; lineModifiers: number; phoneIdioms: Record<string, string> },
  objectChannelVerbs: new Map(Object.entries(data.objectChannelVerbs).filter(([k]) => !k.startsWith("_"))) as Map<string, string>,
  subjectFrames: data.subjectFrames,
  demandObligations: new Map(Object.entries(data.demandObligations).filter(([k]) => !k.startsWith("_"))),
  subordinators: new WordList(data.subordinators.words),
  justificationOpeners: new WordList(data.justifications.openers),
  platformComplaints: new WordList(data.justifications.complaints),
  platformNames: new WordList(data.justifications.platformNames),
  apologies: new Set<string>(data.justifications.apologies),
  reassurances: new Set<string>(data.justifications.reassurances),
  verdictSubjects: new WordList(data.justifications.verdictSubjects),
  verdicts: new WordList(data.justifications.verdicts),
  comparedVerdicts: new WordList(data.justifications.comparedVerdicts),
  justificationClauseWords: new WordList(data.justifications.clauseWords),
  coordinatedChannelVerbs: data.coordinatedChannelVerbs.words as string[],
  adverbsBeforePlace: data.adverbsBeforePlace.words as string[],
  // (every way to pay is a cue of a payment finding: "i send you 50% advance by Western Union")
  findingCues: new Map(Object.entries(data.findingCues).map(([family, cues]) => [family, new WordList(family === "circumvention" ? [...new Set([...cues, ...data.paymentMethodWords])] : cues)])),
};

/** `text` with each key of `swaps` found as whole words (longest first, any case) replaced by its value. */
export function swapPhrases(text: string, swaps: ReadonlyMap<string, string>): string {
  const keys = [...swaps.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return text.replace(re, (m) => swaps.get(m.toLowerCase().replace(/\s+/g, " ")) ?? m);
}

/** Replaces each of `list`'s phrases in `text` by `by`, whole words, case-insensitively. */
export function replaceAll(text: string, list: WordList, by: string): string {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(list.words)})(?![\\p{L}\\p{N}])`, "giu");
  return text.replace(re, by);
}

/** `text` without existential "there is/are" and idioms such as "go from there" or "hi there", which never point back at a removed channel. */
export function withoutExistentialThere(text: string): string {
  return text.replace(EXISTENTIAL_RE, " ");
}
// (not after "reach": "I'll reach out there" points at a place)
const EXISTENTIAL_RE = new RegExp(`(?<!\\breach\\s+)(?:${alternation(data.existentialThere)})(?![\\p{L}])`, "giu");

// Words that change what a clause means: negation and statements of compliance.
import { PAYMENT_CHANNELS, lexiconAlternation } from "../lexicons";

/** The writer's own next move, announced: "I'll", "we will", "I'm going to" (read by the threat patterns of conduct and feedback). */
export const SPEAKER_WILL = String.raw`(?:i['’]ll|i\s{1,3}will|we['’]ll|we\s{1,3}will|i['’]m\s{1,3}going\s{1,3}to|i\s{1,3}am\s{1,3}going\s{1,3}to)`;

/**
 * A clause that promises to stay on Upwork ("I will never ask you to pay outside Upwork", "I don't
 * accept payment outside the platform"). A contraction counts only after I/we/please: "Don't worry,
 * just pay me by PayPal" is no promise.
 */
export const COMPLIANCE_RE = /\bwithdraw(?:s|ing|n|al)?\s{1,3}(?:my\s{1,3}|our\s{1,3}|the\s{1,3})?(?:upwork\s{1,3})?(?:earnings|funds|balance)\b|(?:\b(?:never|no\s{1,3}(?:go|dey|fit|wan)|not(?!\s{1,3}(?:(?:un|in|im|ir)\w{2,}(?:able|ible|ant|ent|al|ous)|trivial|negligible)\b)|no\s{1,3}need\s{1,3}to|no\s{1,3}other|won['’]t|will\s{1,3}not|cannot|can['’]t|refuse\s{1,3}to|avoid\s{1,3}asking|declin(?:e|ing)\s{1,3}(?:your|the|this|that|any)\s{1,3}(?:suggestion|offer|request|idea|proposal|invitation))|\b(?:I|we|please)\s{1,3}[a-z]{0,6}n['’]t(?!\s{1,3}wait))\b[^.;:,\n]{0,60}?\b(?:outside|off|direct(?:ly)?|pay|paid|payment|fees?|share|contact|email|phone|whatsapp|skype|telegram|login|log\s{1,3}in|passwords?|credentials|account|stars?|reviews?|ratings?|feedback)\b|\b(?:only|all|everything|always|entirely|strictly|exclusively)\b[^.;:\n]{0,40}?\b(?:through|via|on|in|inside|within)\s{1,3}(?:the\s{1,3})?(?:upwork|platform|escrow|this\s{1,3}(?:platform|chat|site))\b|\b(?:keep|stay|remain)s?\b[^.;:\n]{0,30}?\b(?:on|in|inside|within)\s{1,3}(?:upwork|the\s{1,3}platform)\b|\bagainst\s{1,3}(?:upwork['’]?s\s{1,3})?(?:terms|rules|tos|policy)\b/i;

/**
 * A negation that frees someone from the platform or its cost rather than promising to stay:
 * "we don't need to worry about the fees", "no need for Upwork", "you won't have to pay the commission", "we do not use Upwork for sample fees",
 * "lets not do new contract here".
 * It is the pitch of going around Upwork, so it never counts as compliance.
 */
export const NEEDLESS_PLATFORM_RE = /\blet['’]?s\s{1,3}not\s{1,3}(?:do|make|open|create|start)\s{1,3}(?:a\s{1,3}|any\s{1,3})?new\s{1,3}contracts?\s{1,3}(?:here|on\s{1,3}upwork)\b|\b(?:no\s{1,3}need\s{1,3}(?:for|of)|(?:don['’]t|do\s{1,3}not|won['’]t|will\s{1,3}not|never)\s{1,3}(?:need|have)|no\s{1,3}need)\s{1,3}(?:to\s{1,3}(?:worry\s{1,3}about|pay|deal\s{1,3}with|go\s{1,3}through|use|lose)\s{1,3})?(?:the\s{1,3}|any\s{1,3}|upwork['’]?s?\s{1,3}|platform\s{1,3}|extra\s{1,3})*(?:upwork|platform|site|escrow|fees?|commissions?|cut|charges|middleman|milestones?)\b|\b(?:don['’]t|do\s{1,3}not|won['’]t|will\s{1,3}not|never)\s{1,3}use\s{1,3}(?:upwork|the\s{1,3}platform)\s{1,3}for\b/i;

/** Saying that nothing hangs on the review: "My price doesn't depend on the review", "delivery is not tied to your rating". */
export const UNTIED_FROM_REVIEW_RE = /\b(?:doesn['’]t|does\s{1,3}not|won['’]t|will\s{1,3}not|isn['’]t|is\s{1,3}not|never)\s{1,3}(?:depend|depends|conditional|contingent|tied|linked)\s{1,3}(?:on|to|upon)\s{1,3}(?:the\s{1,3}|your\s{1,3}|a\s{1,3}|any\s{1,3})?(?:(?:5|five)[\s-]?star\s{1,3})?(?:reviews?|ratings?|feedback|stars)\b/i;

/** A quoted offer refused with "no": 'No conversion fee games, no "let\'s go direct after month one"' (the offer is mentioned, not made). */
export const NO_QUOTED_OFFER_RE = /\bno\s{1,3}["“][^"”\n]{3,80}["”]/i;

/** A clause that promises to stay within the rules (COMPLIANCE_RE, UNTIED_FROM_REVIEW_RE), and is not the pitch of needing no platform. */
/** A plea against a rating below the top: "Please sir do not give 4 star, even 4.5 is harmful for us" (pressure, not a promise). */
export const LOW_RATING_PLEA_RE = /\b(?:do\s{1,3}not|don['’]t|never)\s{1,3}(?:give|leave|rate)\s{1,3}(?:me\s{1,3}|us\s{1,3})?(?:a\s{1,3}|only\s{1,3}|just\s{1,3})?(?:[1-4](?:\.\d)?|one|two|three|four)[\s-]?(?:stars?|★)/i;
/** The platform's fee not paid as the purpose ("so we don't pay the marketplace fee"): the negation is the dodge, not a promise. */
const FEE_NOT_PAID_RE = /\bso\s{1,3}(?:that\s{1,3})?\S+\s{1,3}(?:don['’]t|do\s{1,3}not|not|won['’]t|will\s{1,3}not|never|needn['’]t)\s{1,3}(?:have\s{1,3}to\s{1,3}|need\s{1,3}to\s{1,3})?pay(?:ing)?\s{1,3}(?:the\s{1,3}|any\s{1,3}|upwork['’]s\s{1,3})?(?:upwork\s{1,3}|marketplace\s{1,3}|platform\s{1,3}|service\s{1,3})*(?:fees?|commission|cut)\b/i;
/** A refusal to take a way of paying: "I can't take", "we do not accept", "I no longer use". */
const REFUSING = String.raw`\b(?:do\s{1,3}not|don['’]t|never|won['’]t|will\s{1,3}not|cannot|can['’]t|no\s{1,3}longer)\s{1,3}(?:accept|take|use|offer|work\s{1,3}with)\b`;
/** Ways of paying outside the platform refused, listed with commas: "We do not accept PayPal, bank transfer or crypto outside the platform". */
const REFUSED_OUTSIDE_RE = new RegExp(String.raw`${REFUSING}[^.;:\n]{0,80}?\b(?:outside|off)\s{1,3}(?:of\s{1,3})?(?:the\s{1,3})?(?:platform|upwork|marketplace)\b`, "i");
/** The refusal alone, a small pattern tried before REFUSED_CHANNEL_RE: that one holds every channel twice, and tried on every clause it cost a 200 KB lint about 60 ms. */
const REFUSING_RE = new RegExp(REFUSING, "i");
const CHANNEL = String.raw`(?:${lexiconAlternation(PAYMENT_CHANNELS)})\b`;
/**
 * Ways of paying named and refused, and nothing after them but a few words: "I can't take Cash App or Lynk for this",
 * "we don't accept payment via PayPal" ("I can't take Cash App, pay me on Venmo instead" goes on to the act).
 */
const REFUSED_CHANNEL_RE = new RegExp(String.raw`${REFUSING}\s{1,3}(?:(?:any\s{1,3})?payments?\s{1,3}(?:by|via|through|on|over|in)\s{1,3})?${CHANNEL}(?:(?:,\s{0,3}|\s{1,3})(?:or\s{1,3}|and\s{1,3}|nor\s{1,3})?${CHANNEL}){0,4}[^,.;:\n]{0,24}[.!?]?\s*$`, "i");
/** A list of what the writer will not do, under its heading: "What I won't do: log in as you, share my account, or ask for your passwords". */
const WONT_DO_LIST_RE = /^[\s>*_#-]{0,8}(?:what|things)\s{1,3}(?:i|we)\s{1,3}(?:won['’]t|will\s{1,3}not|never|don['’]t|do\s{1,3}not)\s{1,3}do\s{0,3}[*_]{0,2}\s{0,3}[:—–-]/i;
/** The platform's one-account rule stated: "One person = one account", "one account per freelancer". */
const ONE_ACCOUNT_RULE_RE = /\bone\s{1,3}(?:person|freelancer|human|user)\s{0,3}(?:=|,|:|-|–|—|means|gets|has)\s{0,3}one\s{1,3}(?:upwork\s{1,3})?account\b|\bone\s{1,3}(?:upwork\s{1,3})?account\s{1,3}per\s{1,3}(?:person|freelancer|human|user)\b/i;
/** A list of refusals, three or more: "No UPI, no Payoneer, no bank transfer, no PayPal" (two are a condition: "No 5 stars, no raw files"). */
export const REFUSAL_LIST_RE = /^[^\p{L}]{0,8}no\s{1,3}[^,;\n]{2,25},\s{0,3}no\s{1,3}[^,;\n]{2,25},\s{0,3}(?:or\s{1,3}|and\s{1,3})?no\s{1,3}/iu;
export function promisesCompliance(text: string): boolean {
  // Rules ask this of the same clauses again and again (each family's rules, the learned layer's gates): kept by text.
  let known = complianceByText.get(text);
  if (known === undefined) {
    if (complianceByText.size >= COMPLIANCE_CACHE_MAX) complianceByText.clear();
    // The key is a copy: a clause is a slice of its document, and a slice kept as a key would keep the whole text alive
    // (slicing a concatenation makes V8 write it out flat, as classifier/detect.ts scoreOf does).
    complianceByText.set((" " + text).slice(1), (known = promisesComplianceUncached(text)));
  }
  return known;
}
const COMPLIANCE_CACHE_MAX = 5000;
const complianceByText = new Map<string, boolean>();

function promisesComplianceUncached(text: string): boolean {
  return (COMPLIANCE_RE.test(text) || UNTIED_FROM_REVIEW_RE.test(text) || NO_QUOTED_OFFER_RE.test(text) || REFUSAL_LIST_RE.test(text) || REFUSED_OUTSIDE_RE.test(text) || (REFUSING_RE.test(text) && REFUSED_CHANNEL_RE.test(text)) || WONT_DO_LIST_RE.test(text) || ONE_ACCOUNT_RULE_RE.test(text)) && !NEEDLESS_PLATFORM_RE.test(text) && !LOW_RATING_PLEA_RE.test(text) && !FEE_NOT_PAID_RE.test(text);
}

/** Negation right before a verb phrase ("never", "won't", or "don't" right before it: "don't forget to add me" is no negation). */
export const NEGATION_BEFORE_RE = /(?:\b(?:never|not|no|won['’]t|cannot|without)\s{1,3}(?:\w+\s{1,3}){0,2}|n['’]t\s{1,3}(?:(?:ever|even|just|please)\s{1,3})?)$/i;

/** "after the contract starts": contact that waits for the contract is allowed (contact rules only). */
export const AFTER_CONTRACT_RE = /\b(?:after|once|when)\s{1,3}(?:the|a|our)\s{1,3}contract\s{1,3}(?:starts|has\s{1,3}started|begins|is\s{1,3}(?:signed|active|in\s{1,3}place|open))\b/i;

/**
 * A clause that forbids the act it names: "Never offer discounts for a review", "Don't send me your
 * number, just message here", "Don't just paste the same letter". "Don't hesitate to email me" or
 * "don't forget to leave 5 stars" forbid nothing, so only verbs of the act itself count.
 */
/** A clause that refuses the one before it: "— not doing that", "no way", "which I won't do" (someone's advice reported, then turned down). */
export const REFUSAL_OPENING_RE = /^[\s—–-]{0,4}(?:but\s{1,3}|and\s{1,3})?(?:(?:i['’]m\s{1,3}|we['’]re\s{1,3})?not\s{1,3}(?:doing|going\s{1,3}to|gonna|happening)|no\s{1,3}way|never\s{1,3}going|(?:which|that)\s{1,3}(?:i|we)\s{1,3}(?:won['’]t|will\s{1,3}not|refuse|declined?))\b/i;
/** A clause that ends on its negation, the act following a dash: "There is no need — and please do not — send me your password". */
export const NEGATION_CUT_OFF_RE = /\b(?:do\s{1,3}not|don['’]t|never|no\s{1,3}need\s{1,3}to)[\s—–-]*$/i;
export const FORBIDDING_RE = /^[\s>*_\-–—\[\]x]{0,8}(?:(?:please|so|and|but|also)\s{1,3})?(?:never|don['’]t|do\s{1,3}not)\s{1,3}(?:(?:just|ever|simply)\s{1,3})?(?:send|share|give|offer|ask|paste|copy|accept|request|post|reuse|promise|trade|dm|message|text|email|e-mail|ping|contact|call|whatsapp|add\s{1,3}me)\b/i;

/** The other side's question reported, to be answered: "You asked on the call whether we could save on the fees ...", "Some clients ask if they can pay by Pix". */
/** Markup, dashes and emoji before the first word of a line ("😊 I saw ..."). */
const LINE_OPENING = String.raw`[\s>*_\-–—\u2600-\u27bf\ufe0f\ud83c-\ud83e\udc00-\udfff]{0,8}`;
/** Others' practice reported, not the writer's: "I know some freelancers ask to move payment to PayPal", "I've had freelancers ask to switch me to Venmo". */
const OTHERS_PRACTICE = String.raw`(?:^[\s>*_\-–—]{0,4}|[:;,]\s{1,3})(?:(?:also|and|but|honestly)[,:]?\s{1,3})?(?:(?:i|we)\s{1,3}know\s{1,3}(?:that\s{1,3})?)?(?:(?:some|many|most|a\s{1,3}lot\s{1,3}of|plenty\s{1,3}of)\s{1,3}|(?:i|we)(?:['’]ve|\s{1,3}have)?\s{1,3}(?:had|seen|got|get|see)\s{1,3}(?:a\s{1,3}few\s{1,3}|several\s{1,3}|other\s{1,3}|past\s{1,3})?)(?:other\s{1,3})?(?:freelancers|people|agencies|sellers|contractors|vendors|clients)\s{1,3}(?:will\s{1,3}|often\s{1,3}|sometimes\s{1,3}|still\s{1,3})?(?:ask|try|want|suggest|offer|request|push)\b`;
export const REPORTED_QUESTION_RE = new RegExp(String.raw`^${LINE_OPENING}(?:i|we)\s{1,3}(?:saw|see|noticed|notice|read)\s{1,3}(?:in\s{1,3}your\s{1,3}(?:[\w-]+\s{1,3}){1,3})?(?:that\s{1,3})?you\s{1,3}(?:want|wish|would\s{1,3}like|prefer|asked|need)\b|^[\s>*_\-–—]{0,4}(?:(?:a\s{1,3}note|also|ps|p\.s\.)[,:]?\s{1,3}(?:because\s{1,3})?)?(?:(?:some|many|most|a\s{1,3}few|other)\s{1,3})?(?:you|they|clients?|buyers?|customers?|people|he|she)\s{1,3}(?:often\s{1,3}|sometimes\s{1,3}|also\s{1,3})?(?:asked|ask|asks|wondered|wonder|wanted\s{1,3}to\s{1,3}know)\b[^.;\n]{0,30}?\b(?:whether|if)\b|\byou\s{1,3}(?:might|may|could|must)\s{1,3}(?:be\s{1,3})?(?:wondering|wonder)\s{1,3}(?:if|whether)\b|${OTHERS_PRACTICE}`, "i");

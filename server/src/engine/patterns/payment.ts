// Patterns for paying or being paid outside Upwork, and for taking the work off the platform.

import { BANK_DETAILS, OWN_BILLING, PAYMENT_CHANNELS, SPANISH_PORTUGUESE, lexiconAlternation, lexiconRe } from "../lexicons";

/** Payment channels outside Upwork (lexicons/payment-channels.json), as an alternation source. */
export const PAYMENT_METHODS = lexiconAlternation(PAYMENT_CHANNELS);
export const PAYMENT_METHOD_RE = new RegExp(String.raw`\b(?:${PAYMENT_METHODS})\b`, "i");
/** "Wise" the payment service, not "wise" the adjective: only capitalized. */
export const WISE_RE = /\bWise\b(?!\s{1,3}(?:choice|decision|move|investment|idea))/;

/** Words of paying, sending or settling money. */
export const PAYMENT_VERB_RE = /\b(?:pay|pays|paid|paying|payment|payments|tips?|send|sent|sending|transfer|transferred|wire|settle|invoice|invoicing|accept|accepts|take|receive|deposit|balance|the\s{1,3}rest|remaining|fee|fees|rates?|billing|bill|budget|funds|money|remit|remitted|remittance|settle[sd]?|settlement|retainer|invoices?|cheques?|payable)\b/i;

/** Getting out of a cost: "avoid", "skip", "cut out", "no". */
const AVOID = String.raw`(?:avoid|skip|save|bypass|dodge|cut\s{1,3}out|get\s{1,3}around|no)`;
/** What the platform takes. */
const PLATFORM_COST = String.raw`(?:fees?|commission|cut|escrow|markup|percentage)`;
/** "skip the platform fee", "save both of us Upwork's commission". */
const AVOID_THE_PLATFORM_COST = String.raw`\b${AVOID}\s{1,3}(?:you|us|both\s{1,3}of\s{1,3}us|both)?\s{0,3}(?:on\s{1,3})?(?:the|upwork[\'’]s|their|its)\s{1,3}(?:marketplace|platform|service|site|middleman|upwork)\s{1,3}${PLATFORM_COST}\b`;
/** "avoid fees", "no Upwork's cut", "skip the escrow". */
const AVOID_COST = String.raw`\b${AVOID}\s{1,3}(?:on\s{1,3})?(?:the\s{1,3})?(?:upwork['’]?s?\s{1,3}|platform['’]?s?\s{1,3}|service\s{1,3}|middleman\s{1,3})?(?:fees?|commission|cut|escrow|markup|percentage|platform\s{1,3}fees?)\b`;
/** "to save the charges", "avoid the platform charges": the cost called charges (not "no charge", a freebie). */
const AVOID_CHARGES = String.raw`\b(?:save|avoid|skip|bypass|dodge)\s{1,3}(?:on\s{1,3})?(?:the\s{1,3})?(?:upwork['’]?s?\s{1,3}|platform\s{1,3}|service\s{1,3}|extra\s{1,3})?(?:charges|deductions)\b`;
/** "outside of Upwork", "off the platform". */
const OUTSIDE_PLATFORM = String.raw`\b(?:outside|off)\s{1,3}(?:of\s{1,3})?(?:upwork|the\s{1,3}platform|the\s{1,3}site|the\s{1,3}marketplace)\b|\bdirectly\b[^.;\n]{0,30}?,?\s{1,3}not\s{1,3}(?:(?:through|via|on|with)\s{1,3})?(?:upwork|the\s{1,3}platform)\b|\b(?:don['’]t|do\s{1,3}not|won['’]t|will\s{1,3}not|never)\s{1,3}use\s{1,3}(?:upwork|the\s{1,3}platform)\s{1,3}for\b`;
/** "no need to go through Upwork". */
const NO_NEED_FOR_PLATFORM = String.raw`\bno\s{1,3}need\s{1,3}to\s{1,3}(?:go\s{1,3}through|use|pay\s{1,3}through)\s{1,3}(?:upwork|the\s{1,3}platform|escrow)`;
/** "instead of through Upwork". */
const INSTEAD_OF_PLATFORM = String.raw`\b(?:instead\s{1,3}of|rather\s{1,3}than)\s{1,3}(?:here|upwork|(?:upwork\s{1,3})?milestones|through\s{1,3}(?:upwork|the\s{1,3}platform|the\s{1,3}marketplace)|the\s{1,3}platform|the\s{1,3}marketplace|escrow)\b`;
/** "no platform fees". */
const NO_PLATFORM_COST = String.raw`\bno\s{1,3}(?:platform|upwork)\s{1,3}(?:fees?|escrow|cut)\b`;
/** "directly to me", "sent directly", "pay me directly". */
const STRAIGHT_TO_ME = String.raw`\b(?:invoice|bill|charge)\s{1,3}you\s{1,3}(?:myself|ourselves|directly|privately)\b|\b(?:directly|direct)\s{1,3}to\s{1,3}(?:me|my)\b|\bsent\s{1,3}directly\b|\bpay\s{1,3}(?:me\s{1,3})?directly\b`;

/** "avoid Upwork because they take a fee", "so the platform doesn't take its cut". */
const PLATFORM_KEPT_FROM_COST = String.raw`\bwithout\s{1,3}(?:upwork|the\s{1,3}platform)\s{1,3}taking\b|\b${AVOID}\s{1,3}(?:upwork|the\s{1,3}platform|the\s{1,3}site)\b[^.;\n]{0,40}?\b${PLATFORM_COST}\b|\b(?:the\s{1,3})?(?:platform|upwork|site)\s{1,3}(?:doesn['’]t|does\s{1,3}not|won['’]t|will\s{1,3}not|can['’]t)\s{1,3}(?:take|get|see)\s{1,3}(?:its|their|a|any)\s{1,3}${PLATFORM_COST}\b`;

/** Avoiding Upwork's fees or escrow, or paying around it. */
/** The fee kept off a payment by name: "so the fee doesn't eat it", "would spare us both these costs", "would save us both the service fee". */
const FEE_SPARED = String.raw`\b(?:so|then)\s{1,3}(?:the\s{1,3})?(?:upwork\s{1,3}|platform\s{1,3})?(?:fees?|commission|cut)\s{1,3}(?:doesn['’]t|don['’]t|won['’]t|does\s{1,3}not|will\s{1,3}not)\s{1,3}(?:eat|take|bite|touch)\b|\bspares?\s{1,3}(?:us|you|me|(?:the\s{1,3})?both\s{1,3}of\s{1,3}us)\s{1,3}(?:both\s{1,3})?(?:the\s{1,3}|these\s{1,3}|those\s{1,3})?(?:[\w-]+\s{1,3})?(?:costs|fees|commission|charges)\b|\bsaves?\s{1,3}us\s{1,3}both\s{1,3}(?:the\s{1,3})?(?:service\s{1,3}|platform\s{1,3}|upwork\s{1,3})?(?:costs|fees?|commission|charges)\b`;
export const FEE_AVOIDANCE_RE = new RegExp(
  [AVOID_THE_PLATFORM_COST, AVOID_COST, FEE_SPARED, AVOID_CHARGES, OUTSIDE_PLATFORM, NO_NEED_FOR_PLATFORM, INSTEAD_OF_PLATFORM, NO_PLATFORM_COST, STRAIGHT_TO_ME, PLATFORM_KEPT_FROM_COST].join("|"),
  "i",
);

/** The platform kept from its cut, said outright: "so the platform doesn't take its cut", "so Upwork won't get a fee". */
export const PLATFORM_TAKES_NO_CUT_RE = /\b(?:the\s{1,3})?(?:platform|upwork|site|marketplace)\s{1,3}(?:doesn['’]t|does\s{1,3}not|won['’]t|will\s{1,3}not|can['’]t|never)\s{1,3}(?:take|takes|get|gets|eat|eats)\s{1,3}(?:its|their|a|any|the)\s{1,3}(?:cut|fee|fees|commission|percentage|share|20%|10%)\b/i;

/** A third party paid directly, not the writer: "you pay factory directly with Alibaba Trade Assurance", "pay the printer directly". */
export const THIRD_PARTY_PAYEE_RE = /\bpay(?:s|ing)?\s{1,3}(?:the\s{1,3}|your\s{1,3}|that\s{1,3}|each\s{1,3})?(?:factory|factories|supplier|suppliers|manufacturer|manufacturers|vendor|vendors|printer|printers|host|hosting\s{1,3}company|registrar|courier|venue|landlord|seller|sellers|freight\s{1,3}forwarder|agent\s{1,3}fees)\s{1,3}(?:directly|direct)\b/i;

/** After a payment channel, words that make it a skill or the client's product ("PayPal checkout integration"). */
export const PAYMENT_TECH_RE = /\b(?:api|apis|validation|signup|sign-up|sdk|receipts|vouchers?|statements?|exports?|transactions\s{1,3}(?:history|list|exports?)|csvs?|clearing|settlement\s{1,3}(?:reports?|files?|data|batches)|ledgers?|cash\s{1,3}application|remittance\s{1,3}advices?|integration|integrations|integrate|integrating|checkout|gateway|gateways|plugin|webhooks?|button|subscriptions?\s{1,3}(?:flow|setup)|payouts?\s{1,3}(?:api|flow|integration)|reconciliation|reconcile|reconciling|categori[sz]e|track|tracking|bookkeeping|guide|tutorial|article|blog|course|lets\s{1,3}users|users|processor|express\s{1,3}checkout|ipn|merchant|smart\s{1,3}buttons|bnpl|storefront|shop|store['’]s|customers?|your\s{1,3}(?:store|shop|site|customers?|app|platform)|mini[\s-]?apps?|in-app|(?:inside|in)\s{1,3}the\s{1,3}(?:mini\s{1,3})?app)\b/i;

/** The speaker paying: "I'll send you", "we can pay you". */
/** Asking for the money in the channel's own way: "I'll send you a Payoneer payment request", "a PayPal invoice". */
const PAYMENT_REQUEST_TO_YOU = String.raw`\b(?:send|sending|raise|issue|email)\s{1,3}(?:you\s{1,3})?(?:a|an|the|my)\s{1,3}(?:[\w.-]+\s{1,3})?(?:invoice|payment\s{1,3}(?:request|link)|money\s{1,3}request|bill)\b`;
/** A cashtag, the payment handle of Cash App: "$ArcLightMods" (not an amount: it starts with a letter). */
const CASHTAG = String.raw`(?<![\w$])\$[A-Za-z][\w]{2,30}\b`;
const I_PAY_YOU = String.raw`\b(?:i|we)(?:['’]ll|\s{1,3}(?:will|can|could|would|shall))?\s{1,3}(?:send|pay|transfer|wire)\s{1,3}you\b`;
/** A channel offered in place of Upwork: "via PayPal instead". */
const CHANNEL_INSTEAD = String.raw`\b(?:via|through|by|with|over|on|using)\s{1,3}(?:${PAYMENT_METHODS})\s{1,3}instead\b`;
/** A payment kept outside the contract: "send a little tip outside the contract through PayPal" (a channel must be named too; "outside the contract scope" is scope). */
export const OUTSIDE_THE_CONTRACT_RE = /\b(?:outside|off)\s{1,3}(?:of\s{1,3})?(?:the|this|our)\s{1,3}contract\b(?!\s{1,3}scope)/i;
/**
 * Money sent into the reader's own account at a channel: "a $100 bonus sent to your Venmo", "tips go into your PayPal".
 * A pattern of its own, as OUTSIDE_THE_CONTRACT_RE is, not an alternative of PERSONAL_PAYMENT_RE: as alternatives there,
 * the two made a 200 KB lint about 20% slower (prefilter bookkeeping; see the ninth 2026-11-30 session's note).
 */
/** A channel's own invoice sent by the writer: "I will send the Wise invoice there". */
export const CHANNEL_INVOICE_SENT_RE = new RegExp(String.raw`\b(?:send|sending|issue|issuing|raise|raising)\s{1,3}(?:you\s{1,3})?(?:the|a|an|my)\s{1,3}(?:${PAYMENT_METHODS})\s{1,3}(?:invoice|payment\s{1,3}request|request|payment\s{1,3}link)\b`, "i");
/** Payments moved to a channel: "we can shift to PayPal invoice after the first milestone", "let's switch over to Wise". */
export const SWITCH_TO_CHANNEL_RE = new RegExp(String.raw`\b(?:switch|switching|shift|shifting|move|moving|change|changing|go|going)\s{1,3}(?:over\s{1,3})?to\s{1,3}(?:a\s{1,3}|an\s{1,3})?(?:${PAYMENT_METHODS})\b(?!\s{1,3}(?:api|sdk|integration|checkout|plugin|gateway|webhooks?))`, "i");
/** A channel set down or preferred as the way to pay: "Payment: USDT (TRC-20) is best for me", "Payment: Bizum". */
export const CHANNEL_PREFERRED_RE = new RegExp(String.raw`(?:^|\n)[ \t]{0,3}(?:payments?|pay|payment\s{1,3}(?:method|options?))[ \t]{0,3}[:：][ \t]{0,3}(?:${PAYMENT_METHODS})\b|\b(?:${PAYMENT_METHODS})\b(?:\s{0,3}\([^()\n]{1,20}\))?\s{1,3}(?:is|works)\s{1,3}(?:best|easiest|preferred|better|ideal|simplest)\s{1,3}for\s{1,3}(?:me|us)\b`, "i");
/** A channel used as the verb of paying: "I'll just Beem you the cash", "just Venmo me". */
export const CHANNEL_AS_VERB_RE = new RegExp(String.raw`\b(?:i['’]ll|we['’]ll|i\s{1,3}will|we\s{1,3}will|i\s{1,3}can|we\s{1,3}can|just|please|simply)\s{1,3}(?:just\s{1,3}|simply\s{1,3})?(?:${PAYMENT_METHODS})\s{1,3}(?:you|me|us)\b`, "i");
/** Money sent to a phone number, as mobile wallets take it: "pay by BLIK to my phone number". */
export const PAID_TO_PHONE_RE = /\bpa(?:y|id|ying)\b[^.;\n]{0,40}?\bto\s{1,3}my\s{1,3}(?:phone|mobile|cell)\b/i;
export const TO_YOUR_CHANNEL_RE = new RegExp(String.raw`\b(?:to|into|onto)\s{1,3}your\s{1,3}(?:${PAYMENT_METHODS})\b`, "i");
/** Escrow that is not Upwork's: "an independent escrow service". */
export const OUTSIDE_ESCROW_RE = /\b(?:independent|external|third[\s-]party|outside|separate|private|neutral|our\s{1,3}own|my\s{1,3}own)\s{1,3}escrow\b/i;

/** Who pays whom: the clause is about paying me/us or you paying, not payments in general. */
export const PERSONAL_PAYMENT_RE = new RegExp(String.raw`\b(?:made\s{1,3}out|payable)\s{1,3}to\b|\b(?:i|we)(?:['’]ll|\s{1,3}will|\s{1,3}can|\s{1,3}could|['’]d)?\s{1,3}pay\s{1,3}(?:you\s{1,3})?(?:by|via|through|with|over|using)\b|\bpayments?\s{1,3}(?:can|could|will|may|would)\s{1,3}(?:also\s{1,3}|always\s{1,3}|just\s{1,3})?be\b|\b(?:advance|deposit|upfront|balance|rest)\s{1,3}(?:on|via|through|by|in|over|with)\b|\bfriends\s{0,3}(?:&|and)\s{0,3}family\b|\bf&f\b|\bwhatever\s{1,3}suits\s{1,3}you\b|\b(?:pay|paying|paid|send|sending|transfer|wire)\s{1,3}(?:me|us|it|them|the\s{1,3}(?:rest|balance|remainder|deposit|invoice|fee|money|payment))\b|\b(?:to|into)\s{1,3}(?:me|my|us|our)\b|\b(?:straight|directly|right)\s{1,3}(?:in)?to\s{1,3}your\s{1,3}(?:bank\s{1,3})?account\b|\b(?:i|we)\s{1,3}(?:only\s{1,3}|also\s{1,3}|usually\s{1,3})?(?:accept|take|prefer|receive|get\s{1,3}paid|invoice)\b|\byou\s{1,3}(?:(?:can|could|may|just|simply)\s{1,3}){0,2}(?:pay|send|transfer|tip)\b|\b(?:pay|send|sending|transfer|wire)\s{1,3}(?:me\s{1,3})?my\s{1,3}(?:salary|pay|payment|fees?|money|wages?|earnings|invoice)\b|\b(?:paypal|venmo|zelle|revolut|cashapp|gcash|m-?pesa)\s{1,3}(?:me|us|you)\b|\b(?:made\s{1,3})?payable\s{1,3}to\b|\b(?:payments?|tips?)\s{1,3}(?:via|through|by|with|in|over)\b|\b(?:prefer|rather|fine|welcome|simplest|easiest|easier)\b|\bpaid\s{1,3}(?:via|through|by|in|with|directly)\b|\b(?:the\s{1,3})?(?:rest|remainder|balance|remaining\s{1,3}\w+)\s{1,3}(?:via|through|by|on|with|in|over)\b|\b(?:i|we)\s{1,3}(?:can|could|will|['’]ll)\s{1,3}(?:invoice|bill|charge)\s{1,3}you\b|\b(?:i|we)(?:['’]ll|\s{1,3}(?:will|can|could|would))?\s{1,3}move\s{1,3}(?:you|the\s{1,3}contract|payments?|billing)\s{1,3}(?:over\s{1,3})?(?:to|onto)\b|\bsettle\s{1,3}(?:the\s{1,3}|this\s{1,3}|my\s{1,3}|our\s{1,3}|your\s{1,3})?(?:invoices?|bills?|payments?|balance|fees?)\s{1,3}(?:over|via|through|by|with|on|in)\b` + `|${I_PAY_YOU}|${CHANNEL_INSTEAD}|${PAYMENT_REQUEST_TO_YOU}|${CASHTAG}`, "i");

/** "directly", "direct": without the platform between us. */
const DIRECT = String.raw`direct(?:ly)?`;
/** Upwork or the platform named as the place being left. */
const THE_PLATFORM = String.raw`(?:upwork|(?:the|this)\s{1,3}(?:platform|site|marketplace|website))`;
/** Where work goes when it leaves Upwork: "privately", "outside of Upwork", "off the platform", "without Upwork". */
const OFF_THE_PLATFORM = String.raw`(?:long[\s-]term\s{1,3})?(?:privately|outside\s{1,3}(?:of\s{1,3})?${THE_PLATFORM}|off\s{1,3}${THE_PLATFORM}|without\s{1,3}upwork)`;
/** Verbs of working together. */
const WORK_VERB = String.raw`(?:work|working|continue|continuing|deal|dealing|contract|collaborate|collaborating|go|carry\s{1,3}on|carrying\s{1,3}on|hire\s{1,3}me|(?:sort|settle|finish|handle|do|wrap\s{1,3}up|arrange)\s{1,3}(?:out\s{1,3})?(?:the\s{1,3}rest|everything\s{1,3}else|the\s{1,3}details|the\s{1,3}remaining\s{1,3}\w+))`;

/** "hire me directly". */
const HIRE_DIRECT = String.raw`\bhire\s{1,3}(?:me|us)\s{1,3}${DIRECT}\b|\b(?:bring|take|hire|engage|onboard|sign)\s{1,3}(?:you|me|us)\s{1,3}(?:on\s{1,3})?(?:(?:permanent(?:ly)?|full[\s-]time|long[\s-]term|as\s{1,3}(?:staff|an?\s{1,3}employee)),?\s{1,3})?(?:${DIRECT}|off\s{1,3}upwork|outside\s{1,3}(?:of\s{1,3})?upwork)\b`;
/** "we can then work directly". */
const WE_GO_DIRECT = String.raw`\bwe\s{1,3}(?:can|could|should|will|['’]ll|might)\s{1,3}(?:then\s{1,3}|just\s{1,3}|simply\s{1,3}|easily\s{1,3})?(?:work|continue|deal|go)\s{1,3}(?:together\s{1,3})?${DIRECT}\b`;
/** "let's work directly", "let us just go direct". */
const LET_US_GO_DIRECT = String.raw`\blet(?:['’]s|\s{1,3}us)\s{1,3}(?:just\s{1,3}|then\s{1,3})?(?:work|continue|deal|go)\s{1,3}(?:together\s{1,3})?${DIRECT}\b(?!\s{1,3}(?:on|in|inside|with\s{1,3}(?:the|your))\b)`;
/** Upwork waved away: "no need for Upwork", "we don't need the platform". */
const PLATFORM_DISMISSED = String.raw`\b(?:no\s{1,3}need\s{1,3}(?:for|of)|(?:don['’]t|do\s{1,3}not)\s{1,3}need)\s{1,3}(?:upwork|the\s{1,3}platform|this\s{1,3}(?:site|app|platform))\b`;
/** A contract, offer or milestone on the platform said to be needless: "open a new contract on Upwork", "make an Upwork offer". */
const PLATFORM_STEP = String.raw`(?:open|opening|create|creating|start|starting|make|making|set\s{1,3}up|setting\s{1,3}up)\s{1,3}(?:a\s{1,3}|an\s{1,3}|another\s{1,3})?(?:new\s{1,3}|separate\s{1,3})?(?:upwork\s{1,3}(?:contract|offer|milestone)s?|(?:contract|offer|milestone)s?\s{1,3}(?:on|in|through)\s{1,3}(?:upwork|here))`;
/** The platform's steps waved away: "no need to open a new contract on Upwork for such a small job", "no need to come back to Upwork", "no point running them through here", "no Upwork contract needed" (not "no need to open a new contract, the current one covers it"). */
const PLATFORM_STEP_NEEDLESS = String.raw`\bno\s{1,3}(?:need|point|reason)(?:\s{1,3}(?:to|in|for))?\s{1,3}(?:${PLATFORM_STEP}|(?:come|coming|go|going)\s{1,3}back\s{1,3}(?:to|on)\s{1,3}upwork|(?:run|running|put|putting|process|processing|send|sending)\s{1,3}(?:[\w'’]+\s{1,3}){1,3}?(?:through|via)\s{1,3}(?:here|upwork|the\s{1,3}platform))\b(?![^.\n]{0,80}\b(?:current|existing|this\s{1,3}one|same\s{1,3}contract|covered|included|already)\b)|\bno\s{1,3}upwork\s{1,3}(?:contract|milestone|offer)s?\s{1,3}(?:needed|necessary|required)\b`;
/** "close the contract here and keep working". */
const CLOSE_AND_CONTINUE = String.raw`\b(?:close|end|cancel|pause)\s{1,3}(?:the|this|our)\s{1,3}contract\s{1,3}(?:here|on\s{1,3}upwork)?[^.;\n]{0,40}?\b(?:keep|continue|carry\s{1,3}on)\s{1,3}(?:working|on)\b`;
/** "continue working together outside of Upwork". */
/** How the work goes on, said between the verb and the place: "together", "directly, ", "with you". */
const WORK_MANNER = String.raw`(?:(?:together|directly|privately|with\s{1,3}(?:you|me|us))\s{0,2},?\s{1,3}){0,2}`;
const WORK_OFF_PLATFORM = String.raw`\b${WORK_VERB}\s{1,3}${WORK_MANNER}(?:${OFF_THE_PLATFORM})\b`;
/** "work directly." at a clause end, or "work directly to skip the fee", "... after the first milestone". */
const WORK_DIRECT_THEN = String.raw`\b(?:work|deal|contract|continue|go|hire\s{1,3}me)\s{1,3}(?:together\s{1,3})?${DIRECT}\s{0,3}(?:$|[.;!]|,?\s{1,3}(?:and|to|so)\s{1,3}(?:skip|avoid|save|cut)|after\s{1,3}(?:the\s{1,3})?(?:first|this)|once\s{1,3}we)`;
/** "a private arrangement". */
const PRIVATE_DEAL = String.raw`\bprivate\s{1,3}(?:arrangement|deal|contract|agreement)\b`;
/** "move this off Upwork", "take our chat outside the platform". */
const MOVE_OFF = String.raw`\b(?:move|take|continue|switch|keep|carry|bring|shift)\s{1,3}(?:[\w'’]+\s{1,3}){0,3}?(?:off|outside\s{1,3}(?:of\s{1,3})?)\s{0,3}${THE_PLATFORM}\b`;
/** Leaving the platform out of the deal: "what if we skipped Upwork for the retainer" (its fee alone is FEE_AVOIDANCE_RE's). */
/** The platform by what it does between the two sides: "the intermediary", "the middleman". */
const THE_GO_BETWEEN = String.raw`(?:${THE_PLATFORM}|the\s{1,3}(?:intermediary|middle-?man))`;
/** The platform's contract dropped: "Skip the Upwork contract", "Forget the Upwork contract for this one", "move your contract out of Upwork". */
const PLATFORM_CONTRACT_SKIPPED = String.raw`(?<!\b(?:don['’]t|do\s{1,3}not|never|not|no\s{1,3}need\s{1,3}to)\s{1,3}(?:\w+\s{1,3})?)\b(?:skip|forget(?:\s{1,3}about)?|ditch|drop|bypass|forgo|scrap)\s{1,3}(?:the\s{1,3}|an?\s{1,3})?upwork\s{1,3}(?:contracts?|milestones?|escrow|offers?)\b|\bmove\s{1,3}(?:your|our|the|this)\s{1,3}(?:contract|project|work)\s{1,3}(?:out\s{1,3}of|off(?:\s{1,3}of)?)\s{1,3}upwork\b`;
const PLATFORM_SKIPPED = String.raw`\b(?:skip|skipped|skipping|bypass|bypassed|bypassing|ditch|ditched|cut\s{1,3}out|dispense\s{1,3}with|do\s{1,3}without|(?:won['’]t|will\s{1,3}not|not\s{1,3}going\s{1,3}to)\s{1,3}(?:use|go\s{1,3}through))\s{1,3}${THE_GO_BETWEEN}(?!['’]|\s{1,3}(?:fees?|commission|cut|charges?)\b)`;
/** The relationship put on a contract of its own: "place our cooperation on a direct contractual footing". */
const DIRECT_FOOTING = String.raw`\b(?:on|onto|to)\s{1,3}a\s{1,3}direct\s{1,3}(?:contractual\s{1,3})?(?:footing|basis)\b|\bdirect\s{1,3}contractual\s{1,3}(?:footing|basis|relationship|agreement|arrangement)\b`;
/** Billing kept off the platform by preference: "I'd rather not run the bill through the platform". */
const NOT_THROUGH_PLATFORM = String.raw`\b(?:rather|prefer|like)\s{1,3}not\s{1,3}(?:to\s{1,3})?(?:run|put|process|send|take|bill|invoice|pay)\b[^.;\n]{0,30}?\b(?:through|via|on)\s{1,3}${THE_PLATFORM}`;
/** "afterwards we go direct". */
const THEN_DIRECT = String.raw`\b(?:then|after\s{1,3}that|afterwards)\s{1,3}(?:we\s{1,3})?(?:go|work|switch\s{1,3}to)\s{1,3}${DIRECT}\b`;

/** An engagement moved to the freelancer's company: "the balance may be contracted directly with Ardent Finance LLC". */
const CONTRACTED_DIRECTLY = String.raw`\b(?:contract|engage|hire|pay)\s{1,3}you\s{1,3}directly\s{1,3}(?:through|via|with)\s{1,3}(?:our|my)\b|\bmove\s{1,3}you\s{1,3}(?:onto|to)\s{1,3}(?:our|my)\s{1,3}(?:own\s{1,3})?payroll\b|\b(?:contract(?:ed)?|engage[sd]?|retain(?:ed)?|invoiced?|billed?)\s{1,3}directly\s{1,3}(?:with|by|to|through)\b`;

/** A token contract kept open for show while the work is paid elsewhere: "a small $10 contract open here so everything looks normal", "the contract we can still open on Upwork, just with a small amount, so that everything looks normal". */
const SHAM_CONTRACT = String.raw`\b(?:contract\s{1,3}(?:open|running|active)|contract\b[^.;\n]{0,60}?\b(?:small|tiny|token|minimal|symbolic)\s{1,3}(?:amount|sum|fee|price))\b[^.;\n]{0,50}?\b(?:so|to\s{1,3}make)\s{1,3}(?:that\s{1,3})?(?:it|everything|things|this|the\s{1,3}account)\s{1,3}(?:looks?|seems?)\s{1,3}(?:normal|active|legit|legitimate|real|official|fine)\b`;

/** "let's continue outside", with no place named after it. */
const LET_US_GO_OUTSIDE = String.raw`\blet(?:['’]s|\s{1,3}us)\s{1,3}(?:just\s{1,3}|then\s{1,3})?(?:continue|work|talk|go|move|deal)\s{1,3}outside\b(?!\s{1,3}(?:the\s{1,3}|of\s{1,3}the\s{1,3})?(?:box|office|hours|scope|city|country|building))`;
/** The price or the next contract settled without the platform: "we agree price without Upwork", "I propose we do not make new contract here". */
const TERMS_WITHOUT_PLATFORM = String.raw`\b(?:agree|settle|arrange|negotiate)\s{1,3}(?:the\s{1,3}|a\s{1,3})?(?:price|rate|deal|terms|payment)\s{1,3}(?:without|outside(?:\s{1,3}of)?|off)\s{1,3}(?:upwork|the\s{1,3}platform)\b|\b(?:propose|suggest|let['’]?s|better|prefer)\b[^.;\n]{0,20}?\b(?:not|don['’]t|no)\s{1,3}(?:make|open|create|start|do)\s{1,3}(?:a\s{1,3}|any\s{1,3})?new\s{1,3}contracts?\s{1,3}(?:here|on\s{1,3}upwork)\b`;
/** The contract itself set up at an outside escrow: "an escrow service called SafeHold ... set the contract up there instead". */
/** The rest of the engagement formalised off the platform: "formalise the remainder under a standalone engagement letter, outside the marketplace". */
const FORMALISED_OUTSIDE = String.raw`\b(?:formali[sz]e|formali[sz]ed|continue|engagement)\b[^.;\n]{0,60}?\boutside\s{1,3}(?:of\s{1,3})?(?:upwork|the\s{1,3}platform|the\s{1,3}marketplace)\b`;
const CONTRACT_AT_OUTSIDE_ESCROW = String.raw`\bescrow\s{1,3}(?:service|site|platform)\s{1,3}called\b|\bset\s{1,3}(?:the\s{1,3}|our\s{1,3})?contract\s{1,3}up\s{1,3}there\s{1,3}instead\b`;

/** Taking the work or the relationship off Upwork. */
export const OFF_PLATFORM_WORK_RE = new RegExp(
  [LET_US_GO_OUTSIDE, PLATFORM_CONTRACT_SKIPPED, TERMS_WITHOUT_PLATFORM, FORMALISED_OUTSIDE, CONTRACT_AT_OUTSIDE_ESCROW, HIRE_DIRECT, WE_GO_DIRECT, LET_US_GO_DIRECT, PLATFORM_DISMISSED, PLATFORM_STEP_NEEDLESS, CLOSE_AND_CONTINUE, WORK_OFF_PLATFORM, WORK_DIRECT_THEN, PRIVATE_DEAL, MOVE_OFF, PLATFORM_SKIPPED, DIRECT_FOOTING, NOT_THROUGH_PLATFORM, THEN_DIRECT, SHAM_CONTRACT, CONTRACTED_DIRECTLY].join("|"),
  "i",
);

/** A channel suggested to the payer: "you can use JazzCash" (counts only with what is owed, WHAT_IS_OWED_RE). */
/** Offering the client a channel to pay by: "offer GCash or a bank transfer for the first week's pay". */
export const OFFERED_CHANNEL_RE = new RegExp(String.raw`\boffer(?:s|ed|ing)?\s{1,3}(?:(?:them|him|her|the\s{1,3}client|clients?)\s{1,3})?(?:a\s{1,3})?(?:${PAYMENT_METHODS}|wise)\b[^.;\n]{0,60}?\b(?:pay|payment|fees?|invoice|deposit|salary|week['’]s|month['’]s)\b`, "i");
export const YOU_CAN_USE_RE = /\byou\s{1,3}(?:can|could|may|just)?\s{0,3}use\b/i;
/** What is owed to the speaker: the rest, the balance, my fee. */
export const WHAT_IS_OWED_RE = /\b(?:remaining\s{1,3}(?:payment|amount|balance|fee)|rest\s{1,3}of\s{1,3}the\s{1,3}(?:payment|money|fee)|the\s{1,3}balance|my\s{1,3}(?:fee|invoice|payment|salary)|the\s{1,3}deposit|the\s{1,3}advance)\b/i;
/** Cash offered as a way to pay: "cash is also fine", "cash works too", "we'd rather pay cash". */
export const CASH_ACCEPTED_RE = /\bcash\s{1,3}(?:is|works|would\s{1,3}be)\s{1,3}(?:also\s{1,3})?(?:fine|ok|okay|good|great|easier|better|welcome)\b|\bpay(?:ing)?\s{1,3}(?:you\s{1,3}|me\s{1,3})?(?:[$€£₦₹₱]\s?\d[\d,.]*k?\s{1,3}|\d[\d,.]*\s{0,2}(?:usd|eur|gbp|dollars|bucks|quid|pounds)\s{1,3})?(?:in\s{1,3})?cash\b|\bcash\s{1,3}(?:on\s{1,3}the\s{1,3}spot|on\s{1,3}completion|on\s{1,3}the\s{1,3}day)\b/i;

/** Who pays whom in Spanish or Portuguese: "me paga por Pix", "aceito Pix", "pagame por Mercado Pago" (lexicons/spanish-portuguese.json). */
export const PAY_ME_ES_PT_RE = lexiconRe(SPANISH_PORTUGUESE.payMe);
/** The platform's cut dodged in Spanish or Portuguese: "sin comisiones", "pagamento por fora", "fica mais barato". */
export const FEE_AVOIDANCE_ES_PT_RE = lexiconRe(SPANISH_PORTUGUESE.feeAvoidance);
/** Carrying on outside Upwork in Spanish or Portuguese: "seguir por fuera de Upwork", "trabalhar direto" (spanish-portuguese.json offPlatformWork). */
export const OFF_PLATFORM_WORK_ES_PT_RE = lexiconRe(SPANISH_PORTUGUESE.offPlatformWork);
/** Words of money in Spanish or Portuguese: "pagamento", "pago", "comisiones". */
export const PAYMENT_WORD_ES_PT_RE = lexiconRe(SPANISH_PORTUGUESE.paymentWords);

/** The Upwork contract ended ahead of the work: "just end the contract now", "close this contract after milestone 3", "the Upwork contract can then be closed". */
export const CONTRACT_CLOSED_EARLY_RE = /\b(?:close|end|wrap\s{1,3}up|cancel|terminate)\s{1,3}(?:the|this|our)\s{1,3}(?:upwork\s{1,3})?contract\s{1,3}(?:here\s{1,3}|now\s{1,3}|early\s{1,3})?(?:early|now|here|after|once|at\s{1,3}the\s{1,3}first|before)\b|\b(?:the|this|our)\s{1,3}(?:upwork\s{1,3})?contract\s{1,3}can\s{1,3}(?:then\s{1,3}|just\s{1,3})?be\s{1,3}(?:closed|ended)\b/i;
/** The rest of the money handled apart from the contract: "settle the remaining 60 separately", "sort the balance out between us". */
export const SETTLED_APART_RE = /\b(?:settle|pay|handle|sort|invoice|do)\s{1,3}(?:(?:the|for\s{1,3}the)\s{1,3})?(?:rest|remainder|remaining|balance|others)\b[^.;\n]{0,25}?\b(?:separately|privately|between\s{1,3}us|off\s{1,3}the\s{1,3}books|on\s{1,3}the\s{1,3}side|outside)\b/i;

/** Paying through the writer's own billing, a euphemism for outside Upwork: "we settle invoices through our own billing portal", "the rest can go through my own invoicing". */
export const OWN_BILLING_RE = new RegExp(String.raw`\b(?:through|via|on|in|from|using|with|by|into)\s{1,3}(?:our|my)\s{1,3}own\s{1,3}(?:(?:company|agency|studio|firm)['’]?s?\s{1,3})?(?:${lexiconAlternation(OWN_BILLING)})\b`, "i");

/** A payment channel's own details: "bsb", "sort code", "routing number" (payment-channels.json bankDetails). */
const BANK_DETAIL = lexiconAlternation(BANK_DETAILS);
/** What a payment handle looks like: "@name", "$cashtag", "name@bank", a long number or an IBAN (a word alone is a feature: "PayPal: checkout"). */
const PAYMENT_HANDLE = String.raw`(?:[@$][\p{L}\p{N}][\p{L}\p{N}._-]*|[\p{L}\p{N}._+-]+@[\p{L}\p{N}.-]+|\+?\d[\d -]{5,}\d|[A-Z]{2}\d{2}[A-Z0-9 ]{10,})`;
/** A channel given with the writer's handle or ID: "Venmo: @leo-draws", "My UPI ID: name@oksbi", "my PayPal is x@y.com". */
export const PAYMENT_HANDLE_RE = new RegExp(String.raw`\b(?:${PAYMENT_METHODS}|${BANK_DETAIL})(?:\s{1,3}(?:id|handle|tag|username|address|email|number|no\.?|details))?\s{0,3}(?::|=|-|\bis\b)\s{0,3}${PAYMENT_HANDLE}`, "iu");
/** Asking for someone's bank details to pay them: "send me your BSB and account number", "DM me your IBAN". */
export const BANK_DETAILS_ASKED_RE = new RegExp(String.raw`\b(?:send|give|share|text|drop|dm|pm|email|whatsapp|forward)\s{1,3}(?:me|us)\s{1,3}(?:your|ur)\s{1,3}(?:${BANK_DETAIL})\b`, "i");
/** The writer taking a channel as payment: "we can also accept UPI", "I happily accept Wise" ("we don't accept PayPal" is no offer). */
export const ACCEPTS_CHANNEL_RE = /\b(?:we|i)\s{1,3}(?:(?:can|could|also|happily|gladly|do|will|['’]ll|now)\s{1,3}){0,3}accept\b/i;


// Patterns for feedback manipulation: rewards for reviews, withholding work, pressure and threats.

import INNOCENT_SENSES from "../lexicons/innocent-senses.json";
import { SPEAKER_WILL } from "./intent";
import { HIGH_RATING_WORDS, LOW_RATING_WORDS, SCORE_FALLS, SPANISH_PORTUGUESE, lexiconAlternation, lexiconRe } from "../lexicons";

/** A review, a rating or stars. */
export const REVIEW_RE = /\b(?:(?:five|5|4|four|one|1|two|2)[\s-]?stars?|(?:five|5|cinco)\s{1,3}estre(?:l|ll)as|reviews?|ratings?|testimonials?)\b|\b(?:5|five)\s{0,2}[⭐★]|\b(?:maximum|max|top|highest|best)\s{1,3}(?:note|mark|evaluation|score)\b|\b(?:leave|give|post|positive|good|great|glowing|public|5-star|five-star|perfect)\s{1,3}(?:me\s{1,3})?(?:\w+\s{1,3})?feedback\b|\bfeedback\s{1,3}(?:on|to)\s{1,3}my\s{1,3}(?:profile|page)\b/i;

/** A top rating asked for specifically. */
export const TOP_RATING_RE = /\b(?:five|5)[\s-]?stars?\b|\b(?:five|5|cinco)\s{1,3}estre(?:l|ll)as\b|\b(?:5|five)\s{0,2}[⭐★]|\b(?:perfect|top|10\/10|max(?:imum)?|highest)\s{1,3}(?:rating|score|feedback|note|mark|evaluation)\b|\bpositive\s{1,3}(?:review|feedback)\b/i;

/** Something of value offered in exchange. */
export const REWARD_RE = /(?:[$€£₦₹₱]\s?\d[\d,.]*\s{1,3}off)|\b(?:discount|gratis|\d{1,3}\s?%\s{1,3}off|(?:\d{1,3}|five|ten|fifteen|twenty|twenty-five|thirty|fifty)\s{1,3}(?:percent|per\s{1,3}cent)\s{1,3}off|gratuit(?:ement|e)?|knock\s{1,3}(?:[\w$%.-]+\s{1,3}){1,4}off|off\s{1,3}(?:the|your)\s{1,3}next|refund|refunds|(?<!feel\s{1,3})free(?!\s{1,3}to\b)|bonus|extra|throw\s{1,3}in|in\s{1,3}return|gift|cashback|cash\s{1,3}back|money\s{1,3}back|for\s{1,3}nothing|on\s{1,3}the\s{1,3}house|complimentary|tip\s{1,3}you|pay\s{1,3}you|rebate|voucher|free\s{1,3}of\s{1,3}charge|reduce\s{1,3}(?:the\s{1,3}|my\s{1,3}|your\s{1,3})?(?:price|rate|fee|cost)|reduction|concession|price\s{1,3}break|(?:at\s{1,3})?no\s{1,3}(?:extra\s{1,3}|additional\s{1,3})?(?:charge|cost)|waive|waived)\b/i;

/** Holding work, files or the contract until a review. */
export const WITHHOLD_RE = /\b(?:hold|holding|withhold|keep|keeping|upload|uploaded|publish|transfer|won['’]t\s{1,3}(?:send|deliver|release|hand\s{1,3}over)|will\s{1,3}not\s{1,3}(?:send|deliver|release)|release|releasing|released|go\s{1,3}out|goes\s{1,3}out|go(?:es)?\s{1,3}to\s{1,3}you|send|sent|deliver|delivered|unlock|unlocks|unlocked|get|receive|hand\s{1,3}over|handed\s{1,3}over|shared|share|don['’]t\s{1,3}close|do\s{1,3}not\s{1,3}close|not\s{1,3}close)\b[^.;\n]{0,60}?\b(?:until|unless|once|after|as\s{1,3}soon\s{1,3}as|only\s{1,3}(?:after|when|if)|upon|on\s{1,3}receipt\s{1,3}of|following|the\s{1,3}(?:moment|minute|second|day)|post(?=\s{1,3}(?:(?:5|five)[\s-]?star|(?:your\s{1,3})?(?:review|feedback|rating))))\b[^.;\n]{0,40}?(?:\byour\s{1,3}(?:(?:public|positive|5-star|five-star)\s{1,3}(?:feedback|review|rating|testimonial)|review|rating|testimonial)\b(?!\s{1,3}(?:on|about|of|for)\b)|\b(?:review|rating|feedback)\s{1,3}(?:has\s{1,3}been|is|was)\s{1,3}(?:withdrawn|removed|changed|updated|amended|replaced|revised)\b|\b(?:5|five)[\s-]?stars?\b|\b(?:leave|left|post|posted|give|gave|write|wrote)\s{1,3}(?:me\s{1,3})?(?:a\s{1,3}|your\s{1,3}|the\s{1,3})?(?:[\w-]+\s{1,3}|[★⭐]\s{1,3}){0,2}(?:review|rating|testimonial|feedback)\b|\b(?:review|rating|testimonial|feedback)\s{1,3}(?:is|goes|comes)\s{1,3}(?:live|up|posted|public|in|done|left)\b)/i;

/** Pressure: demands, "my ranking depends on it". */
export const PRESSURE_RE = /\b(?:please\s{1,3})?(?:remember|make\s{1,3}sure|don['’]t\s{1,3}forget|be\s{1,3}sure|you\s{1,3}(?:must|need\s{1,3}to|have\s{1,3}to)|i\s{1,3}(?:need|expect)\s{1,3}you\s{1,3}to|i\s{1,3}only\s{1,3}accept)\b[^.;\n]{0,40}?\b(?:5|five)[\s-]?stars?\b|\b(?:my|our)\s{1,3}(?:ranking|rating|score|profile|jss|job\s{1,3}success(?:\s{1,3}score)?|career|livelihood)\s{1,3}depends\s{1,3}on\b|\banything\s{1,3}(?:less|below|under|lower)\s{1,3}(?:than\s{1,3})?(?:5|five)[\s-]?stars?\b|\banything\s{1,3}less\s{1,3}hurts\b|\b(?:don['’]t|do\s{1,3}not|never)\s{1,3}(?:give|leave|rate)\s{1,3}(?:me\s{1,3})?(?:anything\s{1,3})?(?:below|under|less\s{1,3}than|lower\s{1,3}than)\s{1,3}(?:5|five|4|four)\b|\bi\s{1,3}(?:expect|need|want|require)\s{1,3}(?:a\s{1,3})?(?:5|five)[\s-]?star\b|\bonly\s{1,3}(?:rate|review)\s{1,3}(?:me\s{1,3})?if\b[^.;\n]{0,40}?\b(?:5|five)[\s-]?stars?\b|\b(?:leave|give|post)\s{1,3}(?:the\s{1,3}|your\s{1,3}|a\s{1,3})?(?:5|five)[\s-]?star\s{1,3}(?:feedback|review|rating)\b[^.;\n]{0,30}?\bfirst\b/i;

/** "I'll", "we will", "I'm going to": the speaker's own next move. */
const I_WILL = String.raw`(?:${SPEAKER_WILL}|i\s{1,3}shall|we\s{1,3}shall|i\s{1,3}can)`;
/** What a client's rating score is called: "your JSS", "your rating", "your job success score". */
const YOUR_SCORE = String.raw`your\s{1,3}(?:upwork\s{1,3})?(?:(?:client|freelancer|public|profile)\s{1,3})?(?:jss|job\s{1,3}success(?:\s{1,3}score)?|ratings?|score|reviews?|feedback(?:\s{1,3}score)?|stars)`;
/** Damaging a score on purpose: "tank", "ruin", "wreck". */
const DAMAGE = String.raw`(?:tank|ruin|destroy|wreck|trash|kill|hurt|damage|nuke|drag\s{1,3}down|lower)`;
/** A score damaged, as a participle: "I'll make sure your feedback score is destroyed". */
const DAMAGED = String.raw`(?:tanked|ruined|destroyed|wrecked|trashed|killed|hurt|damaged|nuked|dragged\s{1,3}down)`;
/** A low star rating written with a star sign: "1★", "2 ⭐". */
const STAR_SIGN_RATING = String.raw`(?:a\s{1,3})?(?:one|1|two|2)\s{0,3}[★⭐☆]`;

/** Threatening a bad review. */
export const BAD_REVIEW_THREAT_RE = new RegExp(
  String.raw`\b(?:leave|leaving|give|giving|post|posting|write|writing)\s{1,3}(?:you\s{1,3}|your\s{1,3}\w+\s{1,3})?(?:a\s{1,3})?(?:one|1|two|2|bad|negative|poor|low)[\s-]?(?:(?:client|public)\s{1,3})?(?:stars?|review|feedback|rating)\b|\b(?:rates?|rated|reviews?|reviewed)\s{1,3}me\s{1,3}(?:below|under|less\s{1,3}than|lower\s{1,3}than)\s{1,3}(?:5|five|4|four)\s{0,3}stars?|\bleave\s{1,3}(?:them|you|the\s{1,3}client)\s{1,3}(?:a\s{1,3})?(?:matching|similar|bad|negative|one-star|1-star|low)\s{1,3}(?:review|rating|feedback)\b` +
    String.raw`|\b${I_WILL}\s{1,3}(?:\w+\s{1,3})?${DAMAGE}\s{1,3}${YOUR_SCORE}\b` +
    String.raw`|\b(?:leave|give|post|write)\s{1,3}(?:you\s{1,3})?${STAR_SIGN_RATING}`,
  "i",
);

/** Words that tie a reward to the review ("if you leave", "in return", "clients who leave a review get"). */
export const REWARD_CONDITION_RE = /\b(?:if|provided|as\s{1,3}long\s{1,3}as|on\s{1,3}condition|in\s{1,3}exchange|in\s{1,3}return|in\s{1,3}consideration\s{1,3}of|contingent\s{1,3}(?:up)?on|conditional\s{1,3}(?:up)?on|for\s{1,3}(?:a|your)|gets?\s{1,3}you|who\s{1,3}(?:leave|post|give|write)|and\s{1,3}(?:get|receive|earn))\b/i;

/** "Honest" in scare quotes before feedback: a bad review promised by irony ('I'll have to be "honest" in my feedback'). */
const SCARE_QUOTED_HONEST = String.raw`["“‘']honest["”’']\s{1,3}(?:in\s{1,3}(?:my|the)\s{1,3})?(?:feedback|review|rating)`;
/** A low score said as a bare number that ends the clause: "otherwise it'll be a 3", "you get a 2." (not "a 3 day delay"). */
const BARE_LOW_SCORE = String.raw`\b(?:it['’]ll|it\s{1,3}will|that['’]ll|you['’]ll\s{1,3}get|you\s{1,3}get|i['’]ll\s{1,3}give\s{1,3}you|i\s{1,3}will\s{1,3}give\s{1,3}you)\s{1,3}(?:be\s{1,3})?an?\s{1,3}(?:1|2|3|one|two|three)(?=\s{0,3}(?:[.,!;)]|$))`;
/** Adjectives of a bad review, from lexicons/review-words.json. */
const LOW_RATING_ADJECTIVE = lexiconAlternation(LOW_RATING_WORDS);
/** A low rating: "1 star", "three stars", "a one-star review", "1★", "a negative review", scare-quoted "honest" feedback. */
const LOW_RATING = String.raw`(?:(?:one|1|two|2|three|3)(?:[\s-]?stars?\b(?![\s-]{1,3}(?:hotels?|resorts?|restaurants?|days?|generals?|accommodation|chefs?)\b)|\s{0,3}[★⭐])|${BARE_LOW_SCORE}|(?:${LOW_RATING_ADJECTIVE})\s{1,3}(?:possible\s{1,3})?(?:reviews?|feedback|ratings?|evaluations?)\b|(?:very|brutally|painfully|really)\s{1,3}honest\s{1,3}(?:one|review|feedback|rating)\b|${SCARE_QUOTED_HONEST})`;
/** Words that make what follows the price of not complying: "or", "otherwise", "if not". */
const OR_ELSE = String.raw`\b(?:or|otherwise|or\s{1,3}else|else|if\s{1,3}not|failing\s{1,3}(?:which|that|this)|unless)\b`;
/** A low rating as the alternative to a demand: "refund it or I'm leaving 1 star", "if not, I give 3 stars", "1 star unless you refund". */
export const LOW_RATING_ULTIMATUM_RE = new RegExp(String.raw`${OR_ELSE}[^.;\n]{0,60}?${LOW_RATING}|${LOW_RATING}[^.;\n]{0,60}?\b(?:unless|if\s{1,3}you\s{1,3}(?:don['’]t|do\s{1,3}not|refuse)|if\s{1,3}(?:it|this|that|you|they|the\s{1,3}[\w-]+)(?:['’]s|['’]re|\s{1,3}(?:is|are|was|were|do|does|did))?(?:n['’]t|\s{1,3}(?:not|late|miss|misses)))\b`, "i");

/** A rating named as the thing asked for: "5 stars", "a glowing review", "your feedback". */
/** Any run of a sentence's characters, a dot inside a word included ("the final .srt files", "v1.2"). */
const IN_SENTENCE = String.raw`(?:[^.;\n]|\.(?=\w))`;
const RATING = String.raw`(?:(?:five|5)[\s-]?stars?|(?:5|five)-star\s{1,3}(?:review|rating|feedback)|reviews?|ratings?|testimonials?|feedback|evaluations?)`;
/** Next work started or handed over only after the rating: "after you close it with 5 stars I will start the new page". */
export const WORK_AFTER_RATING_RE = new RegExp(String.raw`\b(?:once|after|when|as\s{1,3}soon\s{1,3}as)\s{1,3}(?:you|i\s{1,3}(?:see|get|receive))\b[^.;\n]{0,60}?\b${RATING}\b[^.;\n]{0,40}?\b${I_WILL}\s{1,3}(?:\w+\s{1,3})?(?:start|begin|send|deliver|release|continue|share|hand\s{1,3}over|unlock|finish)\b`, "i");
/** A rating asked before the work is sent, in Spanish or Portuguese: "me dejas las 5 estrellitas antes de que te mande el archivo final", "te los mando apenas vea la review" (spanish-portuguese.json ratingWords, sendingConditions). */
const RATING_ES_PT = String.raw`(?<![\p{L}\d])(?:${lexiconAlternation(SPANISH_PORTUGUESE.ratingWords)})(?![\p{L}])`;
const SENDING_CONDITION_ES_PT = String.raw`(?<![\p{L}])(?:${lexiconAlternation(SPANISH_PORTUGUESE.sendingConditions)})(?![\p{L}])`;
export const RATING_BEFORE_SENDING_ES_PT_RE = new RegExp(String.raw`${RATING_ES_PT}[^.;\n]{0,60}?${SENDING_CONDITION_ES_PT}|${SENDING_CONDITION_ES_PT}[^.;\n]{0,30}?${RATING_ES_PT}`, "iu");
/** Work held until the writer sees the rating, or done only after it: "I'll hold the final reports until I see the review posted", "the final switch we will make after you have submitted the review". */
export const HELD_UNTIL_RATED_RE = new RegExp(String.raw`\b(?:hold|holding|keep|keeping|withhold|withholding)\b[^.;\n]{0,50}?\b(?:until|till)\s{1,3}(?:i|we)\s{1,3}(?:see|get|receive|have)\s{1,3}(?:the|your|a|my)\s{1,3}(?:(?:5|five)[\s-]?star\s{1,3})?(?:review|rating|feedback)\b(?!\s{1,3}(?:of|from|by|on|with|meeting|call)\b)|\b(?:we|i)\s{1,3}(?:will|['’]ll|can|shall)\s{1,3}(?:make|do|start|finish|deliver|switch|release|send|launch|push)\b[^.;\n]{0,20}?\b(?:after|once)\s{1,3}you\s{1,3}(?:have\s{1,3})?(?:submitted|left|posted|written|given)\s{1,3}(?:the|your|a|us\s{1,3}(?:the|your|a))\s{1,3}(?:(?:5|five)[\s-]?star\s{1,3})?(?:review|rating|feedback)\b(?!\s{1,3}(?:of|from|by|on|with|comments)\b)`, "i");
/** The rating asked for ahead of the delivery: "leave the 5 stars now, before I send the final version". */
export const RATING_BEFORE_DELIVERY_RE = new RegExp(String.raw`\b${RATING}\b[^.;\n]{0,40}?\bbefore\s{1,3}(?:i|we)\s{1,3}(?:send|deliver|release|share|hand\s{1,3}over|upload|finish|start)\b`, "i");
/** The delivery put after the rating, the delivery named first: "before I push the scripts to your repo, please close the contract with 5 star first". */
const DELIVERY_AFTER_RATING_FIRST = String.raw`\bbefore\s{1,3}(?:i|we)\s{1,3}(?:push|send|deliver|release|share|hand\s{1,3}over|upload|transfer|give)\b[^.;\n]{0,90}?\b${RATING}\b[^.;\n]{0,10}?\bfirst\b`;
/** The rating asked for while the release waits: "Before I release the final milestone, I would like you to leave us a 5-star client review". */
const RATING_ASKED_BEFORE_RELEASE = String.raw`\bbefore\s{1,3}(?:i|we)\s{1,3}(?:release|send|deliver|approve|pay|push|share|hand\s{1,3}over|upload|transfer|close)\b${IN_SENTENCE}{0,60}?\b(?:please|(?:i|we)(?:['’]d|\s{1,3}would)\s{1,3}(?:like|want|need)\s{1,3}you\s{1,3}to|(?:i|we)\s{1,3}(?:need|want|expect)\s{1,3}you\s{1,3}to|you\s{1,3}(?:must|need\s{1,3}to|have\s{1,3}to|should))\s{1,3}(?:\w+\s{1,3})?(?:leave|give|post|write|submit)\b[^.;\n]{0,40}?\b${RATING}\b`;
/** The work said to go over once the review is up: "the narrative goes over once your public review is posted". */
const DELIVERED_ONCE_REVIEWED = String.raw`\b(?:goes|go|sent|delivered|released|handed\s{1,3}over|shared|unlocked)\b(?:\s{1,3}\w+){0,2}?\s{1,3}(?:once|after|when|as\s{1,3}soon\s{1,3}as)\s{1,3}(?:your|the)\s{1,3}(?:\w+\s{1,3})?${RATING}\s{1,3}(?:is|has\s{1,3}been|are|have\s{1,3}been)\s{1,3}(?:posted|left|live|up|submitted|in|published)\b`;
/** The writer's next step promised once the rating is left or seen: "I'll approve the milestone once you've left us a 5-star review", "I'll release the files as soon as I see your feedback posted". */
const STEP_ONCE_RATED = String.raw`\b${I_WILL}\s{1,3}(?:\w+\s{1,3})?(?:approve|release|send|deliver|pay|push|share|hand\s{1,3}over|start|upload|transfer|publish)\b${IN_SENTENCE}{0,70}?\b(?:once|after|when|as\s{1,3}soon\s{1,3}as)\s{1,3}(?:you(?:['’]ve|\s{1,3}have)?\s{1,3}(?:left|given|posted|written|closed)|i\s{1,3}(?:see|get|receive))\b[^.;\n]{0,30}?\b${RATING}(?!\s{1,3}(?:on|about|for)\s{1,3}(?:the|this|these|those|our|each)\b)`;
/** A terse rating-then-delivery arrow: "close contract w/ 5★ → I push the repo". */
const RATING_ARROW_DELIVERY = String.raw`(?:${RATING}|\b(?:5|five)\s{0,2}[★⭐])[^.;\n]{0,10}?(?:→|->|=>)\s{0,3}(?:i|we)\s{1,3}(?:push|send|deliver|release|share|hand)`;
/** Delivery only after the rating: "we release final files only after the client ... leaves 5-star feedback". */
const ONLY_AFTER_RATING = String.raw`\b(?:release|send|deliver|hand\s{1,3}over|share|unlock)\b[^.;\n]{0,30}?\bonly\s{1,3}(?:after|once|when)\b[^.;\n]{0,60}?\b${RATING}`;
export const DELIVERY_AFTER_RATING_RE = new RegExp(`${ONLY_AFTER_RATING}|${DELIVERY_AFTER_RATING_FIRST}|${RATING_ASKED_BEFORE_RELEASE}|${DELIVERED_ONCE_REVIEWED}|${STEP_ONCE_RATED}|${RATING_ARROW_DELIVERY}`, "i");
/** A rating made a condition of going on: "a 5-star rating is a condition for phase 2". */
export const RATING_AS_CONDITION_RE = new RegExp(String.raw`\b${RATING}\b[^.;\n]{0,50}?\b(?:is|are|as)\s{1,3}(?:a\s{1,3}|the\s{1,3})?(?:condition|requirement|prerequisite|must)\s{1,3}(?:for\s{1,3}(?:me|us|my|our|continuing|phase|delivery|releasing|the\s{1,3}(?:next|final|rest|remaining))|before\s{1,3}(?:i|we))\b|\b${RATING}\b[^.;\n]{0,50}?\b(?:is|are|it['’]s|it\s{1,3}is)\s{1,3}part\s{1,3}of\s{1,3}(?:the|our)\s{1,3}(?:deal|agreement|package)\b`, "i");
/** A clause that says the opposite: "you don't need to leave a review before I send ...". */
export const NOT_ASKED_RE = /\b(?:don['’]t|do\s{1,3}not|no\s{1,3}need|never|not\s{1,3}required|isn['’]t|is\s{1,3}not)\b/i;
/** Ratings traded between two accounts: "leave each other 5 stars", "you leave me a 5, I leave you a 5", "... you leave me 5 stars, then you hire me back". */
export const REVIEW_SWAP_RE = new RegExp(String.raw`\beach\s{1,3}other\b[^.;\n]{0,30}?\b${RATING}\b|\b(?:we\s{1,3})?both\s{1,3}(?:leave|give|post)\s{1,3}(?:\w+\s{1,3})?${RATING}\b|\b(?:i['’]ll|i\s{1,3}will)\s{1,3}(?:leave|give)\s{1,3}you\s{1,3}(?:5|five)\s{1,3}stars?\s{1,3}(?:too|back|in\s{1,3}return)\b` +
    String.raw`|\byou\s{1,3}(?:leave|give)\s{1,3}me\s{1,3}(?:a\s{1,3})?(?:5|five)\b[^.;\n]{0,20}?\bi\s{1,3}(?:['’]ll\s{1,3}|will\s{1,3})?(?:leave|give)\s{1,3}you\s{1,3}(?:a\s{1,3})?(?:5|five)\b|\b${RATING}\b[^.;\n]{0,60}?\bhire\s{1,3}(?:me|you|each\s{1,3}other)\s{1,3}back\b`, "i");
/** A negative rating taken back for something of value: "a full refund if you remove the negative feedback". */
/** A demand to take a review down or change it: "remove that 3-star review", "delete your negative feedback". */
export const REMOVE_REVIEW_RE = new RegExp(String.raw`\b(?:remove|delete|take\s{1,3}down|withdraw|edit|change|update|revise)\s{1,3}(?:the\s{1,3}|your\s{1,3}|that\s{1,3}|my\s{1,3})?(?:(?:${LOW_RATING_ADJECTIVE}|(?:1|2|3|one|two|three)[\s-]star)\s{1,3})?(?:feedback|review|rating)\b`, "i");
/** A removal demanded under a threat: "remove that review within 24 hours or I will report your account". */
export const REMOVAL_ULTIMATUM_RE = new RegExp(String.raw`${REMOVE_REVIEW_RE.source}[^.;\n]{0,60}?${OR_ELSE}\s{1,3}${I_WILL}\b`, "i");
/** Money or work given back for a rating: the rewards that buy a removal ("feel free" is no reward). */
export const REFUND_OR_FREEBIE_RE = /\b(?:refund|refunds|discount|bonus|pay\s{1,3}you|money\s{1,3}back|compensat\w*|free\s{1,3}(?:work|revisions?|pages?|hours?|fix(?:es)?|months?|sessions?|of\s{1,3}charge))\b/i;
/** The other side's score threatened: "your JSS will go down", "it would be a shame if this affected your JSS", "I will ensure your JSS reflects this", "reflect my experience in the public feedback", "reconsider the feedback I leave". */
export const SCORE_THREAT_RE = new RegExp(
  String.raw`\b${YOUR_SCORE}\s{1,3}(?:will|is\s{1,3}going\s{1,3}to|gonna)\s{1,3}(?:${lexiconAlternation(SCORE_FALLS)})\b` +
    String.raw`|\b(?:make\s{1,3}sure|ensure|see\s{1,3}to\s{1,3}it)\s{1,3}(?:that\s{1,3})?${YOUR_SCORE}\s{1,3}(?:is|gets|will\s{1,3}be)\s{1,3}(?:completely\s{1,3}|totally\s{1,3})?${DAMAGED}\b` +
    String.raw`|\bit\s{1,3}would\s{1,3}be\s{1,3}a\s{1,3}shame\s{1,3}if\b[^.;\n]{0,60}?\b${YOUR_SCORE}\b` +
    String.raw`|\b(?:ensure|make\s{1,3}sure)\s{1,3}(?:that\s{1,3})?${YOUR_SCORE}\s{1,3}reflects?\b|\breflect\s{1,3}(?:my|our|this|the)\s{1,3}(?:\w+\s{1,3})?(?:experience|dissatisfaction|views?|opinion)\s{1,3}in\s{1,3}(?:the|my|your)\s{1,3}(?:public\s{1,3}|private\s{1,3})?(?:feedback|review|rating)|\breconsider\s{1,3}(?:the|my)\s{1,3}(?:feedback|review|rating)\b|\b(?:make\s{1,3}sure|ensure)\s{1,3}(?:that\s{1,3})?my\s{1,3}(?:feedback|review|rating)\b[^.;\n]{0,30}?\breflects?\b`,
  "i",
);
/** Pricing or terms made to hang on a top rating: "our pricing is contingent on a five-star rating". */
export const CONTINGENT_ON_RATING_RE = /\b(?:contingent|conditional|dependent)\s{1,3}(?:up)?on\s{1,3}(?:a|your|the)\s{1,3}(?:five|5)[\s-]?star\b/i;

/** A review promised as a weapon, by what it will do: "leave you a review that makes sure no freelancer touches your jobs again". */
export const REVIEW_AS_WEAPON_RE = /\b(?:leave|write|post|give|expect|get)\s{1,3}(?:you\s{1,3}|your\s{1,3}[\w-]+\s{1,3})?(?:a|an|the\s{1,3}kind\s{1,3}of|one)\s{1,3}(?:[\w-]+\s{1,3}){0,2}(?:review|feedback|rating)\s{1,3}(?:that|which)\s{1,3}(?:will\s{1,3})?(?:makes?\s{1,3}sure|ensures?|guarantees?|warns?|tells?\s{1,3}(?:everyone|everybody|people|other\s{1,3}freelancers|the\s{1,3}world))\b|\b(?:review|feedback|rating)\b[^.;\n]{0,20}?\byou\s{1,3}won['’]t\s{1,3}forget\b|\b(?:review|feedback|rating)\s{1,3}(?:that|which)(?:['’]ll|['’]d|\s{1,3}will|\s{1,3}would)\s{1,3}(?:sink|ruin|tank|destroy|wreck|kill|bury|hurt|damage)\s{1,3}(?:your|you)\b|\b(?:write|say|put|mention|state)\s{1,3}in\s{1,3}(?:your|my|the)\s{1,3}(?:feedback|review)\s{1,3}that\s{1,3}you(?:['’]re|\s{1,3}(?:are|were))\b|\byou(?:['’]re|\s{1,3}are)\s{1,3}(?:getting|gonna\s{1,3}get|going\s{1,3}to\s{1,3}get)\s{1,3}(?:a\s{1,3}|just\s{1,3}|only\s{1,3})?(?:one|1|two|2|zero|0|single)[\s-]?(?:star|★)s?\b/i;

/** The writer made to act by the other side: "I'd have to", "we'll have to", "I'll have no choice but to". */
const FORCED_TO = String.raw`(?:i['’]d|i\s{1,3}would|we['’]d|we\s{1,3}would|i['’]ll|i\s{1,3}will|we['’]ll|we\s{1,3}will)\s{1,3}(?:(?:just|then|sadly|unfortunately)\s{1,3})?(?:have\s{1,3}to|have\s{1,3}no\s{1,3}(?:choice|option)\s{1,3}but\s{1,3}to|be\s{1,3}forced\s{1,3}to)`;
/** What a client is "honest about" in a threat: "the delays", "how you treat contractors", "your communication". */
const A_FAULT = String.raw`(?:(?:the|your|all\s{1,3}the)\s{1,3})?(?:delays?|missed\s{1,3}deadlines?|late\s{1,3}deliver(?:y|ies)|quality|communication|experience|attitude|behaviou?r|conduct|professionalism|responsiveness|way\s{1,3}(?:you|this)|how\s{1,3}(?:you|this|it\s{1,3}went))\b`;
/** "Honest" feedback as a euphemism for a bad one: "be honest in our review", "leave you honest feedback", "be honest about the delays". */
const HONEST_REVIEW = String.raw`(?:be\s{1,3}(?:very\s{1,3}|completely\s{1,3}|brutally\s{1,3}|fully\s{1,3})?honest\s{1,3}(?:in\s{1,3}(?:my|our|the)\s{1,3}(?:public\s{1,3})?(?:review|feedback|rating)|about\s{1,3}${A_FAULT})|(?:leave|give|write|post)\s{1,3}(?:you\s{1,3}|them\s{1,3})?(?:an?\s{1,3})?(?:very\s{1,3}|completely\s{1,3}|brutally\s{1,3})?honest\s{1,3}(?:review|feedback|rating))`;
/** An honest review promised as the price of not complying: "otherwise, we'll have to be honest in our review about the delays". */
export const HONEST_REVIEW_THREAT_RE = new RegExp(String.raw`\b${FORCED_TO}\s{1,3}${HONEST_REVIEW}\b`, "i");

/** A rating or score that comes in low: "the scores come in lower", "the review is less than five stars", "anything under 5 stars". */
const LOW_SCORE_CONDITION = String.raw`(?:\bif\s{1,3}(?:not|no|less\s{1,3}than|under|below)\s{1,3}(?:a\s{1,3})?(?:5|five)[\s-]?stars?\b|\bif\s{1,3}you\s{1,3}(?:give|leave|rate)\s{1,3}(?:me\s{1,3}|us\s{1,3})?(?:only\s{1,3}|just\s{1,3})?(?:a\s{1,3})?(?:[1-4]|one|two|three|four)\b(?![\s-]{0,3}(?:%|percent|days?|weeks?|hours?|minutes?))|\bif\s{1,3}you\s{1,3}(?:don['’]t|do\s{1,3}not|won['’]t)\s{1,3}(?:give|leave|rate)\b[^.;\n]{0,20}?\b(?:5|five)[\s-]?stars?\b|\b(?:if|should|unless)\s{1,3}(?:the\s{1,3}|your\s{1,3}|my\s{1,3})?(?:scores?|ratings?|reviews?|feedback|stars|note|evaluation|mark)\b[^.;\n]{0,30}?\b(?:lower|less|below|under|inferior|not\s{1,3}(?:5|five|perfect|top))\b)`;
/** The writer not handing something over: "I won't be able to share", "we can't release", "I'm unable to send". */
const NOT_HANDED_OVER = String.raw`(?:\b(?:won['’]t|will\s{1,3}not|can['’]t|cannot|couldn['’]t|not\s{1,3}be\s{1,3}able\s{1,3}to|won['’]t\s{1,3}be\s{1,3}able\s{1,3}to|unable\s{1,3}to|(?:i|we)\s{1,3}(?:do\s{1,3})?not)\s{1,3}(?:\w+\s{1,3})?(?:share|send|deliver|release|hand\s{1,3}over|provide|give\s{1,3}you|include|unlock|fix|finish|complete|upload|continue)\b|\b(?:forced|obliged|have)\s{1,3}to\s{1,3}(?:reconsider|withdraw|cancel|revoke)\b)`;
/** Something kept back if the rating comes in low: "if the scores come in lower, I won't be able to share the admin guide". */
export const WITHHELD_IF_LOW_RATING_RE = new RegExp(String.raw`${LOW_SCORE_CONDITION}[^.;\n]{0,40}?${NOT_HANDED_OVER}|${NOT_HANDED_OVER}[^.;\n]{0,60}?${LOW_SCORE_CONDITION}`, "i");

/** Feedback held back to get more work: "I'm not releasing the last milestone or leaving any feedback until you do the dieline too". */
const FEEDBACK_HELD_BACK = String.raw`\b(?:not|won['’]t|will\s{1,3}not|never|refuse\s{1,3}to)\b[^.;\n]{0,40}?\b(?:leave|leaving|give|giving|post|posting|write|writing|clos(?:e|ing)\s{1,3}(?:the\s{1,3}|this\s{1,3})?contract\s{1,3}with)\s{1,3}(?:you\s{1,3})?(?:any\s{1,3}|a\s{1,3}|my\s{1,3}|the\s{1,3})?(?:feedback|review|rating)\b[^.;\n]{0,20}?\b(?:until|unless)\s{1,3}you\b`;
/** What makes it leverage rather than timing: extra or free work asked for ("too", "for free", "as well", "extra"). */
const MORE_WORK = String.raw`[^.;\n]{0,60}?\b(?:too|as\s{1,3}well|for\s{1,3}free|free\s{1,3}of\s{1,3}charge|extra|additional|another|more)\b`;
/** Feedback withheld as leverage for free or extra work (a client's coercion, feedback/pressure). */
export const FEEDBACK_AS_LEVERAGE_RE = new RegExp(FEEDBACK_HELD_BACK + MORE_WORK, "i");

/** A top rating made a duty: "Contractors are expected to give Northlight a 5-star rating" (not "are not required to"). */
const TOP_RATING_EXPECTED = String.raw`\b(?:are|is|were|was)\s{1,3}(?:(?!not\b|never\b)\w+\s{1,3})?(?:expected|required|obliged|obligated)\s{1,3}to\s{1,3}(?:give|leave|rate|post)\b[^.;\n]{0,40}?\b(?:5|five)[\s-]?stars?\b`;
/** A lower rating answered by no more work: "Contractors who leave anything lower will not be considered for future work". */
const LOWER_RATING_PUNISHED = String.raw`\b(?:leave|leaves|give|gives|rate|rates)\s{1,3}(?:us\s{1,3}|me\s{1,3})?(?:anything|something)\s{1,3}(?:lower|less|below|under)\b[^.;\n]{0,40}?\b(?:will\s{1,3}not|won['’]t|never|not)\s{1,3}(?:be\s{1,3})?(?:considered|hired|invited|rehired|shortlisted|get\s{1,3}(?:more|further|future)\s{1,3}work)\b`;
/** Work held up if the rating is less: "anything less and episode 3 will, regrettably, be delayed" (not "anything less than a full backup and ..."). */
const LESS_DELAYS_WORK = String.raw`\banything\s{1,3}(?:less|lower|below|under)\b(?!\s{1,3}than\s{1,3}(?!(?:a\s{1,3})?(?:5|five|perfect|top|full\s{1,3}(?:marks|stars))))[^.;\n]{0,20}?\band\s{1,3}[^.;\n]{0,40}?\b(?:will|would|gets?|is)[\s,]{1,3}(?:\w+[\s,]{1,3}){0,2}?(?:be\s{1,3})?(?:delayed|held\s{1,3}back|withheld|postponed|cancelled|canceled|paused|late)\b`;
/** A review asked for again and again: "Just a gentle reminder #5 — please leave feedback for us". */
const REVIEW_REMINDED = String.raw`\breminder\s{0,3}(?:#|no\.?\s{0,2}|number\s{1,3}|n[°º]\s{0,2})\s{0,2}(?:[3-9]|\d{2})\b[^.;\n]{0,40}?\b(?:leave|give|post|write)\s{1,3}(?:us\s{1,3}|me\s{1,3})?(?:a\s{1,3}|your\s{1,3})?(?:[\w-]+\s{1,3})?${RATING}\b`;
/** The review the writer will leave made to depend on free work: "the feedback we leave you depends on whether you agree to two extra weeks". */
const OUR_REVIEW_DEPENDS = String.raw`\b(?:feedback|review|rating|stars)\s{1,3}(?:that\s{1,3})?(?:we|i)\s{1,3}(?:leave|give|write|post)\s{1,3}(?:you\s{1,3})?(?:will\s{1,3})?depends?\s{1,3}on\b`;
/** The review the writer will leave held back: "we'll hold the end-contract review" (not "hold a review meeting"). */
const OUR_REVIEW_HELD = String.raw`\b(?:we['’]ll|i['’]ll|we\s{1,3}will|i\s{1,3}will|we\s{1,3}are\s{1,3}going\s{1,3}to)\s{1,3}(?:hold|withhold|hold\s{1,3}back|hold\s{1,3}off\s{1,3}on|delay|sit\s{1,3}on)\s{1,3}(?:the\s{1,3}|our\s{1,3}|my\s{1,3}|your\s{1,3})?(?:[\w-]+\s{1,3})?(?:review|feedback|rating)\b(?!\s{1,3}(?:meeting|call|session))`;
/** A rating below the top answered by shaming: "if I get anything less than 5, I'll post your name in our group". */
const LESS_THAN_TOP_SHAMED = String.raw`\banything\s{1,3}(?:less|lower|below|under)(?:\s{1,3}than)?\s{1,3}(?:a\s{1,3})?(?:5|five|perfect)\b[^.;\n]{0,20}?\b(?:i['’]ll|i\s{1,3}will|we['’]ll|we\s{1,3}will)\s{1,3}(?:post|share|tell|name|expose|warn|report|put)\b`;
/** A story of what befell the last one who rated low: "the last freelancer who left us 3 stars found out how quickly a rating can drop". */
const LOW_RATER_PUNISHED = String.raw`\bwho\s{1,3}(?:left|gave)\s{1,3}(?:us|me)\s{1,3}(?:a\s{1,3}|only\s{1,3})?(?:[1-4]|one|two|three|four)[\s-]?stars?\b[^.;\n]{0,40}?\b(?:found\s{1,3}out|learned|learnt|regretted|soon\s{1,3}saw)\b`;
export const RATING_DEMANDED_RE = new RegExp(`${TOP_RATING_EXPECTED}|${LOWER_RATING_PUNISHED}|${LESS_DELAYS_WORK}|${REVIEW_REMINDED}|${OUR_REVIEW_DEPENDS}|${OUR_REVIEW_HELD}|${LESS_THAN_TOP_SHAMED}|${LOW_RATER_PUNISHED}`, "i");
/** A score below the top said to hurt the writer: "Anything less tanks our JSS". */
export const LESS_HURTS_SCORE_RE = /\banything\s{1,3}(?:less|lower|below|under)\b[^.;\n]{0,30}?\b(?:tanks?|hurts?|kills?|ruins?|damages?|drops?|lowers?)\s{1,3}(?:our|my)\s{1,3}(?:jss|job\s{1,3}success(?:\s{1,3}score)?|rating|score|profile)\b/i;
/** A rating under the top said to hurt the writer: "a rating below five stars would genuinely jeopardize my ability to ...". */
/** The writer's feedback promised to answer a demand: "our feedback on you will reflect that". */
/** A bad review promised unless a demand is met: "if you don't do them for free I'll leave a review saying you're difficult". */
export const REVIEW_UNLESS_RE = /\bif\s{1,3}you\s{1,3}(?:don['’]t|do\s{1,3}not|won['’]t|refuse)\b[^.;\n]{0,60}?\b(?:i['’]ll|i\s{1,3}will|we['’]ll|we\s{1,3}will)\s{1,3}(?:leave|write|post|give)\s{1,3}(?:you\s{1,3})?(?:a|an)\s{1,3}(?:\w+\s{1,3})?(?:review|feedback|rating)\b/i;
/** Kind words for a review, from lexicons/review-words.json: "shiny", "glowing", "positive". */
const HIGH_RATING_ADJECTIVE = lexiconAlternation(HIGH_RATING_WORDS);
/** A review foretold to be less kind: "the review might not be so shiny", "my feedback may be less glowing". */
export const REVIEW_LESS_KIND_RE = new RegExp(String.raw`\b(?:the|my|our|your)\s{1,3}(?:\w+\s{1,3})?(?:review|feedback|rating)\s{1,3}(?:(?:might|may|will|would|could)\s{1,3}not\s{1,3}be|(?:won['’]t|wouldn['’]t|can['’]t|couldn['’]t)\s{1,3}be|(?:might|may|will|would|could)\s{1,3}be\s{1,3}(?:a\s{1,3}(?:bit|little|lot)\s{1,3})?less)\s{1,3}(?:(?:so|as|that|quite|too|very|all)\s{1,3}){0,2}(?:${HIGH_RATING_ADJECTIVE})\b`, "i");
/** Asking for no rating under the top: "please do not leave any review less than 5 stars". */
export const NOTHING_UNDER_TOP_RE = /\b(?:don['’]t|do\s{1,3}not)\s{1,3}(?:leave|give|post)\s{1,3}(?:me\s{1,3}|us\s{1,3})?(?:any|a)?\s{0,3}(?:review|rating|feedback)\s{1,3}(?:less|lower|below|under)(?:\s{1,3}than)?\s{1,3}(?:5|five)\b/i;
/** A bonus withdrawn if the review tells the truth: "if you mention anything about the late payment, forget about the bonus". */
export const BONUS_IF_SILENT_RE = /\bif\s{1,3}you\s{1,3}(?:mention|write|say|bring\s{1,3}up)\b[^.;\n]{0,60}?\b(?:forget\s{1,3}(?:about\s{1,3})?|no|you\s{1,3}lose\s{1,3})the\s{1,3}bonus\b/i;
/** A bad review promised for a lower rating: "If you give me less, I'll leave you a bad client review too". */
/** Anything under the top rating answered in kind: "Leave me anything less and I'll ding you straight back". */
export const ANYTHING_LESS_ANSWERED_RE = new RegExp(String.raw`\b(?:leave|give|rate)\s{1,3}(?:me|us)\s{1,3}(?:anything|something)\s{1,3}(?:(?:less|lower)(?:\s{1,3}than\s{1,3}(?:a\s{1,3})?(?:5|five|perfect|top)(?:[\s-]stars?)?)?|(?:under|below)\s{1,3}(?:a\s{1,3})?(?:5|five)(?:[\s-]stars?)?)[\s,]{1,3}(?:(?:and|or|then)\s{1,3})?${I_WILL}\b`, "i");
export const LOW_FOR_LOW_RE = /\bif\s{1,3}you\s{1,3}(?:give|rate|leave)\s{1,3}(?:me|us)\s{1,3}(?:less|lower|anything\s{1,3}(?:less|below|under|lower)|below)\b[^.;\n]{0,40}?\b(?:i['’]ll|i\s{1,3}will|i\s{1,3}go)\s{1,3}(?:leave|give|write|drop)\s{1,3}(?:you\s{1,3})?(?:a\s{1,3})?(?:bad|negative|low|poor|1|one)\b/i;
/** The client's review written from their own account by the freelancer: "I also write the review from your account". */
export const REVIEW_FROM_YOUR_ACCOUNT_RE = /\b(?:write|leave|post|submit)\s{1,3}(?:the|your|a)\s{1,3}(?:\w+\s{1,3})?review\s{1,3}(?:from|on|through|in)\s{1,3}your\s{1,3}account\b/i;
export const FEEDBACK_WILL_REFLECT_RE = /\b(?:our|my)\s{1,3}(?:feedback|review|rating)\s{1,3}(?:on|of|for|about)\s{1,3}you\s{1,3}will\s{1,3}reflect\s{1,3}(?:that|this|it)\b/i;
export const BELOW_TOP_HURTS_ME_RE = /\b(?:a|any)\s{1,3}(?:rating|review|score|feedback)\s{1,3}(?:less\s{1,3}than|lower\s{1,3}than|below|under)\b[^.;\n]{0,20}?\b(?:would|will|could|might|can)\s{1,3}(?:\w+\s{1,3})?(?:jeopardi[sz]e|hurt|kill|ruin|damage|destroy|tank|harm|end|sink)\s{1,3}(?:our|my|me|us)\b/i;
/** Saying the reward is not on offer: "We don't do the 'discount for 5 stars' thing", "she never once pushed me for stars" (not "won't give ... unless"). */
export const REWARD_DECLINED_RE = /\b(?:don['’]t|do\s{1,3}not|never|didn['’]t|did\s{1,3}not|won['’]t|will\s{1,3}not)\s{1,3}(?:\w+\s{1,3})?(?:do|offer|give|sell|push|pushed|try|tried|ask|asked|trade|buy|bought|bribe)\b(?![^.;\n]*\b(?:unless|until|only\s{1,3}if|if\s{1,3}you)\b)/i;

/** A demand to raise a rating already given: "Change that review to 5 stars today". */
export const CHANGE_RATING_DEMAND_RE = /\b(?:chang(?:e|ing)|updat(?:e|ing)|edit(?:ing)?|rais(?:e|ing)|bump(?:ing)?|fix(?:ing)?|correct(?:ing)?)\s{1,3}(?:that|the|your|this|it)\s{1,3}(?:(?:review|rating|feedback|score)\s{1,3})?to\s{1,3}(?:a\s{1,3})?(?:5|five)(?:[\s-]?stars?)?\b/i;
/** A low rating promised on a condition: "if they come back wonky it's a one star review". */
export const CONDITIONAL_LOW_RATING_RE = new RegExp(String.raw`\bif\b[^.;\n]{0,50}?\b(?:it['’]s|it\s{1,3}will\s{1,3}be|it['’]ll\s{1,3}be|you['’]ll\s{1,3}get|you\s{1,3}get|that['’]s)\s{1,3}(?:a\s{1,3})?${LOW_RATING}`, "i");


/** A reward for a review in Spanish or Portuguese: "de graça", "te devolvo 20%" (spanish-portuguese.json rewards). */
/** What a review is said to tell other people about the reader: "stay away", "what kind of client you are". */
const WARNING_TO_OTHERS = String.raw`stay\s{1,3}away|avoid\s{1,3}(?:you|working)|steer\s{1,3}clear|what\s{1,3}kind\s{1,3}of\s{1,3}(?:client|person|freelancer|people)|who\s{1,3}you\s{1,3}(?:really\s{1,3})?are|for\s{1,3}everyone\s{1,3}to\s{1,3}see|never\s{1,3}(?:to\s{1,3})?(?:hire|work)`;
/** A review announced as a warning to others about the reader: "a review that tells every brand on here to stay away from you", "your review will say exactly what kind of client you are". */
export const REVIEW_WARNS_OTHERS_RE = new RegExp(String.raw`\b(?:review|feedback|rating)\s{1,3}(?:that|which|will|that\s{1,3}will|is\s{1,3}going\s{1,3}to)\s{1,3}(?:tells?|warns?|says?|shows?|lets?\s{1,3}[\w-]+\s{1,3}know)\b[^.;\n]{0,60}?\b(?:${WARNING_TO_OTHERS})\b`, "i");
export const REWARD_ES_PT_RE = lexiconRe(SPANISH_PORTUGUESE.rewards);
/** Reviews bought or arranged through a group: "our review-swap group", "I bought my first 10 reviews". */
export const REVIEWS_BOUGHT_RE = /\breview[\s-]?(?:swap|exchange|trading)(?:ping)?\s{1,3}(?:group|club|circle|network|ring|chat)\b|\b(?<!\b(?:no|not|never)\s{1,3})(?:bought|buy|buying|purchased|purchase|paid\s{1,3}for|pay\s{1,3}for)\s{1,3}(?:my\s{1,3}|our\s{1,3}|your\s{1,3}|the\s{1,3})?(?:first\s{1,3})?(?:\d+\s{1,3}|some\s{1,3}|a\s{1,3}few\s{1,3}|a\s{1,3}batch\s{1,3}of\s{1,3})?(?:(?:5|five)[\s-]star\s{1,3}|fake\s{1,3}|positive\s{1,3})?(?:reviews|ratings|testimonials)\b/i;
/** A bad review promised to the reader: "You'll also get the worst review you've ever seen", "you will receive a scathing review". */
export const YOU_GET_LOW_RATING_RE = new RegExp(String.raw`\byou(?:['’]ll|\s{1,3}will|['’]re\s{1,3}going\s{1,3}to|\s{1,3}are\s{1,3}going\s{1,3}to)\s{1,3}(?:also\s{1,3}|then\s{1,3}|just\s{1,3})?(?:get|receive)\s{1,3}(?:the|a|an|my|our)\s{1,3}(?:${LOW_RATING})`, "i");
/** A public review threatened if the contract closes without the top rating: "If you close this contract without a 5-star, we'll publicly review your company on Google". */
export const WITHOUT_TOP_THEN_RE = new RegExp(String.raw`\bif\s{1,3}you\b[^.;\n]{0,40}?\bwithout\s{1,3}(?:a\s{1,3})?(?:5|five)[\s-]?(?:stars?|★)?(?:\s{1,3}(?:review|rating))?\b[^.;\n]{0,20}?\b${I_WILL}\b`, "i");
/** A review that is work, not a rating: "the additional review of chapter 6", "a code review" (no incentive for feedback). */
export const REVIEW_AS_WORK_RE = new RegExp(String.raw`\breview\s{1,3}of\s{1,3}(?:${lexiconAlternation(INNOCENT_SENSES.workReviewOf)})\b|\b(?:${lexiconAlternation(INNOCENT_SENSES.workReviewBefore)})\s{1,3}review\b(?!\s{1,3}(?:on|for)\s{1,3}(?:my|our|the)\s{1,3}profile)`, "i");

// Patterns for insults, threats, sexual remarks and discrimination. Profanity itself comes from the
// `obscenity` package's maintained English list, not from here.

import { CLOTHING, THREAT_IDIOMS, COUNTRIES, INSULT_ADJECTIVES, INSULT_BODY_PARTS, INSULT_LOOKS, INSULT_EXCLAMATIONS, INSULT_NOUNS, INSULTED_PEOPLE, INSULT_DISGRACES, INSULT_TRAITS, INSULT_WITS, INSULT_LIKENESSES, RUDE_DISMISSALS, AIMED_INSULT_PHRASES, PEOPLE_ROLES, SPANISH_PORTUGUESE, lexiconAlternation } from "../lexicons";
import profanityExceptions from "../lexicons/profanity-exceptions.json";
import { SPEAKER_WILL } from "./intent";

/** Listed roots that are a subject, not profanity (lexicons/profanity-exceptions.json). */
export const INNOCENT_ROOTS = new Set(profanityExceptions.innocentRoots);
/** Words and stems that contain a listed root but are innocent (lexicons/profanity-exceptions.json). */
export const WHITELISTED_WORDS = profanityExceptions.innocentWords;

/** Insults aimed at a person or their work (not at a platform's fees or rules: "Upwork's fees on a $400 job are dumb"). */
export const INSULT_RE = /\b(?:(?:is|are|was|were|be)(?<!\b(?:fees?|prices?|rules?|polic(?:y|ies)|terms|system|process|requirements?|charges?|commissions?)\b[^.;\n]{0,25}(?:is|are|was|were|be))|you['’]re|you\s{1,3}are|clearly|total|complete|such|absolute|bunch\s{1,3}of|like\s{1,3}an?)\s{1,3}(?:a\s{1,3}|an\s{1,3}|one\s{1,3}of\s{1,3}those\s{1,3}|some\s{1,3})?(?:[\w-]+\s{1,3}(?:and\s{1,3})?)?(?:morons?|idiots?|imbeciles?|stupid|dumb|incompetent|clueless|useless|pathetic|losers?|fools?|clowns?|amateurs?|retarded|brainless|worthless)\b|\b(?:clueless|stupid|dumb|incompetent|useless|lazy|pathetic|idiotic|brainless)\s{1,3}(?:clients?|people|person|developers?|designers?|artists?|freelancers?|buyers?|employers?|owners?|team|guys?|customers?)\b|\bthe\s{1,3}(?:garbage|trash|crap|junk|rubbish|mess)\s{1,3}(?:your|you|that\s{1,3}your)\b(?!\s{1,3}(?:inherited|were\s{1,3}(?:left|handed|given)|walked\s{1,3}into|had\s{1,3}to))|\b(?:your|their)\s{1,3}(?:\w+\s{1,3})?(?:work|design|code|site|website|app|copy|logo|art|writing|taste|brief|ideas?|judge?ment)\s{1,3}(?:is|was|looks)\s{1,3}(?:garbage|trash|crap|rubbish|a\s{1,3}joke|pathetic|disgusting)\b|\b(?:only\s{1,3})?an?\s{1,3}(?:total\s{1,3}|complete\s{1,3})?(?:moron|idiot|imbecile|fool|clown)\s{1,3}would\b|\b(?:stupid|dumb|idiotic|moronic)\s{1,3}(?:questions?|briefs?|requests?|ideas?|changes?|feedback|comments?)\b|\bstop\s{1,3}wasting\s{1,3}my\s{1,3}time\b/i;

/** "or I'll", "otherwise we will": a consequence tied to a demand. */
const OR_ELSE_I_WILL = String.raw`\b(?:or(?:\s{1,3}else)?|otherwise)\s{1,3}${SPEAKER_WILL}\s{1,3}`;
/** Who a coercive report threatens to bring in: not Upwork (reporting there is legitimate). */
const REPORT_TARGET = String.raw`(?:the\s{1,3})?(?:police|cops|authorities|fbi|your\s{1,3}(?:employer|boss|family|wife|husband|parents|friends|clients|bank))`;
/** Coercion: "close the dispute or I'll report you to the police and your employer". */
export const COERCION_RE = new RegExp(String.raw`${OR_ELSE_I_WILL}(?:report|expose|call|tell|contact|go\s{1,3}to)\s{1,3}(?:you\s{1,3}to\s{1,3}|on\s{1,3}you\s{1,3}to\s{1,3})?${REPORT_TARGET}`, "i");

/** Threats of harm. */
export const THREAT_RE = /\b(?:pay|release|approve|refund|fund|remove|change|accept)\b[^.;\n]{0,60}?\bor\s{1,3}(?:else\s{1,3})?you(?:['’]ll|\s{1,3}will)\s{1,3}have\s{1,3}(?:a\s{1,3})?(?:very\s{1,3}|really\s{1,3})?(?:bad|rough|hard|terrible|difficult|nasty)\s{1,3}(?:week|day|month|time)\b|\b(?:i['’]ll|i\s{1,3}will|we['’]ll|we\s{1,3}will|i['’]m\s{1,3}going\s{1,3}to)\s{1,3}(?:find\s{1,3}you|hurt\s{1,3}you|come\s{1,3}after\s{1,3}you|(?:[\w'’]+\s{1,3}){0,4}?(?:and\s{1,3})?make\s{1,3}you\s{1,3}(?:pay|regret)|ruin\s{1,3}(?:you|your\s{1,3}(?:business|reputation|life))|destroy\s{1,3}(?:you|your))\b|\byou['’]ll\s{1,3}regret\b|\byou(?:['’]re\s{1,3}(?:going\s{1,3}to|gonna)|\s{1,3}will)\s{1,3}regret\s{1,3}(?:it|this|that)\b(?=\s{0,3}(?:[.!,;]|$))|(?:^|[.!?]\s{1,3})[\s*_]{0,3}(?:(?:so|now|better)\s{1,3})?watch\s{1,3}your\s{1,3}back\b(?=\s{0,3}(?:[.!,;]|$))|\bdon[\'’]t\s{1,3}be\s{1,3}surprised\s{1,3}(?:when|if)\s{1,3}your\s{1,3}(?:site|website|store|shop|server|account|business|app|data)\b|\byour\s{1,3}(?:site|website|store|server|data|account)\s{1,3}(?:will|might|may|could)\s{1,3}(?:(?:suddenly|mysteriously)\s{1,3})?(?:go\s{1,3}down|get\s{1,3}hacked|be\s{1,3}(?:hacked|deleted|wiped)|disappear|crash)\b/i;

/** Sexual remarks and advances. */
export const SEXUAL_RE = /\b(?:you(?:['’]re|\s{1,3}are|\s{1,3}were|\s{1,3}look(?:ed|s)?)|(?:your|ur)\s{1,3}(?:profile\s{1,3})?(?:picture|photo|pic|avatar|body|voice|smile|legs|eyes)\b[^.;\n]{0,30}?\b(?:is|looks|was|sounds|sounded|looked))\s{1,3}(?:very\s{1,3}|so\s{1,3}|really\s{1,3}|absolutely\s{1,3}|truly\s{1,3}|kinda\s{1,3}|kind\s{1,3}of\s{1,3}|pretty\s{1,3}|super\s{1,3})?(?:sexy|hot|gorgeous|beautiful|cute|pretty(?!\s{1,3}(?:good|much|well|sure|quick|fast|close|easy|busy|simple|clear|solid|great|decent|happy|confident|certain|bad|rough|tough|new|late|early|sharp|smart|organi[sz]ed|reliable|responsive))|attractive|stunning)\b|\bover\s{1,3}drinks\b|\b(?:any\s{1,3}chance\s{1,3})?you['’]re\s{1,3}single\b|\b(?:more|something)\s{1,3}intimate\b|\bwhere\s{1,3}the\s{1,3}night\s{1,3}goes\b|\b(?:go\s{1,3}on\s{1,3}a\s{1,3}date|date\s{1,3}me|are\s{1,3}you\s{1,3}single|send\s{1,3}(?:me\s{1,3})?(?:a\s{1,3})?(?:pics|photos|selfies?)\s{1,3}of\s{1,3}you)\b|\bget\s{1,3}to\s{1,3}know\s{1,3}(?:each\s{1,3}other|you)\s{1,3}(?:\w+\s{1,3}){0,3}?(?:private|personal|intimate|closer)\b|\bskip\s{1,3}the\s{1,3}work\s{1,3}talk\b|\b(?:prettier|prettiest|hotter|hottest|sexier|sexiest|cuter|cutest|better[\s-]looking)\s{1,3}(?:girls|women|ladies)\b/i;

/** Nationalities, religions and groups named as nouns ("Indians", "Muslims", "women"). */
const GROUP_NOUNS = String.raw`indians|pakistanis|chinese|filipinos|nigerians|africans|arabs|asians|bangladeshis|russians|ukrainians|mexicans|latinos|jews|muslims|christians|hindus|women|females|girls|mothers|moms|mums|single\s{1,3}mothers|pregnant\s{1,3}women|gays|lesbians|immigrants|foreigners|non-natives|boomers|old\s{1,3}people|older\s{1,3}people|young\s{1,3}people|disabled\s{1,3}people`;
/** The same as adjectives, which only count before a word for people ("Indian developers"). */
const GROUP_ADJECTIVES = String.raw`indian|pakistani|chinese|filipino|nigerian|african|arab|asian|bangladeshi|russian|ukrainian|mexican|latino|jewish|muslim|christian|hindu|female|male|gay|lesbian|trans|disabled|old|older|elderly|young|younger|black|white|foreign|non-native|third-world`;
const PEOPLE_NOUNS = String.raw`girls?|guys?|lady|ladies|vas|va|assistants?|managers?|bosses|supervisors?|colleagues|developers?|devs|freelancers?|people|persons?|workers?|coders?|designers?|writers?|guys|clients?|customers?|candidates?|applicants?|folks|men|women|employees|engineers?|programmers?|teams?|agencies|owners?|sellers?|vendors?`;
/** Refusing: "won't", "never", "refuse to". */
const REFUSE_WORDS = String.raw`don['’]t|do\s{1,3}not|won['’]t|will\s{1,3}not|never|refuse\s{1,3}to|rather\s{1,3}not|prefer\s{1,3}not\s{1,3}to|not\s{1,3}going\s{1,3}to`;
const REFUSE = `(?:${REFUSE_WORDS})`;
/** Hiring or working with someone. */
const ENGAGE = String.raw`(?:hire|want|need|allow|work\s{1,3}with|work\s{1,3}for|accept|deal\s{1,3}with|take\s{1,3}on|take|buy\s{1,3}from|sell\s{1,3}to)`;
/** A country or region by name (lexicons/people.json countries). */
const COUNTRY = lexiconAlternation(COUNTRIES);
/** Anyone from the client's country or region: "anyone from your country". */
const FROM_A_COUNTRY = String.raw`(?:anyone|anybody|people|someone|freelancers?|developers?|workers?|clients?|buyers?|customers?|applicants?)\s{1,3}from\s{1,3}(?:(?:your|that|this|their|certain|those|these)\s{1,3}(?:country|countries|region|part\s{1,3}of\s{1,3}the\s{1,3}world|nationality)|(?:${COUNTRY})\b)`;
const GROUP = String.raw`(?:${GROUP_NOUNS}|(?:${GROUP_ADJECTIVES})(?:\s{1,3}(?:or|and|/)\s{1,3}(?:${GROUP_ADJECTIVES}))?\s{1,3}(?:[a-z][\w-]{2,15}\s{1,3})?(?:${PEOPLE_NOUNS}))`;
/**
 * Disparaging or excluding people for a protected characteristic: a group named once (GROUP_RE) and
 * judged by the words right before or after it, plus the remarks that name no group (age, country).
 * Split so that the group alternation is compiled once, not once per phrasing: as one pattern it was
 * 6 KB of source and its first use cost about 100 ms per process.
 */
export const GROUP_RE = new RegExp(String.raw`\b${GROUP}\b`, "gi");
/** People named by where they are from ("guys from Bangladesh"): a group of its own, looked for only where a country is named (FROM_A_COUNTRY_NAMED_RE). */
export const FROM_A_COUNTRY_NAMED_RE = new RegExp(String.raw`\bfrom\s{1,3}(?:${COUNTRY})\b`, "i");
export const PEOPLE_FROM_A_COUNTRY_RE = new RegExp(String.raw`\b(?:${PEOPLE_NOUNS})\s{1,3}from\s{1,3}(?:${COUNTRY})\b`, "gi");
/** Before a group: a slur-like adjective, a sweeping determiner or a vocative ("lazy Indian developers", "all women", "you Indians"). */
export const DISPARAGED_BEFORE_RE = /\b(?:cheap|lazy|dirty|stupid|dumb|useless|incompetent|typical|you|you\s{1,3}know\s{1,3}how|that['’]s\s{1,3}how|typical\s{1,3}of)\s{1,3}$/i;
/** Before a group, a sweeping determiner ("those Indian devs", "all women"): disparaging only with a fault after it (SWEEPING_FAULT_AFTER_RE). */
export const SWEEPING_BEFORE_RE = /\b(?:those|these|all)\s{1,3}$/i;
/** After a group swept together: a fault or a failing ("... are all scammers", "... can't write", "... always late"); "these Indian developers did a great job" has none. */
export const SWEEPING_FAULT_AFTER_RE = /\b(?:useless|lazy|stupid|dumb|incompetent|hopeless|slow|late|unreliable|liars?|scammers?|scam|thieves|thief|steal|stealing|dishonest|cheat|cheats|cheaters|cheating|copy|copying|never|always|can['’]t|cannot|couldn['’]t|don['’]t|doesn['’]t|no|not|nothing|same|garbage|trash|rubbish|worst|bad|terrible|awful|avoid|problems?|trouble|excuses|fake|frauds?|crooks?|beggars|dirty|smell|smelly)\b/i;
/** Before people named by where they are from ("guys from Bangladesh"): a slur-like adjective. */
export const DISPARAGING_ADJECTIVE_BEFORE_RE = /\b(?:cheap|lazy|dirty|stupid|dumb|useless|incompetent|typical)\s{1,3}$/i;
/** Refusing someone's say: "take design advice from", "listen to feedback from". */
const TAKE_DIRECTION_FROM = String.raw`(?:take|accept|listen\s{1,3}to|follow)\s{1,3}(?:[\w-]+\s{1,3})?(?:advice|orders|instructions|feedback|direction|notes|criticism)\s{1,3}from`;
/** Before a group: refusing to hire or work with it ("won't work with", "not hiring", "no"). */
export const EXCLUDED_BEFORE_RE = new RegExp(
  String.raw`\b(?:${REFUSE_WORDS}|prefer\s{1,3}not\s{1,3}to|(?:nobody|no\s{1,3}one|no-one)\s{1,3}should|(?:quit|stop|stopped|gave\s{1,3}up|give\s{1,3}up)(?=\s{1,3}\w+ing\b))\s{1,3}(?:take\s{1,3}on|taking\s{1,3}on|taking\s{1,3}(?:projects|jobs|work|orders)\s{1,3}(?:from|for)|taking|working\s{1,3}(?:with|for)|hiring|accepting|serving|dealing\s{1,3}with|work\s{1,3}(?:with|for|under)|hire|accept|shortlist|interview|consider|recruit|employ|onboard|deal\s{1,3}with|serve|report\s{1,3}to|take\s{1,3}(?:projects|jobs|work|orders)\s{1,3}(?:from|for)|${TAKE_DIRECTION_FROM})\s{1,3}(?:any\s{1,3}|an?\s{1,3})?$` +
    String.raw`|\b(?:no|not\s{1,3}hiring|don['’]t\s{1,3}hire|won['’]t\s{1,3}hire|never\s{1,3}hire)\s{1,3}$|\b(?:decline|declines|reject|rejects|turn\s{1,3}down|turns\s{1,3}down|filter\s{1,3}out|screen\s{1,3}out|exclude|excludes|blacklist)\s{1,3}(?:all\s{1,3}|any\s{1,3})?$|\b(?:don['’]t|do\s{1,3}not)\s{1,3}want\s{1,3}(?:any\s{1,3}more\s{1,3}|any\s{1,3}|more\s{1,3})?$`,
  "i",
);
/** After a group: a failing or a fault given to it ("some Filipino girl who couldn't write", "was Indian and just as useless", "Nigerians are always late"). */
const GROUP_FAULT = String.raw`useless|lazy|stupid|incompetent|hopeless|slow|late|unreliable|liars|scammers|thieves|dishonest`;
/** A person's origin given with a fault, no people noun: "the one before was Indian and just as useless". */
export const ORIGIN_WITH_FAULT_RE = new RegExp(String.raw`\b(?:was|is|are|were)\s{1,3}(?:${GROUP_ADJECTIVES})\s{1,3}(?:and|,)\s{1,3}(?:just\s{1,3})?(?:as|equally)\s{1,3}(?:${GROUP_FAULT})\b`, "i");
export const DISPARAGED_AFTER_RE = new RegExp(String.raw`^\s{1,3}(?:(?:who|that)\s{1,3}(?:couldn['’]t|can['’]t|could\s{1,3}not|cannot)\b|(?:and|,)\s{1,3}(?:just\s{1,3})?(?:as|equally)\s{1,3}(?:${GROUP_FAULT})\b|(?:are|were)\s{1,3}(?:all\s{1,3}|always\s{1,3})?(?:${GROUP_FAULT})\b)`, "i");
/** After a group: "need not apply". */
export const EXCLUDED_AFTER_RE = /^\s{1,3}(?:need\s{1,3}not|shouldn['’]t|should\s{1,3}not)\s{1,3}apply\b/i;
/** Turned away for a family status or a group: "please don't apply if you're a single mother", "don't apply if you're Indian". */
const DONT_APPLY_IF_YOU_ARE = String.raw`\b(?:don['’]t|do\s{1,3}not)\s{1,3}apply\s{1,3}if\s{1,3}you(?:['’]re|\s{1,3}are)\s{1,3}(?:an?\s{1,3})?(?:single\s{1,3}(?:mother|mom|mum|parent|dad|father)|mother|mom|mum|pregnant|${GROUP_ADJECTIVES})\b`;
/** Remarks that exclude without naming a group: an age limit, a country, "too old for". */
export const EXCLUSION_WITHOUT_GROUP_RE = new RegExp(
  String.raw`${DONT_APPLY_IF_YOU_ARE}|\b(?:applicants|candidates|freelancers|you)\s{1,3}must\s{1,3}be\s{1,3}(?:under|below|younger\s{1,3}than|no\s{1,3}older\s{1,3}than)\s{1,3}(?:[2-6]\d)\b|\b(?:don['’]t|do\s{1,3}not|won['’]t|will\s{1,3}not|never|refuse\s{1,3}to|rather\s{1,3}not|no)\s{1,3}(?:take\s{1,3}on|work\s{1,3}with|hire|accept|deal\s{1,3}with)\s{1,3}(?:any\s{1,3})?(?:${PEOPLE_NOUNS}|anyone)?\s{0,3}(?:who\s{1,3}(?:are|is)\s{1,3})?(?:over|above|older\s{1,3}than)\s{1,3}(?:[3-9]\d)\b` +
    String.raw`|\b(?:only|just)\s{1,3}(?:hire|work\s{1,3}with|accept|take\s{1,3}on)\s{1,3}(?:\w+\s{1,3}){0,2}?(?:${PEOPLE_NOUNS})\s{1,3}(?:under|younger\s{1,3}than|below)\s{1,3}(?:2[1-9]|[3-9]\d)\b` +
    String.raw`|\b${REFUSE}\s{1,3}${ENGAGE}\s{1,3}${FROM_A_COUNTRY}\b|\btoo\s{1,3}old\s{1,3}(?:to|for)\b|\btoo\s{1,3}slow\s{1,3}with\s{1,3}technology\b|\bno\s{1,3}(?:applicants|freelancers|developers|designers|writers|people|candidates|bids|proposals)\s{1,3}from\s{1,3}(?:${COUNTRY})\b|\bgo\s{1,3}back\s{1,3}to\s{1,3}(?:(?:your|whatever|the)\s{1,3}(?:own\s{1,3})?(?:village|country|jungle|cave|slum|hole)|where\s{1,3}you\s{1,3}came\s{1,3}from)\b` +
    String.raw`|\b(?:prefer|preferably|only\s{1,3}(?:considering|hiring|accepting|want))\s{1,3}(?:someone|candidates|applicants|people|freelancers|hires)\s{1,3}(?:under|younger\s{1,3}than|below)\s{1,3}(?:[2-6]\d)\b|\b(?:considering|hiring|accepting|want|prefer)\s{1,3}(?:only\s{1,3})?(?:candidates|applicants|people|freelancers|someone)\s{1,3}(?:who\s{1,3}(?:were|was)\s{1,3})?born\s{1,3}in\b` +
    String.raw`|\b${REFUSE}\s{1,3}(?:want|hire|work\s{1,3}with|need)\s{1,3}(?:someone|anyone|people|freelancers?|a\s{1,3}freelancer)\s{1,3}with\s{1,3}(?:an?\s{1,3})?(?:thick|heavy|strong|foreign|indian|asian|african)\s{1,3}accents?\b` +
    String.raw`|\b${REFUSE}\s{1,3}${TAKE_DIRECTION_FROM}\s{1,3}(?:a|an|some)\s{1,3}(?:(?:young|little|old)\s{1,3})?(?:woman|girl|lady|female)\b`,
  "i",
);

/**
 * Insult words, found with one pattern and replaced by a class token (`markInsults`), so the frames
 * below name the class, not the whole word list: the list sits once in compiled code, not eight times.
 */
// (\b, not a lookbehind, before the words: every entry opens with an ASCII letter, and a lookbehind tried at every
// position made this pattern about twice as slow)
const INSULT_WORD_RE = new RegExp(String.raw`\b(?:${lexiconAlternation([...new Set([...INSULT_NOUNS, ...INSULT_ADJECTIVES])])})(?:e?s)?(?![\p{L}\p{N}_])`, "giu");
const NOUNS = new Set(INSULT_NOUNS.map((w) => w.toLowerCase()));
const ADJECTIVES = new Set(INSULT_ADJECTIVES.map((w) => w.toLowerCase()));
/** The class tokens: a noun, an adjective, or a word that is both ("incompetent"). */
const NOUN_TOKEN = "insultnoun";
const ADJ_TOKEN = "insultadj";
const BOTH_TOKEN = "insultboth";
/** `text` with each insult word replaced by its class token ("you useless twit" -> "you insultadj insultnoun"). */
export function markInsults(text: string): string {
  return text.replace(INSULT_WORD_RE, (w) => {
    const k = w.toLowerCase().replace(/\s+/g, " ");
    // A plural ("hacks", "leeches") is the noun's token with its "s"; a listed word ending in s stays itself.
    const singular = NOUNS.has(k) || ADJECTIVES.has(k) ? k : NOUNS.has(k.slice(0, -1)) ? k.slice(0, -1) : NOUNS.has(k.slice(0, -2)) ? k.slice(0, -2) : undefined;
    if (singular === undefined) return w;
    const noun = NOUNS.has(singular);
    const adj = ADJECTIVES.has(singular);
    const token = noun && adj ? BOTH_TOKEN : noun ? NOUN_TOKEN : ADJ_TOKEN;
    return singular === k ? token : `${token}s`;
  });
}
/** An insult noun (a plural too) or adjective, as marked by `markInsults`. */
const INSULT_NOUN = String.raw`(?:${NOUN_TOKEN}|${BOTH_TOKEN})s?`;
const INSULT_ADJECTIVE = String.raw`(?:${ADJ_TOKEN}|${BOTH_TOKEN})`;
/** Asides between "you are" and the insult: "You are, frankly, the most ...". */
const ASIDE = String.raw`(?:clearly|obviously|honestly|frankly|really|truly|just|simply|quite|literally|seriously)`;
/** A person an insult adjective is said of (lexicons/insults.json people). */
const PERSON_WORD = lexiconAlternation(INSULTED_PEOPLE);
/** Insults aimed at "you", read on `markInsults` text: "you (useless) twit", "you're too thick to ...", "stupid old man", "a child could have done better". */
export const AIMED_INSULT_RE = new RegExp(
  String.raw`\byou\s{1,3}(?:(?:${INSULT_ADJECTIVE}|little|absolute|complete|total|bloody|f\w*ing|(?=[a-z]{1,15}-)[a-z]+-[a-z]+(?:ed|ing))\s{1,3}){0,2}${INSULT_NOUN}\b` +
    // The reader's people called names: "your project manager's a dim bulb", "your checker is a donkey".
    String.raw`|\byour\s{1,3}(?:[\w-]+\s{1,3})?[\w-]+(?:['’]s|\s{1,3}(?:is|was))\s{1,3}(?:an?|such\s{1,3}an?)\s{1,3}(?:(?:${INSULT_ADJECTIVE}|complete|total|absolute|utter)\s{1,3})?${INSULT_NOUN}\b` +
    String.raw`|\b(?:you['’]?re|you\s{1,3}are|ur|u\s{1,3}r)\s{1,3}(?:\w+\s{1,3})?(?:(?:too|so|such\s{1,3}an?)\s{1,3})?${INSULT_ADJECTIVE}\b` +
    String.raw`|\b${INSULT_ADJECTIVE}\s{1,3}(?:old\s{1,3})?(?:man|woman|lady|boy|girl|kid)\b|\bshame\s{1,3}on\s{1,3}you\b|\bare\s{1,3}you\s{1,3}(?:\w+\s{1,3})?${INSULT_ADJECTIVE}\b` +
    String.raw`|\b(?:you['’]?re|you\s{1,3}are)\s{1,3}(?:\w+\s{1,3})?the\s{1,3}(?:dumbest|stupidest|laziest|worst|cheapest|most\s{1,3}(?:incompetent|useless|clueless|annoying|${INSULT_ADJECTIVE}))\b|\byou\s{1,3}(?:clearly|obviously|really|just|simply)?\s{0,3}can['’]t\s{1,3}(?:read|think|understand\s{1,3}(?:simple|basic|english))\b(?!\s{1,3}(?:it|this|that|them|from|at|on|without|because|when|if|well)\b)` +
    String.raw`|\bonly\s{1,3}an?\s{1,3}(?:${INSULT_ADJECTIVE}\s{1,3})?${INSULT_NOUN}\b|\bhalf\s{1,3}a\s{1,3}brain\b|\b(?:hire|find|get)\s{1,3}someone\s{1,3}with\s{1,3}(?:a\s{1,3}brain|a\s{1,3}clue|half\s{1,3}a\s{1,3}brain)\b|,\s{0,3}(?:genius|einstein|sherlock)\s{0,3}[.!?]?\s{0,3}$` +
    String.raw`|\bdo\s{1,3}you\s{1,3}even\s{1,3}(?:read|listen|think)\b|\bneed\s{1,3}someone\s{1,3}to\s{1,3}(?:read|explain)\s{1,3}(?:it|them|this|things)\s{1,3}(?:out\s{1,3}loud\s{1,3})?(?:to|for)\s{1,3}you\b` +
    String.raw`|\byou\s{1,3}(?:are|were|['’]re)\s{1,3}(?:\w+\s{1,3})?(?:an?|such\s{1,3}an?)\s{1,3}(?:(?:${INSULT_ADJECTIVE}|complete|total|absolute|utter)\s{1,3})?${INSULT_NOUN}\b|\bshut\s{1,3}up\b` +
    String.raw`|,\s{0,3}(?:you\s{1,3})?${INSULT_NOUN}\s{0,3}[.!?]?\s{0,3}$|^\s{0,3}(?:(?:${INSULT_ADJECTIVE}|absolute|complete|total|bloody)\s{1,3}){1,2}${INSULT_NOUN}\s{0,3}[.!?]*\s{0,3}$|\b(?:find|get|hire)\s{1,3}(?:some|another)\s{1,3}(?:other\s{1,3})?${INSULT_NOUN}\b` +
    String.raw`|\byou(?:['’]re|\s{1,3}are|\s{1,3}were)[\s,]{1,4}(?:${ASIDE}[\s,]{1,4}){0,2}(?:the\s{1,3}most|one\s{1,3}of\s{1,3}the\s{1,3}most|an?|such\s{1,3}an?)\s{1,3}(?:[\w-]+\s{1,3}(?:and|,)\s{1,3})?${INSULT_ADJECTIVE}\s{1,3}(?:${PERSON_WORD})\b` +
    String.raw`|\bare\s{1,3}you\s{1,3}(?:\w+\s{1,3})?(?:an?|such\s{1,3}an?)\s{1,3}(?:(?:${INSULT_ADJECTIVE}|complete|total|absolute|utter)\s{1,3})?${INSULT_NOUN}\b|\bwhat(?:['’]s|\s{1,3}is)\s{1,3}wrong\s{1,3}with\s{1,3}you\b` +
    String.raw`|\b(?:a|an|any|my)\s{1,3}(?:trained\s{1,3})?(?:monkey|chimp|chimpanzee|${INSULT_NOUN})\s{1,3}could\b|\b(?:a|my)\s{1,3}(?:child|kid|toddler|monkey|dog|cat|grandma|grandmother|granny|\d{1,2}[\s-]year[\s-]old)\s{1,3}could\s{1,3}(?:have\s{1,3})?(?:done|made|drawn|coded|written|typed|edited|designed|do|make|draw|code|write|type|edit|design)\b[^.;\n]{0,20}?\b(?:better|faster)\b` +
    String.raw`|\byou(?:['’]re|\s{1,3}are|\s{1,3}were)?\s{1,3}(?:behaving|acting|talking|sounding)\s{1,3}like\s{1,3}(?:an?|some)\s{1,3}(?:[\w-]+\s{1,3})?${INSULT_NOUN}\b` +
    String.raw`|\byour\s{1,3}(?:behaviou?r|attitude|manners|conduct)\b[^.;\n]{0,30}?\b(?:is|was|has\s{1,3}been)\s{1,3}(?:(?:very|so|really|quite|extremely|frankly)\s{1,3})?(?:${INSULT_ADJECTIVE}|cheap|uncultured|classless|vulgar|shameful|disgusting)\b` +
    String.raw`|\b(?:a|my)\s{1,3}(?:child|kid|toddler|\d{1,2}[\s-]year[\s-]old)\s{1,3}could\s{1,3}(?:understand|follow|figure\s{1,3}out|get)\s{1,3}(?:this|it|that)\b|\bwhat\s{1,3}an?\s{1,3}(?:${INSULT_ADJECTIVE}\s{1,3})?${INSULT_NOUN}\s{1,3}you\s{1,3}(?:are|were)\b`,
  "i",
);
/** A person's faults named as theirs, a shaming name, the mind mocked (lexicons/insults.json traits, disgraces, wits). */
const YOUR_FAULT = String.raw`\byour\s{1,3}(?:sheer\s{1,3}|utter\s{1,3}|total\s{1,3}|complete\s{1,3})?(?:${lexiconAlternation(INSULT_TRAITS)})\b(?!\s{1,3}(?:of|about|on|regarding|around)\b)`;
const CALLED_A_DISGRACE = String.raw`\b(?:(?:you|he|she)(?:['’]re|['’]s|\s{1,3}are|\s{1,3}is|\s{1,3}were|\s{1,3}was)\s{1,3}(?:\w+\s{1,3}){0,2}(?:an?\s{1,3})?(?:${lexiconAlternation(INSULT_DISGRACES)})\b|\b(?:an?\s{1,3})?(?:${lexiconAlternation(INSULT_DISGRACES)})\s{1,3}to\s{1,3}your\s{1,3}(?:family|parents|profession|country|people|kind|team)\b)`;
const WITS_MOCKED = String.raw`\bwith\s{1,3}your\s{1,3}(?:${lexiconAlternation(INSULT_WITS)})\b[^.;\n]{0,40}?\b(?:need|won['’]t|can['’]t|never|good\s{1,3}luck)\b`;
export const PERSON_DISPARAGED_RE = new RegExp([YOUR_FAULT, CALLED_A_DISGRACE, WITS_MOCKED].join("|"), "i");
/** "would be a", "it'd be a": the opening of a veiled threat. */
const WOULD_BE_A = String.raw`(?:\b(?:would|will|could)|['’]d)\s{1,3}be\s{1,3}(?:a\s{1,3})?`;
/** Something of the reader's said it would be a shame to see published: "Would be a shame if they ended up online". */
const SHAME_IF_PUBLISHED = String.raw`${WOULD_BE_A}(?:shame|pity)\s{1,3}if\s{1,3}(?:they|it|those|these|the\s{1,3}[\w-]+|your\s{1,3}[\w-]+)\s{1,3}(?:ended\s{1,3}up|got|were|was|leaked|appeared|went)\s{1,3}(?:online|public|leaked|posted|viral|on\s{1,3}(?:social|facebook|instagram|twitter|tiktok|youtube))\b`;
/** Harm hinted at to something of theirs: "(it) would be (a) pity if something happened to it". */
const SOMETHING_MIGHT_HAPPEN = String.raw`${WOULD_BE_A}(?:shame|pity|tragedy)\s{1,3}if\s{1,3}something\s{1,3}(?:happened|happens|were\s{1,3}to\s{1,3}happen|bad\s{1,3}happened)\b`;
/** The reader's place or people: "your warehouse", "your family". */
const YOUR_PLACE = String.raw`your\s{1,3}(?:[\w-]+\s{1,3})?(?:office|offices|house|home|warehouse|studio|shop|store|factory|family|kids|children|business|company|staff)`;
/** Knowing where the other side's place is, then a warning: "we know where your warehouse ships from, so think twice". */
const KNOW_WHERE_THEN_WARN = String.raw`\b(?:i|we)\s{1,3}know\s{1,3}where\s{1,3}(?:you|${YOUR_PLACE})\b[^.;\n]{0,50}?\b(?:think\s{1,3}twice\s{1,3}before|be\s{1,3}careful|watch\s{1,3}(?:out|yourself|your\s{1,3}back))\b|\b(?:careful|be\s{1,3}careful|watch\s{1,3}out|watch\s{1,3}yourself)\s{0,3}[:,!—–-]{0,2}\s{0,3}(?:i|we)\s{1,3}know\s{1,3}where\s{1,3}(?:you\s{1,3}live|${YOUR_PLACE})\b(?!['’])`;
/** Threats that say what the writer knows or hints at: "I know where you live", "keep ghosting me and watch what happens", "it would be a shame if ...". */
/** A visit promised to settle things, or manners beaten in: "I'll come round and sort you out myself", "somebody should have slapped some manners into you", "this visit will not be pleasant for you". */
const COME_ROUND_TO_SORT = String.raw`\b(?:come|coming|pop|popping|drop|dropping)\s{1,3}(?:round|over|around|by)\b[^.;\n]{0,30}?\b(?:sort\s{1,3}you\s{1,3}out|deal\s{1,3}with\s{1,3}you|teach\s{1,3}you\s{1,3}a\s{1,3}lesson)\b|\bsort\s{1,3}you\s{1,3}out\s{1,3}(?:myself|personally|properly|for\s{1,3}good)\b|\b(?:slap|slapped|beat|beaten|knock|knocked|smack|smacked|kick|kicked)\s{1,3}(?:some\s{1,3})?(?:manners|sense)\s{1,3}into\s{1,3}(?:you|him|her|them)\b|\b(?:come|coming|visit|drop\s{1,3}by)\b[^.;\n]{0,30}?\b(?:personally|to\s{1,3}your\s{1,3}(?:office|home|house|shop|studio))\b[^.;\n]{0,60}?\b(?:will\s{1,3}not|won['’]t)\s{1,3}be\s{1,3}(?:pleasant|nice|friendly|fun)\b`;
/** A threat by a set phrase (lexicons/insults.json threatIdioms). */
const THREAT_IDIOM = String.raw`\b(?:${lexiconAlternation(THREAT_IDIOMS)})\b|\bwatch\s{1,3}yourself\s{0,3}(?:[,.!;]|$)`;
export const THREAT_IDIOM_RE = new RegExp(THREAT_IDIOM, "i");
export const VEILED_THREAT_RE = new RegExp(`${COME_ROUND_TO_SORT}|${SOMETHING_MIGHT_HAPPEN}|${SHAME_IF_PUBLISHED}|${KNOW_WHERE_THEN_WARN}|${/\b(?:know|aware|found\s{1,3}out)\b[^.;\n]{0,60}?\bwhere\s{1,3}(?:you\s{1,3}live|to\s{1,3}find\s{1,3}you|your\s{1,3}(?:[\w-]+\s{1,3})?(?:office|offices|house|home|studio|shop|family|kids)\s{1,3}(?:is|are))\b|\bkeep\s{1,3}\w+ing\s{1,3}(?:me|us)\b[^.;\n]{0,30}?\band\s{1,3}(?:just\s{1,3})?(?:watch|see)\s{1,3}what\s{1,3}happens\b|\bor\s{1,3}(?:else\s{1,3})?(?:watch|see)\s{1,3}what\s{1,3}happens\b|\b(?:post|tell|warn|write)\b[^.;\n]{0,50}?\bthat\s{1,3}you\s{1,3}(?:are|were)\s{1,3}(?:a\s{1,3})?(?:scammer|fraud|thief|liar|cheat|con\s{1,3}artist)\b|\b(?:i['’]ll|i\s{1,3}will|we['’]ll|we\s{1,3}will)\s{1,3}come\s{1,3}(?:and\s{1,3})?find\s{1,3}you\b|\b(?:post|share|publish|spread|put|leak)\s{1,3}your\s{1,3}(?:home\s{1,3})?(?:photo|picture|pic|face|name|address|number|details|id)\b[^.;\n]{0,40}?(?:everywhere|all\s{1,3}over|online|on\s{1,3}(?:every|all|social|facebook|twitter|x|reddit|linkedin|instagram|tiktok))|\b(?:i['’]ll|i\s{1,3}will)\s{1,3}make\s{1,3}sure\s{1,3}(?:every|all|each)\b[^.;\n]{0,40}?\breviews?\b|\bi\s{1,3}(?:know|found\s{1,3}out|have\s{1,3}found)\s{1,3}(?:where|which\s{1,3}(?:city|town)|what\s{1,3}(?:city|town))\s{1,3}you\s{1,3}live\b|\bi\s{1,3}have\s{1,3}your\s{1,3}(?:full\s{1,3}name|home\s{1,3}address|address)\s{1,3}and\b|\bit\s{1,3}would\s{1,3}be\s{1,3}a\s{1,3}shame\s{1,3}if\b(?![^.;\n]{0,60}\b(?:jss|job\s{1,3}success|ratings?|reviews?|feedback|stars?)\b)|\b(?:think|consider)\s{1,3}(?:very\s{1,3}|really\s{1,3})?(?:carefully|hard)\s{1,3}about\s{1,3}how\s{1,3}(?:you\s{1,3}want\s{1,3})?(?:this|things|it)\s{1,3}(?:to\s{1,3})?(?:ends?|play\s{1,3}out|plays\s{1,3}out|goes)\b/.source}`, "i");
/**
 * Hounding a person: swearing at them ("f*** off"), shouted demands for an answer, "you don't get to hide from me",
 * "I will find out where you live", a child said to do better than them ("My 12-year-old could follow instructions better than you").
 */
const SWEARING_AT = String.raw`\bf[*#@]{2,3}(?:k|ck)?\s{1,3}(?:you|yourself|off)\b`;
const DEMANDED_ANSWER = String.raw`\banswer\s{1,3}me\s{0,3}[.!]{1,3}\s{0,3}answer\s{1,3}me\b|\bwhy\s{1,3}are\s{1,3}you\s{1,3}ignoring\s{1,3}me\b`;
const CANNOT_HIDE = String.raw`\byou\s{1,3}(?:don['’]t\s{1,3}get\s{1,3}to|can['’]t|cannot)\s{1,3}hide\s{1,3}from\s{1,3}me\b|\b(?:i['’]ll|i\s{1,3}will|we['’]ll|we\s{1,3}will)\s{1,3}find\s{1,3}out\s{1,3}where\s{1,3}you\s{1,3}live\b`;
const CHILD_DOES_BETTER = String.raw`\b(?:a|my)\s{1,3}(?:child|kid|toddler|grandma|granny|grandmother|dog|cat|\d{1,2}[\s-]year[\s-]old)\s{1,3}could\s{1,3}(?:have\s{1,3})?\w+(?:\s{1,3}\w+){0,3}?\s{1,3}\w{2,}er(?:\s{1,3}\w+)?\s{1,3}than\s{1,3}you\b`;
export const HOUNDING_RE = new RegExp([SWEARING_AT, DEMANDED_ANSWER, CANNOT_HIDE, CHILD_DOES_BETTER].join("|"), "i");
/** A part of the person admired by comparison: "with a voice as sweet as yours", "eyes as pretty as yours". */
export const ADMIRED_LOOKS_RE = /\b(?:voice|smile|face|eyes|body|legs|figure|lips|laugh)\s{1,3}as\s{1,3}(?:sweet|pretty|lovely|beautiful|sexy|hot|cute|gorgeous|soft|charming)\s{1,3}as\s{1,3}(?:yours|you)\b/i;
/** Looks weighed against a job: "you're too pretty to be an engineer". */
export const LOOKS_OVER_ABILITY_RE = /\btoo\s{1,3}(?:pretty|cute|hot|beautiful|sexy|good[\s-]looking|attractive)\s{1,3}to\s{1,3}be\s{1,3}(?:a|an|the|my|our)\b/i;
/** Advances on a person: photos of them, a date, a kiss. */
export const ADVANCES_RE = /\bsend\s{1,3}(?:me\s{1,3})?(?:(?:a\s{1,3}few|a\s{1,3}couple\s{1,3}of|a|some|more)\s{1,3}){0,2}(?:pics?|photos?|pictures?|selfies?|snaps?)\s{1,3}of\s{1,3}(?:you|yourself)\b|\b(?:dinner|drinks)\b[^.;\n?]{0,30}?(?:with\s{1,3}me|when\s{1,3}i['’]m\s{1,3}in|tonight|together|just\s{1,3}us)|(?:you|photo|pic|picture|avatar)\W{0,6}(?:😘|😍|💋|🥵)|\b(?:my|your)\s{1,3}hotel\s{1,3}room\b/i;

/** One of the other side's people: "your project lead", "your so-called operations manager". */
const YOUR_PERSON = String.raw`\b(?:your|ur)\s{1,3}(?:(?:so[\s-]called|current|last|new|previous|old)\s{1,3})?(?:[\w-]+['’]s\s{1,3})?(?:${lexiconAlternation(PEOPLE_ROLES)})(?![\w'’])`;
/** Said of a person, contempt rather than critique: "is a joke", "came off as a bit of a dimwit", "must be an embarrassment" (insult words as `markInsults` tokens). */
const CONTEMPT_PREDICATE = String.raw`(?:(?:in\s{1,3}particular|clearly|honestly|frankly|obviously)\s{1,3})?(?:is|was|are|were|must\s{1,3}have\s{1,3}been|must\s{1,3}be|seems?(?:\s{1,3}to\s{1,3}be)?|seemed(?:\s{1,3}to\s{1,3}be)?|c(?:ame|omes)\s{1,3}(?:off|across)\s{1,3}as|sounds?\s{1,3}like|sounded\s{1,3}like)\s{1,3}(?:(?:clearly|obviously|honestly|frankly|just|really)\s{1,3})?(?:(?:a|an|such\s{1,3}an?|a\s{1,3}bit\s{1,3}of\s{1,3}an?|a\s{1,3}bit\s{1,3}of|kind\s{1,3}of\s{1,3}an?|a\s{1,3}(?:complete|total|real)|an\s{1,3}(?:absolute|utter))\s{1,3})?(?:${INSULT_ADJECTIVE}\s{1,3})?(?:${INSULT_NOUN}|jokes?|embarrassment|disgrace|(?:spoilt\s{1,3}|spoiled\s{1,3})?(?:child|toddler|brat))\b`;
/** A person likened to a child or an outsider: "your conduct has been that of a spoilt child", "your French is that of a tourist" (insults.json likenesses). */
const LIKE_A_CHILD = String.raw`\b(?:that|those)\s{1,3}of\s{1,3}an?\s{1,3}(?:(?:spoilt|spoiled|petulant|sulking|${INSULT_ADJECTIVE})\s{1,3})?(?:${lexiconAlternation(INSULT_LIKENESSES)}|${INSULT_NOUN})\b(?!\s{1,3}(?!who|that|with|in|on|at|from|would|could|trying)[a-z])`;
/** The unnamed author of the work insulted: "whoever on your team built this must be brain-dead" (on `markInsults` text). */
/** Two insults offered as the only choices: "is either a fool or a crook" (on `markInsults` text). */
/** "You people" with a sweeping charge: "you people never read anything", "you people always mess it up". */
const YOU_PEOPLE_CHARGED = String.raw`\byou\s{1,3}(?:people|lot|guys)\s{1,3}(?:never|can['’]?t|cannot|don['’]t|won['’]t|just\s{1,3}(?:don['’]t|can['’]t))\b`;
/** The other side's group said to be made of insults, however long the subject: "your internal IT department has shown itself to consist of incompetent imbeciles". */
const GROUP_MADE_OF_INSULTS = String.raw`\byour\s{1,3}(?:[\w-]+\s{1,3}){0,3}?(?:team|department|staff|people|company|agency|developers|devs|employees|crew|outfit|office|firm)\b[^.;\n]{0,80}?\b(?:consists?\s{1,3}of|consisted\s{1,3}of|(?:is|are|was|were)\s{1,3}full\s{1,3}of|staffed\s{1,3}by|made\s{1,3}up\s{1,3}of|run\s{1,3}by|(?:a|one)\s{1,3}bunch\s{1,3}of)\s{1,3}(?:[\w-]+\s{1,3}){0,2}?${INSULT_NOUN}\b`;
const EITHER_INSULT = String.raw`\beither\s{1,3}an?\s{1,3}${INSULT_NOUN}\s{1,3}or\s{1,3}(?:an?\s{1,3}${INSULT_NOUN}|you\s{1,3}(?:take|think)\s{1,3}me\s{1,3}for\s{1,3}one)\b`;
const WHOEVER_INSULTED = String.raw`\bwhoever\b[^.;\n]{0,40}?\s(?:is|was|must\s{1,3}be|must\s{1,3}have\s{1,3}been)\s{1,3}(?:(?:clearly|obviously|completely|totally|truly|really)\s{1,3})?(?:an?\s{1,3})?(?:${INSULT_ADJECTIVE}|${INSULT_NOUN})\b`;
/**
 * Contempt for one of the other side's people, read on `markInsults` text: "your project lead in particular is a joke",
 * "your so-called operations manager"; "your" then a long blank is a role in scare quotes (blanked by withoutQuotations).
 */
export const PERSON_CONTEMPT_RE = new RegExp(String.raw`(?:(?:${YOUR_PERSON})\s{1,3}|\byour\s{4,60})${CONTEMPT_PREDICATE}|\byour\s{1,3}so[\s-]called\s{1,3}(?:[\w-]+\s{1,3}){0,2}?(?:${lexiconAlternation(PEOPLE_ROLES)})\b|${LIKE_A_CHILD}|${WHOEVER_INSULTED}|${EITHER_INSULT}|${GROUP_MADE_OF_INSULTS}|${YOU_PEOPLE_CHARGED}`, "i");

/** An insult adjective as a sentence of its own: "Pathetic.", "How useless!" (lexicons/insults.json exclamations). */
export const INSULT_EXCLAMATION_RE = new RegExp(String.raw`^[\s*_]{0,3}(?:how\s{1,3}|so\s{1,3}|just\s{1,3}|absolutely\s{1,3})?(?:${lexiconAlternation(INSULT_EXCLAMATIONS)})\s{0,3}[.!?]*[\s*_]{0,3}$`, "i");

/** Whom a shaming threat reaches: "everyone", "every freelancer you've worked with", "all your clients". */
const AUDIENCE = String.raw`(?:everyone|everybody|every\s{1,3}(?:single\s{1,3})?[\w-]+|all\s{1,3}(?:of\s{1,3})?(?:your|the|my)\s{1,3}[\w-]+|the\s{1,3}whole\s{1,3}[\w-]+|the\s{1,3}world|the\s{1,3}internet)`;
/** What they would be told, read on `markInsults` text: "you're a scammer", "how useless you are", "you ghost clients". */
const SHAMING_CLAIM = String.raw`(?:\b(?:you['’]re|you\s{1,3}are|you\s{1,3}were)\s{1,3}(?:[\w-]+\s{1,3}){0,2}?(?:an?\s{1,3})?(?:${INSULT_ADJECTIVE}|${INSULT_NOUN})\b|\bhow\s{1,3}(?:${INSULT_ADJECTIVE}|bad|awful|terrible|rude|unprofessional)\s{1,3}you\s{1,3}(?:are|were)\b|\byou\s{1,3}(?:never\s{1,3}pay|don['’]t\s{1,3}pay|ghost|scam|steal|lie|cheat|rip\s{1,3}(?:people\s{1,3})?off)\b)`;
/** Threatening to shame someone in public, read on `markInsults` text: "telling everyone on here you're a scammer", "I'll message every freelancer you've worked with to tell them you ghost clients". */
export const SHAMING_THREAT_RE = new RegExp(String.raw`\b(?:tell|telling|warn|warning|message|messaging|post|posting|inform|informing|let|letting|write\s{1,3}to|email|emailing)\b[^.;\n]{0,40}?\b${AUDIENCE}\b[^.;\n]{0,60}?${SHAMING_CLAIM}`, "i");
/** Threatening to publish someone's private details: "I'll post your home address in every freelancer group". */
/** Private details a doxxing threat names. */
const PRIVATE_DETAIL = String.raw`home\s{1,3}address|address|phone\s{1,3}number|number|personal\s{1,3}(?:details|info|information)|real\s{1,3}name|face|name`;
export const DOXXING_RE = new RegExp(String.raw`\b(?:i['’]ll|i\s{1,3}will|i['’]m\s{1,3}going\s{1,3}to|i\s{1,3}could|gonna|we['’]ll|we\s{1,3}will)\s{1,3}(?:\w+\s{1,3})?(?:post|share|publish|leak|put\s{1,3}up|spread)\s{1,3}(?:your|ur)\s{1,3}(?:${PRIVATE_DETAIL})(?:\s{0,3}(?:\+|and|&)\s{0,3}(?:${PRIVATE_DETAIL}))?\s{1,3}(?:in|on|to|everywhere|all\s{1,3}over|online|across)\b`, "i");
/** Asking for someone's photos in (or out of) clothes: "send a few more pics without the shirt", "pics in something nice and maybe I'll hire you". */
export const PHOTOS_IN_CLOTHES_RE = new RegExp(String.raw`\b(?:send|show|post)\s{1,3}(?:me\s{1,3})?(?:(?:a\s{1,3}few|a\s{1,3}couple\s{1,3}of|some|more|a|any)\s{1,3}){0,2}(?:more\s{1,3})?(?:pics?|photos?|pictures?|selfies?|snaps?)\s{1,3}(?:of\s{1,3}(?:you|yourself)\s{1,3})?(?:without|wearing|in|with\s{1,3}no|with\s{1,3}less)\s{1,3}(?:(?:the|a|your|some)\s{1,3})?(?:${lexiconAlternation(CLOTHING)})\b`, "i");

/** Who a stereotype is about: people from the reader's country or region ("writers from your part of the world"), or "you offshore guys" (not "you guys": "you guys always deliver"). */
const FROM_YOUR_REGION = String.raw`(?:\b(?:${PEOPLE_NOUNS})\s{1,3}(?:from|of)\s{1,3}(?:your|that|this|their|those)\s{1,3}(?:country|countries|region|part\s{1,3}of\s{1,3}the\s{1,3}world|culture|religion|faith|caste|race|ethnicity|tribe|nationality)|\byou\s{1,3}(?:offshore|overseas|foreign|${GROUP_ADJECTIVES})\s{1,3}(?:guys|people|lot|folks|devs|developers|freelancers|workers))`;
/** A trait given to a whole people: "tend to be loose with the truth", "always pad the hours", "it's in your blood". */
const SWEEPING_TRAIT = String.raw`\s{1,3}(?:tend\s{1,3}to|always|never|all|usually|are\s{1,3}(?:all|always|known\s{1,3}for|notoriously))\b`;
/** Stereotyping people by where they come from: "writers from your part of the world tend to be loose with the truth", "it's in your blood". */
/** A whole people said to be one fault, or dismissed by origin, or one sex unfit for a field: "your whole country is full of cheaters", "freelancers from wherever you're from", "women are not made for numbers". */
const WHOLE_PEOPLE_FAULTED = String.raw`\b(?:people|freelancers?|folks|guys|workers|writers|developers)\s{1,3}from\s{1,3}wherever\s{1,3}(?:you['’]re|you\s{1,3}are|you)\s{1,3}(?:from|come\s{1,3}from)\b|\byour\s{1,3}(?:whole\s{1,3}|entire\s{1,3})?(?:country|nation|people|race|religion|culture|tribe)\s{1,3}(?:is|are)\s{1,3}(?:full\s{1,3}of|nothing\s{1,3}but|all)\s{1,3}(?:[\w-]+\s{1,3})?(?:cheaters|liars|thieves|scammers|frauds|crooks|beggars|idiots)\b|\b(?:women|men|girls|females|males|ladies)\s{1,3}(?:are\s{1,3}not|aren['’]t)\s{1,3}(?:made|built|meant|cut\s{1,3}out)\s{1,3}for\b`;
export const STEREOTYPE_RE = new RegExp(String.raw`${WHOLE_PEOPLE_FAULTED}|${FROM_YOUR_REGION}${SWEEPING_TRAIT}|\bit['’]s\s{1,3}in\s{1,3}(?:your|their)\s{1,3}(?:blood|genes|dna)\b`, "i");
/** Hiring limited to one sex: "Men only please", "looking for women only". */
export const ONE_SEX_ONLY_RE = /\b(?:men|women|males?|females?|guys|girls|ladies)\s{1,3}(?:(?:candidates|applicants|freelancers|staff|workers)\s{1,3})?(?:(?:strongly|highly|much|very\s{1,3}much)\s{1,3})?preferred\b|^\W{0,3}(?:men|women|males?|females?|guys|girls)\s{1,3}only\b|\b(?:hiring|looking\s{1,3}for|want|need|accepting)\s{1,3}(?:men|women|males|females|guys|girls)\s{1,3}only\b/i;

/** Remarks on someone's accent: "your accent is too thick", "ur accent is so annoying" (national origin). */
export const ACCENT_REMARK_RE = /\b(?:your|ur)\s{1,3}accent\s{1,3}(?:is|was|sounds|makes)\s{1,3}(?:\w+\s{1,3}){0,2}?(?:thick|heavy|strong|annoying|terrible|awful|bad|weird|funny|hard\s{1,3}to\s{1,3}(?:understand|follow))\b/i;
/** Threatening someone's livelihood: "I shall make it my business to see that you never work in this industry again". */
/** Nobody will hire the reader: "I'll make sure nobody in the sector hires you again". */
const NOBODY_HIRES_YOU = String.raw`\b(?:make\s{1,3}sure|see\s{1,3}to\s{1,3}it|ensure)\s{1,3}(?:that\s{1,3})?(?:nobody|no\s{1,3}one|no-one|no\s{1,3}(?:other\s{1,3})?(?:client|agency|company|business|employer))\b[^.;\n]{0,50}?\b(?:hires?|work(?:s)?\s{1,3}(?:with|for)|trusts?|(?:will|would)\s{1,3}(?:ever\s{1,3})?(?:hire|work\s{1,3}with|trust))\s{1,3}you\b`;
/** Harm promised to what the reader owns: "my cousins will make sure your store goes down for good". */
const YOUR_ASSET_HARMED = String.raw`\bmake\s{1,3}sure\s{1,3}(?:that\s{1,3})?your\s{1,3}(?:[\w-]+\s{1,3})?(?:site|website|store|shop|server|account|business|app|channel|career|reputation|page)\s{1,3}(?:goes\s{1,3}down|is\s{1,3}(?:ruined|destroyed|gone|finished|taken\s{1,3}down|hacked|banned)|gets?\s{1,3}(?:hacked|banned|taken\s{1,3}down|shut\s{1,3}down|destroyed|suspended)|disappears?|crashes|never\s{1,3}recovers)\b`;
/** Harm wished on the reader: "I hope your app crashes on launch day". */
const ILL_WISHED = String.raw`\bi\s{1,3}hope\s{1,3}(?:you|your\s{1,3}(?:[\w-]+\s{1,3})?(?:app|site|website|store|shop|business|company|launch|career|project))\s{1,3}(?:crash(?:es)?|fails?|burns?|goes\s{1,3}bankrupt|go\s{1,3}bankrupt|rots?|suffers?|dies|die|flops?)\b`;
/** A curse on the reader: "May Allah take from you what you took from me", "may your business collapse", "may you never find a good writer again" (not "may God bless you"). */
const CURSED = String.raw`\bmay\s{1,3}(?:god|allah|the\s{1,3}lord|karma|heaven)\s{1,3}(?:punish|curse|take\s{1,3}from|repay|pay\s{1,3}you\s{1,3}back|deal\s{1,3}with|destroy|judge)\s{1,3}you\b|\bmay\s{1,3}your\s{1,3}(?:[\w-]+\s{1,3})?(?:business|company|app|site|store|shop|career|project|launch|startup|agency|life)\s{1,3}(?:collapse|fail|burn|rot|crash|die|go\s{1,3}(?:bankrupt|under|bust)|sink|suffer)\b|\bmay\s{1,3}you\s{1,3}never\s{1,3}(?:find|get|have|hire|work\s{1,3}with)\s{1,3}(?:a|another|any|one)?\s{0,3}(?:good|decent|honest|single)?\s{0,3}(?:writer|designer|developer|freelancer|client|customer|job|peace|success)\b`;
/** Posting about the reader so nobody works with them: "posting it in every dev group so nobody ever applies to your jobs again". */
const POSTED_SO_NOBODY = String.raw`\b(?:post|posting|share|sharing|screenshot\w*)\b[^.;\n]{0,60}?\bso\s{1,3}(?:that\s{1,3})?(?:nobody|no\s{1,3}one|no-one)\s{1,3}(?:ever\s{1,3})?(?:applies|hires|works|trusts|buys|orders)\b`;
export const CAREER_THREAT_RE = new RegExp(String.raw`\b(?:make\s{1,3}sure|see\s{1,3}(?:to\s{1,3}it\s{1,3})?that|ensure)\s{1,3}(?:that\s{1,3})?you\s{1,3}never\s{1,3}(?:work|get\s{1,3}hired|find\s{1,3}(?:work|a\s{1,3}job|clients))\b|${NOBODY_HIRES_YOU}|${YOUR_ASSET_HARMED}|${ILL_WISHED}|${CURSED}|${POSTED_SO_NOBODY}`, "i");


/** An insult aimed at the reader in Spanish or Portuguese: "eres un pendejo", "você é um babaca" (spanish-portuguese.json youAre, insults). */
/** An insult aimed at the reader in a language letters switch into, anywhere in the clause: "ang bobo mo naman" (insults.json aimedPhrases). */
export const AIMED_PHRASE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${lexiconAlternation(AIMED_INSULT_PHRASES)})(?![\p{L}])`, "iu");
/** A rude dismissal as its own clause: "Allez vous faire voir.", "get lost" (insults.json dismissals). */
export const RUDE_DISMISSAL_RE = new RegExp(String.raw`(?:^|[.!?,;:—–-]\s{0,3})[\s*_]{0,3}(?:(?:just|now|so|then|and|oh)\s{1,3})?(?:${lexiconAlternation(RUDE_DISMISSALS)})(?![\p{L}])`, "iu");
/** A Spanish or Portuguese insult as a vocative between commas or closing the sentence: "learn to write a brief before wasting our time, idiota.", "con ese presupuesto contrata a tu sobrino, pendejo, and ...". */
export const ES_PT_INSULT_VOCATIVE_RE = new RegExp(String.raw`,\s{0,3}(?:${lexiconAlternation(SPANISH_PORTUGUESE.insults)})\s{0,3}(?:[.!?]*\s{0,3}$|,)`, "iu");
export const INSULT_ES_PT_RE = new RegExp(String.raw`(?<![\p{L}])(?:${lexiconAlternation([...SPANISH_PORTUGUESE.youAre, ...SPANISH_PORTUGUESE.vocatives])})\s{1,3}(?:(?:un|una|otro|otra|um|uma|outro|outra|muy|muito|tan|tão)\s{1,3}){0,2}(?:\p{L}+\s{1,3})?(?:${lexiconAlternation(SPANISH_PORTUGUESE.insults)})(?![\p{L}])`, "iu");
/** Told to shut up, or the reader's looks remarked on, in Spanish or Portuguese: "cala a boca", "você é muito gata" (spanish-portuguese.json shutUp, youAre, attractive). */
export const RUDE_ES_PT_RE = new RegExp(String.raw`(?<![\p{L}])(?:${lexiconAlternation(SPANISH_PORTUGUESE.shutUp)})(?![\p{L}])|(?<![\p{L}])(?:${lexiconAlternation(SPANISH_PORTUGUESE.youAre)})\s{1,3}(?:(?:muito|muy|tão|tan|tao|bem|bastante|super)\s{1,3})?(?:${lexiconAlternation(SPANISH_PORTUGUESE.attractive)})(?![\p{L}])`, "iu");

const I_WILL = SPEAKER_WILL;
/** Shaming or exposing the reader as the price of a demand: "if I don't get paid for milestone 2 I'll expose you to my followers" (not "I'll expose your brand to new buyers"). */
export const EXPOSE_UNLESS_RE = new RegExp(String.raw`\b(?:if\s{1,3}(?:i|we|you)\s{1,3}(?:don['’]t|do\s{1,3}not|doesn['’]t|didn['’]t|won['’]t|not|can['’]t)|or(?:\s{1,3}else)?|otherwise|unless)\b[^.;\n]{0,60}?\b${I_WILL}\s{1,3}(?:\w+\s{1,3})?(?:expose|shame|name\s{1,3}and\s{1,3}shame|dox+|humiliate|out)\s{1,3}you\b`, "i");
/** Finding the reader's private details in order to publish them: "I will find your home address and post online with your photo". */
export const FIND_AND_PUBLISH_RE = new RegExp(String.raw`\b${I_WILL}\s{1,3}(?:\w+\s{1,3})?find\s{1,3}(?:out\s{1,3})?(?:your|ur)\s{1,3}(?:${PRIVATE_DETAIL})\b[^.;\n]{0,20}?\b(?:and|then|to)\s{1,3}(?:\w+\s{1,3})?(?:post|share|publish|leak|put|spread)\b`, "i");
/** The reader's head or face insulted, read on `markInsults` text: "don't bother showing your ugly head here again" (insults.json looks, bodyParts). */
export const INSULTED_LOOKS_RE = new RegExp(String.raw`\b(?:your|ur)\s{1,3}(?:(?:${INSULT_ADJECTIVE}|${lexiconAlternation(INSULT_LOOKS)})\s{1,3}){1,2}(?:${lexiconAlternation(INSULT_BODY_PARTS)})\b`, "i");
/** The reader given an animal's or a thing's manners or mind, or looks as bad as their character: "you have the manners of a drunk pigeon", "as ugly as your personality". */
export const BELITTLING_LIKENESS_RE = /\byou\s{1,3}(?:have|['’]ve\s{1,3}got|got)\b[^.;\n]{0,30}?\b(?:manners|brains?|taste|iq|personality|charm|intelligence)\s{1,3}of\s{1,3}an?\s{1,3}(?:[\w-]+\s{1,3})?(?:pigeon|potato|goat|donkey|pig|rat|monkey|brick|rock|baboon|slug|cow|turnip|doorknob|toddler)\b|\bas\s{1,3}(?:ugly|dull|boring|empty|shallow|cheap|rotten|fake)\s{1,3}as\s{1,3}your\s{1,3}(?:personality|soul|face|character|manners)\b/i;
/** The reader told they behave like a child: "stop whining like a child", "crying like a baby about it". */
export const LIKE_A_CHILD_RE = /\b(?:whining|whinging|crying|sulking|moaning|bawling|throwing\s{1,3}a\s{1,3}(?:tantrum|fit))\s{1,3}like\s{1,3}(?:a|some)\s{1,3}(?:little\s{1,3})?(?:child|baby|toddler|kid|brat|schoolgirl|schoolboy)\b/i;
/** The reader or their work likened to an animal's or a child's doing: "reads like it was written by a dyspeptic goat", "u look like the type who can't even work a phone". */
export const MOCKED_AS_INCAPABLE_RE = /\b(?:reads?|looks?|sounds?)\s{1,3}like\s{1,3}(?:it|they|this)\s{1,3}(?:was|were)\s{1,3}(?:written|made|done|designed|drawn)\s{1,3}by\s{1,3}(?:(?:a|an|some)\s{1,3}(?:[\w-]+\s{1,3})?(?:goat|monkey|chimp|donkey|baboon|toddler|child|five-year-old|drunk)|someone\s{1,3}who\s{1,3}(?:has|had)\s{1,3}never)\b|\b(?:you|u)\s{1,3}(?:really\s{1,3}|just\s{1,3})?(?:look|seem|sound)\s{1,3}like\s{1,3}the\s{1,3}type\s{1,3}(?:who|that)\s{1,3}(?:can['’]?t|cannot|couldn['’]?t)\s{1,3}even\b/i;
/** Called a fool in Nigerian Pidgin, or of limited intelligence: "You be ode", "only a person of very limited intelligence would ...". */
export const PIDGIN_OR_LIMITED_RE = /\b(?:you|u)\s{1,3}be\s{1,3}(?:a\s{1,3}|an\s{1,3}|one\s{1,3})?(?:ode|mumu|olodo|fool|idiot|goat|thief|scammer)\b|\b(?:a|an|someone|somebody|anyone|person)\s{1,3}(?:of|with)\s{1,3}(?:very\s{1,3}|extremely\s{1,3}|rather\s{1,3}|such\s{1,3})?(?:limited|low|little|no|below-average)\s{1,3}(?:intelligence|intellect|brainpower|iq)\b/i;

// Patterns and lexicons for contact details: emails, phones, messaging apps, social profiles,
// contact links and street addresses. Each is compiled once; none nests quantifiers over
// overlapping classes (see test/engine/patterns-linear.test.ts).

import { MESSAGING_APP_TERMS, MESSAGING_APP_VERBS, REQUEST_VERBS, SPANISH_PORTUGUESE, lexiconAlternation } from "../lexicons";

/** A plain email address. */
export const EMAIL_RE = /[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;

const OBF_AT = String.raw`(?:\s{0,3}[\[({<]\s{0,3}(?:at|arroba|arobase|chiocciola)\s{0,3}[\])}>]\s{0,3}|\s{1,3}(?:at|arroba|arobase|chiocciola)\s{1,3}|\s{0,3}@\s{0,3})`;
const ANY_DOT = String.raw`(?:\s{0,3}[\[({<]\s{0,3}(?:dot|punto|point|ponto|punkt)\s{0,3}[\])}>]\s{0,3}|\s{1,3}(?:dot|punto|point|ponto|punkt)\s{1,3}|\s{1,3}\.\s{1,3}|\.)`;
/**
 * A disguised email: "k.nowicka (at) wp (dot) pl", "obinna dot writes at proton dot me",
 * "jane [at] gmail.com". Groups: 1 local part, 2 at, 3 domain labels, 4 last dot, 5 top-level domain.
 */
export const OBFUSCATED_EMAIL_RE = new RegExp(
  String.raw`(?<![\w.%+-])([A-Za-z0-9][\w%+-]{0,40}(?:${ANY_DOT}[\w%+-]{1,40}){0,3})(${OBF_AT})([A-Za-z0-9][\w-]{0,40}(?:${ANY_DOT}[\w-]{1,40}){0,3}?)(${ANY_DOT})([A-Za-z]{2,12})(?![\w])`,
  "gi",
);
/** True when a matched separator is written out ("[at]", " dot ") rather than a real "@" or ".". */
export const WRITTEN_SEPARATOR_RE = /[\[({<]|\b(?:at|dot|arroba|arobase|chiocciola|punto|point|ponto|punkt)\b|\s[@.]|[@.]\s/i;

/** Webmail providers that people name instead of writing the domain. */
export const MAIL_PROVIDERS = "gmail|googlemail|yahoo|outlook|hotmail|live|proton(?:mail)?|icloud|yandex|zoho|aol|gmx|mail\\.ru";
/** The same as a line label ("gmail: janedoe91"), without "live", which labels other things ("Status: live: yes"). */
const MAIL_PROVIDERS_LABEL = MAIL_PROVIDERS.replace("|live|", "|");
/** "my mail is kwabena.writes on gmail", "gmail: janedoe91", "janedoe91 at gmail". */
export const PROVIDER_EMAIL_RE = new RegExp(
  String.raw`\b(?:(?:e-?mail|mail|inbox)(?:\s{1,3}(?:address|id))?(?:,?\s{1,3}it(?:\s{1,3}is|['’]s)|\s{1,3}is|\s{0,3}:)\s{1,3}([a-z0-9][\w.+-]{2,40})\s{1,3}(?:on|at|@)\s{1,3}(?:${MAIL_PROVIDERS})\b|(?:${MAIL_PROVIDERS_LABEL})\s{0,3}(?:id|address)?\s{0,3}[:=]\s{0,3}([a-z0-9][\w.+-]{2,40})\b)|(?<![\w.@])([a-z0-9][\w.+-]{2,40})\s{0,2}[([]\s{0,2}(?:${MAIL_PROVIDERS})\s{0,2}[)\]]|(?<![\w.@])([a-z0-9][\w.+-]{2,40})\s{1,3}(?:${MAIL_PROVIDERS})\s{1,3}(?:com|net|me|co)\b`,
  "gi",
);

/** Domains reserved for examples and documentation (RFC 2606, RFC 6761). */
export const EXAMPLE_DOMAIN_RE = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost|local|domain\.com|email\.com|yourdomain\.com|company\.com|acme\.com)$/i;

/** File extensions that look like top-level domains ("logo@2x.png", "README.md"). */
export const FILE_EXTENSION_RE = /^(?:png|jpe?g|gif|svg|webp|ico|bmp|tiff?|md|markdown|txt|pdf|docx?|xlsx?|pptx?|csv|json|ya?ml|xml|html?|css|scss|js|mjs|cjs|jsx|ts|tsx|py|rb|go|rs|java|kt|swift|php|sh|bat|ps1|c|h|cpp|hpp|cs|zip|gz|tar|rar|7z|mov|mp4|mp3|wav|avi|mkv|psd|ai|fig|sketch|lock|log|ini|toml|env|sql|db|exe|dll|so|dmg|apk|ipa)$/i;

/** Verbs that offer or ask for a way to reach someone ("email", "ring", "book", "pick a slot"), read by the lead-in patterns below. */
const CONTACT_VERBS = String.raw`e-?mail|write|reach|contact|message|mail|ping|drop|send|shoot|text|txt|call|ring|phone|buzz|dm|whatsapp|watsap|telegram|viber|signal|zalo|skype|find|add|hit|get\s{1,3}in\s{1,3}touch|talk|book|schedule|pick|grab|reserve|apply|submit|appelez|appelle|ll[aá]mame|escr[ií]beme|ligue|ruf|rufen`;
/** A verb phrase right before a contact detail that announces it ("email me at", "call or WhatsApp me on"). */
export const CONTACT_VERB_LEAD_IN_RE = new RegExp(String.raw`\b(?:${CONTACT_VERBS}|fill\s{1,3}(?:in|out))(?![A-Za-zÀ-ÿ])[A-Za-zÀ-ÿ\s'’-]{0,28}?(?<![A-Za-zÀ-ÿ])(?:at|on|to|via|through|with|using|au|al|en|unter|no|pelo)\s{0,3}$`, "i");
/** Words before a verb that make it a noun ("a discovery call", "by phone"): not a lead-in. */
export const NOUN_USE_BEFORE_RE = /\b(?:a|an|the|quick|short|brief|discovery|intro|introductory|video|phone|voice|zoom|free|first|by|via|over|\d+-minute)\s{1,3}$/i;
/** The verbs that can open a lead-in, to find the one nearest the contact detail. */
export const CONTACT_VERB_RE = new RegExp(String.raw`\b(?:${CONTACT_VERBS}|fill)(?![A-Za-zÀ-ÿ])`, "gi");
/** A label right before a contact detail ("Email:", "WhatsApp -", "Reach me:"). */
export const CONTACT_LABEL_LEAD_IN_RE = /(?:\b(?:e-?mail|mail|phone|tel|telephone|mobile|cell|call|whatsapp|contact|number|skype|telegram|signal|viber|wechat|threema|zalo|discord|(?:reach|contact|write\s{1,3}to|find|dm|text|call)\s{1,3}(?:me|us))(?:\s{1,3}(?:no\.?|number|id|address))?[*_]{0,2}\s{0,3}[:\-–][*_]{0,2}\s{0,3}|\b(?:my|our)\s{1,3}(?:[\w-]+\s{1,3}){0,2}?(?:e-?mail|email\s{1,3}address|number|phone|mobile|handle|id|page|profile|site|website|address|calendar|link)\s{1,3}is\s{1,3})$/i;
/** A bare preposition or colon right before a contact detail ("chat at", "on"), replaced along with it. */
export const CONTACT_PREPOSITION_RE = /(?:\b(?:at|on|via|through|to|using)\s{1,3}|:\s{0,3})$/i;

/** A sentence that books a time just before a link: "book a slot here:", "reserve your tasting at". */
export const BOOKING_BEFORE_RE = /\b(?:book|reserve|schedule|grab)\s{1,3}(?:a|an|your|the|my)?\s{0,3}(?:[\w-]+\s{1,3})?(?:slot|time|call|table|tasting|session|meeting|appointment|spot|seat)\b[^.;\n]{0,20}$/i;

/** Words that say a number nearby is a phone number. */
export const PHONE_CONTEXT_RE = /\b(?:call|calls|ring|phone|tel|telephone|mobile|cell|cellphone|text|txt|sms|whatsapp|watsap|whats\s{0,3}app|whats(?=\s{0,3}[:：])|viber|zalo|signal|telegram|buzz|bell|dial|reach|contact|number|hotline|landline|wa|ll[aá]mame|llamar|celular|m[oó]vil|tel[eé]fono|n[uú]mero|escr[ií]beme|appelez|appelle|appeler|t[eé]l[eé]phone|portable|num[eé]ro|ruf|rufen|anrufen|telefon|handy|nummer|ligue|liga|ligar|zap|telefone)(?![A-Za-zÀ-ÿ])/i;

/** A run of digits with separators, long enough to be a phone number; it may wrap to the next line, but not into a numbered list item ("9931\n3. For ..."). */
export const PHONE_CANDIDATE_RE = /(?:\+[ \t]?|\((?=\d)|\b)\d(?:[ \t().\-–—/_]{0,3}(?:\n(?![ \t]{0,3}\d{1,3}[.)][ \t]))?[ \t]{0,2}\d){6,16}(?!\d)/g;

/** Digits written as words, mixed with figures: "four-one-six, five-five-five", "oh seven seven double oh". */
export const SPELLED_DIGITS_RE = /(?<![A-Za-zÀ-ÿ\d])(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|zéro|un|deux|trois|quatre|cinq|sept|huit|neuf|um|dois|três|quatro|sete|oito|nove|null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|\d{1,4})(?![A-Za-zÀ-ÿ\d])[ \t,.\-/]{0,3}){7,24}/gi;
/** Number words and their digits. */
export const DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: "0", oh: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9",
  cero: "0", uno: "1", dos: "2", tres: "3", cuatro: "4", cinco: "5", seis: "6", siete: "7", ocho: "8", nueve: "9",
  "zéro": "0", un: "1", deux: "2", trois: "3", quatre: "4", cinq: "5", sept: "7", huit: "8", neuf: "9",
  um: "1", dois: "2", "três": "3", quatro: "4", sete: "7", oito: "8", nove: "9",
  null: "0", eins: "1", zwei: "2", drei: "3", vier: "4", "fünf": "5", sechs: "6", sieben: "7", acht: "8", neun: "9",
};

/** Dates, times, versions, money and other numbers that a phone candidate must not be. */
export const NOT_A_PHONE_RE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,3}\.\d{1,3}\.\d{1,3}(?:\.\d{1,3})?|\d{4}\s{0,3}[-–]\s{0,3}\d{4})$/;

/** Messaging apps, with the misspellings people use to slip past filters (lexicons/messaging-apps.json). */
export const MESSAGING_APPS = lexiconAlternation(MESSAGING_APP_TERMS);
export const MESSAGING_APP_RE = new RegExp(String.raw`\b(?:${MESSAGING_APPS})\b`, "i");

/** Links that open a chat directly. */
export const MESSAGING_LINK_RE = /\bdiscord\s{1,2}\.\s{1,2}gg\s{0,2}\/\s{0,2}\w{3,30}|\bt\s{1,2}\.\s{1,2}me\s{0,2}\/\s{0,2}\w{3,30}|\b(?:https?:\/\/)?(?:www\.)?(?:wa\.me|api\.whatsapp\.com\/send|chat\.whatsapp\.com|t\.me|telegram\.me|telegram\.dog|m\.me|discord\.gg|discord\.com\/invite|join\.skype\.com|join\.slack\.com\/t\/[\w-]+|signal\.me|signal\.group|line\.me|u\.wechat\.com|viber\.click|invite\.viber\.com|zalo\.me|threema\.id|wa\.link)\/[^\s)\]>"'<]*|\bwxid_[a-z0-9]{6,30}\b/gi;

/** "Skype: live:bruno_1", "my Threema ID is 7XK2PQ9M", "signal: chidi.07", "@jane on Telegram". Group 1/2: the ID. */
/** A handle spelled with spaces around its at sign and underscores, to slip past filters: "@ usman _ pxl". */
const SPACED_HANDLE = String.raw`@[ \t]{1,2}[A-Za-z0-9][\w.]{1,30}(?:[ \t]{0,2}_[ \t]{0,2}[A-Za-z0-9][\w.]{0,30}){0,3}`;
export const MESSAGING_ID_RE = new RegExp(
  String.raw`\b(?:${MESSAGING_APPS})\s{0,3}(?:id|handle|username|user\s{0,3}name|name|number|no\.?)?(?:\s{1,3}please)?\s{0,3}(?:is|:|=|-|–)\s{0,3}(live:[\w.:\-]{2,60}|@?[A-Za-z0-9][\w.\-#]{2,40}|${SPACED_HANDLE})|(@[A-Za-z0-9_][\w.]{2,40})\s{1,3}(?:on|via|at)\s{1,3}(?:${MESSAGING_APPS}|tg)\b|\btg\s{0,3}[:\-]?\s{0,3}(@[A-Za-z0-9_][\w.]{2,40})|\b(?:${MESSAGING_APPS})\b[^.;\n]{0,30}?\b(?:search|look\s{1,3}up|find)\s{1,3}(?:for\s{1,3})?(?:me\s{1,3})?(@(?=[\w.]{0,40}[_.\d])[A-Za-z0-9_][\w.]{2,40})`,
  "gi",
);

/** An app name followed straight by an ID, no "is" or ":" ("on Threema 7XK2PQ9M"). Group 1: the ID. */
/**
 * Being on an app under a name, the app named first: "I'm on Signal as username lotte.97", "reachable on
 * Threema under the ID X", "signal me, I'm on there as beatsmith.07", "faster on Telegram, it's @vorn".
 */
export const APP_AS_HANDLE_RE = new RegExp(String.raw`\b(?:${MESSAGING_APPS})\b[^.;\n@]{0,30}?\s(?:as|under|it['’]?s|is)\s{1,3}(?:the\s{1,3}|my\s{1,3})?(?:id|handle|username|user\s{0,3}name|name|nick(?:name)?)?\s{0,3}(@?[A-Za-z0-9][\w.\-#]{1,39}[\w#])`, "gi");
/** Being added by an ID with no app named in the clause: "please add me with the ID elise_vd_ux", "add me using my handle: kev.mods". Group 1: the ID. */
/** The client's channel named with the purpose of reaching them: "your personal Instagram so I can DM you", "your number so HR can call you". */
export const YOUR_CHANNEL_TO_REACH_YOU_RE = new RegExp(String.raw`\byour\s{1,3}(?:(?:personal|private|own|direct|mobile|cell)\s{1,3})?(?:${MESSAGING_APPS}|instagram|insta|facebook|linkedin|tiktok|twitter|e-?mail(?:\s{1,3}address)?|(?:phone|mobile|cell)(?:\s{1,3}number)?|number|handle)\b[^.;\n]{0,30}?\bso\s{1,3}(?:that\s{1,3})?(?:i|we|hr|our\s{1,3}[\w-]+)\s{1,3}(?:can|could|may)\s{1,3}(?:dm|message|text|call|email|e-mail|reach|contact|add|ping|ring|whatsapp)\s{1,3}you\b`, "gi");
export const ADD_ME_BY_ID_RE = /\badd\s{1,3}(?:me|us)\s{1,3}(?:(?:with|using|via|under|by|at)\s{1,3})?(?:the\s{1,3}|my\s{1,3}|our\s{1,3})?(?:id|handle|user\s{0,3}name)\s{0,3}[:\-–]?\s{0,3}@?([A-Za-z0-9][\w.\-]{2,39}[A-Za-z0-9])/gi;
export const MESSAGING_BARE_ID_RE = new RegExp(String.raw`\b(?:${MESSAGING_APPS})(?:,\s{0,3}|\s{1,3})(?:id\s{1,3})?([A-Za-z0-9][\w.\-#]{4,40}[A-Za-z0-9])`, "gi");

/** An app reached on a number given elsewhere: "WhatsApp's on the same number", "I'm on Signal at this number too". */
export const APP_ON_THAT_NUMBER_RE = new RegExp(String.raw`\b(?:${MESSAGING_APPS})(?:['’]s|\s{1,3}is|\s{1,3}works)\s{1,3}(?:also\s{1,3})?(?:on|at)\s{1,3}(?:the\s{1,3}same|this|that|my)\s{1,3}(?:number|no\.?)\b|\b(?:i['’]m|we['’]re|i\s{1,3}am|we\s{1,3}are)\s{1,3}(?:also\s{1,3})?on\s{1,3}(?:${MESSAGING_APPS})\s{1,3}(?:at|on|with)\s{1,3}(?:the\s{1,3}same|this|that|my)\s{1,3}(?:number|no\.?)\b`, "gi");
/** A messaging app preferred for the talk itself: "I prefer Signal for project talk". */
export const APP_PREFERRED_RE = new RegExp(String.raw`\b(?:i|we)\s{1,3}(?:prefer|like\s{1,3}to\s{1,3}use|mostly\s{1,3}use|usually\s{1,3}use)\s{1,3}(?:${MESSAGING_APPS})\s{1,3}(?:for|over)\s{1,3}(?:\w+\s{1,3}){0,2}?(?:talk|chat|chats|communication|calls|messages|updates|coordination)\b`, "gi");
/**
 * The talk carried on "there", to be read with the app named before it in the same sentence: "set me up with WhatsApp,
 * should you prefer that; we could continue there". Searched from "there" back, not from every app name forward.
 */
export const TALK_THERE_RE = /\b(?:we|let['’]s|you\s{1,3}and\s{1,3}i)\s{1,3}(?:(?:could|can|might|may)\s{1,3})?(?:(?:just|happily|quite)\s{1,3})?(?:continue|talk|chat|carry\s{1,3}on|speak)\s{1,3}there\b/gi;
/** The last app named in the text before "there" (within the sentence), with what follows it. */
export const APP_BEFORE_THERE_RE = new RegExp(String.raw`\b(${MESSAGING_APPS})\b(?=[^.\n]{0,80}$)`, "gi");
/** Inviting the client onto a messaging app: "let's move to WhatsApp", "add me on Skype". */
export const MESSAGING_INVITE_RE = new RegExp(
  String.raw`\b(?:move|moving|switch|continue|take|bring|carry|shift|talk|chat|message|msg|text|ping|reach|contact|add|dm|hit\s{1,3}me\s{1,3}up|call|connect|find|join|catch\s{1,3}me|write|hop|jump|exchange|communicate|correspond|speak|coordinate|(?:send|throw|drop|shoot|leave|give)\s{1,3}(?:me|us))\b[^.;:\n]{0,25}?\b(?:on|via|over|through|to|in|at)\s{1,3}(?:${MESSAGING_APPS})\b` +
    // Added to a group on the app: "so I can add you to the site WhatsApp group".
    String.raw`|\badd\s{1,3}(?:you|u)\s{1,3}(?:to|into|in)\s{1,3}(?:(?:the|a|an|our|my|this)\s{1,3})?(?:[\w-]+\s{1,3}){0,2}?(?:${MESSAGING_APPS})\s{1,3}(?:group|chat|channel|community|server)\b` +
    // An app's name as the verb: "just telegram me @jae", "WhatsApp us anytime" (messaging-apps.json verbs).
    String.raw`|\b(?:${lexiconAlternation(MESSAGING_APP_VERBS)})\s{1,3}(?:me|us)\b` +
    // ... with the writer as the one who writes: "I'll WhatsApp you the banking details".
    String.raw`|\b(?:i|we)(?:['’]ll|['’]d|\s{1,3}(?:will|can|could|would|shall))?\s{1,3}(?:just\s{1,3}|quickly\s{1,3})?(?:${lexiconAlternation(MESSAGING_APP_VERBS)})\s{1,3}(?:you|u)\b`,
  "gi",
);

/** LINE the messaging app, which only its capitals tell from the word: "continue this conversation on LINE". */
export const LINE_INVITE_RE = /\b(?:[Mm]ove|[Cc]ontinue|[Tt]alk|[Cc]hat|[Aa]dd|[Mm]essage|[Rr]each|[Ff]ind)\b[^.;:\n]{0,25}?\b(?:on|via|over|through|to|in)\s{1,3}LINE\b/g;
/** "for" as the place word of Nigerian Pidgin: "Make we continue for WhatsApp". */
export const PIDGIN_INVITE_RE = new RegExp(String.raw`\b(?:continue|chat|talk|yarn|reach|meet)\s{1,3}(?:me\s{1,3}|the\s{1,3}(?:gist|chat|talk|conversation|discussion)\s{1,3})?for\s{1,3}(?:${MESSAGING_APPS})\b`, "gi");

/** Spanish and Portuguese: an invitation verb, a place word, and an app ("hablamos por WhatsApp", "me chama no zap"). */
const INVITE_VERBS_ES_PT = lexiconAlternation(SPANISH_PORTUGUESE.inviteVerbs);
const INVITE_PLACES_ES_PT = lexiconAlternation(SPANISH_PORTUGUESE.invitePlaces);
const APPS_ES_PT = `${MESSAGING_APPS}|${lexiconAlternation(SPANISH_PORTUGUESE.appNicknames)}`;
/** The invitation in Spanish or Portuguese (lexicons/spanish-portuguese.json): "escríbeme al WhatsApp", "mandame un msj al tele". */
export const MESSAGING_INVITE_ES_PT_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${INVITE_VERBS_ES_PT})(?![\p{L}\p{N}_])[^.;:\n]{0,25}?(?<![\p{L}\p{N}_])(?:${INVITE_PLACES_ES_PT})\s{1,3}(?:(?:o|a|el|la|mi|meu|minha)\s{1,3})?(?:${APPS_ES_PT})(?![\p{L}\p{N}_])`,
  "giu",
);

/** A run of single characters spaced or hyphenated apart, the spelling that slips a handle past filters: "t e l e g r a m  @ d e v _ a h m e d", "S-i-g-n-a-l". */
export const LETTER_SPACED_RUN_RE = /(?<![\w@.-])[A-Za-z0-9@_.](?:(?:[ \t]{1,2}|[ \t]?[-*·][ \t]?)[A-Za-z0-9@_.]){5,80}(?![\w@-])/g;
/** What separates the characters of a letter-spaced run (LETTER_SPACED_RUN_RE), to be removed. */
export const LETTER_SPACING_RE = /[ \t*·-]/g;
/** A handle in a run once its spaces are gone: "@dev_ahmed_pk". */
export const COLLAPSED_HANDLE_RE = /@[A-Za-z0-9_][\w.]{2,40}/;
/** A letter-spaced run that is nothing but an app's name ("W h a t s A p p"): spelled apart only to slip past a filter. */
export const COLLAPSED_APP_NAME_RE = new RegExp(String.raw`^(?:${MESSAGING_APPS})$`, "i");

/** Asking for the client's contact detail in Spanish or Portuguese (lexicons/spanish-portuguese.json): "Qual é a sua morada completa?", "¿me pasas tu WhatsApp?". */
export const CONTACT_REQUEST_ES_PT_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${lexiconAlternation(SPANISH_PORTUGUESE.askForYour)})\s{1,3}(?:${lexiconAlternation(SPANISH_PORTUGUESE.yourDetails)})(?![\p{L}\p{N}_])`,
  "giu",
);

/** The client's detail asked for second in a list: "send me the email linked to your Payoneer and your personal email". */
export const CONTACT_REQUEST_LISTED_RE = /\b(?:send|share|give|provide|drop|tell|pass|dm|text)\s{1,3}(?:me|us)\b[^.;?!\n]{0,60}?\b(?:and|&|plus)\s{1,3}(?:your|ur)\s{1,3}(?:(?:personal|private|direct|own|mobile|cell)\s{1,3})?(?:e-?mail(?:\s{1,3}address)?|phone(?:\s{1,3}number)?|mobile\s{1,3}number|number|whats\s?app(?:\s{1,3}number)?|telegram|skype(?:\s{1,3}id)?)\b/gi;

/** After an app's name, words that make it a skill or a product rather than a channel. */
export const TECH_AFTER_RE = /^[\s-]*(?:business\s{1,3})?(?:bots?|chat\s?bots?|api|apis|sdk|integration|integrations|automation|channel|channels|group|groups|server|servers|community|communities|apps?\s{1,3}development|development|mini[\s-]?programs?|pay|ads|campaigns?|marketing|webhooks?|cloud|notifications?|templates?|flows?|widget|plugin|clone|app\s{1,3}for|support\s{1,3}for|studio|console|dashboard|admin|manager|analytics|settings|permissions)\b/i;
/** Before an app's name, words that make it a skill or someone else's channel. */
export const TECH_BEFORE_RE = /\b(?:built|build|building|develop|developed|developing|integrate|integrated|integrating|automate|automated|your|their|client's|customers'?|via\s{1,3}the|using|with\s{1,3}the|for\s{1,3}the)\s{1,3}(?:\w+\s{1,3}){0,2}$/i;

/** Social platforms. */
export const SOCIAL_PLATFORMS = String.raw`linked\s?in|facebook|fb|instagram|insta|ig|tik\s?tok|twitter|x\.com|snapchat|snap|threads|pinterest|youtube|reddit|vk|xing`;

/** Profile links on social platforms. */
export const SOCIAL_LINK_RE = /\b(?:https?:\/\/)?(?:[a-z]{2,3}\.)?(?:linkedin\.com\/(?:in|pub|profile)\/|facebook\.com\/|fb\.com\/|fb\.me\/|instagram\.com\/|instagr\.am\/|tiktok\.com\/@|twitter\.com\/|x\.com\/|snapchat\.com\/add\/|threads\.net\/@|vk\.com\/|xing\.com\/profile\/)[\w.\-%@/]*[\w\-%/]/gi;

/** "TikTok @kayode.cuts", "Instagram: @jane", "@jane on Instagram". */
export const SOCIAL_HANDLE_RE = new RegExp(
  String.raw`\b(?:on|at)\s{1,3}X\s{1,3}(?:as\s{1,3}|at\s{1,3}|:\s{0,3})?(@[A-Za-z0-9_][\w.]{1,40}[\w])|\b(?:dm|message|msg|follow|add|ping)\s{1,3}(?:me|us)\s{1,3}(?:at\s{1,3}|on\s{1,3})?(@[A-Za-z0-9_][\w.]{1,40}[\w])|\b(?:${SOCIAL_PLATFORMS})\s{0,3}(?:handle|username|profile|page|account|id)?\s{0,3}(?:is|:|-|–|at)?\s{0,3}(@[A-Za-z0-9_][\w.]{1,40}[\w])|(@[A-Za-z0-9_][\w.]{1,40}[\w])\s{1,3}(?:on|via|at)\s{1,3}(?:${SOCIAL_PLATFORMS})\b`,
  "gi",
);

/** "search my name on LinkedIn", "message my Facebook page", "follow me on Instagram". */
export const SOCIAL_INVITE_RE = new RegExp(
  String.raw`\b(?:search|look\s{1,3}up|google)\s{1,3}(?:for\s{1,3})?(?:my\s{1,3}(?:full\s{1,3})?name|"[^"\n]{3,60}"|“[^”\n]{3,60}”)[^.;\n]{0,40}?\b(?:message|dm|contact|add|connect\s{1,3}with|ping|follow)\s{1,3}(?:me|us)(?:\s{1,3}there)?|\bmy\s{1,3}(?:${SOCIAL_PLATFORMS})\b[^.;\n]{0,40}?\b(?:reach|contact|message|find|dm)\s{1,3}(?:me|us)\b|\b(?:find|search|look|follow|message|msg|dm|connect|add|reach|contact|ping|write|hit\s{1,3}me\s{1,3}up|text)\b(?:\s{1,3}(?:me|us|for\s{1,3}me|my\s{1,3}name|for\s{1,3}my\s{1,3}name|up))?[^.;:\n]{0,20}?\b(?:on|via|at|through)\s{1,3}(?:${SOCIAL_PLATFORMS})\b|\b(?:message|msg|dm|contact|find|follow|visit|check)\s{1,3}(?:me\s{1,3}on\s{1,3})?(?:my|our)\s{1,3}(?:${SOCIAL_PLATFORMS})(?:\s{1,3}(?:page|profile|account|inbox))?\b`,
  "gi",
);

/** After a contact link or handle, words that invite contact there ("and message me there"). */
export const CONTACT_THERE_AFTER_RE = /^\s{0,3}(?:as\s{1,3}|at\s{1,3}|:\s{0,3})?@[A-Za-z0-9_][\w.]{1,40}[\w]|^,?\s{1,3}(?:and\s{1,3})?(?:message|msg|dm|contact|ping|text|write\s{1,3}to|reach)\s{1,3}(?:me|us)\s{1,3}(?:there|directly)/i;

/** Hosts of booking pages. */
export const BOOKING_HOSTS = ["calendly.com", "cal.com", "tidycal.com", "savvycal.com", "meetings.hubspot.com", "zcal.co", "youcanbook.me", "acuityscheduling.com", "as.me", "doodle.com", "koalendar.com", "setmore.com", "simplybook.me", "oncehub.com", "appointlet.com", "vcita.com", "calendar.app.google", "cal.link", "motion.link", "reclaim.ai", "harmonizely.com", "zeeg.me"];
/** Hosts of forms and surveys used for intake. */
export const FORM_HOSTS = ["forms.gle", "typeform.com", "tally.so", "jotform.com", "forms.office.com", "forms.microsoft.com", "formstack.com", "wufoo.com", "surveymonkey.com", "paperform.co", "cognitoforms.com", "fillout.com", "hsforms.com", "123formbuilder.com", "formsite.com", "formspree.io"];
/** Link hubs that list someone's contacts. */
export const LINK_HUB_HOSTS = ["linktr.ee", "beacons.ai", "bio.link", "lnk.bio", "campsite.bio", "hoo.be", "solo.to", "taplink.cc", "allmylinks.com", "linkin.bio", "msha.ke", "linkbio.co", "contactinbio.com"];
/** One-page site builders: a page there may be a portfolio or a list of contacts, so a link is a maybe, and labelled as a portfolio it is allowed. */
export const ONE_PAGE_SITE_HOSTS = ["carrd.co", "about.me", "bento.me"];
/** Applicant-tracking systems and job boards where applications go. */
export const APPLICANT_HOSTS = ["workable.com", "greenhouse.io", "lever.co", "ashbyhq.com", "bamboohr.com", "breezy.hr", "recruitee.com", "smartrecruiters.com", "jobvite.com", "teamtailor.com", "personio.de", "personio.com", "myworkdayjobs.com", "icims.com", "applytojob.com", "jazzhr.com", "workatastartup.com", "wellfound.com", "homerun.co", "join.com", "pinpointhq.com"];
/** URL shorteners, which hide where a link goes. */
export const SHORTENER_HOSTS = ["bit.ly", "tinyurl.com", "ow.ly", "is.gd", "rebrand.ly", "cutt.ly", "shorturl.at", "t.ly", "tiny.cc", "rb.gy", "buff.ly", "short.io", "s.id"];
/** Portfolio hosts: links there are allowed unless they point at a contact page. */
export const PORTFOLIO_HOSTS = ["github.com", "github.io", "gitlab.com", "bitbucket.org", "behance.net", "dribbble.com", "artstation.com", "vimeo.com", "youtube.com", "youtu.be", "soundcloud.com", "figma.com", "notion.site", "medium.com", "substack.com", "codepen.io", "kaggle.com", "huggingface.co", "deviantart.com", "500px.com", "issuu.com"];
/** Upwork itself: links there keep the conversation on the platform. */
export const ON_PLATFORM_HOSTS = ["upwork.com"];
/** Google Forms live under docs.google.com/forms. */
export const FORM_PATH_RE = /^docs\.google\.com\/forms\b|^airtable\.com\/shr|^notion\.so\/.*form|^calendar\.google\.com\/calendar\/appointments/i;
/** Paths on any site that lead to contact, booking or applying. */
export const CONTACT_PATH_RE = /\/(?:contact(?:-?us|-?me)?|get-in-touch|book(?:ing)?(?!-(?:notes?|reviews?|clubs?|lists?|covers?|designs?|launch|trailers?|series|summar(?:y|ies)|recommendations))|book-a-call|schedule|appointments?|meet|call|apply|application|careers?|jobs?|hire-?me|intake|enquir(?:y|e)|inquir(?:y|e))(?:[/?#.-]|$)/i;
/** Hosts whose first label says "apply here" (jobs.acme.com, careers.acme.com, apply.acme.com). */
export const APPLY_SUBDOMAIN_RE = /^(?:jobs|careers|apply|hiring|recruiting|talent)\./i;
/** A site's own forms subdomain: "forms.quillbrook-grants.com/new-client". */
export const FORM_SUBDOMAIN_RE = /^forms?\./i;

/** A UK postcode ("NW1 6XE", "LS6 2AB"). */
const UK_POSTCODE = String.raw`[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b`;

/** Street types written after the name ("88 Flinders St", "221B Baker Street"). */
const STREET_TYPES = String.raw`Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|Tce|Parkway|Pkwy|Highway|Hwy|Square|Sq|Crescent|Cres|Close|Row|Plaza|Circle|Cir|Alley|Parade|Pde|Esplanade|Quay|Wharf|Walk|Grove|Gardens|Wynd|Mews|Brae|Vennel|Rise|Vale`;
/** A building or housing society named between the number and the street: "22B, Shanti Niketan Society, Baner Road". */
const BUILDING_BEFORE_STREET = String.raw`(?:(?<=\d[A-Za-z]?,[ \t]{1,3})(?:[A-Z][A-Za-z'’.-]{1,20}[ \t]{1,3}){0,3}[A-Z][A-Za-z'’.-]{1,20},[ \t]{1,3})?`;
/** "88 Flinders St, Melbourne VIC 3000", "Level 3, 88 Flinders St", "No. 27, Galle Road, Colombo 03", "1600 Pennsylvania Avenue NW, Washington, DC 20500". */
export const STREET_ADDRESS_RE = new RegExp(
  String.raw`(?:\b(?:Level|Suite|Unit|Floor|Flat|Apt\.?|Apartment)[ \t]{1,3}\d{1,4}[A-Za-z]?,?[ \t]{1,3})?(?:\bNo\.?[ \t]{0,2}\d{1,5}[A-Za-z]?,?|\b\d{1,5}[A-Za-z]?(?:[-/]\d{1,4})?,?)[ \t]{1,3}${BUILDING_BEFORE_STREET}(?:[NSEW]\.?[ \t]{1,3})?(?:[A-Z][A-Za-z'’.-]{1,20}[ \t]{1,3}){1,3}(?:${STREET_TYPES})\b\.?(?:[ \t]{1,3}(?:NW|NE|SW|SE|N|S|E|W)\b)?(?:,?(?:[ \t]{1,3}[A-Z][A-Za-z'’.-]{1,20}(?!\d)){1,3}(?:,?[ \t]{1,3}[A-Z]{2,3}\b)?(?:,?[ \t]{1,3}(?:\d{4,6}(?:-\d{4})?|${UK_POSTCODE}))?)?`,
  "g",
);
/** Continental street names with the number after ("Schanzenstraße 41, 20357 Hamburg", "Karl-Heine-Straße 87", "Moda Caddesi No: 112, Kadıköy, İstanbul"). */
export const EUROPEAN_ADDRESS_RE = new RegExp(
  String.raw`\b[A-ZÄÖÜÅØÆ][\wäöüßåøæéèàçğışİ.-]{1,30}(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|ring|laan|straat|gracht|plein|vej|gade|gatan|gata|veien|katu|tie|ulica|utca|ulice|-Straße|-Strasse|-Str\.|-Weg|-Gasse|-Platz|-Allee|-Damm|-Ring)[ \t]{1,3}\d{1,4}[a-z]?(?:,?[ \t]{1,3}(?:D-|A-|CH-)?\d{4,5}[ \t]{1,3}[A-ZÄÖÜ][\wäöüß-]{1,30})?` +
    String.raw`|\b(?:[A-ZÇĞİÖŞÜ][\wçğıöşü]{1,25}[ \t]{1,3}){1,2}(?:Caddesi|Cad\.|Cd\.|Sokak|Sokağı|Sk\.|Bulvarı|Mahallesi|Mah\.)[ \t]{0,3}(?:No[ \t]{0,3}[:.]?[ \t]{0,3}\d{1,4}[A-Za-z]?)(?:[,/][ \t]{0,3}(?:[A-ZÇĞİÖŞÜ][\wçğıöşü]{1,25})){0,2}` +
    String.raw`|\b\d{1,4}(?:[ \t]{0,3}bis)?,?[ \t]{1,3}(?:[Rr]ue|[Aa]venue|[Bb]oulevard|bd|[Pp]lace|[Qq]uai|[Cc]hemin|[Aa]llée|[Ii]mpasse)[ \t]{1,3}(?:[\wàâçéèêëîïôûùüÿñæœ'’-]{1,25}[ \t]{1,3}){0,4}?(?:[dDlL]['’])?[A-Z][\wàâçéèêëîïôûùüÿñæœ'’-]{1,25}(?:,?[ \t]{1,3}\d{5}[ \t]{1,3}[A-Z][\w-]{1,30})?` +
    String.raw`|\b(?:Calle|Carrer|Avenida|Av\.|Rua|Via|Viale|Piazza|Corso)[ \t]{1,3}(?:[\wáéíóúàèìòùâêôãõçñ'’-]{1,25}[ \t]{1,3}){1,4}?(?:n[.ºo°][ \t]{0,3})?\d{1,4}\b(?:,?[ \t]{1,3}\d{4,5}(?:-\d{3})?[ \t]{1,3}[A-Z][\w-]{1,30})?`,
  "g",
);
/** An address given after its label, in any script and without a street word: "My studio address is: 27 Lê Lợi, Hải Châu, Đà Nẵng". */
const ADDRESS_PART = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \t]{1,3}\p{L}[\p{L}'’.-]*){0,3}`;
export const LABELED_ADDRESS_RE = new RegExp(String.raw`(?<=\baddress(?:[ \t]{1,3}is)?[ \t]{0,3}:?[ \t]{1,3})\d{1,5}[A-Za-z]?[ \t]{1,3}${ADDRESS_PART}(?:,[ \t]{0,3}${ADDRESS_PART}){1,4}`, "gu");
/** Words that say a nearby address is offered for contact or visits. */
/**
 * A short label opening the line, then a colon, right before a detail: "For urgent matters: 0300/555/7741",
 * "Get a quote: site.com/contact"; not an ID's label (an acronym such as "NPI", or "number", "code", "ref").
 */
export const LINE_LABEL_BEFORE_RE = /(?:^|\n)[ \t>*_-]{0,6}(?![^\n:]{0,32}\b(?:\p{Lu}{2,}|id|no|number|code|ref|reg)\b)\p{L}[\p{L} '’]{0,30}:[ \t]{0,3}$/u;
export const ADDRESS_CONTEXT_RE = /\b(?:address|office|studio|located|visit|come\s{1,3}(?:and\s{1,3})?see\s{1,3}(?:us|me)|drop\s{1,3}(?:by|off|them|it)|pick\s{1,3}up|come\s{1,3}by|walk[\s-]?ins?|walk\s{1,3}in|stop\s{1,3}by|pop\s{1,3}(?:in|by|over)|swing\s{1,3}by|find\s{1,3}us|send|mail|post|ship|courier|deliver|meet|headquarters|hq|based\s{1,3}at|our\s{1,3}place)\b/i;

/** Asking the client for their contact details. */
/** Chat apps whose mere "you got X?" asks the client onto them (workplace tools such as Slack are left out). */
const CHAT_APPS = String.raw`whats\s?app|telegram|signal|viber|wechat|skype|line|discord|snapchat|kik`;
export const CONTACT_REQUEST_RE = new RegExp(
  // Which of the client's details to use: "what email should I send the files to?", "which number can we call?".
  String.raw`\b(?:what|which)\s{1,3}(?:e-?mail(?:\s{1,3}address)?|(?:phone|mobile|cell|whats\s?app)\s{1,3}number|number|address)\s{1,3}(?:should|can|could|do|shall|would)\s{1,3}(?:i|we)\s{1,3}(?:send|mail|write|text|call|reach|ship|post|email|forward)\b|` +
  String.raw`\b(?:what(?:'|’)?s|what\s{1,3}is|${lexiconAlternation(REQUEST_VERBS.handOver)}|(?<!\b(?:don['’]t|do\s{1,3}not|never|not|won['’]t|no)\s{1,3})(?:${lexiconAlternation(REQUEST_VERBS.askingFor)}))\s{1,3}(?:me\s{1,3}|us\s{1,3})?(?:your|ur)\s{1,3}(?:(?:personal|private|direct|best|work|own|business|mobile|cell)\s{1,3}){0,2}(?:e-?mail(?:\s{1,3}address)?|phone(?:\s{1,3}number)?|mobile(?:\s{1,3}number)?|cell(?:\s{1,3}number)?|(?:whats\s?app|telegram|viber|signal|skype|wechat|zalo|line)(?:\s{1,3}(?:number|id|handle))?|number|linked\s?in|instagram|facebook|contact\s{1,3}(?:details|info|information|number)|address)\b|\b(?:best|easiest|direct)\s{1,3}(?:number|way|email|e-mail)\s{1,3}to\s{1,3}(?:text|call|reach|email|contact|whatsapp|message)\s{1,3}you\b|\bcan\s{1,3}i\s{1,3}(?:get|have)\s{1,3}your\s{1,3}(?:e-?mail|phone|number|whats\s?app|skype|telegram|contact)|\bhow\s{1,3}(?:can|do)\s{1,3}i\s{1,3}(?:reach|contact|call)\s{1,3}you\s{1,3}(?:outside|directly|off)|\b(?:laissez|donnez|envoyez|communiquez)-moi\s{1,3}votre\s{1,3}(?:num[eé]ro|e-?mail|adresse|whats\s?app|t[eé]l[eé]phone|portable)|(?<![A-Za-zÀ-ÿ])(?:p[aá]same|dame|env[ií]ame|m[aá]ndame|comp[aá]rteme)\s{1,3}tu\s{1,3}(?:n[uú]mero|correo|whats\s?app|tel[eé]fono|celular|email)|\b(?:what(?:'|’)?s|what\s{1,3}is|send|drop|give|dm)\s{1,3}(?:me\s{1,3})?(?:your|ur)\s{1,3}@(?!\w)` +
    String.raw`|\b(?:do\s{1,3})?you\s{1,3}(?:got|have|use)\s{1,3}(?:${CHAT_APPS})\s{0,3}\?|\bif\s{1,3}you\s{1,3}(?:have|use|are\s{1,3}on)\s{1,3}(?:${MESSAGING_APPS})\b[^.;\n]{0,30}?\b(?:tell|send|give|share|drop)\s{1,3}(?:me\s{1,3})?your\s{1,3}(?:username|user\s{0,3}name|handle|id|number)\b`,
  "gi",
);
/** After a request for an email, words that make it the scoping exception (access to a system). */
export const SCOPING_ACCESS_RE = /\b(?:read-?only(?:access)?|access|(?:only|just|solely)\s{1,3}for\s{1,3}(?:scoping|the\s{1,3}(?:estimate|quote|audit))|grant|sso|single\s{1,3}sign-?on|only\s{1,3}for\s{1,3}(?:that|the|this)\s{1,3}(?:login|sign-?in|invite|account)|invite\s{1,3}me\s{1,3}to|add\s{1,3}me\s{1,3}(?:as|to)\s{1,3}(?:a\s{1,3})?(?:user|viewer|collaborator)|add\s{1,3}my\s{1,3}(?:[\w-]+\s{1,3}){0,2}?(?:id|e-?mail|account|address)\s{1,3}(?:to|as)\s{1,3}(?:\w+\s{1,3}){0,2}?(?:testflight|tester|user|viewer|collaborator|repo|repository|workspace|project|beta)|(?:internal|beta|external)\s{1,3}tester|\bas\s{1,3}(?:a\s{1,3})?[*_]{0,2}(?:viewer|collaborator|guest\s{1,3}user|read-?only\s{1,3}user)|share\s{1,3}the\s{1,3}(?:folder|drive|repo))\b/i;
/** An email given for an NDA or other legal paperwork (the legal-document exception). */
export const LEGAL_DOCUMENT_RE = /\b(?:NDA|non-disclosure|countersign(?:ed)?|e-?sign(?:ature)?|docusign|contract\s{1,3}paperwork|legal\s{1,3}(?:team|paperwork))\b/i;

/** Inviting onto an app only counts when it is me/us or "let's" (Pidgin "make we"): "your customers can reach you on WhatsApp" is not. */
export const INVITE_PARTY_RE = /\b(?:me|us)\b|\bmake\s{1,3}we\b/i;
/** The speaker's side reaching the client on an app: "our account manager will message you on Teams". */
export const SPEAKER_REACHES_YOU_RE = new RegExp(String.raw`\b(?:i|we|i['’]ll|we['’]ll|our\s{1,3}(?:[\w-]+\s{1,3}){0,2}(?:will|can|would))\b[^.;\n]{0,30}?\b(?:message|text|call|ping|contact|reach|add|dm|${lexiconAlternation(MESSAGING_APP_VERBS)})\s{1,3}you\b`, "i");
/** Moving over to an app together, which needs no "me" either: "happy to hop on WhatsApp", "we can jump on Telegram". */
export const JOINT_MOVE_RE = /^(?:hop|hopping|jump|jumping|switch|switching)\s{1,3}(?:over\s{1,3})?(?:on|onto|to|over\s{1,3}to)\b/i;
/** Before such a move, the speaker or an offer: "we can", "happy to", "let's" (not "users switch to Signal"). */
export const JOINT_MOVE_SPEAKER_BEFORE_RE = /\b(?:i|we|i['’]m|we['’]re|i['’]d|we['’]d|let['’]s|let\s{1,3}us|happy|glad)\b[^.;\n]{0,25}$/i;
/** A handle given right after the app's name: "on Discord, user is kev_mods", "Signal - handle: lotte.97". */
export const HANDLE_AFTER_APP_RE = /^[\s,:\-–(]{0,3}(?:my\s{1,3})?(?:user(?:\s{0,3}name)?|handle|id|tag|nick(?:name)?)\s{0,3}(?:is|:|=)?\s{0,3}@?[A-Za-z0-9][\w.\-]{2,31}/i;
/** Moving the conversation itself, which needs no "me": "continue this discussion over WhatsApp". */
export const MOVE_CONVERSATION_RE = /^(?:move|moving|switch|continue|take)\b[^.;:\n]*?\b(?:this|the|our)\s{1,3}(?:(?:whole|entire)\s{1,3})?(?:discussion|conversation|chat|thread|talk)s?\b/i;
/** A direct message asked for at a handle, no app named: "send me a direct message at @cfo.on.the.move". */
export const DM_AT_HANDLE_RE = /\b(?:dm|direct\s{1,3}message|private\s{1,3}message|pm)\s{1,3}(?:me\s{1,3})?(?:at|on|to)\s{1,3}@[A-Za-z0-9_][\w.]{2,30}[\w]|\badd\s{1,3}me\s{0,3}(?::|-|–|at|on|as)\s{0,3}@[A-Za-z0-9_][\w.]{2,30}[\w]/gi;
/** A Skype ID of the "live:" kind: "live:.cid.8f2a55e91c4b", "live:jane.doe_92" (a digit, dot or underscore in it). */
export const SKYPE_LIVE_ID_RE = /\blive:\.?(?:cid\.)?(?=[\w.-]*[\d._])[A-Za-z0-9][\w.-]{3,40}/g;
/** A Discord tag: a name, "#" and four digits ("pixelwren#4471"). Group 1: the tag. */
export const DISCORD_TAG_RE = /(?<![\w#@/])([A-Za-z][\w.]{1,31}#\d{4})(?!\d)/g;
/** Words before a Discord tag that make it a handle given out. */
export const TAG_CUE_BEFORE_RE = /\b(?:tag|discord|d[i1]sc[o0]rd|handle|user(?:\s{0,3}name)?|add\s{1,3}me|dm\s{1,3}me|find\s{1,3}me|hit\s{1,3}me\s{1,3}up|i['’]m)\b[^.;\n]{0,25}$/i;
/** "let's", "we can", "I'd prefer we": a shared move to another channel. */
export const SHARED_MOVE_BEFORE_RE = /\b(?:let['’]?s|let\s{1,3}us|we\s{1,3}(?:can|could|should|might)|shall\s{1,3}we|can\s{1,3}we|(?:i['’]?d|i\s{1,3}would)\s{1,3}(?:prefer|rather|love|like)\s{1,3}(?:(?:if|that)\s{1,3})?we|how\s{1,3}about\s{1,3}we)\s{1,3}(?:just\s{1,3}|maybe\s{1,3}|also\s{1,3})?$/i;
/** Video-call links outside Upwork's own meetings. */
export const MEETING_LINK_HOSTS = ["zoom.us", "meet.google.com", "teams.microsoft.com", "teams.live.com", "whereby.com", "meet.jit.si", "webex.com"];
/** After a requested contact word, a noun that makes it a topic, not a request ("your email list", "your LinkedIn strategy"). */
export const REQUEST_TOPIC_AFTER_RE = /^\s{0,3}(?:lists?|templates?|platforms?|providers?|strateg(?:y|ies)|analytics|exports?|formats?|rules|validation|business|marketing|campaigns?|ads|api|settings|tools?|software|service|size|sequences?|flows?|copy|newsletters?|signatures?|domains?|deliverability|audience|followers|page|group|channel|bot|integration|data|database|verification|automation|setup|open\s{1,3}rates?|content|posts|profile\s{1,3}(?:photo|picture|copy|headline))\b/i;

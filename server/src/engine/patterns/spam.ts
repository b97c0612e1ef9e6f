// Patterns for spam: repeated follow-ups and one letter sent to many jobs.

import { SENDING_SETTINGS, SPANISH_PORTUGUESE, lexiconAlternation, lexiconRe } from "../lexicons";

/** Promising to message again and again (not progress updates promised until the work is done: "daily updates until delivery"). */
export const REPEATED_FOLLOW_UP_RE = /\b(?:message|messaging|msg|follow(?:ing)?\s{1,3}up|follow-up(?!:)|ping|pinging|resend|re-send|repeat|repeating|repost|re-post|reposting|relist|send(?:ing)?|email|emailing|call|calling|text|texting|remind(?:er)?s?|chase|chasing|contact|write|bump|bumping|nudge|nudging)\b(?![^.;\n]{0,30}?\b(?:updates?|progress|reports?|status|previews?|drafts?|screenshots?|builds?)\b)[^.;\n]{0,50}?\b(?:every\s{1,3}(?:single\s{1,3})?(?:day|morning|evening|night|hour|few\s{1,3}(?:hours|days|minutes)|\d+\s{0,3}(?:hours?|hrs?|minutes?|mins?|days))|daily|hourly|each\s{1,3}(?:day|morning|hour)|non-?stop|again\s{1,3}and\s{1,3}again)\b[^.;\n]{0,40}?\b(?:until|till)\b|\b(?:message|messaging|msg|follow(?:ing)?\s{1,3}up|ping|pinging|resend|re-send|remind(?:er)?s?|chase|chasing|bump|bumping|nudge|nudging|call|calling|text|texting)\s{1,3}(?:you|your\s{1,3}\w+)?\s{0,3}(?:every\s{1,3}(?:single\s{1,3})?(?:half[\s-]hour|hour|morning|evening|night|few\s{1,3}hours|\d+\s{1,3}(?:hours|minutes))|hourly|non-?stop|again\s{1,3}and\s{1,3}again)\b|\bkeep\s{1,3}(?:sending|messaging|calling|emailing|pinging|following\s{1,3}up|bumping|checking\s{1,3}in|nudging)\b[^.;\n]{0,40}?\buntil\b|\b(?:message|ping|remind|chase|bump)\w*\b[^.;\n]{0,40}?\buntil\s{1,3}you\s{1,3}(?:answer|reply|respond|decide|hire|say\s{1,3}yes|get\s{1,3}back)\b/i;

/** Sending the same letter to many jobs. */
export const MASS_PROPOSAL_RE = /\b(?:use|using|used|send|sending|sent|submit|submitting|submitted|paste|pasting|pasted|copy|copying|post|posting|posted|blast|blasting|spray|reuse|reusing|reused)\s{1,3}(?:this|the|one|my)\s{1,3}(?:(?:(?:same|exact|identical)\s{1,3}){1,2}(?:[\w-]+\s{1,3})?)?(?:letter|proposal|template|message|cover\s{1,3}letter|text|pitch|opening|intro|introduction|script|blurb|note|dm|email)\s{1,3}(?:for|to|on|across|in)\s{1,3}(?=[^.;\n]{0,80}?\b(?:all|every|each|other|many|several|dozens|hundreds|lots|\d+|two|three|four|five|ten|twenty|fifty|today|a\s{1,3}day|per\s{1,3}day|as\s{1,3}well|this\s{1,3}week)\b)(?:[\w"“”'’&-]+\s{1,3}){0,5}?(?:jobs?|postings?|posts|listings|openings|gigs|bids|clients|projects)\b|\b(?:use|send|submit|paste|copy|post|blast|spray|reuse)\s{1,3}(?:this|the\s{1,3}same|one)\s{1,3}(?:letter|proposal|template|message|cover\s{1,3}letter|text|pitch|opening|intro|introduction|script|blurb)\s{1,3}(?:for|to|on|across)\s{1,3}(?:all|every|each|as\s{1,3}many|\d+|dozens|hundreds)\b[^.;\n]{0,30}?\b(?:jobs?|postings?|posts|listings|openings|gigs|bids|clients|job\s{1,3}posts)\b|\bsame\s{1,3}(?:text|letter|proposal),?\s{1,3}no\s{1,3}edits\b|\bbulk[\s-]bid(?:ding)?\b|\bmass[\s-](?:apply|applying|bid(?:ding)?|proposals?)\b|\bvolume\s{1,3}is\s{1,3}what\s{1,3}matters\b/i;
/** Every job of a search, or every client of a list: "every Shopify job", "each client in our list" (not "every job board"). */
const EVERY_JOB = String.raw`(?:to|into|on|in)\s{1,3}(?:(?:every|each)\s{1,3}(?:[\w"“”'’&./-]+\s{1,3}){0,4}?(?:job|post|posting|listing|opening|client|gig)s?|all\s{1,3}(?:the\s{1,3})?(?:[\w"“”'’&./-]+\s{1,3}){0,5}?(?:jobs|postings|listings|openings|gigs))\b(?!\s{1,3}boards?)`;
/** The same text sent to every job: "paste it into EVERY ppc job", "send this same deck to every web-dev job", "this goes to every client". */
export const TO_EVERY_JOB_RE = new RegExp(
  String.raw`\b(?:paste|pasted|pasting|blast|blasted|copy|copied|put|use)\b(?:\s{1,3}[\w'’-]+){0,4}?\s{1,3}${EVERY_JOB}` +
    String.raw`|\b(?:send|sends|sent|sending|post|posts|posted|posting|submit|submits|submitted|drop|dropped|dispatch|dispatches|dispatched|dispatching)\s{1,3}(?:it\s{1,3}|this\s{1,3})?${EVERY_JOB}|\b(?:send|sends|sent|sending|post|posts|posted|posting|submit|submits|submitted|drop|dropped)\s{1,3}(?:it|this|the\s{1,3}same|this\s{1,3}same|same|one|the\s{1,3}template|my\s{1,3}template|[\w-]+\.(?:md|txt|docx?|pdf))\b(?:[\s,]{1,3}[\w'’-]+){0,4}?[\s,]{1,3}${EVERY_JOB}` +
    String.raw`|\b(?:this|it)(?:\s{1,3}one)?\s{1,3}(?:goes|went|is\s{1,3}sent|gets\s{1,3}sent)\s{1,3}(?:out\s{1,3})?(?:[\w'’-]+\s{1,3}){0,4}?${EVERY_JOB}`,
  "i",
);
const SAME_LETTER = String.raw`(?:same|identical|exact)\s{1,3}(?:letter|proposal|message|text|pitch|cover\s{1,3}letter|answers)`;
const YOUR_OTHER_POSTS = String.raw`(?:your|all\s{1,3}your)\s{1,3}(?:other|last|previous)\s{1,3}(?:\w+\s{1,3}){0,2}(?:postings?|jobs?|posts|listings|openings)`;
/** The same letter sent to the client's other posts too: "I applied to your other two postings ... with this same letter". */
export const SAME_LETTER_TO_OTHER_POSTS_RE = new RegExp(
  String.raw`\b(?:applied|apply|applying|sent|send|sending|submitted)\s{1,3}to\s{1,3}${YOUR_OTHER_POSTS}\b[^.;\n]{0,90}?\b${SAME_LETTER}\b|\b${SAME_LETTER}\s{1,3}(?:to|into|on)\s{1,3}${YOUR_OTHER_POSTS}\b` +
    String.raw`|\bre-?apply(?:ing)?\b[^.;\n]{0,30}?\b(?:every\s{1,3}(?:time|repost)|each\s{1,3}time|under\s{1,3}every)\b|\bfrom\s{1,3}both\s{1,3}(?:my\s{1,3})?profiles\b`,
  "i",
);
/** A follow-up counted from the fifth on: "Sixth follow-up today", "my 7th message". */
export const LATE_ORDINAL_FOLLOW_UP_RE = /\b(?:follow[\s-]?up|relance|seguimiento|recordatorio|lembrete)\s{1,3}(?:#|n[°º]\s{0,2}|no\.?\s{0,2}|number\s{1,3})(?:[5-9]|\d{2,})\b|\b(?:fifth|sixth|seventh|eighth|ninth|tenth|(?:[5-9]|\d{2,})(?:th|st|nd|rd))\s{1,3}(?:follow[\s-]?up|message|reminder|email|ping|nudge|time\s{1,3}(?:writing|asking|messaging|following\s{1,3}up))\b/i;
/** A proposal withdrawn and sent again to climb the list: "I withdraw and resubmit this every morning". */
export const RESUBMIT_RE = /\b(?:withdraw\w*|delet(?:e|ing)|remov(?:e|ing)|clos(?:e|ing)|cancel\w*|tak(?:e|ing)\s{1,3}down)\s{1,3}(?:(?:it|this|them|the\s{1,3}[\w-]+)\s{1,3})?and\s{1,3}re-?(?:submit|apply|post|send|list|publish)\w*\b|\bre-?(?:post|list|submit)\w*\s{1,3}(?:it|this|them|the\s{1,3}[\w-]+)\s{1,3}(?:under|with)\s{1,3}(?:a\s{1,3})?(?:new|different|fresh)\s{1,3}(?:title|name|heading)\b/i;
/** One letter for a whole category of jobs: "same letter for every copy job". */
export const SAME_LETTER_FOR_EVERY_RE = /\bsame\s{1,3}(?:letter|proposal|pitch|template|text|message|intro|opening|cover\s{1,3}letter)\s{1,3}(?:for|to|on)\s{1,3}(?:every|each|all)\b[^.;\n]{0,30}?\b(?:job|post|client|listing|gig)s?\b|\b(?:standard|same|stock|generic)\s{1,3}(?:letter|proposal|pitch|template|text|message)\s{1,3}(?:that\s{1,3})?(?:we|i)\s{1,3}(?:send|sent|post|paste|use)\s{1,3}(?:to|on|for)\s{1,3}(?:every|each|all)\b[^.;\n]{0,30}?\b(?:job|post|client|listing|gig)s?\b/i;

/** Follow-ups scheduled hours or minutes apart: "send follow-ups 2, 3 and 4 an hour apart" (days apart is ordinary). */
export const FOLLOW_UPS_APART_RE = /\b(?:follow[\s-]?ups?|messages|reminders|pings|nudges|bumps)\b[^.;\n]{0,40}?\b(?:an?|one|two|three|four|five|\d+)\s{1,3}(?:hours?|hrs?|minutes?|mins?)\s{1,3}apart\b|\b(?:doesn['’]t|don['’]t|didn['’]t|hasn['’]t|haven['’]t|no)\s{1,3}(?:answer|reply|respond|response|hear\s{1,3}back)\w*\s{1,3}(?:in|within|after)\s{1,3}(?:(?:[1-9]|1[0-2]|one|two|three|four|five|six|an?)\s{0,3}(?:hours?|hrs?|h)|\d{1,3}\s{0,3}(?:minutes?|mins?))\b[^.;\n]{0,30}?\b(?:send|fire\s{1,3}off|ping|follow\s{1,3}up|nudge|bump)\b/i;

/** One job bid on from several of the team's profiles: "submit this from all three team profiles on the same job". */
const SEVERAL_PROFILES = String.raw`(?:both|all|each|every|two|three|four|five|\d+|multiple|several)\s{1,3}(?:(?:of\s{1,3})?(?:our|my|the|your)\s{1,3})?(?:(?:team|agency|member|staff)\s{1,3})?(?:profiles|accounts)`;
export const SEVERAL_PROFILES_ONE_JOB_RE = new RegExp(String.raw`\b(?:from|with|using|via|through)\s{1,3}${SEVERAL_PROFILES}\b[^.;\n]{0,30}?\bsame\s{1,3}(?:job|post|posting|listing|project)s?\b|\bsame\s{1,3}(?:job|post|posting|listing|project)s?\b[^.;\n]{0,30}?\b(?:from|with|using|via|through)\s{1,3}${SEVERAL_PROFILES}\b`, "i");

/** The same letter said to have gone to many others: "the same overview I've sent to the twenty or so practices". */
export const SAME_LETTER_SENT_TO_MANY_RE = /\bsame\s{1,3}(?:letter|proposal|pitch|template|text|message|intro|overview|note|email|summary|cover\s{1,3}letter)\s{1,3}(?:that\s{1,3})?(?:i['’]ve|i\s{1,3}have|we['’]ve|we\s{1,3}have|i|we)\s{1,3}(?:already\s{1,3})?(?:sent|used|posted|submitted)\s{1,3}to\s{1,3}(?:the\s{1,3})?(?:\d+|dozens|all|every|many|several|a\s{1,3}dozen|ten|fifteen|twenty|thirty|forty|fifty|hundreds?|other)\b/i;

/** One front-matter line "key: value", a list item's dash allowed. Groups: 1 key, 2 value. */
export const SETTING_LINE_RE = /^[ \t]*(?:-[ \t]+)?([A-Za-z][\w.-]{0,60})[ \t]*:[ \t]*(\S[^\n\r]{0,200}?)[ \t]*$/gm;
/** In a setting's words (lexicons/sending-settings.json): where or how the letter is sent ("send", "targets", "use"). */
export const SEND_SETTING_RE = lexiconRe(SENDING_SETTINGS.sendKeys);
/** A value that says bulk by itself: "bulk", "blast", "auto apply". */
export const BULK_VALUE_RE = lexiconRe(SENDING_SETTINGS.bulkValues);
/** A value that says every job: "all new ETL posts", "every open copywriting job". */
export const EVERY_JOB_VALUE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${lexiconAlternation(SENDING_SETTINGS.everyWords)})(?![\p{L}\p{N}])[^\n,;]{0,40}?(?<![\p{L}\p{N}])(?:${lexiconAlternation(SENDING_SETTINGS.jobNouns)})(?![\p{L}\p{N}])`,
  "iu",
);
/** A key about withdrawing and sending again: "resubmit_if_no_reply_days". */
export const RESUBMIT_SETTING_RE = lexiconRe(SENDING_SETTINGS.resubmitKeys);
/** A key about following up: "repeat", "auto_follow_up", "bump". */
export const REPEAT_SETTING_RE = lexiconRe(SENDING_SETTINGS.repeatKeys);
/** A value that repeats: "every hour until client replies", "daily", "regardless of reply". */
export const REPEAT_VALUE_RE = lexiconRe(SENDING_SETTINGS.repeatValues);
/** A gap of hours or minutes: "2h", "+6h", "30 min" (days apart is ordinary). */
export const SHORT_GAP_RE = /(?<![\w.])\+?\d{1,3}[ \t]{0,2}(?:h|hrs?|hours?|m|mins?|minutes?)\b/i;
/** A value that turns a setting off: "false", "no", "0", "never". */
export const SETTING_OFF_RE = /^(?:false|no|off|none|never|0|null|~|disabled?)$/i;

/** Writing to someone, as a verb or a noun: "writing", "further notes", "te escribo". */
const MESSAGE_ACT = String.raw`(?:writ(?:e|ing)|messag(?:e|es|ing)|check(?:ing)?\s{1,3}in|continu(?:e|ing)|notes|emails?|follow[\s-]?ups|reminders|pings|nudges|nudg(?:e|ing)|ping(?:ing)?|bump(?:ing)?|(?:te|le)\s{1,3}escribo|escribi[eé]ndote|mensajes?|te\s{1,3}escrevo|mensagens?)`;
/** A recurrence of days or hours: "each morning", "every day", "todos los días". */
const RECURRENCE = String.raw`(?:(?:each|every)\s{1,3}(?:single\s{1,3})?(?:day|morning|evening|night|hour)|daily|hourly|twice\s{1,3}a\s{1,3}day|todos\s{1,3}los\s{1,3}d[ií]as|cada\s{1,3}d[ií]a|todos\s{1,3}os\s{1,3}dias|todo\s{1,3}dia)`;
/** Until the other side gives in: "until I hear from you", "until such time as a decision is communicated", "hasta que me aceptes". */
const UNTIL_ANSWERED = String.raw`(?:until|till)\s{1,3}(?:such\s{1,3}time\s{1,3}as|i\s{1,3}(?:hear|get|see)|you\s{1,3}(?:\w+\s{1,3})?(?:answer|reply|respond|decide|hire|accept|say|get\s{1,3}back|do|give\s{1,3}in|take\s{1,3}me\s{1,3}on)|(?:someone|somebody|anyone|anybody)\s{1,3}(?:\w+\s{1,3}){0,3}?(?:answers|replies|responds|gets\s{1,3}back)|(?:it|the\s{1,3}(?:review|feedback|rating))(?:['’]s|\s{1,3}is|\s{1,3}gets)\s{1,3}(?:posted|left|done|up|in)|a\s{1,3}(?:decision|reply|response|answer))|hasta\s{1,3}que|at[ée]\s{1,3}que`;
/** Messages on a recurrence until answered, or kept up until answered: "further notes each day until I hear from you", "I'm going to keep writing until you do". */
/** Pestering verbs: chasing someone rather than updating them ("I'll ping you twice a day until it's done", not "updates every day until it's done"). */
const PESTER = String.raw`(?:ping|pinging|nudge|nudging|chase|chasing|bug|bugging|pester|pestering|hound|hounding)`;
/** A weekly recurrence or a weekday: "every Monday", "each week". */
const WEEKLY = String.raw`(?:each|every)\s{1,3}(?:single\s{1,3})?(?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
/** Pestering on a recurrence until anything ("until it's done"), and a job reposted on a schedule or until filled ("reposting this job every Monday until I find a backup", "reposted it every day", "I'll keep reposting till someone good bites"). */
const PESTER_UNTIL = String.raw`\b${PESTER}\b[^.;\n]{0,40}?\b(?:${RECURRENCE}|${WEEKLY})\b[^.;\n]{0,40}?\b(?:until|till)\b|\b(?:repost|reposting|re-post|re-posting|relist|relisting)\s{1,3}(?:this|the|my|our)\s{1,3}(?:[\w-]+\s{1,3}){0,3}?(?:job|post|posting|listing|proposal)\s{1,3}(?:${RECURRENCE}|${WEEKLY})\b|\b(?:reposted|reposting|re-posted|re-posting|relisted|relisting)\s{1,3}(?:it|this|that|the\s{1,3}job|this\s{1,3}job)\s{1,3}(?:${RECURRENCE}|${WEEKLY})\b|\bkeep\s{1,3}(?:reposting|re-posting|relisting)\b[^.;\n]{0,40}?\b(?:until|till)\b`;
/** Writing to someone, as a verb. */
const MESSAGE_VERB = String.raw`(?:message|messages|messaging|text|texts|texting|email|emails|emailing|ping|pings|pinging|call|calls|calling|write|writes|writing|follow(?:ing)?\s{1,3}up|remind|nudge|chase|dm)`;
/** Many times a day or every few hours: "three times a day", "every 2 hours", "5x a day". */
const MANY_TIMES_A_DAY = String.raw`(?:(?:three|four|five|six|several|multiple|[3-9]|\d{2})\s{0,3}(?:times|x)\s{1,3}(?:a|per|each)\s{1,3}(?:day|hour)|(?:three|four|five|[3-9])\s{0,3}(?:times|x)\s{1,3}daily|every\s{1,3}(?:(?:one|two|three|1|2|3|few|couple\s{1,3}of)\s{1,3})?(?:hours?|minutes?|mins?))`;
/** People messaged at that rate, not updates or reports: "our coordinator will message every applicant three times a day" (not "I check my messages three times a day"). */
/** Whom the messages go to: "you", "every applicant", "the candidates". */
const MESSAGED_PEOPLE = String.raw`(?:you|u|them|him|her|(?:every|each|all|the|our|your)\s{1,3}(?:\w+\s{1,3})?(?:applicants?|candidates?|clients?|freelancers?|leads?|contacts?)|applicants|candidates|clients|freelancers)`;
const MESSAGED_MANY_TIMES_A_DAY = String.raw`\b${MESSAGE_VERB}\s{1,3}${MESSAGED_PEOPLE}\b(?![^.;\n]{0,60}\b(?:updates?|status|reports?|progress)\b)[^.;\n]{0,50}?\b${MANY_TIMES_A_DAY}\b`;
/** A second sender from another profile in case one is missed: "Hardik will also send you message from his profile in case you miss mine". */
const SECOND_SENDER = String.raw`\b(?:send|sends|message|messages|write|writes|ping|pings|contact|contacts)\b[^.;\n]{0,40}?\bfrom\s{1,3}(?:his|her|their|another|a\s{1,3}second|my\s{1,3}other|our\s{1,3}other)\s{1,3}(?:\w+\s{1,3})?(?:profile|account)\b[^.;\n]{0,30}?\bin\s{1,3}case\b`;
export const RECURRING_UNTIL_ANSWERED_RE = new RegExp(
  String.raw`${PESTER_UNTIL}|${MESSAGED_MANY_TIMES_A_DAY}|${SECOND_SENDER}|\b${MESSAGE_ACT}\b[^.;\n]{0,60}?\b${RECURRENCE}\b[^.;\n]{0,60}?\b(?:${UNTIL_ANSWERED})\b|\bkeep\s{1,3}(?:on\s{1,3})?(?:writing|messaging|emailing|texting|pinging|nudging|bumping|chasing|reminding|following\s{1,3}up|sending\s{1,3}(?:notes|messages|it|the\s{1,3}same)|doing\s{1,3}so)\b[^.;\n]{0,30}?\b(?:${UNTIL_ANSWERED})\b`,
  "i",
);

/** The writer saying they do not reuse a letter: "We do not send the same text to other jobs". */
export const NO_SAME_TEXT_RE = /\b(?:i|we)\s{1,3}(?:do\s{1,3}not|don['’]t|never|won['’]t|will\s{1,3}not)\s{1,3}(?:\w+\s{1,3})?(?:send|paste|copy|reuse|use)\s{1,3}(?:the\s{1,3})?(?:same|identical|one)\b/i;
/** How many a letter went to: "like 30 people", "over 50 brands". */
const MANY_RECIPIENTS = String.raw`(?:(?:like|about|around|over|maybe|nearly|almost)\s{1,3})?(?:\d{2,}|dozens\s{1,3}of|hundreds\s{1,3}of|twenty|thirty|forty|fifty|a\s{1,3}hundred)\s{1,3}(?:\+\s{0,3})?(?:other\s{1,3})?(?:[a-z][\w-]{2,15}\s{1,3})?(?:ppl|people|clients|jobs|brands|posts|accounts|companies|businesses|creators|leads|owners|founders|shops|stores|agencies)\b`;
/** One text for all: "the same invitation message", "this same proposal", "one identical pitch". */
const ONE_TEXT = String.raw`\b(?:same|identical|exact|standard|generic)\s{1,3}(?:[\w-]+\s{1,3})?(?:letter|proposal|message|text|pitch|template|note|intro|invitation|invite|cover\s{1,3}letter)s?\b`;
/** Many targets or a daily count: "into every freelancer profile", "to every SEO job I can find", "200 a day", "around 40 per day". */
const MANY_TARGETS = String.raw`\b(?:every|each|all)\s{1,3}(?:[\w"“”'’&./-]+\s{1,3}){0,3}?(?:jobs?|posts?|postings?|listings?|profiles?|freelancers?|leads?|openings?|inbox(?:es)?)\b|\b\d{2,}\s{1,3}(?:a|per|each)\s{1,3}(?:day|week|hour)\b`;
/** The same text sent to many, however the sentence runs between: "paste the same invitation message into every freelancer profile you can find ..., at least 200 a day", "applied to all 9 of your jobs with the same pitch". */
/** Every one of a counted set of the reader's jobs: "all 12 of your open jobs". */
const ALL_OF_YOUR_JOBS = String.raw`\ball\s{1,3}(?:\d{1,3}|[a-z]+)\s{1,3}of\s{1,3}(?:your|the|their|his|her)\s{1,3}(?:[\w-]+\s{1,3})?(?:jobs|posts|postings|listings|openings|projects)\b`;
export const ONE_TEXT_TO_MANY_RE = new RegExp(String.raw`${ONE_TEXT}[^.;\n]{0,100}?(?:${MANY_TARGETS})|${ALL_OF_YOUR_JOBS}[^.;\n]{0,40}?${ONE_TEXT}`, "i");
/** The letter said to have gone to many: "i sent this to like 30 ppl", "we posted it to over 50 jobs". */
export const SENT_TO_MANY_RE = new RegExp(String.raw`\b(?:sent|send|sending|posted|pasted|dm['’]?d|dmed|dm['’]?ed|copied)\s{1,3}(?:this|(?:the|this)\s{1,3}same\s{1,3}\w+)\s{1,3}(?:to|into|on)\s{1,3}${MANY_RECIPIENTS}`, "i");
/** A proposal counted as sent again: "our 3rd re-submission of this proposal", "second repost". */
export const COUNTED_RESUBMISSION_RE = /\b(?:\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth)\s{1,3}re-?(?:submission|post|posting|send|application)s?\b/i;


/** Jobs counted in Spanish or Portuguese: "100 trabajos", "uns 80 jobs". */
const COUNTED_JOBS_ES_PT = String.raw`\d{2,}\s{1,3}(?:trabajos|ofertas|vacantes|proyectos|jobs|vagas|projetos|propuestas|propostas)`;
/** One letter sent to many jobs, in Spanish or Portuguese: "mando esta misma propuesta a 100 trabajos al día", "a mesma proposta em todo job" (spanish-portuguese.json sameLetter, manyJobs). */
export const SAME_LETTER_ES_PT_RE = new RegExp(String.raw`(?<![\p{L}])(?:${lexiconAlternation(SPANISH_PORTUGUESE.sameLetter)})(?![\p{L}])[^.;\n]{0,60}?(?:(?<![\p{L}])(?:${lexiconAlternation(SPANISH_PORTUGUESE.manyJobs)})(?![\p{L}])|${COUNTED_JOBS_ES_PT})`, "iu");
/** A promise to keep messaging every day, or a count of messages sent, in Spanish or Portuguese: "vou mandar mensagem todo dia até você responder", "van 7 mensajes hoy" (spanish-portuguese.json messageVerbs, everyDay, messageCounts). */
export const DAILY_MESSAGES_ES_PT_RE = new RegExp(String.raw`(?<=(?<![\p{L}])(?:${lexiconAlternation(SPANISH_PORTUGUESE.messageCounts)})\s{1,3}(?:[3-9]|\d{2})\s{1,3})(?:mensajes|mensagens)(?![\p{L}])|(?<![\p{L}])(?:${lexiconAlternation(SPANISH_PORTUGUESE.messageVerbs)})(?![\p{L}])[^.;\n]{0,30}?(?<![\p{L}])(?:${lexiconAlternation(SPANISH_PORTUGUESE.everyDay)})(?![\p{L}])`, "iu");

// Patterns for account sharing, client logins, second accounts and borrowed identities.

import { ACCOUNT_OTHERS, SPANISH_PORTUGUESE, lexiconAlternation } from "../lexicons";

/** Who else might use the account: the people lexicon (lexicons/people.json "others") and a few phrases. */
const PEOPLE = String.raw`${lexiconAlternation(ACCOUNT_OTHERS)}|teammates|someone\s{1,3}else|others|another\s{1,3}(?:person|freelancer)|business-development\s{1,3}team|bd\s{1,3}team|sales\s{1,3}team|whole\s{1,3}(?:\w+\s{1,3}){0,2}team`;

/** A given name, accented letters included ("Javier", "Martín"). */
const NAME = String.raw`[A-Za-z\u00C0-\u024F]{2,20}`;
/** People close to the freelancer whose accounts get borrowed (an agency's team is not among them). */
const RELATIVES_AND_FRIENDS = String.raw`brother|sister|cousin|wife|husband|friend|mate|buddy|pal|son|daughter|dad|father|mom|mother|uncle|aunt|nephew|niece|roommate|boss|colleague|partner`;
/** Whose profile is borrowed: "your", or a person's ("Ali's"), not the agency's or the team's own. */
const SOMEONE_ELSES = String.raw`(?:(?:your|my|his|her|a)\s{1,3}(?:buddy|mate|pal|friend|cousin|brother|sister|uncle|aunt|boss|colleague)['’]s|your|(?!(?:agency|company|team|studio|client|business|organi[sz]ation|upwork|my|our)['’]s)${NAME}['’]s)`;
/** Words between the owner and "profile": "Ali's verified profile", "your top-rated account". */
const PROFILE_KIND = String.raw`(?:(?:verified|old|aged|top[\s-]rated|other|second|main|upwork|freelancer|individual|agency)\s{1,3}){0,2}`;
/** Using another freelancer's account for a fee: "let me bid from your profile", "rent your account", "bid from Ali's verified profile". */
const ACCOUNT_RENTAL = String.raw`\b(?:bid|bidding|apply|applying|work|working|submit\s{1,3}proposals?|send\s{1,3}proposals?)(?:\s{1,3}and\s{1,3}[\w-]+)?\s{1,3}(?:from|through|on|under|with|via)\s{1,3}${SOMEONE_ELSES}\s{1,3}${PROFILE_KIND}(?:profile|account)\b|\b(?:rent|renting|lease|borrow|buy)\s{1,3}your\s{1,3}(?:upwork\s{1,3}|freelancer\s{1,3})?(?:profile|account)\b`;
/** What is done from an account: bidding, working, logging in, hiring, sending. */
const ACT_ON_ACCOUNT = String.raw`(?:write|writes|writing|place|placed|placing|bid|bids|bidding|apply|applying|work|works|working|submit|submits|submitted|submitting|send|sent|sending|log(?:ging)?\s{1,3}in|sign(?:ing)?\s{1,3}in|hire|hiring|post|posting|deliver|delivering|chat|chatting|communicate|communicating)`;
/** Someone else's account by a pronoun or a description: "his profile", "a different VA's profile", "the account of my senior colleague". */
const THIRD_PARTY_ACCOUNT = String.raw`(?:(?:his|her|their|(?:a\s{1,3}different|another|some\s{1,3}other)\s{1,3}[\w-]+['’]s|(?:(?:our|my)\s{1,3}(?:[\w.-]+\s{1,3}){1,3}?)?${NAME}['’]s)\s{1,3}${PROFILE_KIND}(?:profile|account|login)\b|the\s{1,3}(?:profile|account)\s{1,3}of\s{1,3}(?:my|a|an|his|her|our)\b)`;
/** One of the freelancer's people, by relation and maybe title and name: "my colleague Jeanne", "my partner", "my colleague Mr. Vogt". */
const MY_PERSON = String.raw`\bmy\s{1,3}(?:${RELATIVES_AND_FRIENDS})(?:\s{1,3}(?:mr|mrs|ms|dr)\.?)?(?:\s{1,3}${NAME})?\b`;
/** One of my people, by relation: "my sister", "my colleague Mr. Vogt". */
export const MY_PERSON_RE = new RegExp(MY_PERSON, "i");
/** Someone presenting under a name, to be read with MY_PERSON_RE: "My sister does the client calls and introduces herself as Niamh" (the name capitalized). */
export const INTRODUCED_AS_NAME_RE = /\bintroduc(?:e|es|ing|ed)\s{1,3}(?:herself|himself|themselves)\s{1,3}as\s{1,3}\p{Lu}\p{Ll}+/u;
/** Bidding or talking to clients under the reader's name (not "publish the app under your name"), a login shared among several, an account lent: "our team bids, chats and delivers under your name", "the login is shared between five juniors", "lend me US account". */
/** Another firm's or outside people's work done under our profile: "executed by our partner agency in Dhaka working under our studio profile". */
export const OUTSIDERS_UNDER_OUR_PROFILE_RE = /\b(?:partner|outside|external|third[\s-]party|subcontracted|outsourced)\s{1,3}(?:[\w-]+\s{1,3})?(?:agency|agencies|team|company|studio|freelancers?|writers?|developers?|contractors?)\b[^.;\n]{0,40}?\b(?:working|work|works|bidding|delivering|operating)\s{1,3}(?:under|from|through|on)\s{1,3}(?:our|my)\s{1,3}(?:[\w-]+\s{1,3}){0,2}?(?:profile|account|name)\b/i;
export const SHARED_UNDER_NAME_RE = /\b(?:we|our\s{1,3}(?:team|people|writers|staff)|my\s{1,3}team)\b[^.;\n]{0,40}?\b(?:bid|bids|bidding|chat|chats|chatting|reply|replies|replying|message|messages|messaging|apply|applies|applying|interview|interviews)\b[^.;\n]{0,25}?\bunder\s{1,3}your\s{1,3}(?:name|profile|account)\b|\b(?:login|account|profile|password|credentials)\s{1,3}(?:is|are|gets|get)\s{1,3}shared\s{1,3}(?:between|among|amongst|with|by)\b|\blend\s{1,3}(?:me|us)\s{1,3}(?:a\s{1,3}|an\s{1,3}|your\s{1,3}|his\s{1,3}|her\s{1,3})?(?:[\w-]+\s{1,3})?(?:account|profile)\b/i;
/** Someone else doing the freelancer's ID check, or the freelancer doing another's: "person wey go do the ID verification video", "could you do the Upwork ID verification for my account", "take the verification call on my behalf". */
export const ID_CHECK_FOR_ANOTHER_RE = /\b(?:person|someone|somebody|anyone|anybody)\b[^.;\n]{0,20}?\b(?:do|take|pass|complete|handle)\s{1,3}(?:the\s{1,3}|my\s{1,3})?(?:upwork\s{1,3})?(?:id|identity)\s{1,3}verification\b|\b(?:do|take|pass|complete|handle)\s{1,3}(?:the\s{1,3}|my\s{1,3})?(?:upwork\s{1,3})?(?:id|identity)\s{1,3}verification(?:\s{1,3}(?:video|call|check))?\s{1,3}for\s{1,3}(?:me|my)\b|\b(?:attend|do|take|join|handle)\s{1,3}(?:the\s{1,3}|your\s{1,3}|my\s{1,3})?(?:video\s{1,3}|voice\s{1,3}|screening\s{1,3}|verification\s{1,3})?(?:interview|call|test|check)s?\s{1,3}(?:in\s{1,3}my\s{1,3}place|on\s{1,3}my\s{1,3}behalf)\b/i;
/** Said of nobody: "nobody else will attend calls in my place", "I never let anyone do my ID check". */
export const NOBODY_ELSE_RE = /\b(?:nobody|no\s{1,3}one|no-one|never)\b|\b(?:won['’]t|will\s{1,3}not|don['’]t|do\s{1,3}not|doesn['’]t|does\s{1,3}not)\b/i;
/** Names or photos picked for a nationality: "All our writers use American pen names and US-based profile photos". */
export const NATIONAL_PERSONA_RE = /\b(?:use|uses|using|with|under)\s{1,3}(?:\w+\s{1,3})?(?:american|us|british|uk|english|western|european|canadian|australian|us-based|uk-based)\s{1,3}(?:pen\s{1,3}names?|aliases|fake\s{1,3}names?|profile\s{1,3}(?:photos?|pictures?)|headshots)\b/i;
/** Bidding through a seat or profile of a former employer's agency: "I applied through the agency seat of my old boss's agency". */
export const FORMER_AGENCY_SEAT_RE = /\b(?:applied|apply|applying|bid|bids|bidding|work|working|submitted|sending)\s{1,3}(?:through|from|via|on|under|with)\s{1,3}(?:the|an?)\s{1,3}(?:agency\s{1,3})?(?:seat|profile|account)\s{1,3}(?:of|at|in|from)\s{1,3}(?:my\s{1,3})?(?:old|former|ex-?|previous)\b/i;
/** Someone else writing to the client in the freelancer's person: "he logs in from his laptop and answers your messages as me" (not "as fast as me"). */
/** Told to write to people as the writer: "Message the good ones as me", "reply to applicants as me" (not "the same as me"). */
const WRITE_AS_ME = String.raw`^[\s>*_-]{0,4}(?:please\s{1,3}|just\s{1,3})?(?:message|reply|answer|respond|chat|talk|write|email|dm)\b[^.;\n]{0,40}?(?<!\b(?:same|well|much|such|soon|long|good|fast)\s{1,3})\bas\s{1,3}me\b`;
export const ACTING_AS_ME_RE = new RegExp(String.raw`${WRITE_AS_ME}|\b(?:he|she|they|${PEOPLE})\b[^.;\n]{0,60}?\b(?:answers?|answering|replies|replying|responds?|responding|writes|writing|chats?|chatting|talks?|talking|messages|messaging)\b[^.;\n]{0,30}?(?<!\bas\s{1,3}\w{1,15}\s{1,3})(?<!\b(?:same|such)\s{1,3})\bas\s{1,3}me\b`, "i");
/** That person working on the freelancer's own account, however far apart: "my colleague Pieter will conduct half of the interviews using my Upwork account". */
export const MY_PERSON_ON_MY_ACCOUNT_RE = new RegExp(String.raw`${MY_PERSON}[^;\n]{0,160}?\b(?:using|under|through|via|from)\s{1,3}my\s{1,3}(?:own\s{1,3})?(?:upwork\s{1,3}|freelancer\s{1,3})?(?:account|profile|login|credentials)\b(?!['’]s)(?!\s{1,3}(?:photo|picture|pic|page|link|url|headline|summary|overview|video|views?|settings))`, "i");
/** The contract taken on that person's own profile: "my colleague Jeanne could accept the contract on her profile". */
const CONTRACT_ON_THEIR_PROFILE = String.raw`${MY_PERSON}[^.;\n]{0,20}?\b(?:accept|accepts|take|takes|win|wins|hold|holds|sign|signs)\s{1,3}(?:the|this|your)\s{1,3}(?:contract|job|offer|project)\s{1,3}(?:on|under|through|from|via)\s{1,3}(?:her|his|their)\s{1,3}(?:own\s{1,3})?(?:profile|account)\b`;
/** Acting from a third party's account: "I work under his profile now", "submitting the bid through the account of my colleague", "I'll hire you through his account". */
const THIRD_PARTY_ACCOUNT_USED = String.raw`\b${ACT_ON_ACCOUNT}\b[^.;\n]{0,40}?\b(?:from|through|under|via)\s{1,3}${THIRD_PARTY_ACCOUNT}`;

/** What an account is called: "account", "profile", "login", "Upwork ID". */
const ACCOUNT_NOUN = String.raw`(?:upwork\s{1,3})?(?:account|profile|login|id)\b(?!\s{1,3}(?:manager|executive|details|number|card|link|url|page|photo|picture))`;
/** Another person's login used: "you can use his login too", "using Sipho's password". */
const THEIR_LOGIN_USED = String.raw`\b(?:use|using|uses)\s{1,3}(?:his|her|their|${NAME}['’]s)\s{1,3}(?:upwork\s{1,3})?(?:login|log-in|password|credentials)\b`;
/** Someone else's account used: "I'm on my cousin's verified profile", "working from my brother's account". */
export const BORROWED_ACCOUNT_RE = new RegExp(String.raw`\b(?:on|under|from|using|use|through|via|into)\s{1,3}(?:my\s{1,3})?(?:[\w-]+\s{1,3})?(?:${RELATIVES_AND_FRIENDS})(?:\s{1,3}${NAME})?['’]s\s{1,3}(?:[\w-]+\s{1,3}){0,3}?${ACCOUNT_NOUN}|${THEIR_LOGIN_USED}`, "i");
/** Handing an account over: "I can give you my old account", "I'll sell my verified profile". */
export const ACCOUNT_HANDOVER_RE = new RegExp(String.raw`\b(?:give|sell|hand\s{1,3}over|transfer|rent|lend|loan|let\s{1,3}you\s{1,3}have|send\s{1,3}you|share)\s{1,3}(?:you\s{1,3})?(?:my|our)\s{1,3}(?:(?:old|other|second|spare|verified|upwork|top[\s-]rated|freelancer)\s{1,3}){0,3}(?:${ACCOUNT_NOUN}|password|credentials|login\s{1,3}details)`, "i");
/** Passing the account's login codes to whoever uses it: "I will verify the login OTP for you". */
export const CODES_FOR_ANOTHER_RE = /\b(?:send|forward)\s{1,3}(?:me\s{1,3})?(?:the|your|any)\s{1,3}(?:login\s{1,3})?(?:2fa|otp|verification|security|login)\s{1,3}codes?\b|\b(?:verify|enter|approve|forward|pass\s{1,3}on|send)\s{1,3}(?:the\s{1,3}|any\s{1,3})?(?:login\s{1,3})?(?:otps?|2fa(?:\s{1,3}codes?)?|verification\s{1,3}codes?|security\s{1,3}codes?|login\s{1,3}codes?)\s{1,3}(?:for|to)\s{1,3}(?:you|him|her|them)\b/i;

/** After "profile" or "account", words that make it a part of the profile, not the account itself: "my profile photo". */
const NOT_THE_ACCOUNT_ITSELF = String.raw`(?!\s{1,3}(?:photo|picture|pic|banner|page|link|url|headline|summary|overview|video|views?|settings))`;

/** Someone else uses this freelancer account (the agency's own profile is where its team works: "our team works under our agency profile"). */
export const SHARED_ACCOUNT_RE = new RegExp(
  String.raw`\b(?:share|shares|sharing|shared)\s{1,3}(?:the|my|our|this|one|a|a\s{1,3}single)\s{1,3}(?:[\w'’".-]+\s{1,3}){0,3}?(?:login|log-in|account|password|credentials|profile)\b|\b(?:my|our|the)\s{1,3}(?:[\w-]+\s{1,3})?(?:${PEOPLE})\b[^.;\n]{0,40}?\b(?:logs?\s{1,3}in(?:to)?|uses?|runs?|manages?|handles?|operates?|access|works?\s{1,3}(?:under|from|on)|flies\s{1,3}(?:\w+\s{1,3})?under|bids?\s{1,3}(?:under|from|on)|replies\s{1,3}from|answers\s{1,3}from|helps\s{1,3}run|accesses)\b[^.;\n]{0,30}?\b(?:this|my|our|the)\s{1,3}(?!agency\s)(?:\w+\s{1,3})?(?:account|acc|acct|profile|login|id)\b${NOT_THE_ACCOUNT_ITSELF}|\b(?:logs?\s{1,3}in|log\s{1,3}in)\s{1,3}with\s{1,3}my\s{1,3}(?:account|login|credentials|password|details)\b|\b(?:this|my|our|the)\s{1,3}(?:(?!agency\b)\w+\s{1,3})?(?:account|profile)\s{1,3}is\s{1,3}(?:run|managed|operated|shared|handled|used)\s{1,3}by\b` + `|${ACCOUNT_RENTAL}|${THIRD_PARTY_ACCOUNT_USED}|${CONTRACT_ON_THEIR_PROFILE}`,
  "i",
);

/** Logging into the client's Upwork account, or asking for their login. */
export const CLIENT_LOGIN_RE = /\b(?:share|send|give|provide|furnish|tell)\s{1,3}(?:me\s{1,3}(?:with\s{1,3})?)?(?:your|ur)\s{1,3}(?:(?:upwork|personal|private|own|facebook|google|gmail|instagram|shopify|admin|owner)\s{1,3}){0,2}(?:login|log-in|password|credentials|username|user\s{0,3}name|account\s{1,3}(?:details|password|login))\b|\b(?:message|post|reply|act|bid|hire)\w*\b[^.;\n]{0,40}?\bas\s{1,3}you\b(?=[^.;\n]{0,60}$)|\b(?:log|logging|sign|signing)\s{1,3}(?:in|into|in\s{1,3}to|on\s{1,3}to)\s{1,3}your\s{1,3}(?:upwork\s{1,3}|client\s{1,3})+account\b|\b(?:log|logging|sign|signing)\s{1,3}(?:in|into|in\s{1,3}to|on\s{1,3}to)\s{1,3}(?:our|my)\s{1,3}(?:[\w'’-]+\s{1,3}){0,2}(?:upwork\s{1,3})?client\s{1,3}account\b|\b(?:please|you\s{1,3}(?:can|could|should|will|may))\s{1,3}(?:\w+\s{1,3})?(?:reply|respond|message|write|post|chat|answer)\b[^.;\n]{0,40}?\b(?:from|on|through|via)\s{1,3}my\s{1,3}(?:upwork\s{1,3}|client\s{1,3})?account\b|\b(?:on\s{1,3}your\s{1,3}behalf|as\s{1,3}you)\b[^.;\n]{0,30}?\b(?:log\s{1,3}in|login|sign\s{1,3}in)\b|\b(?:log\s{1,3}in|login|sign\s{1,3}in)\b[^.;\n]{0,30}?\b(?:as\s{1,3}you|on\s{1,3}your\s{1,3}behalf)\b|\b(?:access\s{1,3}to|manage|run|operate|handle|take\s{1,3}over)\s{1,3}your\s{1,3}upwork\b|\b(?:log|logs|logging|sign|signs|signing)\s{1,3}in\s{1,3}(?:from|through|via|with|on|using)\s{1,3}your\s{1,3}(?:upwork\s{1,3}|client\s{1,3}|business\s{1,3})?(?:profile|account)\b|\b(?:username|user\s{0,3}name|login|password|credentials)\b[^.;\n]{0,30}?\byour\s{1,3}upwork\b/i;

/** The client's login handed over: "we'll send you the username and password". */
const LOGIN_HANDED_OVER = String.raw`\b(?:send|give|share|provide|hand)\s{1,3}you\s{1,3}(?:the|our|my)\s{1,3}(?:\w+\s{1,3})?(?:username\s{1,3}and\s{1,3}password|password|credentials|login\s{1,3}details)\b`;
/** Going into the client's tool as the client: "log into my Etsy as me", "go into Business Manager as me". */
const IN_AS_THE_CLIENT = String.raw`\b(?:log|sign|go|get)\s{1,3}(?:in|into|in\s{1,3}to|on\s{1,3}to)\s{1,3}(?:[\w-]+\s{1,3}){1,5}?as\s{1,3}(?:me|us)\b`;
/** Writing as the client: "reply as if you're me". */
const AS_IF_YOU_WERE_ME = String.raw`\b(?:reply|replies|respond|write|answer|post|message|sign)\w*\b[^.;\n]{0,20}?\bas\s{1,3}if\s{1,3}you(?:['’]re|\s{1,3}are|\s{1,3}were)\s{1,3}(?:me|us)\b`;
/** Handing over: "send", "share", "DM". */
const HAND_OVER_VERB = String.raw`(?:send|share|give|provide|forward|pass|dm|email|text|drop)`;
/** What a login is made of: "password", "login email", "username and password", "email + password". */
const CREDENTIAL_NOUN = String.raw`(?:(?:and|&|\+)\s{0,3})?(?:passwords?|passcode|credentials|log-?in\s{1,3}(?:details|info|email)|(?:user\s{0,3}name|email|login)\s{0,3}(?:and|&|\+|\/)\s{0,3}password)`;
/** The reader's login asked for, with any product between: "send me your wp-admin username and password", "share me the password of your WordPress admin" (not "no need share your password"). */
const CREDENTIALS_ASKED_FOR = String.raw`(?<!\b(?:no\s{1,3}need|don['’]t|do\s{1,3}not|never|not)\s{1,3}(?:to\s{1,3})?)\b${HAND_OVER_VERB}\s{1,3}(?:(?:me|us)\s{1,3}(?:the|your|ur)|your|ur)\s{1,3}(?:[\w'’.-]+\s{1,3}){0,4}?${CREDENTIAL_NOUN}\b(?!\s{1,3}(?:for|to)\s{1,3}(?:a|my|the)\s{1,3}(?:staff|user|seat))`;
/** Logging in as someone else who has left or is absent: "please just log in as our former analyst". */
const IN_AS_SOMEONE_ELSE = String.raw`\b(?:log|logs|logging|sign|signs|signing)\s{1,3}(?:in|on)\s{1,3}as\s{1,3}(?:him|her|them|(?:our|my|his|her|their|the)\s{1,3}(?:former|previous|old|last|ex-?)\s{0,3}[\w-]+)\b`;
/**
 * The client's own logins handed to the freelancer: "can you log into my Upwork and post the jobs",
 * "I will need your Shopify owner login (email + password)" (a staff seat or delegation is the allowed way).
 */
export const CLIENT_CREDENTIALS_RE = new RegExp(`${LOGIN_HANDED_OVER}|${CREDENTIALS_ASKED_FOR}|${IN_AS_THE_CLIENT}|${IN_AS_SOMEONE_ELSE}|${AS_IF_YOU_WERE_ME}|${/\byou\b[^.;\n]{0,20}?\b(?:log|sign)\s{1,3}(?:in|into|in\s{1,3}to|on\s{1,3}to)\s{1,3}my\s{1,3}upwork\b|\b(?:need|want|require)\s{1,3}your\s{1,3}(?:[\w-]+\s{1,3}){0,2}(?:login|log-in|password|credentials)\b(?!\s{1,3}(?:for|to)\s{1,3}(?:a|my)\s{1,3}(?:staff|user|seat))/.source}`, "i");
/** Profiles traded in bulk, by the kind buyers want: "we rent 3 Top Rated profiles", "we rent out aged Upwork freelancer profiles". */
const PROFILES_TRADED = String.raw`\b(?:rent|renting|rents|rented|lease|leasing|buy|buying|bought|sell|selling|sells)\s{1,3}(?:out\s{1,3})?(?:(?:\d+|two|three|four|five|several|multiple|a\s{1,3}few)\s{1,3})?(?:(?:top[\s-]rated|verified|aged|established|old|us|uk|upwork|freelancer)\s{1,3}){1,4}(?:profiles|accounts)\b`;
/** Renting an account out or in: "renting mine out $50/wk", "I lease my profile out", "looking to rent a US-based account like yours". */
/** Profiles on offer: "verified US freelancer accounts available for rent". */
const PROFILES_ON_OFFER = String.raw`\b(?:accounts|profiles)\s{1,3}(?:(?:available|ready|up)\s{1,3})?for\s{1,3}(?:rent|lease|sale)\b|\b(?:profile|account)\s{1,3}available\s{1,3}for\s{1,3}(?:[\w-]+\s{1,3}){0,3}?to\s{1,3}(?:bid|work|apply)\s{1,3}(?:under|from|with|on|through)\b|\baged\s{1,3}(?:(?:us|uk|verified)\s{1,3})?(?:(?:freelancer|upwork)\s{1,3}){1,2}(?:account|profile)s?\b`;
/** Trading an account: verb, an optional recipient, then whose account and what kind. */
const TRADE_VERB = String.raw`(?:rent|rents|renting|rented|lease|leases|leasing|leased|lend|lends|lending|lent|loan|loans|loaning|loaned|borrow|borrows|borrowing|borrowed|buy|buys|buying|bought|sell|sells|selling|sold)(?:\s{1,3}out)?`;
/** Who gets it: "you", "your in-house writer", "my cousin". */
const TRADE_RECIPIENT = String.raw`(?:(?:you|me|us|him|her|them|(?:your|my|our|his|her|their)\s{1,3}(?:[\w-]+\s{1,3}){0,2}?(?:writers?|assistants?|va|freelancers?|friends?|brother|sister|cousin|team|staff|employees?|developers?|designers?))\s{1,3})?`;
/** Whose account: "his", "one of our", "Ali's". */
const TRADE_OWNER = String.raw`(?:my|our|his|her|their|your|a|an|one\s{1,3}of\s{1,3}(?:my|our|his|her|their|the)|someone['’]s|${NAME}['’]s)`;
/** What kind: "old Upwork", "established Top Rated freelancer". */
const TRADE_KIND = String.raw`(?:(?:old|aged|established|verified|top[\s-]rated|us|uk|upwork|freelancer|spare|second|extra|backup|other|agency)\s{1,3}){0,4}`;
/** "rent out his old Upwork account", "lend your writer one of our established Top Rated profiles", "borrow Ali's account". */
const ACCOUNT_TRADED = String.raw`\b${TRADE_VERB}\s{1,3}${TRADE_RECIPIENT}${TRADE_OWNER}\s{1,3}${TRADE_KIND}(?:account|accounts|profile|profiles)\b`;
/** An account opened in a relative's or friend's name: "second one ready, registered on cousin name". */
const REGISTERED_IN_OTHERS_NAME = String.raw`\b(?:registered|opened|created|verified|set\s{1,3}up|made)\s{1,3}(?:on|under|in|with)\s{1,3}(?:(?:my|his|her|our|a|the)\s{1,3})?(?:${RELATIVES_AND_FRIENDS})(?:['’]s)?\s{1,3}(?:name|id|passport|documents|details|identity)\b`;
/** An account kept in another person's name: "the backup one on Parth's name" (not the company's name). */
const ACCOUNT_IN_NAME_OF = String.raw`\b(?:(?:backup|second|spare|other|extra|new)\s{1,3}(?:one|account|profile)|account|profile)\s{1,3}(?:on|under|in)\s{1,3}(?:(?:my|our|his|her)\s{1,3})?(?:(?:${RELATIVES_AND_FRIENDS})\s{1,3})?(?!(?:company|agency|business|client|firm|studio)['’]s)${NAME}['’]s\s{1,3}name\b`;
export const ACCOUNT_RENTED_OUT_RE = new RegExp(`${ACCOUNT_TRADED}|${REGISTERED_IN_OTHERS_NAME}|${ACCOUNT_IN_NAME_OF}|${PROFILES_TRADED}|${PROFILES_ON_OFFER}|${/\b(?:rent|renting|rents|rented|lease|leasing|leased)\s{1,3}(?:mine|my\s{1,3}(?:upwork\s{1,3})?(?:account|profile))\s{1,3}out\b|\b(?:rent|renting|lease|leasing|buy|buying|borrow|borrowing)\s{1,3}(?:a|an|your|one)\s{1,3}(?:[\w-]+\s{1,3}){0,2}?(?:upwork\s{1,3}|freelancer\s{1,3})?(?:account|profile)\s{1,3}(?:like\s{1,3}yours|from\s{1,3}you|with\s{1,3}(?:good|top|high)|that\s{1,3}has)\b/.source}`, "i");
/** A named person logging in to the same account, who has none of their own: "Ravi will log in to this same account ... he doesn't have his own profile yet". */
export const NAMED_LOGIN_RE = /\b\p{Lu}\p{Ll}{2,}\s{1,3}(?:will|would|can|is\s{1,3}going\s{1,3}to)\s{1,3}(?:also\s{1,3})?(?:log|sign)\s{1,3}(?:in|into|on)\s{1,3}(?:to\s{1,3})?(?:this\s{1,3}same|the\s{1,3}same|this|my|our)\s{1,3}(?:upwork\s{1,3})?(?:account|profile)\b|\b(?:he|she|they)\s{1,3}(?:doesn['’]t|does\s{1,3}not|don['’]t|do\s{1,3}not)\s{1,3}have\s{1,3}(?:his|her|their)\s{1,3}own\s{1,3}(?:upwork\s{1,3})?(?:profile|account)\b/u;
/** Another person presented as the account's owner: "tell them you are Anna", "all bids go out from Anna's profile". */
export const POSING_AS_OWNER_RE = /\b(?:tell|telling)\s{1,3}(?:them|the\s{1,3}clients?|clients|him|her)\s{1,3}(?:that\s{1,3})?you\s{1,3}(?:are|['’]re)\s{1,3}\p{Lu}\p{Ll}+\b|\b(?:bids|proposals)\s{1,3}(?:go|are\s{1,3}(?:sent|submitted))\s{1,3}(?:out\s{1,3})?(?:from|through|under)\s{1,3}\p{Lu}\p{Ll}+['’]s\s{1,3}(?:upwork\s{1,3})?(?:profile|account)\b/u;

/** A password written out, a value with a digit or a symbol ("the password is Kookaburra2024!"), not a placeholder or "the password is yours". */
export const PASSWORD_GIVEN_RE = /\b(?:password|passcode|pw|pwd)\s{0,3}(?:is|:|=|-)\s{0,3}["“']?(?=[^\s{]{0,40}[\d!@#$%^&*])[^\s{"“'<]{6,}/i;
/** Words of a login rather than a contact detail: asking for them is account/client-login's, not contact/request's. */
export const CREDENTIAL_WORD_RE = /\b(?:passwords?|pw|credentials|2fa|otp|log-?in\s{1,3}details)\b/i;

/** Several freelancer accounts: "3 accounts", "two Upwork profiles". */
const SEVERAL_ACCOUNTS = String.raw`(?:\d+|two|three|four|five|several|multiple|many)\s{1,3}(?:(?:upwork|freelancer)\s{1,3})?(?:accounts|profiles|accts|accs)\b`;
/** Bidding spread over them: "80 bids/day across my 3 accounts", "I run 3 accounts (one per skill) so I can bid more". */
const BIDDING_ON_SEVERAL = String.raw`\b(?:bids?|bidding|proposals?|apply|applying|applications?)\b[^.;\n]{0,60}?\b(?:across|from|on|using|between|through)\s{1,3}(?:my|our)\s{1,3}${SEVERAL_ACCOUNTS}|\b(?:i|we)\s{1,3}(?:run|have|keep|manage|operate|use)\s{1,3}${SEVERAL_ACCOUNTS}[^.;\n]{0,40}?\b(?:bid|bids|bidding|apply|applying|proposals?|jobs)\b`;
/** A second, backup or alternate freelancer account. */
/** A second account named back by "one" after the first: "besides this profile I also have a second one". */
const SECOND_ONE = String.raw`\b(?:profile|account)\b${NOT_THE_ACCOUNT_ITSELF}[^.;\n]{0,40}?\b(?:i|we)\s{1,3}(?:also\s{1,3})?(?:have|run|keep|use|got|own)\s{1,3}(?:a|another)\s{1,3}(?:second|2nd|backup|spare|separate)\s{1,3}one\b(?!\s{1,3}of\b)`;
export const SECOND_ACCOUNT_RE = new RegExp(`${SECOND_ONE}|${BIDDING_ON_SEVERAL}|${/\b(?:my|a|an|another|our|the|one\s{1,3}more)\s{1,3}(?:second|2nd|backup|back-up|alternate|alt|spare|secondary|duplicate|other)\s{1,3}(?:(?:freelancer|upwork)\s{1,3}){0,2}(?:account|profile|login)\b(?!\s{1,3}(?:for\s{1,3}(?:you|my|your|the|a)|on\s{1,3}(?!upwork|here|(?:this|the)\s{1,3}(?:site|platform))|system|photo|picture|settings|manager|page))|\b(?:my|a|an|another|our)\s{1,3}(?:new|extra|fresh|separate)\s{1,3}(?:freelancer|upwork)\s{1,3}(?:account|profile)\b|\b(?:have|has|keep|keeps|got|use|open|opened|create|created)\s{1,3}(?:backup|back-up|spare|secondary|alternate|2nd|second)\s{1,3}(?:(?:freelancer|upwork)\s{1,3}){0,2}(?:account|profile)s?\b|\b(?:account|profile)\s{1,3}under\s{1,3}(?:my|a|another)\s{1,3}(?:maiden|other|different|second|pen|fake|alias)\s{1,3}name\b|\b(?:two|multiple|several|many)\s{1,3}(?:freelancer|upwork)\s{1,3}(?:accounts|profiles)\b|\b(?:have|has|keep|use|run)\s{1,3}another\s{1,3}(?:freelancer|upwork)\s{1,3}(?:account|profile)\b|\b(?:opened|created|made)\s{1,3}this\s{1,3}second\s{1,3}(?:one|profile|account)\b|\bif\s{1,3}(?:this|my)\s{1,3}(?:(?:profile|account)\s{1,3}(?:(?:gets|is|get)\s{1,3})?(?:limited|suspended|banned|closed|blocked)|one\s{1,3}(?:(?:gets|is|get)\s{1,3})?(?:suspended|banned))\b|\bfrom\s{1,3}(?:my\s{1,3})?(?:other\s{1,3}(?:two|three|four|\d)|both(?:\s{1,3}my)?|all(?:\s{1,3}my)?)\s{1,3}(?:upwork\s{1,3})?(?:profiles|accounts)\b|\b(?:profile|account)\s{1,3}(?:was|were|has\s{1,3}been)\s{1,3}(?:acquired|bought|purchased)\b/.source}`, "i");

/** Denying a second account: "I don't have a second profile", "we will never open a backup account". */
export const SECOND_ACCOUNT_DENIED_RE = /\b(?:don['’]t|do\s{1,3}not|never|no\s{1,3}longer|won['’]t|will\s{1,3}not)\s{1,3}(?:\w+\s{1,3})?(?:have|keep|own|use|run|need|open|create|make)\s{1,3}(?:a|an|any)\s{1,3}(?:second|backup|back-up|alternate|alt|spare|secondary|duplicate|other)\b/i;

/** A persona under an invented name: the "Emily Carter" persona. */
export const NAMED_PERSONA_RE = /["“][A-Z][a-z]+\s[A-Z][a-z]+["”]\s{1,3}persona\b|\b(?:go|goes|going)\s{1,3}by\s{1,3}["“][A-Z][a-z]+\s[A-Z][a-z]+["”]|\b(?:keep\s{1,3}using|keep\s{1,3}use|posing\s{1,3}as|pose\s{1,3}as|sign\s{1,3}as|signing\s{1,3}as)\s{1,3}["“][A-Z][a-z]+\s[A-Z][a-z]+["”]/;
/** A persona's name, with a home town or a photo, or the name given in calls: 'use name "Kevin Miller, Austin TX"', "in calls I'm Lucas" (not 'use the name "Bright Pixel" for our brand'). */
export const NAME_TAKEN_RE = /\b(?:[Uu]se|[Uu]sing)\s{1,3}(?:the\s{1,3})?name\s{1,3}["“]\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+(?=,\s{0,3}\p{Lu}|["”][^.;\n]{0,40}?\b(?:photo|picture|pic|headshot|avatar)\b)|\b[Ii]n\s{1,3}(?:the\s{1,3})?(?:calls?|interviews?|meetings?|video\s{1,3}calls?|[Zz]oom(?:\s{1,3}calls?)?)\s{0,3},?\s{1,3}I['’]?m\s{1,3}\p{Lu}\p{Ll}+\b/u;

/** A person by a quoted full name, maybe with a place: "Emily Carter", "Emily Carter, US based". */
const QUOTED_PERSON = String.raw`["“][A-Z][a-z]+\s[A-Z][a-z]+(?:,\s{0,3}[^"”\n]{1,20})?["”]`;
/** A shown identity that is not the freelancer's: an invented name, a name or photo picked for show, identity checks passed by another. */
/** A quoted invented name given as the profile's: "the profile of "X"", "under the name "X"", "sign as "X"". */
const PROFILE_UNDER_QUOTED_NAME = String.raw`\b(?:(?:profile|account|identity)\s{1,3}of|under\s{1,3}the\s{1,3}name|sign(?:ed|ing)?\s{1,3}as)\s{1,3}${QUOTED_PERSON}`;
/** A name chosen for its nationality: "use an American name", "US names get better response". */
const NAME_FOR_NATIONALITY = String.raw`\buse\s{1,3}(?:an?\s{1,3})?(?:american|us|british|english|western|fake)(?:[\s-]sounding)?\s{1,3}name\b|\b(?:us|american|british|uk|western|english|european)[\s-]{1,3}(?:sounding\s{1,3})?names?\s{1,3}(?:get|gets|win|wins|land|lands|receive|bring|attract)\b`;
/** A photo that is not the freelancer's: fake or generated, a stock headshot, "not Bilal's real photo". */
/** A stock picture put on a profile: "use the stock photo I sent ... on your Upwork profile" (not its banner or cover). */
const STOCK_PHOTO_ON_PROFILE = String.raw`\bstock\s{1,3}(?:photo|picture|image|headshot)s?\b[^.;\n]{0,60}?\b(?:on|for|as|in)\s{1,3}(?:your|my|the|our)\s{1,3}(?:upwork\s{1,3}|freelancer\s{1,3})?profile\b(?!\s{1,3}(?:banner|cover|header))`;
const PHOTO_NOT_MINE = String.raw`${STOCK_PHOTO_ON_PROFILE}|\bthispersondoesnotexist\b|\b(?:fake|ai[\s-]generated)\s{1,3}(?:profile\s{1,3})?(?:photo|picture|headshot)\b|\bstock\s{1,3}headshot\b|\bnot\s{1,3}[\p{L}]+['’]s\s{1,3}real\s{1,3}(?:photo|picture|headshot)\b`;
/** Identity checks passed by someone else: "ID verification was done by a buddy", "he did my ID verification selfie", "I handle the identity checks if they ask". */
const ID_CHECK_BY_ANOTHER = String.raw`\b(?:don['’]t|do\s{1,3}not)\s{1,3}care\s{1,3}whose\s{1,3}(?:face|id|name|photo)\b|\b(?:i|we)(?:['’]ll|\s{1,3}(?:will|can))?\s{1,3}(?:pass|do|handle|take)\s{1,3}(?:the\s{1,3})?(?:id|identity)\s{1,3}(?:verification|checks?)\b[^.;\n]{0,40}?\bfor\s{1,3}you\b|\b(?:id|identity)\s{1,3}verification\s{1,3}(?:was\s{1,3})?(?:done|completed|passed)\s{1,3}by\s{1,3}(?:a|my|his|her)\s{1,3}(?:\w+\s{1,3})?(?:buddy|friend|cousin|brother|sister|relative|colleague|someone)\b|\b(?:he|she|they|my\s{1,3}[\w-]+)\s{1,3}(?:also\s{1,3})?(?:did|does|do|handled|handles)\s{1,3}my\s{1,3}(?:id|identity)\s{1,3}(?:verification|check|selfie)|\bi\s{1,3}(?:can\s{1,3}|will\s{1,3})?handle\s{1,3}the\s{1,3}(?:id|identity)\s{1,3}(?:verification|checks?)\s{1,3}(?:for\s{1,3}you|if\s{1,3}they\s{1,3}ask)`;
/** A relative's or friend's identity used for the job: "use my niece's name and her verified profile", "use my brother's ID". */
const RELATIVE_IDENTITY_USED = String.raw`\b(?:use|using|uses)\s{1,3}(?:my|his|her|your)\s{1,3}(?:${RELATIVES_AND_FRIENDS})['’]s\s{1,3}(?:(?:real|legal|full|verified)\s{1,3})?(?:name|identity|id|ssn|passport|documents?|profile|account)\b`;
/** The profile photo changed to another person's: "changing the profile photo to our friend Karan's photo". */
const PROFILE_PHOTO_OF_ANOTHER = String.raw`\bprofile\s{1,3}(?:photo|picture|pic|headshot)\b[^.;\n]{0,30}?\b(?:to|with|for|into)\s{1,3}(?:(?:our|my|his|her|a)\s{1,3})?(?:(?:${RELATIVES_AND_FRIENDS})\s{1,3})?(?:${NAME}['’]s|someone\s{1,3}else['’]s)\s{1,3}(?:[\w-]+\s{1,3})?(?:photo|picture|pic|headshot|face)\b`;
/** A name kept because clients like it better: 'Name we keep as "Ryan Patel" because US clients like it more' (not a brand's or a file's name). */
const NAME_CLIENTS_PREFER = String.raw`(?<!\b(?:brand|company|shop|store|domain|file|product|business|app|channel|project)\s{1,3})\bnames?\b[^.;\n]{0,40}?\bbecause\s{1,3}(?:\w+\s{1,3}){0,2}?clients?\s{1,3}(?:like|likes|prefer|prefers|trust|trusts|respond|reply)\b`;
export const NAME_FOR_SHOW_RE = new RegExp([PROFILE_UNDER_QUOTED_NAME, RELATIVE_IDENTITY_USED, NAME_FOR_NATIONALITY, PHOTO_NOT_MINE, PROFILE_PHOTO_OF_ANOTHER, NAME_CLIENTS_PREFER, ID_CHECK_BY_ANOTHER].join("|"), "iu");
/** Someone else standing in for the freelancer: "my colleague will do the video interview instead of me", "he pretends he is me". */
export const STAND_IN_RE = /\b(?:do|does|take|takes|attend|attends|join|joins|handle|handles)\s{1,3}(?:the\s{1,3}|your\s{1,3})?(?:video\s{1,3}|voice\s{1,3}|screening\s{1,3}|client\s{1,3})?(?:interviews?|calls?|tests?)\s{1,3}(?:using|under|in|with)\s{1,3}my\s{1,3}name\b|\b(?:will|would|can|could)\s{1,3}(?:do|take|attend|join|handle)\s{1,3}(?:the\s{1,3}|your\s{1,3})?(?:video\s{1,3}|voice\s{1,3}|screening\s{1,3})?(?:interview|call|test)\s{1,3}(?:instead\s{1,3}of|for)\s{1,3}me\b|\bpretend(?:s|ing)?\s{1,3}(?:that\s{1,3})?(?:he|she|they)\s{1,3}(?:is|are)\s{1,3}me\b|\bpretend(?:s|ing)?\s{1,3}to\s{1,3}be\s{1,3}me\b/i;
/** Hiding who does the work: "client will never know who is actually working". */
export const WORKER_HIDDEN_RE = /\b(?:clients?|they|nobody|no\s{1,3}one|the\s{1,3}client|customers?)\s{1,3}(?:will|would|won['’]t)\s{1,3}(?:never\s{1,3}|ever\s{1,3})?(?:know|find\s{1,3}out|realize|realise|notice)\s{1,3}who(?:\s{1,3}(?:is|['’]s|was))?\s{1,3}(?:(?:actually|really)\s{1,3}\w+|(?:working|doing|behind|writing|coding|delivering)\b)/i;
/** A borrowed or false identity. */
export const FALSE_IDENTITY_RE = /\bvpn\b[^.;\n]{0,40}?\b(?:to\s{1,3}(?:appear|look|seem|show\s{1,3}up|pretend|pass)|location|(?:us|uk|american|british|european)\s{1,3}server|so\s{1,3}(?:the|my)\s{1,3}(?:ip|location)\s{1,3}match(?:es)?|(?:us|uk|american|british|european)\s{1,3}(?:rates|clients|ip|location|address|based)|ip\s{1,3}address|(?:my|a)\s{1,3}(?:\w+\s{1,3})?(?:friend|brother|sister|cousin|relative)['’]s)\b|\b(?:my\s{1,3})?(?:\w+\s{1,3})?(?:friend|brother|sister|cousin|relative|someone\s{1,3}else)['’]s\s{1,3}(?:id|identity|passport|name|address|documents?|account|ssn|bank\s{1,3}details|profile)\b|\b(?:fake|borrowed|rented|bought|purchased)\s{1,3}(?:id|identity|name|location|profile|account|address)\b|\b(?:bought|purchased|rented|borrowed)\s{1,3}(?:this|the|my|an?)\s{1,3}(?:\w+\s{1,3})?(?:account|profile)\b|\bpretend(?:ing)?\s{1,3}to\s{1,3}be\s{1,3}(?:based|located|from|in)\b|\bnot\s{1,3}actually\s{1,3}(?:in|from|based\s{1,3}in)\s{1,3}(?:the\s{1,3})?(?:us|usa|uk|united\s{1,3}states|america|canada|australia)\b/i;
/** Several people on one account or login: "all six of us work from my profile", "the assistant logs in as me", "one shared login for the whole office", "together with my brother on one account". */
export const MANY_ON_ONE_ACCOUNT_RE = new RegExp(
  String.raw`\b(?:all\s{1,3}(?:\w+\s{1,3})?of\s{1,3}us|(?:both|two|three|four|five|six|\d+)\s{1,3}of\s{1,3}us|we\s{1,3}all)\s{1,3}(?:\w+\s{1,3})?(?:(?:work|bid|log\s{1,3}in)\s{1,3}(?:from|under|on|through|into|to)|use|share)\s{1,3}(?:my|one|the\s{1,3}one|the\s{1,3}same|a\s{1,3}single)\s{1,3}${ACCOUNT_NOUN}|\b(?:logs?|logged|logging|signs?|signed|signing)\s{1,3}(?:in|on)\s{1,3}as\s{1,3}(?:me|him|her|them|my\s{1,3}(?:${RELATIVES_AND_FRIENDS}))\b` +
    String.raw`|\b(?:each|all|both)\s{1,3}(?:of\s{1,3}(?:us|them)\s{1,3}|[\w-]+\s{1,3}){0,2}?(?:have|has|get|know)\s{1,3}(?:the|my|our)\s{1,3}(?:login|password|credentials)\b|\b(?:one|a\s{1,3}single|the\s{1,3}same|a\s{1,3}shared)\s{1,3}(?:shared\s{1,3})?${ACCOUNT_NOUN}[^.;\n]{0,30}?\b(?:for\s{1,3}(?:the\s{1,3})?(?:whole|all|every|entire)|between\s{1,3}us|for\s{1,3}(?:both|all)\s{1,3}of\s{1,3}us)|\btogether\s{1,3}with\s{1,3}my\s{1,3}(?:${RELATIVES_AND_FRIENDS}|team|colleague)\s{1,3}on\s{1,3}(?:one|the\s{1,3}same|my)\s{1,3}${ACCOUNT_NOUN}`,
  "i",
);
/** Work shown as the freelancer's own but done by someone else: "logging your hours under my name", "sends updates from my account". */
export const UNDER_MY_NAME_RE = new RegExp(String.raw`\b(?:${PEOPLE}|he|she|they|you|who)\b[^.;\n]{0,40}?\b(?:correspond|corresponds|operate|operates|access|accesses|prepared|do|does|doing|handle|handles|work|works|working|bid|bids|bidding|log|logs|logged|logging|reply|replies|replying|answer|answers|send|sends|sending|upload|uploads|post|posts|track|tracks|submit|submits|deliver|delivers|chat|chats|message|messages|edit|edits|editing|write|writes|writing|manage|manages|managing|run|runs|running|use|uses|using|apply|applies|applying)\b[^.;\n]{0,30}?(?:\b(?:under|from|on|into|in|through|via|with)\s{1,3}(?:my|this\s{1,3}one|this\s{1,3}same|one)\s{1,3}(?:(?:freelancer|upwork|own)\s{1,3})?(?:name|account|profile|login)\b${NOT_THE_ACCOUNT_ITSELF}|(?<![\p{L}])(?:${lexiconAlternation(SPANISH_PORTUGUESE.onMyAccount)})(?![\p{L}]))|\bwhoever\b[^.;\n]{0,30}?\blogs?\s{1,3}in\b|\b(?:use|using|rent|renting|borrow)\s{1,3}your\s{1,3}(?:upwork\s{1,3}|freelancer\s{1,3})?(?:profile|account)\s{1,3}to\b|\byou\s{1,3}can\s{1,3}rent\s{1,3}it\b`, "iu");
/** A named person doing the work that is shown under the freelancer's name: "Farid will be the one coding ... under my name". */
export const NAMED_WORKER_UNDER_MY_NAME_RE = /\b(?!(?:This|That|It|Everything|All|Each|Every|The|Our|Your|My|We|There|Which|What|Work|Payment|Billing)\b)\p{Lu}\p{Ll}{2,}\s{1,3}(?:will|would|is|does|can|just)\b(?:(?!\b[Ii]\b)[^.;\n]){0,60}?\bunder\s{1,3}my\s{1,3}name\b/u;
/** Switching profiles or bidding from the wrong kind of account: "switch to the Hollis profile and carry on submitting", "applied through my client account". */
export const OTHER_PROFILE_RE = /\bswitch\s{1,3}to\s{1,3}(?:the|my|our|another|a\s{1,3}different)\s{1,3}(?:[\w'’-]+\s{1,3})?(?:profile|account)\b|\b(?:bid|bidding|apply|applied|applying|submitted|submit|submitting)\b[^.;\n]{0,40}?\b(?:through|from|with|on|via)\s{1,3}my\s{1,3}client\s{1,3}account\b/i;

/** Paying someone for the use of their account: "we would pay the profile holder a monthly fee for the use of the account". */
export const ACCOUNT_FOR_A_FEE_RE = /\bpay\s{1,3}you\b[^.;\n]{0,40}?\bto\s{1,3}let\s{1,3}(?:us|them|our\s{1,3}[\w-]+|my\s{1,3}[\w-]+)\s{1,3}(?:work|bid|log\s{1,3}in)\s{1,3}(?:under|from|on|through)\s{1,3}(?:it|your\s{1,3}(?:account|profile))\b|\bpay\b[^.;\n]{0,40}?\bfor\s{1,3}(?:the\s{1,3})?use\s{1,3}of\s{1,3}(?:the|your|their|his|her|that)\s{1,3}(?:upwork\s{1,3}|freelancer\s{1,3})?(?:account|profile)\b/i;
/** Earnings routed through someone else's account: "payments go to her account and she forwards them to me". */
export const PAYMENTS_FORWARDED_RE = /\bpayments?\s{1,3}(?:go|goes|are\s{1,3}sent|land|arrive)\s{1,3}(?:in)?to\s{1,3}(?:her|his|their)\s{1,3}(?:upwork\s{1,3})?account\b[^.;\n]{0,40}?\bforwards?\b/i;

/** Bids or messages sent by someone else from the freelancer's account: "the bids are actually sent by our outsourcing partner in Cebu using my profile". */
export const SENT_BY_OTHERS_RE = new RegExp(String.raw`\b(?:sent|submitted|written|posted|placed|handled|answered|made)\s{1,3}by\s{1,3}(?:our|my|a|an|the)\s{1,3}(?:[\w-]+\s{1,3}){0,3}?(?:${PEOPLE})\b[^.;\n]{0,30}?\b(?:using|under|from|on|through|via|with)\s{1,3}(?:my|our|this)\s{1,3}(?:(?:freelancer|upwork)\s{1,3})?(?:account|profile|login)\b`, "i");
/** An account in someone else's name: "our freelancer account is under my VA Maria's name", "set up under my daughter Karen's name" (people.json others). */
export const ACCOUNT_IN_ANOTHERS_NAME_RE = new RegExp(String.raw`\bunder\s{1,3}(?:(?:my|our)\s{1,3})?(?:${lexiconAlternation(ACCOUNT_OTHERS)})(?:\s{1,3}\p{Lu}\p{Ll}+)?['’]s\s{1,3}(?:name|identity|id|photo|details)\b`, "iu");


/** A fresh account opened whenever a rating goes bad: "I open a new profile every time I get a bad review", "crio uma conta nova toda vez que ..." (spanish-portuguese.json newAccount, everyTime). */
export const NEW_ACCOUNT_EACH_TIME_RE = new RegExp(String.raw`\bnew\s{1,3}(?:(?:upwork|freelancer)\s{1,3})?(?:account|profile)\s{1,3}(?:every\s{1,3}time|each\s{1,3}time|whenever)\b|(?<![\p{L}])(?:${lexiconAlternation(SPANISH_PORTUGUESE.newAccount)})\s{1,3}(?:${lexiconAlternation(SPANISH_PORTUGUESE.everyTime)})(?![\p{L}])`, "iu");

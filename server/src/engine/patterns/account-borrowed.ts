// Accounts and identities borrowed, rented or run by others, said in ways the older patterns in account.ts did not
// read: someone else's ID used at verification, a profile opened in the reader's name, the reader's account operated
// by the writer's team for a fee, earnings split from a lent profile, a profile rented "off him", a name on the
// contract that "is really me", messages answered as a quoted name, a password given after a bare "pass:" label.

/** Someone other than the writer, as the owner of a thing: "his", "Gheorghe's", "my friend Rachid's". */
const SOMEONE_ELSES = String.raw`(?:his|her|their|\p{Lu}\p{Ll}+['’]s|(?:my|our|a)\s{1,3}(?:friend|brother|sister|cousin|colleague|partner|wife|husband|dad|mom|mum|mother|father|uncle|aunt|neighbou?r)(?:\s{1,3}\p{Lu}\p{Ll}+)?['’]s)`;
/** An identity document or a likeness: "ID card", "passport photo", "selfie". */
const IDENTITY_DOCUMENT = String.raw`(?:national\s{1,3})?(?:id(?:\s{1,3}card)?|passport(?:\s{1,3}(?:photo|scan|copy))?|selfie|driver['’]?s?\s{1,3}licen[cs]e|photo\s{1,3}id|documents?)`;
/** Another person's document used or lent for a check: "Use Gheorghe's ID card and his selfie", "my friend Rachid lent me his passport photo". */
export const OTHERS_DOCUMENT_USED_RE = new RegExp(String.raw`\b(?:use|used|using|lent\s{1,3}me|lend\s{1,3}me|borrowed?|gave\s{1,3}me|give\s{1,3}me|with)\s{1,3}${SOMEONE_ELSES}\s{1,3}${IDENTITY_DOCUMENT}\b`, "iu");

/** A check of who someone is ("the verification", "the identity check", "KYC"), not a selfie or a photo by itself. */
export const IDENTITY_CHECK_RE = /\b(?:verif(?:y|ies|ied|ying|ication)|kyc|identity\s{1,3}(?:check|verification)|id\s{1,3}(?:check|verification)|on\s{1,3}camera|video\s{1,3}(?:call|check))\b/i;

/** A profile opened or verified in another's name: "I'll open and verify a profile in your name". */
export const PROFILE_IN_ANOTHERS_NAME_RE = /\b(?:open|opened|create|created|make|set\s{1,3}up|register|registered|verify|verified)\b[^.;\n]{0,30}?\b(?:profile|account)\s{1,3}(?:in|under)\s{1,3}(?:your|his|her|their|[A-Z][a-z]+['’]s)\s{1,3}(?:own\s{1,3})?name\b/;

/** The reader's account operated by the writer's people: "our bid team operates your account", "clients share their Upwork login with our PMO". */
export const ACCOUNT_RUN_BY_US_RE = /\b(?:operates?|operating|runs?|running|manages?|managing|handles?|handling)\s{1,3}your\s{1,3}(?:upwork\s{1,3})?(?:account|profile)\s{1,3}(?:to|for|and)\b|\bshares?\s{1,3}(?:their|his|her|your)\s{1,3}(?:upwork\s{1,3})?(?:login|logins|password|credentials)\s{1,3}with\s{1,3}(?:our|my|us|me)\b/i;

/** A lent profile's earnings split: "we share what it earns 60/40", "split the profile's earnings 70/30" ("share the money 50/50" alone names no profile). */
export const EARNINGS_SPLIT_RE = /\b(?:share|split|divide)\s{1,3}(?:what\s{1,3}it\s{1,3}(?:earns|makes)|the\s{1,3}(?:profile|account)['’]s\s{1,3}(?:earnings|income)|the\s{1,3}(?:earnings|income)\s{1,3}(?:from|of)\s{1,3}(?:it|the\s{1,3}(?:profile|account)))\b[^.;\n]{0,20}?\b\d{2}\s{0,2}\/\s{0,2}\d{2}\b/i;

/** A profile rented off its owner to bid with: "I'm renting it off him for fifty bucks a month so I can bid". */
export const RENTED_OFF_OWNER_RE = /\b(?:rent|renting|rented|lease|leasing|leased|borrow|borrowing|borrowed)\s{1,3}it\s{1,3}(?:off|from)\s{1,3}(?:him|her|them|[A-Z][a-z]+)\b[^.;\n]{0,60}?\b(?:bid|bids|bidding|apply|applying|work|submit|win)\b/i;

/** A name shown to clients that is the writer: 'When the client sees "Earl W." on the contract, that's really me'. */
export const NAME_REALLY_ME_RE = /["“][A-Z][\w.]*(?:\s[A-Z][\w.]*)?["”][^.;\n]{0,60}?\b(?:that['’]s|it['’]s|is|that\s{1,3}is)\s{1,3}(?:really|actually|secretly|in\s{1,3}fact)\s{1,3}me\b/;

/** Others answering as a quoted name: 'My colleague Amy and Jacky also answer messages as "Lin"'. */
export const ANSWERING_AS_NAMED_RE = /\b(?:answer|answers|answering|reply|replies|replying|respond|responds|chat|chats|write|writes|message|messages|sign|signs)\b[^.;\n]{0,30}?\bas\s{1,3}["“][A-Z][a-z]+(?:\s[A-Z][a-z]+)?["”]/;

/** A password after a bare label: "pass: Harbour2019!" (PASSWORD_GIVEN_RE reads "password:", "pw:"). */
export const PASS_LABEL_GIVEN_RE = /(?:^|[\n,;(])[ \t>*_-]{0,6}pass\s{0,3}[:=]\s{0,3}(?=[^\s{]{0,40}[\d!@#$%^&*])[^\s{"“'<]{6,}/i;

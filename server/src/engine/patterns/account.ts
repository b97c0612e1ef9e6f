// Patterns for account sharing, client logins, second accounts and borrowed identities.

const PEOPLE = String.raw`brother|sister|cousin|wife|husband|partner|friend|colleague|assistant|team|teammates?|employees?|staff|va|virtual\s+assistant|son|daughter|dad|father|mom|mother|uncle|someone\s+else|others|another\s+(?:person|freelancer)|business-development\s+team|bd\s+team|sales\s+team|whole\s+(?:\w+\s+){0,2}team`;

/** Someone else uses this freelancer account. */
export const SHARED_ACCOUNT_RE = new RegExp(
  String.raw`\b(?:share|shares|sharing|shared)\s+(?:the|my|our|this|one|a|a\s+single)\s+(?:\w+\s+)?(?:login|log-in|account|password|credentials|profile)\b|\b(?:my|our|the)\s+(?:${PEOPLE})\b[^.;\n]{0,40}?\b(?:logs?\s+in|uses?|runs?|manages?|operates?|works?\s+(?:under|from|on)|flies\s+(?:\w+\s+)?under|bids?\s+(?:under|from|on)|replies\s+from|answers\s+from|helps\s+run|accesses)\b[^.;\n]{0,30}?\b(?:this|my|our|the)\s+(?:\w+\s+)?(?:account|profile|login)\b|\b(?:logs?\s+in|log\s+in)\s+with\s+my\s+(?:account|login|credentials|password|details)\b|\b(?:this|my)\s+(?:account|profile)\s+is\s+(?:run|managed|operated|shared)\s+by\b`,
  "i",
);

/** Logging into the client's Upwork account, or asking for their login. */
export const CLIENT_LOGIN_RE = /\b(?:share|send|give|provide|tell)\s+(?:me\s+)?(?:your|ur)\s+(?:upwork\s+)?(?:login|log-in|password|credentials|account\s+(?:details|password|login))\b|\b(?:log|logging|sign|signing)\s+(?:in|into|in\s+to|on\s+to)\s+your\s+(?:upwork\s+|client\s+)+account\b|\b(?:on\s+your\s+behalf|as\s+you)\b[^.;\n]{0,30}?\b(?:log\s+in|login|sign\s+in)\b|\b(?:log\s+in|login|sign\s+in)\b[^.;\n]{0,30}?\b(?:as\s+you|on\s+your\s+behalf)\b/i;

/** A second, backup or alternate freelancer account. */
export const SECOND_ACCOUNT_RE = /\b(?:my|a|another|our|the)\s+(?:second|backup|back-up|alternate|alt|spare|other|secondary|extra|new|duplicate)\s+(?:freelancer\s+|upwork\s+)?(?:account|profile|login)\b|\b(?:two|multiple|several)\s+(?:freelancer\s+|upwork\s+)?(?:accounts|profiles)\b/i;

/** A borrowed or false identity. */
export const FALSE_IDENTITY_RE = /\b(?:uses?|using|through|behind|with)\s+(?:a\s+)?vpn\b|\bvpn\b[^.;\n]{0,40}?\b(?:location|country|based|us|uk|american|ip)\b|\b(?:my\s+)?(?:\w+\s+)?(?:friend|brother|sister|cousin|relative|someone)['’]s\s+(?:id|identity|passport|name|address|documents?|account|ssn|bank\s+details)\b|\b(?:fake|borrowed|rented|bought)\s+(?:id|identity|name|location|profile|account|address)\b|\bpretend(?:ing)?\s+to\s+be\s+(?:based|located|from)\b|\bnot\s+actually\s+(?:in|from|based\s+in)\s+(?:the\s+)?(?:us|usa|uk|united\s+states|america|canada|australia)\b/i;

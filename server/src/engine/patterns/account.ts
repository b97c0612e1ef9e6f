// Patterns for account sharing, client logins, second accounts and borrowed identities.

const PEOPLE = String.raw`brother|sister|cousin|wife|husband|partner|friend|colleague|assistant|team|teammates?|employees?|staff|va|virtual\s{1,3}assistant|son|daughter|dad|father|mom|mother|uncle|someone\s{1,3}else|others|another\s{1,3}(?:person|freelancer)|business-development\s{1,3}team|bd\s{1,3}team|sales\s{1,3}team|whole\s{1,3}(?:\w+\s{1,3}){0,2}team`;

/** Someone else uses this freelancer account. */
export const SHARED_ACCOUNT_RE = new RegExp(
  String.raw`\b(?:share|shares|sharing|shared)\s{1,3}(?:the|my|our|this|one|a|a\s{1,3}single)\s{1,3}(?:\w+\s{1,3})?(?:login|log-in|account|password|credentials|profile)\b|\b(?:my|our|the)\s{1,3}(?:${PEOPLE})\b[^.;\n]{0,40}?\b(?:logs?\s{1,3}in|uses?|runs?|manages?|operates?|works?\s{1,3}(?:under|from|on)|flies\s{1,3}(?:\w+\s{1,3})?under|bids?\s{1,3}(?:under|from|on)|replies\s{1,3}from|answers\s{1,3}from|helps\s{1,3}run|accesses)\b[^.;\n]{0,30}?\b(?:this|my|our|the)\s{1,3}(?:\w+\s{1,3})?(?:account|profile|login)\b|\b(?:logs?\s{1,3}in|log\s{1,3}in)\s{1,3}with\s{1,3}my\s{1,3}(?:account|login|credentials|password|details)\b|\b(?:this|my)\s{1,3}(?:account|profile)\s{1,3}is\s{1,3}(?:run|managed|operated|shared)\s{1,3}by\b`,
  "i",
);

/** Logging into the client's Upwork account, or asking for their login. */
export const CLIENT_LOGIN_RE = /\b(?:share|send|give|provide|tell)\s{1,3}(?:me\s{1,3})?(?:your|ur)\s{1,3}(?:upwork\s{1,3})?(?:login|log-in|password|credentials|account\s{1,3}(?:details|password|login))\b|\b(?:log|logging|sign|signing)\s{1,3}(?:in|into|in\s{1,3}to|on\s{1,3}to)\s{1,3}your\s{1,3}(?:upwork\s{1,3}|client\s{1,3})+account\b|\b(?:on\s{1,3}your\s{1,3}behalf|as\s{1,3}you)\b[^.;\n]{0,30}?\b(?:log\s{1,3}in|login|sign\s{1,3}in)\b|\b(?:log\s{1,3}in|login|sign\s{1,3}in)\b[^.;\n]{0,30}?\b(?:as\s{1,3}you|on\s{1,3}your\s{1,3}behalf)\b/i;

/** A second, backup or alternate freelancer account. */
export const SECOND_ACCOUNT_RE = /\b(?:my|a|another|our|the)\s{1,3}(?:second|backup|back-up|alternate|alt|spare|other|secondary|extra|new|duplicate)\s{1,3}(?:freelancer\s{1,3}|upwork\s{1,3})?(?:account|profile|login)\b|\b(?:two|multiple|several)\s{1,3}(?:freelancer\s{1,3}|upwork\s{1,3})?(?:accounts|profiles)\b/i;

/** A borrowed or false identity. */
export const FALSE_IDENTITY_RE = /\b(?:uses?|using|through|behind|with)\s{1,3}(?:a\s{1,3})?vpn\b|\bvpn\b[^.;\n]{0,40}?\b(?:location|country|based|us|uk|american|ip)\b|\b(?:my\s{1,3})?(?:\w+\s{1,3})?(?:friend|brother|sister|cousin|relative|someone)['’]s\s{1,3}(?:id|identity|passport|name|address|documents?|account|ssn|bank\s{1,3}details)\b|\b(?:fake|borrowed|rented|bought)\s{1,3}(?:id|identity|name|location|profile|account|address)\b|\bpretend(?:ing)?\s{1,3}to\s{1,3}be\s{1,3}(?:based|located|from)\b|\bnot\s{1,3}actually\s{1,3}(?:in|from|based\s{1,3}in)\s{1,3}(?:the\s{1,3})?(?:us|usa|uk|united\s{1,3}states|america|canada|australia)\b/i;

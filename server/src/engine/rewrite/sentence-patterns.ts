// Shapes of a clause that the strategies test for (a tag question, a visit, a call asked for, a detail's
// marks), kept in one place because several strategies read the same ones. A pattern too long for a line
// is built from named parts.

import { LEXICON } from "./lexicon";

/** Phrases as one alternation, longest first, each escaped and its spaces matching any run of space. */
export const phraseAlternation = (phrases: Iterable<string>) => [...phrases].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");

/** A detail the client is asked for, with its qualifier: "personal email", "best phone number" (lexicon `requestedDetails`). */
export const REQUESTED_DETAIL = String.raw`(?:(?:personal|private|work|business|direct|best|preferred)\s+)?(?:${phraseAlternation(LEXICON.requestedDetails.words)})`;

/** A tag question closing a clause: ", right", ", won't you", ", okay". */
export const TAG_QUESTION_RE = /,\s*(?:right|won['’]t you|will you|ok|okay|yeah|yes|deal|agreed)\s*$/i;

/** The client's condition closing a clause: " if you'd like to chat", " whenever you have questions". */
export const CLIENT_CONDITION_RE = /\s(?:if|when|whenever|in case)\s+you\b[^,;:—–()]*$/i;

const NOT_A_PREPOSITION = String.raw`(?!(?:by|on|at|via|in|through|to|from|over|with|for)\b)`;
const OWNED_WORD = String.raw`\s+${NOT_A_PREPOSITION}[\p{L}'’-]+`;
/** The client's own pages and accounts, or another party's: "your company's LinkedIn page and Instagram grid", "their website", "a bakery's Instagram". */
// (a noun phrase only: "your earliest convenience| by email" ends before its preposition)
// (another party is named after an article, so "my team's Slack", "let's Zoom" and "here's WhatsApp" are none)
const OWNER = String.raw`(?:your|their|(?:a|an|the|this|that|one|another)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+['’]s)`;
export const CLIENT_OWNED_RE = new RegExp(String.raw`(?<![\p{L}])${OWNER}(?:${OWNED_WORD}){1,3}(?:\s+(?:and|or)\s+${NOT_A_PREPOSITION}[\p{L}'’-]+(?:${OWNED_WORD})?)?`, "giu");

const DROP_BY = String.raw`(?:drop|stop|pop|swing|come)\s+(?:by|in|over|round|into|to)`;
/** The place visited, named by its owner: "my studio ", "our new office ". */
const OWN_PREMISES = String.raw`(?:(?:my|our|the)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+)?`;
/** A visit to a place before its address: "drop by my studio at ", "visit us at our office in ", "come to the workshop at ". */
export const VISIT_LEAD_RE = new RegExp(String.raw`(^|\s)(?:${DROP_BY}|visit|come\s+and\s+see)\s+(?:(?:me|us)\s+)?(?:(?:at|in)\s+)?${OWN_PREMISES}(?:at|in)?\s*$`, "iu");
/** A visit that opens the clause: "Visit us at ...", "Drop by ...". */
export const VISIT_START_RE = new RegExp(String.raw`^\s*(?:${DROP_BY}|visit)\b`, "i");

const TREAT_AND = String.raw`(?:(?:a\s+)?(?:coffee|drink|tea|lunch)\s+and\s+)?`;
const TALK_NOUN = "(?:chat|call|meeting|talk|conversation|demo|demonstration|walkthrough|walk-through|presentation)";
const TALK_TOPIC = String.raw`(?:\s+(?:about|on|regarding|of)\s+[^,;—–]+)?`;
/** What follows a visit's talk or purpose, from the next comma or dash on (its own group). */
const VISIT_REST = String.raw`(\s*(?:[,;—–][^]*)?)`;
/** A talk a visit was for, after the address: ", for a coffee and a chat about your rebrand", and what follows it. */
export const VISIT_CHAT_RE = new RegExp(String.raw`^\s*,?\s*for\s+${TREAT_AND}(an?\s+(?:[\p{L}\p{N}-]+\s+){0,2}${TALK_NOUN}${TALK_TOPIC})${VISIT_REST}$`, "iu");
/** What only a visit could be: "in-person", "face-to-face" (a demo had here is neither). */
export const IN_PERSON_RE = /\b(?:in[ -]person|face[ -]to[ -]face|on-site|onsite)\s+/giu;

const SEE_VERB = "(?:see|check|look at|view|discuss|talk|go over|review)";
/** What a visit was for, after the address: " to see the print samples in person", and what follows it. */
export const VISIT_PURPOSE_RE = new RegExp(String.raw`^\s+to\s+(${SEE_VERB}\b[^,;—–]*?)(?:\s+in\s+person|\s+face[ -]to[ -]face)?${VISIT_REST}$`, "i");

const HEDGE = String.raw`(?:(?:just|really|probably|maybe)\s+)?`;
const REASON_VERB = "(?:think|thought|guess|believe|know|am|was|were|are|is|may|might|did|didn't|have|haven't|had)";
/** A clause of its own, with a subject and a verb: "I think maybe you did not see the proposal", "you may have missed it". */
export const REASON_CLAUSE_RE = new RegExp(String.raw`^\s*(?:I|we|you|it|this)\s+${HEDGE}${REASON_VERB}\b[^]{8,}$`);

const CALL_NOUN = "(?:call|chat|meeting|catch-up|conversation)";
const CALL_TOPIC = String.raw`(?:\s+(?:about|on|regarding|to discuss)\s+[^,;:()]+)?`;
/** The call a detail is asked for, closing the clause: " for a quick 10-minute chat about the brand voice". */
export const CALL_FOR_RE = new RegExp(String.raw`\s(?:for|to have|to set up|to schedule)\s+(an?\s+(?:[\p{L}\p{N}-]+\s+){0,3}${CALL_NOUN}${CALL_TOPIC})$`, "iu");

/** A web address or a handle: "linktr.ee/x", "@x", "https://...". */
const LINK_OR_HANDLE = String.raw`(?:[\w.-]+\.[a-z]{2,}(?:\/\S*)?|@[\w.]+|https?:\/\/\S+)`;
/** A clause that only says where my things are, a link or handle: "all my links (Spotify, email) are at linktr.ee/x", "my reels are on @x". */
export const LOCATED_DETAIL_RE = new RegExp(String.raw`^(?:all\s+)?(?:my|our)\s+(?:[^,;()]|\([^()]*\))*?\s+(?:is|are|lives?|can be found)\s+(?:at|on|in|via|under)\s+${LINK_OR_HANDLE}$`, "i");

/** What an invitation to message is about: "for PSDs", "with questions", "about the scope". */
export const INVITATION_ABOUT_RE = /\s((?:for|about|with|regarding)\s+[^,;:()]+)$/i;

/** "come meet the team", up to what follows it ("before signing"). */
export const COME_MEET_RE = /\bcome\s+(?:and\s+)?(?:meet|see)\s+[^,;]*?(?=\s+(?:before|after|when|if|once|to|any)\b|$)/i;

/** A subject and nothing else: "My portfolio site", "Our new office". */
export const SUBJECT_ONLY_RE = /^\s*(?:my|our|the|your)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*$/iu;

/** A few capitalized words and nothing else: a page's or company's name ("Clara Bakes Cakes"). */
export const NAME_ASIDE_RE = /^\s*(?:\p{Lu}[\p{L}'&.-]*\s*){1,5}$/u;

/** A contact detail's marks: a number, an "@", a web address. */
export const DETAIL_MARK_RE = /\d{2,}|@|www\.|\.\p{L}{2,}\/|https?:/u;

/** A bracketed aside closing a text, its words in group 1: " (drop by anytime)". */
export const VISIT_ASIDE_RE = /\s*\(([^()]*)\)\s*$/u;

/** An app that is a channel (lexicon `meansChannels.apps`): "our Slack", "on Teams". */
export const CHANNEL_APP_RE = new RegExp(String.raw`(?<![\p{L}])(?:${phraseAlternation(LEXICON.meansChannels.apps)})(?![\p{L}])`, "iu");

// Patterns for spam: repeated follow-ups and one letter sent to many jobs.

/** Promising to message again and again. */
export const REPEATED_FOLLOW_UP_RE = /\b(?:message|messaging|msg|follow(?:ing)?\s+up|ping|pinging|resend|re-send|send(?:ing)?|email|emailing|call|calling|text|texting|remind|chase|chasing|contact|write|bump)\b[^.;\n]{0,50}?\b(?:every\s+(?:single\s+)?(?:day|morning|evening|night|hour|few\s+(?:hours|days|minutes)|\d+\s+(?:hours|minutes|days))|daily|hourly|each\s+(?:day|morning|hour)|non-?stop|again\s+and\s+again|until\s+you\s+(?:answer|reply|respond|decide|hire|say\s+yes|get\s+back))\b|\bkeep\s+(?:sending|messaging|calling|emailing|pinging|following\s+up)\b[^.;\n]{0,40}?\buntil\b/i;

/** Sending the same letter to many jobs. */
export const MASS_PROPOSAL_RE = /\b(?:use|send|submit|paste|copy|post|blast|spray)\s+(?:this|the\s+same|one)\s+(?:letter|proposal|template|message|cover\s+letter|text|pitch)\s+(?:for|to|on|across)\s+(?:all|every|each|as\s+many|\d+|dozens?|hundreds?)\b|\bsame\s+(?:text|letter|proposal),?\s+no\s+edits\b|\bbulk[\s-]bid(?:ding)?\b|\bmass[\s-](?:apply|applying|bid(?:ding)?|proposals?)\b|\bvolume\s+is\s+what\s+matters\b/i;

// Patterns for spam: repeated follow-ups and one letter sent to many jobs.

/** Promising to message again and again. */
export const REPEATED_FOLLOW_UP_RE = /\b(?:message|messaging|msg|follow(?:ing)?\s{1,3}up|ping|pinging|resend|re-send|send(?:ing)?|email|emailing|call|calling|text|texting|remind|chase|chasing|contact|write|bump)\b[^.;\n]{0,50}?\b(?:every\s{1,3}(?:single\s{1,3})?(?:day|morning|evening|night|hour|few\s{1,3}(?:hours|days|minutes)|\d+\s{1,3}(?:hours|minutes|days))|daily|hourly|each\s{1,3}(?:day|morning|hour)|non-?stop|again\s{1,3}and\s{1,3}again|until\s{1,3}you\s{1,3}(?:answer|reply|respond|decide|hire|say\s{1,3}yes|get\s{1,3}back))\b|\bkeep\s{1,3}(?:sending|messaging|calling|emailing|pinging|following\s{1,3}up)\b[^.;\n]{0,40}?\buntil\b/i;

/** Sending the same letter to many jobs. */
export const MASS_PROPOSAL_RE = /\b(?:use|send|submit|paste|copy|post|blast|spray)\s{1,3}(?:this|the\s{1,3}same|one)\s{1,3}(?:letter|proposal|template|message|cover\s{1,3}letter|text|pitch)\s{1,3}(?:for|to|on|across)\s{1,3}(?:all|every|each|as\s{1,3}many|\d+|dozens?|hundreds?)\b|\bsame\s{1,3}(?:text|letter|proposal),?\s{1,3}no\s{1,3}edits\b|\bbulk[\s-]bid(?:ding)?\b|\bmass[\s-](?:apply|applying|bid(?:ding)?|proposals?)\b|\bvolume\s{1,3}is\s{1,3}what\s{1,3}matters\b/i;

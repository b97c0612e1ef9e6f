// Patterns for insults, threats, sexual remarks and discrimination. Profanity itself comes from the
// `obscenity` package's maintained English list, not from here.

/** Insults aimed at a person or their work. */
export const INSULT_RE = /\b(?:is|are|was|were|be|you['’]re|you\s+are|clearly|total|complete|such|absolute|bunch\s+of|like\s+an?)\s+(?:a\s+|an\s+|one\s+of\s+those\s+|some\s+)?(?:\w+\s+)?(?:morons?|idiots?|imbeciles?|stupid|dumb|incompetent|clueless|useless|pathetic|losers?|fools?|clowns?|amateurs?|retarded|brainless|worthless)\b|\b(?:clueless|stupid|dumb|incompetent|useless|lazy|pathetic|idiotic|brainless)\s+(?:clients?|people|person|developers?|designers?|artists?|freelancers?|buyers?|employers?|owners?|team|guys?|customers?)\b|\bthe\s+(?:garbage|trash|crap|junk|rubbish|mess)\s+(?:your|you|that\s+your)\b|\b(?:your|their)\s+(?:\w+\s+)?(?:work|design|code|site|website|app|copy|logo|art|writing)\s+(?:is|was|looks)\s+(?:garbage|trash|crap|rubbish|a\s+joke|pathetic|embarrassing|amateurish|disgusting)\b/i;

/** Threats of harm. */
export const THREAT_RE = /\b(?:i['’]ll|i\s+will|we['’]ll|we\s+will|i['’]m\s+going\s+to)\s+(?:find\s+you|hurt\s+you|come\s+after\s+you|make\s+you\s+(?:pay|regret)|ruin\s+(?:you|your\s+(?:business|reputation|life))|destroy\s+(?:you|your))\b|\byou['’]ll\s+regret\b/i;

/** Sexual remarks and advances. */
export const SEXUAL_RE = /\b(?:you(?:['’]re|\s+are|\s+look)|your\s+(?:profile\s+)?(?:picture|photo|pic|avatar|body|voice)\s+(?:is|looks))\s+(?:very\s+|so\s+|really\s+)?(?:sexy|hot|gorgeous|beautiful|cute|pretty|attractive|stunning)\b|\bover\s+drinks\b|\bwhere\s+the\s+night\s+goes\b|\b(?:go\s+on\s+a\s+date|date\s+me|are\s+you\s+single|send\s+(?:me\s+)?(?:a\s+)?(?:pics|photos|selfies?)\s+of\s+you)\b/i;

/** Nationalities, ethnicities and groups that discrimination targets. */
const GROUPS = String.raw`indian|indians|pakistani|pakistanis|chinese|filipino|filipinos|nigerian|nigerians|african|africans|arab|arabs|asian|asians|bangladeshi|russian|russians|ukrainian|mexican|mexicans|latino|latinos|black|white|jewish|muslim|muslims|christian|christians|hindu|hindus|women|woman|female|females|men|male|males|girls|gay|lesbian|trans|disabled|old|older|elderly|boomers?|foreigners?|immigrants?|non-natives?|third-world`;
/** Disparaging or excluding people for a protected characteristic. */
export const DISCRIMINATION_RE = new RegExp(
  String.raw`\b(?:cheap|lazy|dirty|stupid|dumb|useless|incompetent|typical|those|these)\s+(?:${GROUPS})(?:\s+(?:developers?|freelancers?|people|workers?|coders?|designers?|writers?|guys|clients?))?\b|\b(?:don['’]t|do\s+not|won['’]t|will\s+not|never|refuse\s+to|no)\s+(?:take\s+on|work\s+with|hire|accept|deal\s+with|serve)\s+(?:any\s+)?(?:clients?|people|anyone|customers?|candidates?|applicants?)?\s*(?:who\s+are\s+)?(?:over|above|older\s+than|under|younger\s+than)\s+\d{2}\b|\b(?:no|not\s+hiring|don['’]t\s+hire|won['’]t\s+hire|never\s+hire)\s+(?:${GROUPS})\b|\b(?:${GROUPS})\s+(?:need\s+not|shouldn['’]t)\s+apply\b|\b(?:too\s+old|too\s+slow\s+with\s+technology)\b`,
  "i",
);

// Patterns for feedback manipulation: rewards for reviews, withholding work, pressure and threats.

/** A review, a rating or stars. */
export const REVIEW_RE = /\b(?:(?:five|5|4|four|one|1)[\s-]?stars?|reviews?|feedback|ratings?|testimonials?)\b/i;

/** A top rating asked for specifically. */
export const TOP_RATING_RE = /\b(?:five|5)[\s-]?stars?\b|\b(?:perfect|top|10\/10|max(?:imum)?)\s+(?:rating|score|feedback)\b|\bpositive\s+(?:review|feedback)\b/i;

/** Something of value offered in exchange. */
export const REWARD_RE = /\b(?:discount|\d{1,3}\s?%\s+off|off\s+(?:the|your)\s+next|refund|refunds|free|bonus|extra|throw\s+in|in\s+return|gift|cashback|cash\s+back|money\s+back|for\s+nothing|on\s+the\s+house|complimentary|tip\s+you|pay\s+you|rebate|voucher)\b/i;

/** Holding work, files or the contract until a review. */
export const WITHHOLD_RE = /\b(?:hold|holding|withhold|keep|keeping|won['’]t\s+(?:send|deliver|release|hand\s+over)|will\s+not\s+(?:send|deliver|release)|only\s+(?:send|deliver|release)|release|send|deliver|unlock|don['’]t\s+close|do\s+not\s+close|not\s+close)\b[^.;\n]{0,60}?\b(?:until|unless|once|after|as\s+soon\s+as|only\s+(?:after|when|if))\b[^.;\n]{0,40}?\b(?:review|feedback|stars?|rating)\b/i;

/** Pressure: demands, "my ranking depends on it". */
export const PRESSURE_RE = /\b(?:please\s+)?(?:remember|make\s+sure|don['’]t\s+forget|be\s+sure|you\s+(?:must|need\s+to|have\s+to)|i\s+(?:need|expect)\s+you\s+to|i\s+only\s+accept)\b[^.;\n]{0,40}?\b(?:5|five)[\s-]?stars?\b|\b(?:my|our)\s+(?:ranking|rating|score|profile|jss|job\s+success(?:\s+score)?|career|livelihood)\s+depends\s+on\b|\banything\s+(?:less|below)\s+(?:than\s+)?(?:5|five)[\s-]?stars?\b|\banything\s+less\s+hurts\b/i;

/** Threatening a bad review. */
export const BAD_REVIEW_THREAT_RE = /\b(?:leave|give|post|write)\s+(?:you\s+|your\s+\w+\s+)?(?:a\s+)?(?:one|1|two|2|bad|negative|poor|low)[\s-]?(?:stars?|review|feedback|rating)\b/i;

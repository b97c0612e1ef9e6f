// Patterns for paying or being paid outside Upwork, and for taking the work off the platform.

/** Payment channels outside Upwork. */
export const PAYMENT_METHODS = String.raw`pay\s?pal|paypal\.me|wise|transferwise|payoneer|revolut|venmo|zelle|cash\s?app|western\s+union|moneygram|m-?pesa|mercado\s+pago|interac|e-?transfer|sepa(?:\s+transfer)?|iban|swift(?:\s+transfer)?|bank\s+(?:transfer|deposit|account|wire)|wire\s+transfer|direct\s+(?:deposit|bank\s+transfer)|crypto(?:currency)?|bitcoin|btc|usdt|usdc|eth(?:ereum)?|tether|binance(?:\s+pay)?|crypto\s+wallet|my\s+wallet|skrill|payeer|gcash|paymaya|jazzcash|easypaisa|bkash|nagad|upi|paytm|pix|alipay|wechat\s+pay|remitly|xoom|worldremit|cash\s+in\s+hand|cash\s+on\s+delivery|cheque|invoice\s+you\s+directly`;
export const PAYMENT_METHOD_RE = new RegExp(String.raw`\b(?:${PAYMENT_METHODS})\b`, "i");

/** Words of paying, sending or settling money. */
export const PAYMENT_VERB_RE = /\b(?:pay|pays|paid|paying|payment|payments|send|sent|sending|transfer|transferred|wire|settle|invoice|invoicing|accept|accepts|take|receive|deposit|balance|the\s+rest|remaining|fee|fees|rates?|billing|bill)\b/i;

/** Avoiding Upwork's fees or escrow, or paying around it. */
export const FEE_AVOIDANCE_RE = /\b(?:avoid|skip|save|bypass|dodge|cut\s+out|get\s+around|no)\s+(?:on\s+)?(?:the\s+)?(?:upwork['’]?s?\s+|platform['’]?s?\s+|service\s+|middleman\s+)?(?:fees?|commission|cut|escrow|platform\s+fees?)\b|\b(?:outside|off)\s+(?:of\s+)?(?:upwork|the\s+platform|the\s+site)\b|\binstead\s+of\s+(?:here|upwork|through\s+upwork|the\s+platform|escrow)\b|\bno\s+(?:platform|upwork)\s+(?:fees?|escrow|cut)\b|\b(?:directly|direct)\s+to\s+(?:me|my)\b|\bsent\s+directly\b|\bpay\s+(?:me\s+)?directly\b/i;

/** After a payment channel, words that make it a skill or the client's product ("PayPal checkout integration"). */
export const PAYMENT_TECH_RE = /\b(?:api|apis|sdk|integration|integrations|integrate|integrating|checkout|gateway|gateways|plugin|webhooks?|button|subscriptions?\s+(?:flow|setup)|payouts?\s+(?:api|flow|integration)|reconciliation|processor|express\s+checkout|ipn|merchant|smart\s+buttons|bnpl|storefront|shop|store['’]s|customers?|for\s+your|your\s+(?:store|shop|site|customers?|app|platform))\b/i;

/** Taking the work or the relationship off Upwork. */
export const OFF_PLATFORM_WORK_RE = /\b(?:close|end|cancel|pause)\s+(?:the|this|our)\s+contract\s+(?:here|on\s+upwork)?[^.;\n]{0,40}?\b(?:keep|continue|carry\s+on)\s+(?:working|on)\b|\b(?:work|continue|deal|contract|collaborate|hire\s+me|go|carry\s+on)\s+(?:together\s+|with\s+(?:you|me|us)\s+)?(?:directly|privately|outside\s+(?:of\s+)?(?:upwork|the\s+platform)|off\s+(?:upwork|the\s+platform)|without\s+upwork)\b|\bprivate\s+(?:arrangement|deal|contract|agreement)\b|\b(?:move|take|continue|switch)\s+(?:this|things|our\s+work|the\s+(?:work|project|relationship))\s+(?:off|outside)\s+(?:of\s+)?(?:upwork|the\s+platform)\b|\b(?:then|after\s+that|afterwards)\s+(?:we\s+)?(?:go|work|switch\s+to)\s+direct(?:ly)?\b/i;

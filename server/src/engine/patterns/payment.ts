// Patterns for paying or being paid outside Upwork, and for taking the work off the platform.

/** Payment channels outside Upwork. */
export const PAYMENT_METHODS = String.raw`pay\s?pal|paypal\.me|wise|transferwise|payoneer|revolut|venmo|zelle|cash\s?app|western\s{1,3}union|moneygram|m-?pesa|mercado\s{1,3}pago|interac|e-?transfer|sepa(?:\s{1,3}transfer)?|iban|swift(?:\s{1,3}transfer)?|bank\s{1,3}(?:transfer|deposit|account|wire)|wire\s{1,3}transfer|direct\s{1,3}(?:deposit|bank\s{1,3}transfer)|crypto(?:currency)?|bitcoin|btc|usdt|usdc|eth(?:ereum)?|tether|binance(?:\s{1,3}pay)?|crypto\s{1,3}wallet|my\s{1,3}wallet|skrill|payeer|gcash|paymaya|jazzcash|easypaisa|bkash|nagad|upi|paytm|pix|alipay|wechat\s{1,3}pay|remitly|xoom|worldremit|cash\s{1,3}in\s{1,3}hand|cash\s{1,3}on\s{1,3}delivery|cheque|invoice\s{1,3}you\s{1,3}directly`;
export const PAYMENT_METHOD_RE = new RegExp(String.raw`\b(?:${PAYMENT_METHODS})\b`, "i");

/** Words of paying, sending or settling money. */
export const PAYMENT_VERB_RE = /\b(?:pay|pays|paid|paying|payment|payments|send|sent|sending|transfer|transferred|wire|settle|invoice|invoicing|accept|accepts|take|receive|deposit|balance|the\s{1,3}rest|remaining|fee|fees|rates?|billing|bill)\b/i;

/** Avoiding Upwork's fees or escrow, or paying around it. */
export const FEE_AVOIDANCE_RE = /\b(?:avoid|skip|save|bypass|dodge|cut\s{1,3}out|get\s{1,3}around|no)\s{1,3}(?:on\s{1,3})?(?:the\s{1,3})?(?:upwork['’]?s?\s{1,3}|platform['’]?s?\s{1,3}|service\s{1,3}|middleman\s{1,3})?(?:fees?|commission|cut|escrow|platform\s{1,3}fees?)\b|\b(?:outside|off)\s{1,3}(?:of\s{1,3})?(?:upwork|the\s{1,3}platform|the\s{1,3}site)\b|\binstead\s{1,3}of\s{1,3}(?:here|upwork|through\s{1,3}upwork|the\s{1,3}platform|escrow)\b|\bno\s{1,3}(?:platform|upwork)\s{1,3}(?:fees?|escrow|cut)\b|\b(?:directly|direct)\s{1,3}to\s{1,3}(?:me|my)\b|\bsent\s{1,3}directly\b|\bpay\s{1,3}(?:me\s{1,3})?directly\b/i;

/** After a payment channel, words that make it a skill or the client's product ("PayPal checkout integration"). */
export const PAYMENT_TECH_RE = /\b(?:api|apis|sdk|integration|integrations|integrate|integrating|checkout|gateway|gateways|plugin|webhooks?|button|subscriptions?\s{1,3}(?:flow|setup)|payouts?\s{1,3}(?:api|flow|integration)|reconciliation|processor|express\s{1,3}checkout|ipn|merchant|smart\s{1,3}buttons|bnpl|storefront|shop|store['’]s|customers?|for\s{1,3}your|your\s{1,3}(?:store|shop|site|customers?|app|platform))\b/i;

/** Taking the work or the relationship off Upwork. */
export const OFF_PLATFORM_WORK_RE = /\b(?:close|end|cancel|pause)\s{1,3}(?:the|this|our)\s{1,3}contract\s{1,3}(?:here|on\s{1,3}upwork)?[^.;\n]{0,40}?\b(?:keep|continue|carry\s{1,3}on)\s{1,3}(?:working|on)\b|\b(?:work|continue|deal|contract|collaborate|hire\s{1,3}me|go|carry\s{1,3}on)\s{1,3}(?:together\s{1,3}|with\s{1,3}(?:you|me|us)\s{1,3})?(?:directly|privately|outside\s{1,3}(?:of\s{1,3})?(?:upwork|the\s{1,3}platform)|off\s{1,3}(?:upwork|the\s{1,3}platform)|without\s{1,3}upwork)\b|\bprivate\s{1,3}(?:arrangement|deal|contract|agreement)\b|\b(?:move|take|continue|switch)\s{1,3}(?:this|things|our\s{1,3}work|the\s{1,3}(?:work|project|relationship))\s{1,3}(?:off|outside)\s{1,3}(?:of\s{1,3})?(?:upwork|the\s{1,3}platform)\b|\b(?:then|after\s{1,3}that|afterwards)\s{1,3}(?:we\s{1,3})?(?:go|work|switch\s{1,3}to)\s{1,3}direct(?:ly)?\b/i;

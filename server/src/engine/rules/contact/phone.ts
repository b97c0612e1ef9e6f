import { matches } from "../../prefilter";
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import phoneCountries from "../../lexicons/contact/phone-countries.json";
import lookalikeDigits from "../../lexicons/contact/lookalike-digits.json";
import meta from "../../../../../rules/contact/phone/rule.json";
import { defineRule, type Detection } from "../../rule";
import { DIGIT_WORDS, LEGAL_DOCUMENT_RE, LINE_LABEL_BEFORE_RE, NOT_A_PHONE_RE, PHONE_CANDIDATE_RE, PHONE_CONTEXT_RE, SPELLED_DIGITS_RE } from "../../patterns/contact";
import { contactDetection, leadInStart, matchesOf } from "../shared";
import { APP_INVITE_BEFORE_RE, MOBILE_MONEY_BEFORE_RE, NUMBER_LABEL_BEFORE_RE } from "../../lexicons/contact";
import type { TextView } from "../../normalize";
import { contactElsewhereDetections } from "./elsewhere";
import { paragraphBefore, sentenceInParagraph } from "./paragraph";
import { placeholderContactDetections } from "./placeholder-contact";

/** Countries whose national formats are tried when a number has no "+": where most freelancers and clients live. */
const NATIONAL_COUNTRIES: CountryCode[] = ["US", "GB", "IN", "PK", "PH", "BD", "NG", "UA", "BR", "DE", "AU", "CA", "KE", "ZA", "EG", "GH", "FR", "ES", "IT", "NL", "PL", "TR", "MX", "AR", "CO", "VN", "ID", "FI", "SE", "IE"];

/** More countries, tried only when a phone word stands right before the number ("phone 138 0013 8000"). */
const MORE_COUNTRIES = phoneCountries.afterPhoneWord as CountryCode[];

/** Takes the finding back over an app invitation right before the number ("add me in WhatsApp: +49 ..."). */
function withAppInvite(view: TextView, d: Detection, viewStart: number): Detection {
  const text = view.text;
  const window = text.slice(Math.max(0, viewStart - 60), viewStart);
  const before = window.slice(window.lastIndexOf("\n") + 1);
  const invite = APP_INVITE_BEFORE_RE.exec(before);
  if (!invite) return d;
  const start = view.toSource(viewStart - before.length + invite.index, viewStart).start;
  // The invitation is rewritten with the number: the rule's own phrasing, not the datum's.
  return start < d.start ? { ...d, start, ...(d.replacement === null ? {} : { replacement: undefined }) } : d;
}

/** Names of identifiers whose numbers look like phone numbers: "reference number", "GST", "routing". */
const IDENTIFIER_NAMES = String.raw`invoice|order|ticket|iban|account|acct|isbn|reference|ref|registration|company|charity|member|membership|employee|student|passport|permit|patent|gst|hst|abn|tracking|serial|model|part|po|meeting|sku|vat|tax|business|ein|ssn|sin|tin|license|licence|policy|case|claim|routing|transit|sort\s?code`;
/** A price or an identifier's label right before a number ("$", "budget", "Ticket #", "IBAN:"). */
const MONEY_BEFORE_RE = new RegExp(String.raw`(?:[$€£¥₹₦₱]|\b(?:usd|eur|gbp|inr|pkr|ngn|aud|cad|rs\.?|price|budget|cost|rate|fee|id|no\.|#|version|v|${IDENTIFIER_NAMES})(?:\s(?:no\.?|number|#|id|code))?\s?[:#]?)\s?$`, "i");
const UNIT_AFTER_RE = /^\s*(?:%|percent|usd|eur|gbp|k\b|m\b|x\b|px|ms|kb|mb|gb|words|hours|hrs|stores|users|items|rows|records|downloads|views|subscribers|followers|am\b|pm\b)/i;

function validFor(candidate: string, countries: readonly (CountryCode | undefined)[]): boolean {
  for (const country of countries) {
    const parsed = country ? parsePhoneNumberFromString(candidate, country) : parsePhoneNumberFromString(candidate);
    if (parsed?.isValid()) return true;
  }
  return false;
}

/** Reads "four-one-six, double five" as "416 55"; undefined when fewer than two words are spelled out. */
function spelledToDigits(spelled: string): string | undefined {
  let digits = "";
  let words = 0;
  let repeat = 1;
  for (const token of spelled.toLowerCase().match(/[a-z]+|\d+/g) ?? []) {
    if (token === "double" || token === "triple") {
      repeat = token === "double" ? 2 : 3;
      words++;
      continue;
    }
    const d = DIGIT_WORDS[token] ?? token;
    if (DIGIT_WORDS[token]) words++;
    digits += d.repeat(repeat);
    repeat = 1;
  }
  return words >= 2 ? digits : undefined;
}

/** An identifier's name earlier in the clause: "the CRA reference number on your notice of assessment is 0004 5512 9876", "registration number on the invoices (81234 5678". */
/** Letters that pass for digits in a phone number (lexicons/contact/lookalike-digits.json), and a run of digits mixed with them. */
const LOOKALIKE_DIGIT = new Map(Object.entries(lookalikeDigits.digits).flatMap(([digit, letters]) => letters.map((l) => [l, digit] as const)));
const LOOKALIKE_CLASS = `[\\d${[...LOOKALIKE_DIGIT.keys()].join("").replace(/[|\]\\^-]/g, "\\$&")}]`;
const LOOKALIKE_DIGITS_RUN_RE = new RegExp(String.raw`(?:\+[ \t]?|(?<![\p{L}\d]))\d(?:[ \t().\-–—/]{0,3}${LOOKALIKE_CLASS}){6,16}(?![\p{L}\d])`, "gu");
const ID_NUMBER_BEFORE_RE = new RegExp(String.raw`\b(?:${IDENTIFIER_NAMES})\s{1,3}(?:no\.?|number|#|id|code)\b[^.;:\n]{0,50}$`, "i");

export const contactPhone = defineRule("contact/phone", meta, (ctx) => {
  const view = ctx.doc.prose;
  const text = view.text;
  const out: Detection[] = [];
  const preferred = ctx.options.defaultCountry as CountryCode | undefined;
  const countries = preferred ? [preferred, ...NATIONAL_COUNTRIES.filter((c) => c !== preferred)] : NATIONAL_COUNTRIES;
  for (const m of matchesOf(PHONE_CANDIDATE_RE, text)) {
    const raw = m[0].replace(/[\s(.\-/_]+$/, "");
    const candidate = raw.replace(/_/g, " ");
    const start = m.index;
    const end = start + raw.length;
    const digits = candidate.replace(/\D/g, "");
    if (digits.length < 7 || digits.length > 15 || matches(NOT_A_PHONE_RE, candidate)) continue;
    const before = text.slice(Math.max(0, start - 60), start);
    if (matches(MONEY_BEFORE_RE, before) || matches(UNIT_AFTER_RE, text.slice(end, end + 12))) continue;
    if (/^:\d\d/.test(text.slice(end, end + 3))) continue; // "2012-01-02 08:30": a timestamp
    if (/[\w.\/=#_-]$/.test(before) && !candidate.startsWith("+")) continue; // glued to a word, a version or a URL
    const leadIn = leadInStart(text, start);
    // An identifier named earlier in the clause, and no contact verb right before the number.
    if (leadIn === start && matches(ID_NUMBER_BEFORE_RE, before)) continue;
    // A wallet keyed by a phone number labels it too: "bKash personal 01711-555-382".
    const labelled = matches(NUMBER_LABEL_BEFORE_RE, before.slice(-30)) || matches(MOBILE_MONEY_BEFORE_RE, before.slice(-45));
    const context = leadIn < start || labelled || matches(PHONE_CONTEXT_RE, before.slice(before.lastIndexOf("\n") + 1)) || matches(PHONE_CONTEXT_RE, paragraphBefore(text, start, 40));
    const international = candidate.startsWith("+") || candidate.startsWith("00");
    let severity: Detection["severity"];
    if (international) {
      const normalized = candidate.startsWith("00") ? "+" + candidate.slice(2) : candidate;
      if (validFor(normalized, [undefined])) severity = "error";
      else if (context && parsePhoneNumberFromString(normalized)?.isPossible()) severity = "error";
      else if (context && digits.length >= 9) severity = "warning";
    } else if (validFor(candidate, countries)) {
      if (context) severity = "error";
      else if (/[\s().\-]/.test(candidate) && validFor(candidate, [preferred ?? "US"])) severity = "warning";
      else if (matches(LINE_LABEL_BEFORE_RE, before)) severity = "warning";
    } else if (labelled && validFor(candidate, MORE_COUNTRIES)) severity = "warning";
    if (!severity) continue;
    const legal = matches(LEGAL_DOCUMENT_RE, sentenceInParagraph(text, start, end));
    out.push(withAppInvite(view, contactDetection(view, start, end, legal ? { severity: "information", message: "Phone number shared for a legal document (NDA): allowed by Upwork's exception, if it is used only for that." } : { severity }, { datum: true }), start));
  }
  // Letters for digits ("4l5-555-Ol32", Cyrillic "8І2-2ЗЗ4"): read with the letters as the digits they pass for, with a phone word nearby.
  for (const m of matchesOf(LOOKALIKE_DIGITS_RUN_RE, text)) {
    const found = m[0].replace(/[\s(.\-/]+$/, "");
    const spelled = [...found].map((c) => LOOKALIKE_DIGIT.get(c) ?? c).join("");
    const digits = spelled.replace(/\D/g, "");
    if (digits.length < 7 || digits.length > 15 || found.replace(/\D/g, "").length < 4 || !/[^\d\s()+.\-/–—]/.test(found)) continue;
    const start = m.index;
    const before = text.slice(Math.max(0, start - 60), start);
    const context = leadInStart(text, start) < start || matches(PHONE_CONTEXT_RE, before.slice(before.lastIndexOf("\n") + 1)) || matches(PHONE_CONTEXT_RE, paragraphBefore(text, start, 40));
    if (!context) continue;
    const valid = spelled.startsWith("+") ? validFor(spelled, [undefined]) : validFor(spelled, countries);
    out.push(withAppInvite(view, contactDetection(view, start, start + found.length, { severity: valid ? "error" : "warning" }, { datum: true }), start));
  }
  // Spelled-out numbers only count with a phone word nearby: "call me on four-one-six, ...".
  for (const m of matchesOf(SPELLED_DIGITS_RE, text)) {
    const found = m[0].replace(/[ \t,.\-/]+$/, "");
    const digits = spelledToDigits(found);
    if (!digits || digits.length < 7 || digits.length > 15) continue;
    const start = m.index;
    const before = text.slice(Math.max(0, start - 60), start);
    const context = leadInStart(text, start) < start || matches(PHONE_CONTEXT_RE, before.slice(before.lastIndexOf("\n") + 1)) || matches(PHONE_CONTEXT_RE, paragraphBefore(text, start, 40));
    if (!context) continue;
    const valid = validFor(digits, countries) || validFor("+" + digits, [undefined]);
    out.push(withAppInvite(view, contactDetection(view, start, start + found.length, { severity: valid ? "error" : "warning" }), start));
  }
  return [...out, ...placeholderContactDetections(ctx, "contact/phone"), ...contactElsewhereDetections(ctx, "contact/phone")];
});

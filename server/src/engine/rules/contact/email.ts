import { matches } from "../../prefilter";
import meta from "../../../../../rules/contact/email/rule.json";
import { defineRule, type Detection, type RuleContext } from "../../rule";
import {
  CONTACT_VERB_LEAD_IN_RE, EMAIL_RE, EXAMPLE_DOMAIN_RE, FILE_EXTENSION_RE, LEGAL_DOCUMENT_RE, MAIL_PROVIDERS, OBFUSCATED_EMAIL_RE,
  PROVIDER_EMAIL_RE, SCOPING_ACCESS_RE, WRITTEN_SEPARATOR_RE,
} from "../../patterns/contact";
import { isKnownTld, isAllowedHost } from "../../hosts";
import { contactDetection, matchesOf, openingLabel } from "../shared";
import { LETTER_SPACED_EMAIL_RE, PLATFORM_NAME_RE } from "../../lexicons/contact";
import { paragraphBefore, sentenceInParagraph } from "./paragraph";
import { contactElsewhereDetections } from "./elsewhere";
import { placeholderContactDetections } from "./placeholder-contact";

const PROVIDER_DOMAIN_RE = new RegExp(`^(?:${MAIL_PROVIDERS})$`, "i");

/**
 * Whether an address on `domain` is reported. A documentation domain ("jane@example.com", "x@y.test")
 * is an example, unless a contact verb or label announces it ("email me at you@studio.example"): a
 * template inviting contact with a stand-in address is the same invitation as with a placeholder. In
 * code (a sample of the client's product copy: "Questions? write to support@example.com") it stays an example.
 */
function domainIsReportable(domain: string, ctx: RuleContext, announced: boolean, inCode: boolean): boolean {
  const tld = domain.slice(domain.lastIndexOf(".") + 1);
  if (matches(FILE_EXTENSION_RE, tld)) return false;
  if (matches(EXAMPLE_DOMAIN_RE, domain)) return announced && !inCode;
  if (!isKnownTld(tld)) return false;
  return !isAllowedHost(domain, ctx.options.allowedDomains);
}

/** The writer's own address announced right before it: "to my office address, ", "my e-mail address is ". */
const OWN_ADDRESS_BEFORE_RE = /\bmy\s{1,3}(?:(?:office|work|personal|private|direct|business)\s{1,3})?(?:e-?mail\s{1,3})?address(?:\s{1,3}is)?[\s,:(]{0,3}$/i;

/** A contact verb right before `offset` ("email me at "), or a label that opens its line ("Email: "; not "// fallback email: " or "(contact: "). */
function announcedAt(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 40), offset);
  if (matches(CONTACT_VERB_LEAD_IN_RE, before) || OWN_ADDRESS_BEFORE_RE.test(before)) return true;
  return openingLabel(text.slice(text.lastIndexOf("\n", offset - 1) + 1, offset)) !== undefined;
}

/** The sentence points back at a document ("reply about the document itself") that the paragraph names as an NDA. */
const DOCUMENT_REFERRED_BACK_RE = /\b(?:the|this|that)\s{1,3}(?:document|agreement|paperwork|signing|signature)\b|\bsigning\s{1,3}address\b/i;
function legalDocumentReferredBack(text: string, start: number, end: number, sentence: string): boolean {
  return matches(DOCUMENT_REFERRED_BACK_RE, sentence) && matches(LEGAL_DOCUMENT_RE, paragraphBefore(text, start, 400) + text.slice(start, end));
}

/** A login's label right before the address: "username: ", "login = ". */
const CREDENTIAL_LABEL_BEFORE_RE = /\b(?:user\s{0,2}name|login|log-in|user\s{0,2}id)\s{0,3}[:=]\s{0,3}$/i;

/** Emails offered only for an NDA or for access to a system needed for scoping are the exception. */
function exceptionSeverity(text: string, start: number, end: number): Pick<Detection, "severity" | "message"> {
  const around = sentenceInParagraph(text, start, end);
  if (matches(LEGAL_DOCUMENT_RE, around) || legalDocumentReferredBack(text, start, end, around)) return { severity: "information", message: "Email shared for a legal document (NDA): allowed by Upwork's exception, if it is used only for that." };
  if (matches(SCOPING_ACCESS_RE, around)) return { severity: "information", message: "Email shared to get access to a system needed to scope the project: allowed by Upwork's exception, if it is used only for that." };
  return {};
}

/** Whether source offset `at` lies in a fenced code block or an inline code span. */
function inCode(ctx: RuleContext, at: number): boolean {
  return ctx.doc.code.some((c) => c.start <= at && at < c.end);
}

export const contactEmail = defineRule("contact/email", meta, (ctx) => {
  const view = ctx.doc.withCode;
  const text = view.text;
  const out: Detection[] = [];
  const push = (start: number, end: number) => {
    out.push(contactDetection(view, start, end, exceptionSeverity(text, start, end), { datum: true }));
  };
  for (const m of matchesOf(EMAIL_RE, text)) {
    const domain = m[0].slice(m[0].indexOf("@") + 1);
    if (/^:[\w~]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue; // git@github.com:org/repo: an SSH remote
    if (CREDENTIAL_LABEL_BEFORE_RE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue; // "username: ana@org.ca": a login, account/client-login's to judge
    if (domainIsReportable(domain, ctx, announcedAt(text, m.index), inCode(ctx, view.toSource(m.index, m.index + 1).start))) push(m.index, m.index + m[0].length);
  }
  // A rejected candidate ("me at jane.doe" in "reach me at jane.doe@...") must not hide a real
  // one that overlaps it, so the scan resumes one character after a rejected start.
  OBFUSCATED_EMAIL_RE.lastIndex = 0;
  for (let m = OBFUSCATED_EMAIL_RE.exec(text); m; m = OBFUSCATED_EMAIL_RE.exec(text)) {
    const [, , at, domain, lastDot, tld] = m as unknown as string[];
    const wordAt = /^\s+at\s+$/i.test(at!);
    const writtenAt = wordAt || matches(WRITTEN_SEPARATOR_RE, at!);
    const writtenDot = matches(WRITTEN_SEPARATOR_RE, lastDot!);
    // "Instagram @glowlab.skin": a platform's name before " @name.tld" makes it a handle.
    const handle = /^\s+@$/.test(at!) && (matches(PLATFORM_NAME_RE, m[1]!) || /['’]$/.test(text.slice(Math.max(0, m.index - 1), m.index)));
    // "skilled at Node.js": a bare " at " with a real dot counts only before a webmail provider.
    // "user(at)example(dot)com": a documentation domain in any spelling is an example, unless announced.
    const example = matches(EXAMPLE_DOMAIN_RE, `${domain!.replace(/\s+/g, "")}.${tld}`);
    const accepted =
      (writtenAt || writtenDot) && !handle &&
      !(wordAt && !writtenDot && !matches(PROVIDER_DOMAIN_RE, domain!.replace(/\s+/g, ""))) &&
      !matches(FILE_EXTENSION_RE, tld!) &&
      (example ? announcedAt(text, m.index) : isKnownTld(tld!));
    if (!accepted) {
      OBFUSCATED_EMAIL_RE.lastIndex = m.index + 1;
      continue;
    }
    push(m.index, m.index + m[0].length);
  }
  for (const m of matchesOf(PROVIDER_EMAIL_RE, text)) push(m.index, m.index + m[0].length);
  // Only texts with a free-standing "@" or "(at)" can hold one: the scan is skipped otherwise.
  for (const m of /\s(?:@|\(at\)|\[at\])\s/i.test(text) ? matchesOf(LETTER_SPACED_EMAIL_RE, text) : []) {
    const joined = m[0].replace(/\(at\)|\[at\]/gi, "@").replace(/\(dot\)|\[dot\]/gi, ".").replace(/\s+/g, "");
    const tld = joined.slice(joined.lastIndexOf(".") + 1);
    if (isKnownTld(tld) && !matches(FILE_EXTENSION_RE, tld)) push(m.index, m.index + m[0].length);
  }
  return [...out, ...placeholderContactDetections(ctx, "contact/email"), ...contactElsewhereDetections(ctx, "contact/email")];
});

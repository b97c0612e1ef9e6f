import { LinkifyIt } from "linkify-it";
import meta from "../../../../../rules/contact/link/rule.json";
import { defineRule, type Detection, type ResolvedOptions } from "../../rule";
import {
  APPLICANT_HOSTS, APPLY_SUBDOMAIN_RE, BOOKING_HOSTS, CONTACT_PATH_RE, FILE_EXTENSION_RE, FORM_HOSTS, FORM_PATH_RE,
  LINK_HUB_HOSTS, MEETING_LINK_HOSTS, MESSAGING_LINK_RE, ON_PLATFORM_HOSTS, PORTFOLIO_HOSTS, SHORTENER_HOSTS, SOCIAL_LINK_RE,
} from "../../patterns/contact";
import { hostMatches, isAllowedHost, KNOWN_TLDS } from "../../hosts";
import { contactDetection, leadInStart } from "../shared";

const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false }).tlds([...KNOWN_TLDS], false);

interface LinkVerdict {
  severity: Detection["severity"];
  message: string;
}

/** Says whether a link leads to contact off Upwork, and how surely. `offered` = announced by "book a call at", "our", "my". */
export function classifyLink(url: string, options: ResolvedOptions, offered = true): LinkVerdict | undefined {
  const bare = url.replace(/^[a-z][\w+.-]*:\/\//i, "").replace(/^www\./i, "");
  const host = bare.split(/[/?#]/)[0]!.toLowerCase();
  const path = bare.slice(host.length);
  if (isAllowedHost(host, options.allowedDomains) || isAllowedHost(host, options.portfolioHosts) || hostMatches(host, ON_PLATFORM_HOSTS)) return undefined;
  if (hostMatches(host, BOOKING_HOSTS) || (FORM_PATH_RE.test(bare) && /calendar/.test(bare))) return { severity: "error", message: "Link to a booking page: schedule calls through Upwork before a contract." };
  if (hostMatches(host, MEETING_LINK_HOSTS)) return { severity: "error", message: "Link to a video call outside Upwork before a contract: Upwork messages have calls built in." };
  if (hostMatches(host, FORM_HOSTS) || FORM_PATH_RE.test(bare)) return { severity: "error", message: "Link to an intake or contact form outside Upwork before a contract." };
  if (hostMatches(host, LINK_HUB_HOSTS)) return { severity: "error", message: "Link to a link hub that lists your contacts, before a contract." };
  if (hostMatches(host, APPLICANT_HOSTS) || APPLY_SUBDOMAIN_RE.test(host)) return { severity: "error", message: "Link to an applicant-tracking system or careers page before a contract." };
  // A repository or gallery named "contact-form" is portfolio work, not a contact page.
  if (hostMatches(host, PORTFOLIO_HOSTS)) return undefined;
  if (CONTACT_PATH_RE.test(path) && offered) return { severity: "error", message: "Link to a contact, booking or application page before a contract." };
  if (hostMatches(host, SHORTENER_HOSTS)) return { severity: "warning", message: "Shortened link: it hides where it goes, which may be contact details off Upwork." };
  return undefined;
}

/** A dot between letters, as in a host name ("tidycal.com", not "end. Next"): lines without one hold no link. */
const HOST_DOT_RE = /[A-Za-z0-9-]\.[A-Za-z]{2}/g;

/**
 * Links in the text. linkify's full scan is the costliest step of a lint, so it only runs on the
 * lines that hold something shaped like a host name.
 */
function linksIn(text: string): { index: number; lastIndex: number; raw: string; url: string; schema: string }[] {
  const out: { index: number; lastIndex: number; raw: string; url: string; schema: string }[] = [];
  let scannedTo = -1;
  HOST_DOT_RE.lastIndex = 0;
  for (let m = HOST_DOT_RE.exec(text); m; m = HOST_DOT_RE.exec(text)) {
    if (m.index < scannedTo) continue;
    const start = text.lastIndexOf("\n", m.index) + 1;
    const nl = text.indexOf("\n", m.index);
    const end = nl < 0 ? text.length : nl;
    for (const l of linkify.match(text.slice(start, end)) ?? []) out.push({ index: l.index + start, lastIndex: l.lastIndex + start, raw: l.raw, url: l.url, schema: l.schema });
    scannedTo = end;
    HOST_DOT_RE.lastIndex = end;
  }
  return out;
}

/** A site that is not a portfolio, offered right after "contact me through", "reach me at" and the like. */
function personalSiteForContact(url: string, options: ResolvedOptions): LinkVerdict | undefined {
  const host = url.replace(/^[a-z][\w+.-]*:\/\//i, "").split(/[/?#]/)[0]!.toLowerCase();
  if (hostMatches(host, [...PORTFOLIO_HOSTS, ...options.portfolioHosts, ...ON_PLATFORM_HOSTS, ...options.allowedDomains])) return undefined;
  return { severity: "warning", message: "Website offered as a way to contact you before a contract." };
}

/** True for what linkify takes for a link but is a file name ("README.md", "main.py"). */
function isFileName(raw: string, schemaless: boolean): boolean {
  if (!schemaless || raw.includes("/")) return false;
  return FILE_EXTENSION_RE.test(raw.slice(raw.lastIndexOf(".") + 1));
}

export const contactLink = defineRule("contact/link", meta, (ctx) => {
  const view = ctx.doc.prose;
  const text = view.text;
  const out: Detection[] = [];
  for (const link of linksIn(text)) {
    if (isFileName(link.raw, link.schema === "")) continue;
    MESSAGING_LINK_RE.lastIndex = 0;
    SOCIAL_LINK_RE.lastIndex = 0;
    if (MESSAGING_LINK_RE.test(link.raw) || SOCIAL_LINK_RE.test(link.raw) || /^mailto:|^tel:/i.test(link.raw)) continue; // their own rules
    const leadIn = leadInStart(text, link.index);
    const offered = leadIn < link.index || /\b(?:my|our)\b[^.;\n]{0,30}$/i.test(text.slice(Math.max(0, link.index - 40), link.index));
    const verdict = classifyLink(link.url, ctx.options, offered) ?? (leadIn < link.index ? personalSiteForContact(link.url, ctx.options) : undefined);
    if (!verdict) continue;
    // A warning is a maybe: no automatic rewrite for it.
    out.push(contactDetection(view, link.index, link.lastIndex, verdict.severity === "warning" ? { ...verdict, replacement: null } : verdict, { labels: false, datum: true }));
  }
  return out;
});

import { matches } from "../../prefilter";
import { LinkifyIt } from "linkify-it";
import meta from "../../../../../rules/contact/link/rule.json";
import { defineRule, detectionIn, type Detection, type ResolvedOptions } from "../../rule";
import {
  APPLICANT_HOSTS, APPLY_SUBDOMAIN_RE, BOOKING_HOSTS, CONTACT_PATH_RE, FILE_EXTENSION_RE, FORM_HOSTS, FORM_PATH_RE,
  BOOKING_BEFORE_RE, FORM_SUBDOMAIN_RE, LINE_LABEL_BEFORE_RE, LINK_HUB_HOSTS, MEETING_LINK_HOSTS, ONE_PAGE_SITE_HOSTS, MESSAGING_LINK_RE, ON_PLATFORM_HOSTS, PORTFOLIO_HOSTS, SHORTENER_HOSTS, SOCIAL_LINK_RE,
} from "../../patterns/contact";
import { hostMatches, isAllowedHost, isKnownTld, KNOWN_TLDS } from "../../hosts";
import { contactDetection, leadInStart, matchesOf } from "../shared";
import { BOOKING_PAGE_SEGMENTS, CONTACT_FORM_ON_SITE_RE, CONTACT_PAGE_NOUN_RE, OWN_CONTACT_PAGE_RE, CONTACT_PAGE_SEGMENTS, PORTFOLIO_LABEL_BEFORE_RE, SEARCH_MY_NAME_RE, SEARCH_TARGET_RE, SPOKEN_LINK_RE } from "../../lexicons/contact";
import { paragraphAfter, paragraphBefore } from "./paragraph";
import { placeholderContactDetections } from "./placeholder-contact";
import { contactElsewhereDetections } from "./elsewhere";
import { AFTER_CONTRACT_RE, promisesCompliance } from "../../patterns/intent";
import { clauseTextAt } from "../shared";

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
  if (hostMatches(host, BOOKING_HOSTS) || (matches(FORM_PATH_RE, bare) && /calendar/.test(bare))) return { severity: "error", message: "Link to a booking page: schedule calls through Upwork before a contract." };
  if (hostMatches(host, MEETING_LINK_HOSTS)) return { severity: "error", message: "Link to a video call outside Upwork before a contract: Upwork messages have calls built in." };
  if (pathSegments(url).some((seg) => BOOKING_PAGE_SEGMENTS.has(seg))) return { severity: "error", message: "Link to a booking page: schedule calls through Upwork before a contract." };
  if (hostMatches(host, FORM_HOSTS) || matches(FORM_PATH_RE, bare) || (matches(FORM_SUBDOMAIN_RE, host) && path.length > 1)) return { severity: "error", message: "Link to an intake or contact form outside Upwork before a contract." };
  if (hostMatches(host, LINK_HUB_HOSTS)) return { severity: "error", message: "Link to a link hub that lists your contacts, before a contract." };
  if (hostMatches(host, ONE_PAGE_SITE_HOSTS)) return { severity: "warning", message: "Link to a one-page site, which often lists contact details; link your portfolio pieces instead." };
  if (hostMatches(host, APPLICANT_HOSTS) || matches(APPLY_SUBDOMAIN_RE, host)) return { severity: "error", message: "Link to an applicant-tracking system or careers page before a contract." };
  // A repository or gallery named "contact-form" is portfolio work, not a contact page.
  if (hostMatches(host, PORTFOLIO_HOSTS)) return undefined;
  if ((matches(CONTACT_PATH_RE, path) || isContactPagePath(url)) && offered) return { severity: "error", message: "Link to a contact, booking or application page before a contract." };
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
    for (const l of linkify.match(text.slice(start, end)) ?? []) {
      // "r.adeyemi.legal@proton.me": the part before the @ of an email is no site (contact/email reports the email).
      if (text[l.lastIndex + start] === "@") continue;
      out.push({ index: l.index + start, lastIndex: l.lastIndex + start, raw: l.raw, url: l.url, schema: l.schema });
    }
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
  return matches(FILE_EXTENSION_RE, raw.slice(raw.lastIndexOf(".") + 1));
}

/** True when a path segment names a contact or request-a-proposal page ("/contact", "/request-a-proposal.html"). */
function isContactPagePath(url: string): boolean {
  return pathSegments(url).some((seg) => CONTACT_PAGE_SEGMENTS.has(seg));
}

/** A link's path segments, lower-cased, without the query, fragment or a page extension: "x.com/Contact.html?a" -> ["contact"]. */
function pathSegments(url: string): string[] {
  const path = url.replace(/^[a-z][\w+.-]*:\/\//i, "").replace(/[?#].*$/, "").split("/").slice(1);
  return path.map((seg) => seg.toLowerCase().replace(/\.(?:html?|php|aspx?)$/, ""));
}

/** "your own careers page (https://...)", "your contact form at ...": a page of the client's, introduced by "your". */
const CLIENTS_OWN_BEFORE_RE = /\byour\s{1,3}(?:own\s{1,3})?(?:[\w-]+\s{1,3}){0,2}(?:page|site|website|portal|form|board|ats)\s{0,3}(?:[(:\-–]|at|on)?\s{0,3}$/i;

/** Refines a verdict with what surrounds the link: the client's own pages, portfolio labels, contact-page paths. */
function verdictInContext(url: string, before: string, offered: boolean, verdict: LinkVerdict | undefined): LinkVerdict | undefined {
  if (matches(CLIENTS_OWN_BEFORE_RE, before)) return undefined;
  if (verdict?.severity === "warning" && matches(PORTFOLIO_LABEL_BEFORE_RE, before)) {
    const shortened = hostMatches(url.replace(/^[a-z][\w+.-]*:\/\//i, "").split(/[/?#]/)[0]!.toLowerCase(), SHORTENER_HOSTS);
    return { severity: "information", message: shortened ? "Shortened link labelled as portfolio: it hides where it goes; a full portfolio link is clearer." : "One-page site labelled as portfolio: allowed, if the page holds no contact details." };
  }
  if (!verdict && (offered || matches(CONTACT_PAGE_NOUN_RE, before)) && isContactPagePath(url)) return { severity: "error", message: "Link to a contact or request-a-proposal page before a contract." };
  // "book a slot here: cafe.square.site/book-tasting": a page named for booking, after a sentence that books.
  if (!verdict && matches(BOOKING_BEFORE_RE, before) && pathSegments(url).some((seg) => seg.startsWith("book"))) return { severity: "error", message: "Link to a booking page: schedule calls through Upwork before a contract." };
  return verdict;
}

export const contactLink = defineRule("contact/link", meta, (ctx) => {
  const view = ctx.doc.prose;
  const text = view.text;
  const out: Detection[] = [];
  for (const link of linksIn(text)) {
    if (isFileName(link.raw, link.schema === "")) continue;
    MESSAGING_LINK_RE.lastIndex = 0;
    SOCIAL_LINK_RE.lastIndex = 0;
    if (matches(MESSAGING_LINK_RE, link.raw) || matches(SOCIAL_LINK_RE, link.raw) || /^mailto:|^tel:/i.test(link.raw)) continue; // their own rules
    const leadIn = leadInStart(text, link.index);
    const soft = paragraphBefore(text, link.index, 60);
    const offered = leadIn < link.index || /\b(?:my|our)\b[^.;\n]{0,30}$/i.test(text.slice(Math.max(0, link.index - 40), link.index)) || /\b(?:my|our)\b[^.;]{0,30}$/i.test(soft) || /\b(?:visit|go\s{1,3}to|head\s{1,3}to)\s{1,3}$/i.test(soft);
    // A line that opens with a label ("Get a quote: site.com/contact") offers its link, when its path is a contact page's.
    const labelled = matches(LINE_LABEL_BEFORE_RE, text.slice(Math.max(0, link.index - 40), link.index));
    // The writer's own form named earlier in the sentence ("we've a short intake form ... it lives at site.com/start-a-project") is the page the link opens.
    const formNamed = matches(OWN_CONTACT_PAGE_RE, paragraphBefore(text, link.index, 200));
    const verdict = verdictInContext(link.url, soft, offered || labelled || formNamed, classifyLink(link.url, ctx.options, offered) ?? (leadIn < link.index ? personalSiteForContact(link.url, ctx.options) : undefined));
    if (!verdict) continue;
    // A warning is a maybe: no automatic rewrite for it.
    out.push(contactDetection(view, link.index, link.lastIndex, verdict.severity !== "error" ? { ...verdict, replacement: null } : verdict, { labels: false, datum: true }));
  }
  // "calendly dot com slash ben-hart": a link read aloud is judged like the link it spells.
  for (const m of /\bdot\b/i.test(text) ? matchesOf(SPOKEN_LINK_RE, text) : []) {
    const url = `${m[1]}.${m[2]}${m[3]!.replace(/\s*(?:slash|[\[(]\s*slash\s*[\])]|\/)\s*/gi, "/")}`;
    if (!isKnownTld(m[2]!.toLowerCase()) || /\b(?:at|@)\s{0,3}$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    const verdict = classifyLink(url, ctx.options, true);
    if (verdict?.severity === "error") out.push(contactDetection(view, m.index, m.index + m[0].length, verdict, { labels: false, datum: true }));
  }
  // "search my name ... the contact form on my site".
  for (const m of /\bname/i.test(text) ? matchesOf(SEARCH_MY_NAME_RE, text) : []) {
    const after = paragraphAfter(text, m.index + m[0].length, 120);
    const target = SEARCH_TARGET_RE.exec(after);
    if (!target?.[2]) continue;
    out.push(detectionIn(view, m.index, m.index + m[0].length + target.index + target[0].length, { severity: "warning", replacement: null, message: "Points the client to a contact form or your own site to reach you, before a contract." }));
  }
  // "there's a contact form on my website": the way to reach you is off Upwork.
  for (const m of /\bform|widget|page/i.test(text) ? matchesOf(CONTACT_FORM_ON_SITE_RE, text) : []) {
    const clause = clauseTextAt(ctx, view, m.index);
    if (promisesCompliance(clause) || matches(AFTER_CONTRACT_RE, clause)) continue;
    out.push(detectionIn(view, m.index, m.index + m[0].length, { severity: "warning", replacement: null, message: "Points the client to a contact form on your own site, before a contract." }));
  }
  return [...out, ...placeholderContactDetections(ctx, "contact/link"), ...contactElsewhereDetections(ctx, "contact/link")];
});

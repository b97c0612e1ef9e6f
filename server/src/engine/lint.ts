// The engine's entry point: text and options in, findings out.

import { parseDocument, type ParsedDocument } from "./markdown";
import { checkDirectiveRules, suppressionFilter } from "./directives";
import { LineIndex } from "./positions";
import { RuleContext, type ResolvedOptions, type Rule } from "./rule";
import { RULES, findRuleMeta } from "./registry";
import { attachFixes, type FixPlan } from "./rewrite/sentence-fixes";
import { contactExceptionOf } from "./exceptions";
import { insideRanges, quotedHeadingRanges } from "./mentioned";
import { patternPrefilter } from "./prefilter";
import { customFindings } from "./custom-rules";
import { messageWithQuote } from "./explain";
import { classifierFindings } from "./classifier/detect";
import { insideRefusedFaqQuestion } from "./faq";
import type { Finding, LintOptions, LintResult } from "./types";

function resolveOptions(options: LintOptions): ResolvedOptions {
  return {
    allowedDomains: (options.allowedDomains ?? []).map((d) => d.toLowerCase().replace(/^\*?\.?/, "")),
    portfolioHosts: (options.portfolioHosts ?? []).map((d) => d.toLowerCase().replace(/^\*?\.?/, "")),
    defaultCountry: options.defaultCountry?.toUpperCase(),
    placeholders: options.placeholders ?? [],
  };
}

/** The message with what was found quoted, unless the message already quotes it. */
function quoted(message: string, found: string): string {
  return message.includes('"') ? message : messageWithQuote(message, found);
}

function findingsOf(rule: Rule, ctx: RuleContext, source: string, configured: LintOptions["rules"], plans: Map<Finding, FixPlan>): Finding[] {
  const setting = configured?.[rule.meta.id];
  if (setting === "off") return [];
  const out: Finding[] = [];
  for (const d of rule.detect(ctx)) {
    if (d.end <= d.start) continue;
    const finding: Finding = {
      ruleId: rule.meta.id,
      family: rule.meta.family,
      severity: setting ?? d.severity ?? rule.meta.severity,
      message: quoted(d.message ?? rule.meta.message, source.slice(d.start, d.end)),
      start: d.start,
      end: d.end,
    };
    const safe = d.fixSafe !== false;
    if (d.replacement !== null && rule.meta.phrasebook) plans.set(finding, { book: rule.meta.phrasebook, removable: d.replacement === "", safe });
    else if (typeof d.replacement === "string") plans.set(finding, { replacement: d.replacement, removable: false, safe });
    out.push(finding);
  }
  return out;
}

/**
 * Drops a finding that overlaps an earlier finding of the same rule, and a contact finding that lies
 * inside another contact finding ("message me on WhatsApp" inside "message me on WhatsApp at +90 ...").
 */
function dedupe(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const lastEnd = new Map<string, number>();
  const perRule = sorted.filter((f) => {
    const prev = lastEnd.get(f.ruleId) ?? -1;
    if (f.start < prev) return false;
    lastEnd.set(f.ruleId, f.end);
    return true;
  });
  const contact = perRule.filter((f) => f.family === "contact");
  return perRule.filter(
    (f) => f.family !== "contact" || !contact.some((g) => g !== f && g.start <= f.start && f.end <= g.end && (g.end - g.start > f.end - f.start || perRule.indexOf(g) < perRule.indexOf(f))),
  );
}

/** A sentence that only gives the reason for the one before: "This way you also avoid the fees", "That way we both save". */
const REASON_OPENER_RE = /^(?:this|that)\s{1,3}way\b/i;

/**
 * One sentence, one violation: findings of the same clause-level family in consecutive clauses of a
 * sentence ("don't close the contract until you've left 5 stars; anything less hurts me") become
 * one finding, whose rewrite then replaces the whole of it; so does a next sentence that only gives its
 * reason ("This way you also avoid the fees").
 */
function mergeSentenceFindings(findings: Finding[], source: string, plans: Map<Finding, FixPlan>): Finding[] {
  const out: Finding[] = [];
  const lastOfFamily = new Map<string, Finding>();
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    const prev = f.family === "contact" ? undefined : lastOfFamily.get(f.family);
    const gap = prev && prev.end <= f.start ? source.slice(prev.end, f.start) : undefined;
    const sameSentence = gap !== undefined && /^[\s;,:—–-]*$/.test(gap);
    // "... straight to our account. This way you also avoid the fees": a next sentence that only gives the reason is the same violation.
    const reasonAfter = gap !== undefined && /^[.!?]?[ \t]{1,3}$/.test(gap) && REASON_OPENER_RE.test(source.slice(f.start, f.end));
    if (prev && gap !== undefined && (sameSentence || reasonAfter) && !gap.includes("\n")) {
      prev.end = Math.max(prev.end, f.end);
      if (!plans.has(prev) && plans.has(f)) plans.set(prev, plans.get(f)!);
      continue;
    }
    out.push(f);
    lastOfFamily.set(f.family, f);
  }
  return out;
}

/** Rules whose finding is a contact detail itself: given in a FAQ question, it is still given. */
const CONTACT_DATA = new Set(["contact/email", "contact/phone", "contact/address"]);

/** Lints an already parsed document. */
export function lintDocument(doc: ParsedDocument, options: LintOptions = {}): LintResult {
  const resolved = resolveOptions(options);
  const ctx = new RuleContext(doc, resolved);
  const exception = contactExceptionOf(doc.frontMatter?.data);
  const findings: Finding[] = [];
  const plans = new Map<Finding, FixPlan>();
  for (const rule of RULES) {
    if (exception && rule.meta.family === "contact") continue;
    for (const f of findingsOf(rule, ctx, doc.source, options.rules, plans)) findings.push(f);
  }
  if (options.customRules?.length) {
    for (const f of customFindings(doc, options.customRules.filter((r) => options.rules?.[r.id] !== "off"))) findings.push(f);
  }
  // The learned layer adds what the rules missed, sentence by sentence (classifier/detect.ts).
  const skipFamilies = new Set(exception ? (["contact"] as const) : []);
  const allowedDomains = [...resolved.allowedDomains, ...resolved.portfolioHosts];
  for (const f of classifierFindings(doc.prose, findings, { skipFamilies, rules: options.rules, allowedDomains })) findings.push(f);
  const lines = new LineIndex(doc.source);
  const suppressed = suppressionFilter(doc.directives, lines);
  const custom = new Set(options.customRules?.map((r) => r.id));
  const problems = [...doc.problems, ...checkDirectiveRules(doc.directives, (id) => findRuleMeta(id) !== undefined || custom.has(id))];
  const mentioned = quotedHeadingRanges(doc.source);
  const said = (f: Finding) => (mentioned.length === 0 || !insideRanges(mentioned, f.start, f.end)) && (CONTACT_DATA.has(f.ruleId) || !insideRefusedFaqQuestion(doc.source, f.start, f.end));
  const kept = mergeSentenceFindings(dedupe(findings).filter((f) => !suppressed(f.ruleId, f.start) && said(f)), doc.source, plans);
  attachFixes(kept, doc.source, plans);
  patternPrefilter().forget();
  return {
    findings: kept,
    problems,
    frontMatter: doc.frontMatter?.data,
  };
}

/** Lints a markdown template. */
export function lint(source: string, options: LintOptions = {}): LintResult {
  return lintDocument(parseDocument(source), options);
}

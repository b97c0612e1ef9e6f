import { matches } from "../../prefilter";
import meta from "../../../../../rules/conduct/discrimination/rule.json";
import { defineRule } from "../../rule";
import { FROM_A_COUNTRY_NAMED_RE, PEOPLE_FROM_A_COUNTRY_RE, DISPARAGING_ADJECTIVE_BEFORE_RE, SWEEPING_BEFORE_RE, SWEEPING_FAULT_AFTER_RE, ACCENT_REMARK_RE, ORIGIN_WITH_FAULT_RE, DISPARAGED_AFTER_RE, DISPARAGED_BEFORE_RE, EXCLUDED_AFTER_RE, EXCLUDED_BEFORE_RE, EXCLUSION_WITHOUT_GROUP_RE, GROUP_RE, ONE_SEX_ONLY_RE, STEREOTYPE_RE } from "../../patterns/conduct";
import { withoutQuotations } from "../../text-units";
import { clauseDetections } from "../shared";
import { setsProtectedCriterion } from "./protected-criteria";

/** How far before and after a named group its judging words are looked for (characters). */
const CONTEXT = 80;

/**
 * True when `text` disparages or excludes people for a protected characteristic: a group
 * ("Indian developers", "women") with a disparaging or excluding phrase right before it or "need not
 * apply" right after it, an exclusion that names no group (an age limit, "anyone from your country", "men only"),
 * a trait given to everyone from the reader's region ("it's in your blood"), or a hiring criterion by sex, age or
 * family status (protected-criteria.ts).
 */
export function discriminates(text: string): boolean {
  if (matches(EXCLUSION_WITHOUT_GROUP_RE, text) || matches(STEREOTYPE_RE, text) || matches(ONE_SEX_ONLY_RE, text) || matches(ACCENT_REMARK_RE, text) || matches(ORIGIN_WITH_FAULT_RE, text) || setsProtectedCriterion(text)) return true;
  // People named by where they are from ("guys from Bangladesh") are judged only by a slur-like adjective before them.
  const groups = [...[...text.matchAll(GROUP_RE)].map((m) => ({ m, fromAPlace: false })), ...(FROM_A_COUNTRY_NAMED_RE.test(text) ? [...text.matchAll(PEOPLE_FROM_A_COUNTRY_RE)].map((m) => ({ m, fromAPlace: true })) : [])];
  for (const { m, fromAPlace } of groups) {
    const before = text.slice(Math.max(0, m.index - CONTEXT), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + CONTEXT);
    const disparagedBefore = fromAPlace ? DISPARAGING_ADJECTIVE_BEFORE_RE : DISPARAGED_BEFORE_RE;
    // (plain tests: a fresh slice read through the prefilter would be scanned as a new text)
    const sweptWithFault = SWEEPING_BEFORE_RE.test(before) && SWEEPING_FAULT_AFTER_RE.test(after);
    if (sweptWithFault || matches(disparagedBefore, before) || matches(EXCLUDED_BEFORE_RE, before) || matches(EXCLUDED_AFTER_RE, after) || matches(DISPARAGED_AFTER_RE, after)) return true;
  }
  return false;
}

export const discrimination = defineRule("conduct/discrimination", meta, (ctx) => clauseDetections(ctx, ({ text }) => discriminates(withoutQuotations(text))));

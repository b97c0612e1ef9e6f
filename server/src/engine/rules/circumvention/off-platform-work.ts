import { matches } from "../../prefilter";
import meta from "../../../../../rules/circumvention/off-platform-work/rule.json";
import { defineRule, type RuleContext } from "../../rule";
import { CONTRACT_CLOSED_EARLY_RE, OFF_PLATFORM_WORK_ES_PT_RE, OFF_PLATFORM_WORK_RE, SETTLED_APART_RE } from "../../patterns/payment";
import type { Clause } from "../../text-units";
import { clauseDetections } from "../shared";
import { paysOutsideUpwork } from "./pays-outside";

/** The clauses of the paragraph (between blank lines) that holds `clause`. */
function paragraphClauses(ctx: RuleContext, clause: Clause): Clause[] {
  const text = ctx.doc.prose.text;
  const before = text.lastIndexOf("\n\n", clause.start);
  const after = text.indexOf("\n\n", clause.end);
  const from = before < 0 ? 0 : before;
  const to = after < 0 ? text.length : after;
  return ctx.clauses(ctx.doc.prose).filter((c) => c.start >= from && c.end <= to);
}

export const offPlatformWork = defineRule("circumvention/off-platform-work", meta, (ctx) =>
  clauseDetections(
    ctx,
    (clause) =>
      matches(OFF_PLATFORM_WORK_RE, clause.text) ||
      matches(OFF_PLATFORM_WORK_ES_PT_RE, clause.text) ||
      // Ending the contract early is the plan only beside paying outside it (a clause that pays outside itself is the payment rule's) ("Just end the contract now and I'll send $600 tonight" after "I'll pay you through Zelle").
      (matches(CONTRACT_CLOSED_EARLY_RE, clause.text) && !paysOutsideUpwork(clause.text) && paragraphClauses(ctx, clause).some((c) => paysOutsideUpwork(c.text) || matches(SETTLED_APART_RE, c.text) || matches(OFF_PLATFORM_WORK_RE, c.text))),
    { skipCompliant: true },
  ),
);

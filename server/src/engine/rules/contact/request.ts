import { matches } from "../../prefilter";
import meta from "../../../../../rules/contact/request/rule.json";
import { defineRule, detectionIn, type Detection } from "../../rule";
import { CONTACT_REQUEST_ES_PT_RE, CONTACT_REQUEST_LISTED_RE, CONTACT_REQUEST_RE, REQUEST_TOPIC_AFTER_RE, SCOPING_ACCESS_RE, YOUR_CHANNEL_TO_REACH_YOU_RE } from "../../patterns/contact";
import { AFTER_CONTRACT_RE, FORBIDDING_RE, promisesCompliance, NEGATION_BEFORE_RE } from "../../patterns/intent";
import { matchesOf } from "../shared";
import { clauseCovering, withoutQuotations } from "../../text-units";
import { CREDENTIAL_WORD_RE } from "../../patterns/account";
import { BEST_DETAIL_QUESTION_RE, REQUEST_DETAIL_RE, THIRD_PARTY_REQUEST_RE } from "../../lexicons/contact";

/** Matches of every request pattern, in text order. */
function requestMatches(text: string): RegExpExecArray[] {
  const all = [CONTACT_REQUEST_RE, CONTACT_REQUEST_ES_PT_RE, CONTACT_REQUEST_LISTED_RE, REQUEST_DETAIL_RE, BEST_DETAIL_QUESTION_RE, THIRD_PARTY_REQUEST_RE, YOUR_CHANNEL_TO_REACH_YOU_RE].flatMap((re) => [...matchesOf(re, text)]);
  return all.sort((a, b) => a.index - b.index);
}

// The finding is the whole clause that asks ("What's the best number to text you on?"), so the
// rewrite replaces the question rather than leaving "What is the ... on?" behind.
export const contactRequest = defineRule("contact/request", meta, (ctx) => {
  const view = ctx.doc.prose;
  const text = view.text;
  const clauses = ctx.clauses(view);
  const out: Detection[] = [];
  let lastClauseEnd = -1;
  // Quoted words are mentioned, not asked: 'strings such as "Share your Telegram ID"' in a localisation job.
  for (const m of requestMatches(withoutQuotations(text))) {
    const end = m.index + m[0].length;
    if (matches(REQUEST_TOPIC_AFTER_RE, text.slice(end, end + 30))) continue; // "your email list", "your LinkedIn strategy"
    if (matches(NEGATION_BEFORE_RE, text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const clause = clauseCovering(clauses, m.index, end - 1);
    const clauseText = clause?.text ?? m[0];
    if (promisesCompliance(clauseText) || matches(AFTER_CONTRACT_RE, clauseText) || matches(FORBIDDING_RE, clauseText)) continue;
    if (matches(CREDENTIAL_WORD_RE, clauseText)) continue; // "send me your Facebook login and password": account/client-login
    const start = clause?.start ?? m.index;
    if (start < lastClauseEnd) continue;
    let stop = clause?.end ?? end;
    const question = text[stop] === "?";
    if (question) stop++;
    lastClauseEnd = stop;
    if (/e-?mail/i.test(m[0]) && matches(SCOPING_ACCESS_RE, clauseText)) {
      out.push(detectionIn(view, start, stop, { severity: "information", replacement: null, message: "Asks for an email to get access to a system needed to scope the project: allowed by Upwork's exception, if it is used only for that." }));
      continue;
    }
    out.push(detectionIn(view, start, stop, question ? { replacement: `${meta.fix}.` } : {}));
  }
  return out;
});

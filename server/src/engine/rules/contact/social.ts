import { matches } from "../../prefilter";
import meta from "../../../../../rules/contact/social/rule.json";
import { defineRule, detectionIn, type Detection } from "../../rule";
import { CONTACT_THERE_AFTER_RE, SOCIAL_HANDLE_RE, SOCIAL_INVITE_RE, SOCIAL_LINK_RE, TECH_AFTER_RE } from "../../patterns/contact";
import { AFTER_CONTRACT_RE, promisesCompliance, NEGATION_BEFORE_RE } from "../../patterns/intent";
import { clauseTextAt, contactDetection, matchesOf } from "../shared";
import { HANDLE_ON_X_RE, X_THEN_HANDLE_RE, MOVE_TO_SOCIAL_RE, SAME_HANDLE_RE, SAME_HANDLE_TOKEN_RE, SEARCH_MY_NAME_RE, SEARCH_TARGET_RE, SOCIAL_WORD_RE } from "../../lexicons/contact";
import { paragraphAfter } from "./paragraph";
import { placeholderContactDetections } from "./placeholder-contact";

/** "your", "their", "the client's" right before a platform: someone else's account, not the freelancer's. */
const THEIRS_BEFORE_RE = /\b(?:your|their|his|her|the\s{1,3}client['’]s|client['’]s)\s{1,3}$/i;

export const contactSocial = defineRule("contact/social", meta, (ctx) => {
  const view = ctx.doc.prose;
  const text = view.text;
  const out: Detection[] = [];
  const push = (start: number, end: number) => {
    const there = CONTACT_THERE_AFTER_RE.exec(text.slice(end, end + 60));
    out.push(contactDetection(view, start, end + (there ? there[0].length : 0)));
  };
  // A handle with no verb before it, mid-sentence ("I'm @x on X"), has no rewrite that reads well: no fix.
  const pushDatum = (start: number, end: number) => {
    push(start, end);
    const d = out[out.length - 1]!;
    if (d.start === view.toSource(start, end).start) out[out.length - 1] = { ...d, replacement: null };
  };
  for (const m of matchesOf(SOCIAL_LINK_RE, text)) push(m.index, m.index + m[0].length);
  for (const m of matchesOf(SOCIAL_HANDLE_RE, text)) {
    if (matches(THEIRS_BEFORE_RE, text.slice(Math.max(0, m.index - 20), m.index))) continue; // "I looked at your Instagram @glowlab": the client's own
    push(m.index, m.index + m[0].length);
  }
  for (const m of matchesOf(SOCIAL_INVITE_RE, text)) {
    const end = m.index + m[0].length;
    if (matches(TECH_AFTER_RE, text.slice(end, end + 40))) continue;
    if (matches(NEGATION_BEFORE_RE, text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const clause = clauseTextAt(ctx, view, m.index);
    if (promisesCompliance(clause) || matches(AFTER_CONTRACT_RE, clause)) continue;
    push(m.index, end);
  }
  for (const m of [...matchesOf(HANDLE_ON_X_RE, text), ...matchesOf(X_THEN_HANDLE_RE, text)]) pushDatum(m.index, m.index + m[0].length);
  // "let's move this conversation to LinkedIn".
  for (const m of matchesOf(MOVE_TO_SOCIAL_RE, text)) {
    if (matches(NEGATION_BEFORE_RE, text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const clause = clauseTextAt(ctx, view, m.index);
    if (promisesCompliance(clause) || matches(AFTER_CONTRACT_RE, clause)) continue;
    out.push(detectionIn(view, m.index, m.index + m[0].length, { replacement: "keep talking here on Upwork" }));
  }
  // "find me by my full name (Ana Ruiz) on LinkedIn": the search lands on a network.
  for (const m of /\bname/i.test(text) ? matchesOf(SEARCH_MY_NAME_RE, text) : []) {
    const after = paragraphAfter(text, m.index + m[0].length, 90);
    const target = SEARCH_TARGET_RE.exec(after);
    if (!target?.[1] || /[.!?]\s/.test(after.slice(0, target.index))) continue;
    const viewEnd = m.index + m[0].length + target.index + target[0].length;
    if (text.slice(m.index, viewEnd).split("\n").length > 2) continue;
    push(m.index, viewEnd);
  }
  // "same handle on Instagram and TikTok: lenadraws", "I'm @lenadraws everywhere (Insta, X)".
  for (const line of matches(SAME_HANDLE_RE, text) ? matchesOf(/[^\n]+/g, text) : []) {
    if (!matches(SAME_HANDLE_RE, line[0]) || !matches(SOCIAL_WORD_RE, line[0])) continue;
    for (const t of matchesOf(SAME_HANDLE_TOKEN_RE, line[0])) {
      const start = line.index + t.index + (t[1] ? 0 : t[0].length - t[2]!.length);
      pushDatum(start, line.index + t.index + t[0].length);
      out[out.length - 1] = { ...out[out.length - 1]!, replacement: null };
    }
  }
  return [...out, ...placeholderContactDetections(ctx, "contact/social")];
});

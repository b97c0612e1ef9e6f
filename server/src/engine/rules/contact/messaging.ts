import { matches } from "../../prefilter";
import meta from "../../../../../rules/contact/messaging/rule.json";
import { defineRule, detectionIn, type Detection } from "../../rule";
import { APP_BEFORE_THERE_RE, TALK_THERE_RE, LINE_INVITE_RE, PIDGIN_INVITE_RE, COLLAPSED_APP_NAME_RE, ADD_ME_BY_ID_RE, APP_AS_HANDLE_RE, APP_PREFERRED_RE, APP_ON_THAT_NUMBER_RE, DISCORD_TAG_RE, DM_AT_HANDLE_RE, COLLAPSED_HANDLE_RE, HANDLE_AFTER_APP_RE, INVITE_PARTY_RE, JOINT_MOVE_RE, JOINT_MOVE_SPEAKER_BEFORE_RE, LETTER_SPACED_RUN_RE, LETTER_SPACING_RE, MESSAGING_BARE_ID_RE, MESSAGING_APP_RE, MESSAGING_ID_RE, MESSAGING_INVITE_ES_PT_RE, MESSAGING_INVITE_RE, MESSAGING_LINK_RE, MOVE_CONVERSATION_RE, SHARED_MOVE_BEFORE_RE, SKYPE_LIVE_ID_RE, SPEAKER_REACHES_YOU_RE, TAG_CUE_BEFORE_RE, TECH_AFTER_RE, TECH_BEFORE_RE } from "../../patterns/contact";
import { AFTER_CONTRACT_RE, promisesCompliance, NEGATION_BEFORE_RE } from "../../patterns/intent";
import { clauseTextAt, contactDetection, matchesOf } from "../shared";
import { APP_BRACKETED_ID_RE, APP_CALL_RE, APP_NAME_BY_REFERENCE_RE, APP_LABELLED_ID_RE, CALL_DETERMINER_BEFORE_RE, CALL_TECH_AFTER_RE } from "../../lexicons/contact";
import { contactElsewhereDetections } from "./elsewhere";
import { placeholderContactDetections } from "./placeholder-contact";

/** The invitation is to a group on the app ("add you to our Telegram group"). */
const ADDED_TO_GROUP_RE = /^add\s{1,3}(?:you|u)\s{1,3}((?:to|into|in)\b[^\n]*\b(?:group|chat|channel|community|server))$/i;
const HANDLE_AFTER_INVITE_RE = /^\s{0,3}[:\-–]?\s{0,3}@[A-Za-z0-9_][\w.]{1,40}[A-Za-z0-9_]/;
const NOT_AN_ID_RE = /^@?(?:is|the|a|an|me|us|bot|bots|api|chatbot|business|group|channel|server|integration|app|and|or|for|to|with|too|also|here|only|please|number)$/i;

/** An ID looks like one: has a digit, a dot, an underscore, a colon, an @ or #, or is a long capitalized code. */
function looksLikeId(id: string): boolean {
  if (matches(NOT_AN_ID_RE, id)) return false;
  if (/^\+?[\d\s().-]{7,}$/.test(id)) return false; // a phone number: contact/phone reports it
  return /[\d._:@#]/.test(id) || /^[A-Z0-9]{6,}$/.test(id);
}

export const contactMessaging = defineRule("contact/messaging", meta, (ctx) => {
  const view = ctx.doc.prose;
  const text = view.text;
  const out: Detection[] = [];
  for (const m of matchesOf(MESSAGING_LINK_RE, text)) out.push(contactDetection(view, m.index, m.index + m[0].length, {}, { datum: true }));
  for (const m of [...matchesOf(MESSAGING_ID_RE, text), ...matchesOf(APP_AS_HANDLE_RE, text)]) {
    const id = (m[1] ?? m[2] ?? m[3] ?? m[4])!.replace(/[ \t]/g, "");
    if (!looksLikeId(id)) continue;
    const idEnd = m.index + m[0].length - (/[.\-]+$/.exec(m[0])?.[0].length ?? 0); // "ID is 7XK2PQ9M." ends before the full stop
    out.push(contactDetection(view, m.index, idEnd));
  }
  // Without "is" or ":", only a token with both letters and digits is taken for an ID ("Signal 2024" is not).
  for (const m of matchesOf(MESSAGING_BARE_ID_RE, text)) {
    const id = m[1]!;
    // Named an ID ("WeChat ID aigner_sap_consult"), any handle-like ID counts; bare, it needs letters and digits ("WhatsApp Business" is no ID).
    const namedId = /\sid\s/i.test(m[0]);
    if (/[A-Za-z]/.test(id) && (namedId || /\d/.test(id)) && looksLikeId(id)) out.push(contactDetection(view, m.index, m.index + m[0].length));
  }
  for (const m of matchesOf(ADD_ME_BY_ID_RE, text)) {
    if (looksLikeId(m[1]!)) out.push(contactDetection(view, m.index, m.index + m[0].length));
  }
  // "Telegram (@jdoe)", "WeChat: ID liwei88", "Threema is also fine — ID 7XK4PQ2M": the ID in brackets or after a label.
  for (const re of [APP_BRACKETED_ID_RE, APP_LABELLED_ID_RE]) {
    for (const m of matchesOf(re, text)) {
      const id = (m[1] ?? m[2] ?? m[3])!; // the ID right after the app or its label, or after a few words
      if (id.startsWith("#") || !looksLikeId(id)) continue;
      const d = contactDetection(view, m.index, m.index + m[0].length);
      // With no verb before it ("WeChat (ID: x) works best"), no rewrite reads well: no fix.
      out.push(d.start === view.toSource(m.index, m.index + 1).start ? { ...d, replacement: null } : d);
    }
  }
  // "a quick Skype call": the app named as the medium of a call before a contract.
  for (const c of matchesOf(APP_CALL_RE, text)) {
    const determiner = CALL_DETERMINER_BEFORE_RE.exec(text.slice(Math.max(0, c.index - 40), c.index));
    if (!determiner) continue;
    const m = { index: c.index - (Math.min(40, c.index) - determiner.index) };
    const end = c.index + c[0].length;
    if (matches(CALL_TECH_AFTER_RE, text.slice(end, end + 30))) continue;
    if (matches(TECH_BEFORE_RE, text.slice(Math.max(0, m.index - 60), m.index))) continue;
    if (matches(NEGATION_BEFORE_RE, text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const clause = clauseTextAt(ctx, view, m.index);
    if (promisesCompliance(clause) || matches(AFTER_CONTRACT_RE, clause)) continue;
    out.push(detectionIn(view, m.index, end, { severity: "warning", replacement: "a call here on Upwork", message: "Proposes a call on a messaging app before a contract: Upwork messages have calls built in." }));
  }
  for (const m of [...matchesOf(MESSAGING_INVITE_RE, text), ...matchesOf(LINE_INVITE_RE, text), ...matchesOf(PIDGIN_INVITE_RE, text)].sort((a, b) => a.index - b.index)) {
    // The handle right after the app ("... to Telegram: @janedoe") belongs to the invitation and goes with it.
    const handle = HANDLE_AFTER_INVITE_RE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 50));
    const end = m.index + m[0].length + (handle ? handle[0].length : 0);
    if (matches(TECH_AFTER_RE, text.slice(end, end + 40))) continue;
    if (matches(TECH_BEFORE_RE, text.slice(Math.max(0, end - 60), end).replace(/\S+$/, ""))) continue;
    if (matches(NEGATION_BEFORE_RE, text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const clause = clauseTextAt(ctx, view, m.index);
    if (promisesCompliance(clause) || matches(AFTER_CONTRACT_RE, clause)) continue;
    // "let's move this chat to WhatsApp" is rewritten whole: "let's keep talking here on Upwork".
    const shared = SHARED_MOVE_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (shared) {
      out.push(detectionIn(view, m.index - shared[0].length, end, { replacement: "let's keep talking here on Upwork" }));
      continue;
    }
    // "add you to the site WhatsApp group": the group is the place, and Upwork's place replaces it ("add you here on Upwork").
    const group = ADDED_TO_GROUP_RE.exec(m[0]);
    if (group) {
      out.push(detectionIn(view, m.index + m[0].indexOf(group[1]!), end, { replacement: "here on Upwork" }));
      continue;
    }
    // "your customers can reach you on WhatsApp" is not an invitation; "send me a message on WhatsApp" is.
    // "happy to hop on WhatsApp": the move itself is the offer, and staying is its rewrite.
    if (!handle && matches(JOINT_MOVE_RE, m[0]) && !matches(INVITE_PARTY_RE, m[0]) && matches(JOINT_MOVE_SPEAKER_BEFORE_RE, text.slice(Math.max(0, m.index - 40), m.index))) {
      out.push(detectionIn(view, m.index, end, { replacement: "keep talking here on Upwork" }));
      continue;
    }
    const party = matches(INVITE_PARTY_RE, m[0]) || matches(INVITE_PARTY_RE, text.slice(Math.max(0, m.index - 15), m.index)) || matches(SPEAKER_REACHES_YOU_RE, text.slice(Math.max(0, m.index - 40), end));
    // "continue this discussion over WhatsApp": only the channel is the problem, so only it is replaced.
    if (!party && matches(MOVE_CONVERSATION_RE, m[0])) {
      const via = /\b(?:on|via|over|through|to|in|at|for)\s{1,3}\S+(?:\s{1,3}\S+)?$/i.exec(m[0]);
      if (via) out.push(detectionIn(view, m.index + via.index, end, { replacement: "here on Upwork" }));
      continue;
    }
    if (!party && !matches(HANDLE_AFTER_APP_RE, text.slice(end, end + 40))) continue;
    out.push(contactDetection(view, m.index, end));
  }
  // "... WhatsApp, should you prefer that; we could continue there": the app named, then the move.
  for (const there of matchesOf(TALK_THERE_RE, text)) {
    const from = Math.max(0, there.index - 80);
    const m = [...matchesOf(APP_BEFORE_THERE_RE, text.slice(from, there.index))].pop();
    if (!m) continue;
    const start = from + m.index;
    if (matches(TECH_AFTER_RE, text.slice(start + m[1]!.length, start + m[1]!.length + 40))) continue; // "a WhatsApp bot": the product
    const clause = clauseTextAt(ctx, view, start);
    if (promisesCompliance(clause) || matches(AFTER_CONTRACT_RE, clause)) continue;
    if (matches(NEGATION_BEFORE_RE, text.slice(Math.max(0, start - 30), start))) continue;
    out.push(contactDetection(view, start, there.index + there[0].length));
  }
  // "hablamos por WhatsApp", "me chama no zap": the invitation written in Spanish or Portuguese.
  for (const m of matchesOf(MESSAGING_INVITE_ES_PT_RE, text)) {
    const clause = clauseTextAt(ctx, view, m.index);
    if (promisesCompliance(clause) || matches(AFTER_CONTRACT_RE, clause)) continue;
    const handle = HANDLE_AFTER_INVITE_RE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 50));
    out.push(contactDetection(view, m.index, m.index + m[0].length + (handle ? handle[0].length : 0)));
  }
  // "t e l e g r a m  @ d e v _ a h m e d": an app and a handle letter-spaced; read with the spaces gone.
  for (const m of matchesOf(LETTER_SPACED_RUN_RE, text)) {
    const collapsed = m[0].replace(LETTER_SPACING_RE, "");
    const app = MESSAGING_APP_RE.test(collapsed) || MESSAGING_APP_RE.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (app && COLLAPSED_HANDLE_RE.test(collapsed)) out.push(contactDetection(view, m.index, m.index + m[0].length, {}, { datum: true }));
    else if (COLLAPSED_APP_NAME_RE.test(collapsed)) {
      const clause = clauseTextAt(ctx, view, m.index);
      if (!promisesCompliance(clause) && !matches(AFTER_CONTRACT_RE, clause)) out.push(contactDetection(view, m.index, m.index + m[0].length));
    }
  }
  // "Signal works best for me: same name": the handle given by reference to the name on the profile.
  for (const m of matchesOf(APP_NAME_BY_REFERENCE_RE, text)) {
    if (matches(TECH_BEFORE_RE, text.slice(Math.max(0, m.index - 60), m.index)) || matches(TECH_AFTER_RE, text.slice(m.index).replace(/^\S+/, ""))) continue;
    if (matches(NEGATION_BEFORE_RE, text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const clause = clauseTextAt(ctx, view, m.index);
    if (promisesCompliance(clause) || matches(AFTER_CONTRACT_RE, clause)) continue;
    out.push(detectionIn(view, m.index, m.index + m[0].length, { replacement: null }));
  }
  for (const m of matchesOf(SKYPE_LIVE_ID_RE, text)) out.push(contactDetection(view, m.index, m.index + m[0].length, {}, { datum: true }));
  for (const m of [...matchesOf(APP_PREFERRED_RE, text), ...matchesOf(APP_ON_THAT_NUMBER_RE, text)]) {
    const clause = clauseTextAt(ctx, view, m.index);
    if (!promisesCompliance(clause) && !matches(AFTER_CONTRACT_RE, clause)) out.push(contactDetection(view, m.index, m.index + m[0].length));
  }
  for (const m of matchesOf(DM_AT_HANDLE_RE, text)) out.push(contactDetection(view, m.index, m.index + m[0].length, {}, { datum: true }));
  // "My tag is pixelwren#4471": a Discord tag after a word that gives it out.
  for (const m of matchesOf(DISCORD_TAG_RE, text)) {
    if (matches(TAG_CUE_BEFORE_RE, text.slice(Math.max(0, m.index - 40), m.index))) out.push(contactDetection(view, m.index, m.index + m[0].length, {}, { datum: true }));
  }
  return [...out, ...placeholderContactDetections(ctx, "contact/messaging"), ...contactElsewhereDetections(ctx, "contact/messaging")];
});

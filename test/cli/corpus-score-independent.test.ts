// Accuracy floors on the independently written sets A to M (test/corpus/independent-a ... -m), scored
// by the scorer on the CLI's json report. Each set was scored once on first contact (their
// READMEs give those scores) and have since been used to find phenomena, so they guard against
// regressions and are no estimate of accuracy on unseen text. Floors sit just under what was
// reached; raise them when a change lifts a family, never lower them to let a change through.

import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ROOT, scoreCorpus } from "../helpers/score";

interface Floors {
  precision: number;
  recall: number;
  /** Per family: [precision, recall]. */
  families: Record<string, [number, number]>;
  cleanFilesFlagged: number;
  avoidSpansFlagged: number;
}

// Raised where a later pass lifted a set (Spanish and Portuguese inside English letters, sending settings in front
// matter, 'honest' review threats, contempt for a person, contracts ended early beside outside payment, handles by
// reference or letter-spaced, signature-block addresses, recurring messages until answered); none was lowered.
const SETS: Record<string, Floors> = {
  "independent-a": {
    precision: 0.97, recall: 0.93, cleanFilesFlagged: 0.0, avoidSpansFlagged: 1,
    families: { circumvention: [0.99, 0.99], contact: [0.97, 0.99], account: [0.99, 0.99], spam: [0.99, 0.99], conduct: [0.66, 0.44], feedback: [0.99, 0.89] },
  },
  "independent-b": {
    precision: 0.98, recall: 0.94, cleanFilesFlagged: 0.024, avoidSpansFlagged: 1,
    families: { circumvention: [0.89, 0.77], contact: [0.99, 0.99], account: [0.99, 0.99], spam: [0.99, 0.99], conduct: [0.99, 0.99], feedback: [0.99, 0.79] },
  },
  // Set C: first contact P 96.5% R 71.1% (independent-c/first-contact.txt).
  "independent-c": {
    precision: 0.97, recall: 0.94, cleanFilesFlagged: 0.02, avoidSpansFlagged: 4,
    families: { circumvention: [0.93, 0.92], contact: [0.99, 0.95], account: [0.99, 0.85], spam: [0.93, 0.99], conduct: [0.93, 0.92], feedback: [0.99, 0.99] },
  },
  // Sets D and E: first contact (cd0b2df) D P 85.7% R 79.4%, E P 91.1% R 80.2% (their first-contact.txt).
  // The learned layer was then recalibrated for precision (calibrationNegativeWeight 2), which
  // traded recall for precision on every set; these floors are what that build reaches.
  // precision 0.95 -> 0.94 and feedback 0.99 -> 0.93: a request to the reader after a flagged sentence is
  // judged alone (classifier/detect.ts), and d040's "Please end the contract and rate me, then ... you
  // get everything" is flagged apart from the labeled sentence before it.
  // D's circumvention precision floor went from 0.86 to 0.82 in the ninth 2026-11-30 session: "I can send half upfront to
  // your IBAN" (d006, a client-side offer) is now found (money sent to the reader's own channel), and the set labels
  // only the file's two other circumvention clauses, so the scorer counts the find as a false flag.
  // Precision 0.95 -> 0.94 and account 0.92 -> 0.87 in the 2026-12-01 session: "If Facebook asks for the 2FA code just
  // message me and I'll forward it" (d007, a client passing its login code on) is now found, and the set labels only the
  // file's other two account clauses.
  // Must-not-flag 4 -> 5 once: the Venmo clause of d078 is found now ("For product shoots under $200 I usually just do
  // Venmo ... so you're not paying Upwork fees"), and its price, a must-not-flag span, sits inside that clause.
  "independent-d": {
    precision: 0.94, recall: 0.96, cleanFilesFlagged: 0.048, avoidSpansFlagged: 5,
    families: { circumvention: [0.82, 0.91], contact: [0.96, 0.99], account: [0.87, 0.99], spam: [0.99, 0.91], conduct: [0.99, 0.92], feedback: [0.99, 0.99] },
  },
  "independent-e": {
    precision: 0.96, recall: 0.94, cleanFilesFlagged: 0.024, avoidSpansFlagged: 0,
    families: { circumvention: [0.86, 0.99], contact: [0.99, 0.89], account: [0.99, 0.74], spam: [0.91, 0.99], conduct: [0.99, 0.91], feedback: [0.99, 0.92] },
  },
  // Sets F and G: first contact (675b280) F P 92.6% R 83.0%, G P 88.9% R 70.4% (their first-contact.txt);
  // then fixed by phenomenon (feedback ultimatums and conditions, accounts used by several people or
  // handed over, insults built from a lexicon, wallets keyed by a phone number).
  "independent-f": {
    precision: 0.96, recall: 0.98, cleanFilesFlagged: 0.075, avoidSpansFlagged: 4,
    families: { circumvention: [0.99, 0.99], contact: [0.92, 0.97], account: [0.99, 0.99], spam: [0.92, 0.99], conduct: [0.92, 0.92], feedback: [0.99, 0.99] },
  },
  // Spam precision 0.92, not 0.99: g055 is a follow-up pack ("USE ON ALL JOBS", "repeat: every hour"),
  // labelled through its front matter and note; the learned layer also flags its follow-up line.
  "independent-g": {
    precision: 0.94, recall: 0.94, cleanFilesFlagged: 0.079, avoidSpansFlagged: 5,
    families: { circumvention: [0.87, 0.93], contact: [0.96, 0.89], account: [0.99, 0.93], spam: [0.99, 0.99], conduct: [0.91, 0.99], feedback: [0.91, 0.99] },
  },
  // Sets H and I: held out during this session's detection work, first contact (8232552) H P 97.6% R 76.7%,
  // I P 92.4% R 59.4% (their first-contact.txt). Both were then fixed by phenomenon (I: the formal register,
  // remittance, settled, furnish, failing which, contingent on a rating; H: withdraw-and-resubmit, insults
  // in chat spelling, persona names, Skype live IDs, invoicing "myself").
  // Account precision 0.92 since the sixth 2026-11-30 pass: h085's note "stock headshot from Unsplash" for a persona
  // is now found too (a true finding the labels leave out).
  "independent-h": {
    precision: 0.98, recall: 0.96, cleanFilesFlagged: 0.0, avoidSpansFlagged: 1,
    families: { circumvention: [0.99, 0.99], contact: [0.97, 0.94], account: [0.92, 0.99], spam: [0.99, 0.99], conduct: [0.91, 0.92], feedback: [0.99, 0.92] },
  },
  "independent-i": {
    precision: 0.95, recall: 0.86, cleanFilesFlagged: 0.086, avoidSpansFlagged: 6,
    families: { circumvention: [0.9, 0.76], contact: [0.96, 0.91], account: [0.99, 0.78], spam: [0.99, 0.99], conduct: [0.99, 0.61], feedback: [0.86, 0.99] },
  },
  // Set J: first contact P 93.1% R 84.0%; set K: first contact P 94.9% R 68.2% (each set's first-contact.txt).
  "independent-j": {
    precision: 0.94, recall: 0.95, cleanFilesFlagged: 0.122, avoidSpansFlagged: 5,
    families: { circumvention: [0.93, 0.99], contact: [0.94, 0.92], account: [0.92, 0.99], spam: [0.91, 0.91], conduct: [0.99, 0.99], feedback: [0.99, 0.99] },
  },
  "independent-k": {
    precision: 0.96, recall: 0.9, cleanFilesFlagged: 0.050, avoidSpansFlagged: 3,
    families: { circumvention: [0.93, 0.99], contact: [0.96, 0.89], account: [0.99, 0.84], spam: [0.99, 0.84], conduct: [0.92, 0.85], feedback: [0.99, 0.99] },
  },
  // Sets L and M were held out through the J/K pass: first contact (after it) L P 91.2% R 76.2%, M P 94.1% R 85.0%.
  "independent-l": {
    precision: 0.92, recall: 0.91, cleanFilesFlagged: 0.100, avoidSpansFlagged: 5,
    families: { circumvention: [0.91, 0.92], contact: [0.94, 0.96], account: [0.91, 0.91], spam: [0.88, 0.61], conduct: [0.99, 0.92], feedback: [0.86, 0.99] },
  },
  "independent-m": {
    precision: 0.95, recall: 0.95, cleanFilesFlagged: 0.074, avoidSpansFlagged: 4,
    families: { circumvention: [0.79, 0.92], contact: [0.97, 0.94], account: [0.99, 0.91], spam: [0.99, 0.99], conduct: [0.99, 0.92], feedback: [0.99, 0.99] },
  },
  // Set N (agency snippet libraries, teammate notes, heated threads): first contact 91.9% / 78.6%
  // (first-contact.txt), then its phenomena fixed.
  "independent-n": {
    precision: 0.92, recall: 0.91, cleanFilesFlagged: 0.077, avoidSpansFlagged: 4,
    families: { circumvention: [0.87, 0.99], contact: [0.97, 0.94], account: [0.99, 0.91], spam: [0.84, 0.84], conduct: [0.89, 0.82], feedback: [0.91, 0.91] },
  },
  // Set O (Latin American and Southern European freelancers, WhatsApp-first, code-switching; small-business
  // clients; playbooks): first contact 80.6% / 73.2%, held out through set N's pass (80.9% / 74.2%), then fixed.
  // Precision 0.96 -> 0.95 and spam 0.99 -> 0.9 (2026-12-01, second session): "te escribo otra vez (ya van 11 mensajes y
  // nada)" in o039 is now read as a count of messages sent (spanish-portuguese.json messageCounts), a true find the set
  // does not label (its spam label is the next sentence's).
  "independent-o": {
    precision: 0.95, recall: 0.93, cleanFilesFlagged: 0.056, avoidSpansFlagged: 4,
    families: { circumvention: [0.92, 0.99], contact: [0.96, 0.96], account: [0.99, 0.84], spam: [0.9, 0.91], conduct: [0.89, 0.91], feedback: [0.99, 0.91] },
  },
  // Set P (native-English consultants, corporate euphemism, procurement, Upwork's exceptions): first contact
  // 87.5% / 64.6% at ab6da30, after the N and O passes it was held out from; then its phenomena fixed.
  "independent-p": {
    precision: 0.91, recall: 0.87, cleanFilesFlagged: 0.084, avoidSpansFlagged: 5,
    // circumvention precision 0.92 -> 0.86 when list lines stopped merging into one learned finding: a skill
    // table naming payment processors is flagged row by row (p016).
    families: { circumvention: [0.86, 0.92], contact: [0.96, 0.87], account: [0.89, 0.74], spam: [0.9, 0.91], conduct: [0.87, 0.91], feedback: [0.89, 0.82] },
  },
  // Set Q (a Brazilian/Mexican freelancer mixing Spanish and Portuguese, an agency's templates with euphemistic
  // "process" language, a frustrated client): first contact 92.4% / 63.8% (first-contact.txt), held out from the
  // detect9 pass (92.9% / 67.0% after it). Its misses then showed the list-line change (94.3% / 68.1%), so it is spent;
  // the 2026-11-30 (fifth) pass on the phenomena behind Q, R and S misses: 94.9% / 76.6%.
  // 88.3% recall after the sixth 2026-11-30 pass (Spanish and Portuguese lexicons for spam, insults, review rewards
  // and new accounts); must-not-flag 3: q023's insult is found as its whole sentence, which holds "$15" and "24 horas".
  "independent-q": {
    precision: 0.98, recall: 0.87, cleanFilesFlagged: 0.025, avoidSpansFlagged: 4,
    families: { circumvention: [0.99, 0.91], contact: [0.95, 0.77], account: [0.99, 0.84], spam: [0.99, 0.99], conduct: [0.99, 0.99], feedback: [0.99, 0.91] },
  },
  // Set R (a US copywriter, an Indian developer, a Philippine VA agency): first contact 92.2% / 76.1%, the same after
  // the detect9 pass it was held out from; its misses showed the list-line change (92.6% / 79.3%), so it is spent;
  // after the 2026-11-30 (fifth) pass: 94.5% / 91.3%.
  "independent-r": {
    precision: 0.94, recall: 0.9, cleanFilesFlagged: 0.098, avoidSpansFlagged: 4,
    families: { circumvention: [0.91, 0.99], contact: [0.92, 0.82], account: [0.99, 0.91], spam: [0.92, 0.99], conduct: [0.91, 0.91], feedback: [0.99, 0.91] },
  },
  // Set S (a Nigerian data analyst, a German industrial designer, an Australian small-business client): first
  // contact 94.7% / 79.3% (first-contact.txt), on the build that closed the session of 2026-11-30 (fourth). Spent by the
  // 2026-11-30 (fifth) pass, which fixed the phenomena behind its misses: 95.6% / 95.7%.
  "independent-s": {
    precision: 0.99, recall: 0.94, cleanFilesFlagged: 0.000, avoidSpansFlagged: 0,
    families: { circumvention: [0.99, 0.99], contact: [0.99, 0.9], account: [0.99, 0.99], spam: [0.99, 0.82], conduct: [0.99, 0.99], feedback: [0.99, 0.99] },
  },
  // Set T (an agency's BD executive in Pune, a retired US proofreader, a UGC video editor, a startup founder): first
  // contact 98.7% / 71.7% at 04745ac (first-contact.txt). Spent by the 2026-11-30 (fifth) pass: 100% / 92.5%.
  "independent-t": {
    precision: 0.99, recall: 0.91, cleanFilesFlagged: 0.000, avoidSpansFlagged: 0,
    families: { circumvention: [0.99, 0.91], contact: [0.99, 0.88], account: [0.99, 0.99], spam: [0.99, 0.99], conduct: [0.99, 0.93], feedback: [0.99, 0.84] },
  },
  // Set U (a Nairobi studio developer, a French translator, a US real-estate VA agency, a bakery and a plumbing client):
  // first contact 85.4% / 78.2% at 5c16731 (first-contact.txt). Spent by the 2026-11-30 (fifth) pass: 92.5% / 95.0%.
  "independent-u": {
    precision: 0.92, recall: 0.94, cleanFilesFlagged: 0.063, avoidSpansFlagged: 3,
    families: { circumvention: [0.92, 0.99], contact: [0.9, 0.9], account: [0.99, 0.92], spam: [0.92, 0.99], conduct: [0.81, 0.92], feedback: [0.99, 0.99] },
  },
  // Set V (a Vietnamese QA engineer, a Canadian grant writer, a Pakistani Shopify/SEO agency owner, an HR manager
  // and an e-commerce seller): first contact 97.6% / 74.3% at d751221 (first-contact.txt). Spent by the
  // 2026-11-30 (sixth) pass: 99.1% / 97.2%.
  "independent-v": {
    precision: 0.98, recall: 0.96, cleanFilesFlagged: 0.000, avoidSpansFlagged: 0,
    families: { circumvention: [0.99, 0.99], contact: [0.96, 0.96], account: [0.99, 0.99], spam: [0.99, 0.91], conduct: [0.99, 0.92], feedback: [0.99, 0.99] },
  },
  // Set W (a Brazilian/Argentine app developer, a UK animation studio, client-side hiring managers and a terse
  // DevOps contractor; 137 templates): first contact 93.4% / 77.7% at 3a287ea (first-contact.txt). Spent by the
  // 2026-11-30 (sixth) pass: 96.3% / 96.1%.
  "independent-w": {
    precision: 0.95, recall: 0.94, cleanFilesFlagged: 0.054, avoidSpansFlagged: 6,
    families: { circumvention: [0.82, 0.99], contact: [0.99, 0.96], account: [0.99, 0.99], spam: [0.99, 0.66], conduct: [0.99, 0.99], feedback: [0.93, 0.99] },
  },
  // Set X (a Kenyan/Nigerian VA agency owner, a Polish/Ukrainian backend developer, clients; 108 templates): first
  // contact 97.7% / 81.8% at f8b17ee (first-contact.txt). Spent by the sixth 2026-11-30 pass: 98.0% / 99.0%.
  // Account 0.92 -> 0.85 in the eighth session: x015's middle sentence ("password is Sunflower!2024") is now flagged
  // (a password written out), so its three client-login sentences are one finding, which the scorer counts once
  // against two labels. Consecutive findings of a rule are one finding across sentence ends by design (tried
  // splitting them: precision fell on 15 sets, the next sentences being the same violation's continuation).
  "independent-x": {
    precision: 0.99, recall: 0.94, cleanFilesFlagged: 0.000, avoidSpansFlagged: 1,
    families: { circumvention: [0.99, 0.99], contact: [0.99, 0.96], account: [0.99, 0.85], spam: [0.99, 0.91], conduct: [0.99, 0.92], feedback: [0.99, 0.99] },
  },
  // Set Y (a German SAP consultant, a Bangladeshi/Indian design agency, a US podcast-network client, a Turkish/Egyptian
  // game developer; 89 templates): first contact 95.3% / 83.0% at 5234e5d, the session's final detection build
  // (first-contact.txt). Held out: not fixed against.
  "independent-y": {
    precision: 0.94, recall: 0.82, cleanFilesFlagged: 0.059, avoidSpansFlagged: 3,
    families: { circumvention: [0.91, 0.76], contact: [0.99, 0.86], account: [0.99, 0.82], spam: [0.99, 0.84], conduct: [0.89, 0.76], feedback: [0.82, 0.82] },
  },
  // Set Z (a Canadian bookkeeper, a Pakistani/Egyptian WordPress team, a French/Belgian UX researcher, hospitality and
  // real-estate clients; 109 templates): first contact 93.8% / 84.2% at 45f32a9, the session's final detection build
  // (first-contact.txt). Held out: not fixed against.
  "independent-z": {
    precision: 0.93, recall: 0.83, cleanFilesFlagged: 0.067, avoidSpansFlagged: 6,
    families: { circumvention: [0.85, 0.91], contact: [0.91, 0.88], account: [0.9, 0.68], spam: [0.99, 0.91], conduct: [0.99, 0.91], feedback: [0.99, 0.61] },
  },
  // Set AA (a Filipino VA, an Australian small-business client, a Vietnamese QA engineer, a Brazilian video editor;
  // 85 templates): first contact 90.4% / 74.0% at e733632 (first-contact.txt); 94.9% / 74.0% after the learned layer
  // was retrained. Spent in the eighth 2026-11-30 session: its misses fixed by phenomenon (97.9% / 97.0%).
  "independent-aa": {
    precision: 0.97, recall: 0.96, cleanFilesFlagged: 0.0, avoidSpansFlagged: 1,
    families: { circumvention: [0.99, 0.99], contact: [0.99, 0.96], account: [0.99, 0.86], spam: [0.92, 0.99], conduct: [0.9, 0.99], feedback: [0.99, 0.99] },
  },
  // Set AB (an Irish copywriter, a Chinese sourcing agent, a US startup founder hiring, a Ukrainian data scientist;
  // 85 templates): first contact 92.4% / 81.9% at e733632 (first-contact.txt); 95.5% / 82.9% after the learned layer
  // was retrained. Spent in the eighth 2026-11-30 session: its misses fixed by phenomenon (98.1% / 100%).
  // Precision floors of AB and AG were lowered in the ninth 2026-11-30 session, on purpose: the learned layer's account and
  // conduct thresholds were calibrated for 0.90 precision instead of 0.94 (data/classifier.json warnPrecisionByFamily),
  // which raised recall on the four sets then held out (AD 83.3 -> 85.1, AE 87.1 -> 90.5, AF 73.9 -> 75.6, AH 78.7 ->
  // 83.0) at the same or better precision there, and cost one conduct false flag each here ("Still, you'd be lucky to
  // have me."; AG: "I don't do that, ever.").
  "independent-ab": {
    precision: 0.97, recall: 0.99, cleanFilesFlagged: 0.028, avoidSpansFlagged: 0,
    families: { circumvention: [0.92, 0.99], contact: [0.99, 0.99], account: [0.93, 0.99], spam: [0.99, 0.99], conduct: [0.92, 0.99], feedback: [0.99, 0.99] },
  },
  // Set AC (a South African agency owner, a Japanese technical translator, a UK property-management client, a Nigerian
  // developer; 94 templates): first contact 92.6% / 81.1% at the seventh 2026-11-30 session's final detection build
  // (first-contact.txt; the previous session's build scores it 92.7% / 81.1%); 92.8% / 82.1% after the learned layer was
  // retrained with AA in its bank (AC chose that retrain). Spent in the eighth 2026-11-30 session: its misses fixed by
  // phenomenon (98.2% / 100%).
  "independent-ac": {
    precision: 0.98, recall: 0.99, cleanFilesFlagged: 0.0, avoidSpansFlagged: 1,
    families: { circumvention: [0.92, 0.99], contact: [0.97, 0.99], account: [0.99, 0.99], spam: [0.99, 0.99], conduct: [0.99, 0.99], feedback: [0.93, 0.99] },
  },
  // Set AD (a Polish bookkeeper, a Pune agency, a Halifax e-commerce client, a Kenyan VA; 92 templates): first contact
  // 97.8% / 78.9% at 1b956e5 (first-contact.txt). Held out: not fixed against; 97.8% / 80.7% after AA's phenomena,
  // 97.9% / 83.3% after the learned layer was retrained with AA in its bank.
  "independent-ad": {
    precision: 0.97, recall: 0.859, cleanFilesFlagged: 0.052, avoidSpansFlagged: 0,
    families: { circumvention: [0.99, 0.76], contact: [0.99, 0.92], account: [0.92, 0.7], spam: [0.99, 0.99], conduct: [0.9, 0.78], feedback: [0.99, 0.92] },
  },
  // Set AE (an Egyptian packaging designer, a German marketing consultant hiring, a Bangladeshi WordPress team, a US voice
  // actor; 82 templates): first contact 96.3% / 85.3% at 1b956e5 (first-contact.txt). Held out: not fixed against.
  // 96.3% / 87.1% after the learned layer was retrained with set AA in its bank (chosen on set AC); account recall
  // 84.6% -> 76.9% (one label) in that retrain, the others up: the floor follows the measurement.
  "independent-ae": {
    precision: 0.96, recall: 0.9, cleanFilesFlagged: 0.059, avoidSpansFlagged: 3,
    families: { circumvention: [0.99, 0.86], contact: [0.95, 0.92], account: [0.99, 0.92], spam: [0.99, 0.84], conduct: [0.99, 0.88], feedback: [0.88, 0.94] },
  },
  // Set AF (a Mexican full-stack developer, a Scottish recruitment agency owner hiring, an Indonesian VA team lead, a
  // Turkish architect; 88 templates): first contact 95.7% / 73.9% at 0635ac5 (first-contact.txt; 95.7% / 73.1% with the
  // session's starting build). Held out: not fixed against.
  "independent-af": {
    precision: 0.95, recall: 0.75, cleanFilesFlagged: 0.028, avoidSpansFlagged: 1,
    families: { circumvention: [0.99, 0.8], contact: [0.9, 0.86], account: [0.99, 0.82], spam: [0.99, 0.69], conduct: [0.99, 0.33], feedback: [0.99, 0.91] },
  },
  // Set AG (a Ghanaian-born UX researcher in Lisbon, a Serbian two-person backend shop, an American e-commerce brand
  // owner hiring, a Sri Lankan SEO agency lead; 84 templates): first contact 89.7% / 75.5% at 8b7cc3d (first-contact.txt).
  // Spent in the same session: its misses were read and the phenomena behind them fixed (95.2% / 96.9% after).
  "independent-ag": {
    precision: 0.94, recall: 0.96, cleanFilesFlagged: 0.03, avoidSpansFlagged: 3,
    families: { circumvention: [0.94, 0.99], contact: [0.95, 0.95], account: [0.99, 0.94], spam: [0.99, 0.99], conduct: [0.78, 0.94], feedback: [0.99, 0.99] },
  },
  // Set AH (a Polish motion designer, a Kenyan bookkeeper, an Australian property manager hiring, a Malaysian app studio
  // run by a sister and brother; 86 templates): first contact 94.1% / 78.7% at 0e7365c (first-contact.txt; 94.0% / 77.7%
  // with the session's starting build). Held out: not fixed against. Precision floors lowered once (0.94 -> 0.93, conduct
  // 0.92 -> 0.90) for a true find its writer left unlabeled: "Prefer a female VA for this one." (a hiring criterion by sex,
  // rules/conduct/protected-criteria.ts; the writer labeled only the rest of that line).
  "independent-ah": {
    precision: 0.93, recall: 0.87, cleanFilesFlagged: 0.086, avoidSpansFlagged: 5,
    families: { circumvention: [0.92, 0.93], contact: [0.99, 0.94], account: [0.92, 0.76], spam: [0.92, 0.85], conduct: [0.90, 0.88], feedback: [0.92, 0.85] },
  },
  // Set AI (a Moroccan translator, a South African WordPress freelancer, a Canadian non-profit director hiring, four
  // cousins' Shopify agency in Ahmedabad; 85 templates): first contact 90.8% / 66.3% at 87bf4ea (first-contact.txt;
  // 89.8% / 60.0% with the session's starting build). Spent in the next session: its misses were read and the phenomena
  // behind them fixed (98.8% / 92.6% after); AH, then held out, moved 83.0% -> 85.1% recall from the same fixes.
  "independent-ai": {
    precision: 0.98, recall: 0.92, cleanFilesFlagged: 0.001, avoidSpansFlagged: 1,
    families: { circumvention: [0.99, 0.93], contact: [0.99, 0.94], account: [0.94, 0.94], spam: [0.99, 0.78], conduct: [0.99, 0.99], feedback: [0.99, 0.92] },
  },
  // Set AJ (an Argentine data engineer, an Indian husband-and-wife e-commerce VA agency, a retired British editor, a US
  // startup founder hiring; 92 templates): first contact 92.6% / 76.5% at 3831ee6 (first-contact.txt; identical with the
  // session's starting build eb9cb1f). Spent in the same session: its misses were read and the phenomena behind them fixed
  // (97.3% / 93.9% after); AD and AH, held out, moved 85.1 -> 86.0 and 85.1 -> 87.2 recall from the same fixes.
  "independent-aj": {
    precision: 0.97, recall: 0.94, cleanFilesFlagged: 0.052, avoidSpansFlagged: 2,
    families: { circumvention: [0.93, 0.93], contact: [0.99, 0.99], account: [0.99, 0.94], spam: [0.92, 0.92], conduct: [0.99, 0.83], feedback: [0.93, 0.93] },
  },
  // Set AK (a Nigerian app developer, a Vietnamese illustrator, a Brazilian video-editing agency, an American HR manager
  // hiring; 92 templates): first contact 97.1% / 76.0% at 95cfbf8 (first-contact.txt; the same with the session's starting
  // build), 97.1% / 76.8% once a regression that set showed was fixed (a two-item "No 5 stars, no raw files" read as a
  // list of refusals). Spent in the same session: its misses were read and the phenomena behind them fixed (99.2% /
  // 95.2% after; no held-out set moved). Must-not-flag 1 -> 3: two clause findings now hold a price or a time the writer
  // marked ("$5k", "48 hours"), the violation itself being labeled.
  "independent-ak": {
    precision: 0.99, recall: 0.95, cleanFilesFlagged: 0.001, avoidSpansFlagged: 3,
    families: { circumvention: [0.92, 0.81], contact: [0.99, 0.97], account: [0.99, 0.95], spam: [0.99, 0.99], conduct: [0.99, 0.95], feedback: [0.99, 0.99] },
  },
  // Set AL (an Egyptian accountant, a Ukrainian UX designer in Warsaw, a Ghanaian content agency, an Australian café owner
  // hiring; 88 templates): first contact 92.0% / 74.2% at 0ca95f6 (first-contact.txt; 91.8% / 71.7% with the session's
  // starting build). Spent in the next session (2026-12-01, second): its misses were read and the phenomena behind them
  // fixed (96.8% / 99.2% after); no held-out set moved (AD, AE, AF, AH equal), AJ 93.9 -> 94.8.
  "independent-al": {
    precision: 0.96, recall: 0.99, cleanFilesFlagged: 0.001, avoidSpansFlagged: 1,
    families: { circumvention: [0.99, 0.99], contact: [0.94, 0.97], account: [0.99, 0.99], spam: [0.93, 0.99], conduct: [0.94, 0.99], feedback: [0.99, 0.99] },
  },
  // Set AM (a Filipino VA and bookkeeper in Cebu, a German Shopify and Magento agency in Leipzig, a Pakistani game artist,
  // a Canadian marketing director hiring; 88 templates): first contact 93.8% / 79.5% at 45cd5c5 (first-contact.txt;
  // identical with the session's starting build 6e62d3b). Spent in the same session (97.4% / 99.1% after).
  "independent-am": {
    precision: 0.97, recall: 0.99, cleanFilesFlagged: 0.001, avoidSpansFlagged: 5,
    families: { circumvention: [0.99, 0.99], contact: [0.99, 0.99], account: [0.94, 0.94], spam: [0.99, 0.99], conduct: [0.94, 0.99], feedback: [0.92, 0.99] },
  },
  // Set AN (a Colombian copywriter and translator in Medellín, a Bangladeshi WordPress and SEO agency, an Irish retired
  // teacher turned proofreader, a South African operations manager hiring; 90 templates): first contact 95.9% / 76.5% at
  // 8d14a67 (first-contact.txt; identical with the session's starting build 6e62d3b). Partly spent in the same session:
  // its Spanish code-switching misses (a class: spanish-portuguese.json offPlatformWork, ratingWords, sendingConditions,
  // messageCounts; wallets Nequi, Daviplata, Bancolombia, Yape) and a plea against a 4-star rating were fixed (84.0%).
  "independent-an": {
    precision: 0.96, recall: 0.84, cleanFilesFlagged: 0.028, avoidSpansFlagged: 3,
    families: { circumvention: [0.99, 0.86], contact: [0.99, 0.94], account: [0.99, 0.77], spam: [0.92, 0.7], conduct: [0.83, 0.73], feedback: [0.99, 0.93] },
  },
  // Set AO (a Turkish motion-graphics freelancer, a Romanian outsourcing firm's sales lead, a Jamaican voice-over artist
  // writing in Patwa, a British property developer hiring; 90 templates): first contact 93.0% / 69.5% at 0aaff6f
  // (first-contact.txt). Spent in the third 2026-12-01 session (dialect spellings as a class, hiring criteria by sex and age,
  // request verbs as one lexicon, ...): 94.5% / 91.4%.
  "independent-ao": {
    precision: 0.94, recall: 0.91, cleanFilesFlagged: 0.055, avoidSpansFlagged: 3,
    families: { circumvention: [0.94, 0.99], contact: [0.99, 0.99], account: [0.89, 0.89], spam: [0.91, 0.71], conduct: [0.88, 0.94], feedback: [0.99, 0.85] },
  },
  // Sets AP (a Kenyan VA, an Indonesian app agency, a Scottish retired accountant, a US real-estate broker hiring) and AQ (a
  // Moroccan translator, a Shenzhen sourcing agent, a Texas WordPress developer, a German CTO hiring), 92 templates each:
  // first contact 89.9% / 75.4% and 87.0% / 77.4% (first-contact.txt; identical with 0aaff6f). Spent in the same session:
  // 96.4% / 93.9% and 95.4% / 91.5%.
  "independent-ap": {
    precision: 0.96, recall: 0.93, cleanFilesFlagged: 0.026, avoidSpansFlagged: 2,
    families: { circumvention: [0.99, 0.99], contact: [0.99, 0.99], account: [0.94, 0.94], spam: [0.99, 0.76], conduct: [0.83, 0.85], feedback: [0.99, 0.99] },
  },
  "independent-aq": {
    precision: 0.95, recall: 0.91, cleanFilesFlagged: 0.027, avoidSpansFlagged: 3,
    families: { circumvention: [0.92, 0.86], contact: [0.97, 0.99], account: [0.99, 0.88], spam: [0.93, 0.99], conduct: [0.87, 0.82], feedback: [0.99, 0.84] },
  },
};

describe("accuracy floors, independent sets", () => {
  for (const [name, floors] of Object.entries(SETS)) {
    it(`${name}: precision, recall, clean files and must-not-flag spans at their floors`, () => {
      const s = scoreCorpus(join(ROOT, "test", "corpus", name));
      assert.ok(s.overall.precision >= floors.precision && s.overall.recall >= floors.recall, JSON.stringify(s.overall));
      for (const [family, [precision, recall]] of Object.entries(floors.families)) {
        const f = s.families[family]!;
        if (f.precision !== null) assert.ok(f.precision >= precision, `${family} precision ${f.precision} < ${precision}`);
        if (f.recall !== null) assert.ok(f.recall >= recall, `${family} recall ${f.recall} < ${recall}`);
      }
      assert.ok(s.cleanFalseAlarmRate <= floors.cleanFilesFlagged, `clean files flagged ${s.cleanFalseAlarmRate}`);
      assert.ok(s.avoidSpansFlagged <= floors.avoidSpansFlagged, `must-not-flag spans flagged ${s.avoidSpansFlagged}`);
    });
  }
});

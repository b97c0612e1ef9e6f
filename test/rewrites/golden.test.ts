// The independent golden rewrites (golden.jsonl, written without seeing the code; see
// GOLDEN-README.md): the share of acceptable outputs may not fall below what the rewriter reached.
// `node --import tsx test/rewrites/golden-score.ts [--given]` lists the cases that fail.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { join } from "node:path";
import { loadGolden, readingProblems, scoreGolden } from "./golden-score";

/** Each golden set with its size and its floors (acceptable cases), raised as the rewriter improves. */
const SETS: { name: string; file: string; cases: number; floor: { lint: number; given: number } }[] = [
  // golden.jsonl. A rewrite that the learned layer still reads as the violation gives way to a fuller one
  // (rewrite/verify.ts): that made fix-all leave no learned warning on the development corpus, and cost
  // g134 (a bare reward kept, which golden-2 rejects; the model reads "I'll give you a free revision." as an incentive).
  // given 176 -> 175: g124 ("let's continue via email and skip the platform next time") is now also found as
  // off-platform-work ("skip the platform"), and two findings in one sentence get the whole-sentence rewrite.
  // 120 lint as measured before rewrite11 (the floor had stayed at 119).
  { name: "golden", file: join(__dirname, "golden.jsonl"), cases: 182, floor: { lint: 120, given: 175 } },
  // golden-2.jsonl, by another writer (golden-2.README.md): first contact 48 lint / 92 given.
  // 89 / 154 once a discount offered for a review goes with its condition and a follow-up after a dash is answered in its place.
  // 90 lint as measured before rewrite11.
  { name: "golden-2", file: join(__dirname, "golden-2.jsonl"), cases: 170, floor: { lint: 90, given: 154 } },
  // golden-3.jsonl, by a third writer (golden-3.README.md): first contact 37 lint / 57 given (golden-3.first-contact.txt).
  // 137/83 on the rewriter's branch; 135/82 once merged with the detection pass of the same day (m098: the
  // learned layer reads a kept clause differently; m166: the client-login clause is cut differently).
  // 136 given once a kept clause that counted the messages says it once (rewrite8).
  // 83 lint as measured before rewrite10 (the floor had stayed at 82).
  { name: "golden-3", file: join(__dirname, "golden-3.jsonl"), cases: 172, floor: { lint: 83, given: 136 } },
  // golden-4.jsonl, by a fourth writer (golden-4.README.md), held out from the rewriter work that followed:
  // first contact 39 lint / 61 given (golden-4.first-contact.txt); 42 / 64 after it; 51 / 73 with the minimal edit first (minimal-edit.ts);
  // 71 / 104 with the phenomena of rewrite8 (a sentence's lead kept, listed details dropped alone, qualifiers of the
  // removed channel going with it, follow-ups answered in place; test/rewrites/README.md).
  // 74 / 109 with the phenomena of rewrite9 (what argued for the removed part goes, field lines, coordinated channel verbs; README).
  // 75 / 110 with the phenomena of rewrite10 (golden-4 not fitted on: an impersonal "it is more convenient to discuss on X" argued for the channel).
  // 76 lint as measured before rewrite11.
  // given 111 after rewrite13 (g4-100: a condition that held the off-platform move goes alone, "I can drop my rate by $5/hour" stays).
  // 75 / 109 after the seventh 2026-11-30 pass's detection: "My assistant answers messages as me" and "Share your Upwork
  // username and password and I'll post the job" are now found by rules whose whole-clause rewrites drop the innocent tail.
  // 84 / 117 with the phenomena of rw3 (read from golden-7's and golden-4's failures; test/rewrites/README.md): 79 / 111 at its start.
  { name: "golden-4", file: join(__dirname, "golden-4.jsonl"), cases: 164, floor: { lint: 84, given: 117 } },
  // golden-5.jsonl, by a fifth writer (golden-5.README.md; rules written as "contact/email"), held out from the
  // rewrite8 pass: first contact 72 lint / 93 given, after it 72 / 95 (golden-5.first-contact.txt).
  // Spent by rewrite9, which worked from its failures by phenomenon: 85 / 120.
  // 121 given after rewrite11 (a delivery held back comes with the final milestone).
  // given 121 -> 120 with the sixth 2026-11-30 detection pass: g5-155's "use my friend's Top Rated profile" is now found by a
  // rule too (up to three words before "profile"), and the sentence is rewritten whole, losing "my account is new".
  // 86 / 121 after rewrite13 (g5-144: a follow-up's schedule said once and its "until" gone).
  // 89 / 122 as measured in rewrite15 (88 / 121 before it; golden-5 not fitted on).
  { name: "golden-5", file: join(__dirname, "golden-5.jsonl"), cases: 166, floor: { lint: 89, given: 121 } },
  // golden-6.jsonl, by a sixth writer (golden-6.README.md), held out from the rewrite9 pass: first contact 47 lint /
  // 90 given (golden-6.first-contact.txt), after it (merged with detect9) 51 / 92.
  // Spent by rewrite10, which worked from its failures by phenomenon (test/rewrites/README.md): 66 / 118.
  // 69 / 122 after rewrite11 (its failures read beside golden-7's, no sentence fitted: leads kept, channel row labels, closing verdicts, held deliveries).
  // given 123 after rewrite12 (g6-101: "switch to a new Upwork contract" -> "stay on a new Upwork contract").
  // given 124 after rw (golden-6 not fitted on: g6-129 "No review, no repo access" is said as the delivery).
  { name: "golden-6", file: join(__dirname, "golden-6.jsonl"), cases: 166, floor: { lint: 69, given: 124 } },
  // golden-7.jsonl, by a seventh writer (golden-7.README.md), held out from rewrite10: first contact 59 lint / 90 given
  // (golden-7.first-contact.txt), the same level as golden-6's first contact before rewrite10 (47 / 90).
  // Spent by rewrite11, which read its failures beside golden-5's and golden-6's and fixed the phenomena that recur
  // across writers (test/rewrites/README.md): 65 / 102.
  // given 102 -> 101 when merged with this session's detection: g7-117's "if the draft isn't perfect you'll get a
  // 1-star from me" is now also found (a low rating promised on a condition), and the two findings rewrite to "Remember.".
  // 67 / 103 after rewrite12 (golden-7 not fitted on: a reason that denies needing Upwork goes, "P.S. If I don't hear from
  // you, ..." leads into the rule's phrase once its main clause went, a second channel beside "here on Upwork" goes).
  // given 104 after rewrite14 (golden-7 not fitted on: a short closing fragment is led by the rule's statement).
  // 79 / 117 with the phenomena of rw3 (its failures read beside golden-4's; test/rewrites/README.md): 71 / 104 at its start.
  { name: "golden-7", file: join(__dirname, "golden-7.jsonl"), cases: 164, floor: { lint: 79, given: 117 } },
  // golden-8.jsonl, by an eighth writer (golden-8.README.md), held out from rewrite11: first contact 56 lint / 93 given
  // (golden-8.first-contact.txt).
  // Spent by rewrite12, which grouped its failures by phenomenon and fixed each as a mechanism or phrasebook data, pinned
  // by rows of our own (test/rewrites/README.md): 80 / 135. Lint + fix-all can reach at most 90 while detection leaves 74 unfixed.
  // given 135 -> 134 when merged with the sixth pass's detection: g8-077's "it saves us both the Upwork fee" is found on its
  // own now, and only that clause is rewritten, leaving "pay by ACH".
  // 81 / 135 after rewrite14 (golden-8 not fitted on: g8-015's "by phone, my number is ..." is a call here).
  // 83 / 136 after rw (golden-8 not fitted on: g8-078's apps set up as the work are products, not ways to pay).
  // 84 / 135 merged with the 2026-12-01 detection pass: given -1 (and golden-9 87 -> 86): "Share your Apple Developer account ID and
  // password so we can ..." is a rule's finding now (a credential request with a product between), rewritten whole, so its
  // purpose clause goes with it (g8-160, g9-167); the writer's narrower span kept it.
  { name: "golden-8", file: join(__dirname, "golden-8.jsonl"), cases: 164, floor: { lint: 84, given: 135 } },
  // golden-9.jsonl, by a ninth writer (golden-9.README.md), held out from rewrite12: first contact 47 lint / 72 given
  // (golden-9.first-contact.txt), scored at 99c0a2d; 47 / 73 after rewrite12.
  // Spent by rewrite13, which grouped its failures by kind and fixed the groups as mechanisms (test/rewrites/README.md,
  // "Round of phenomena from golden-9"): 52 / 88. Lint + fix-all can reach at most 102 while detection leaves 67 unfixed.
  // given 88 -> 87 after the seventh 2026-11-30 pass's detection: "cut out the middleman" is a rule's finding now, rewritten whole.
  // lint 53 after rewrite15 (golden-9 not fitted on).
  // given 86 -> 85 when a condition left without its main clause stopped being a rewrite ("Before we approve the last
  // milestone."): g9-065's "P.S. If you'd like to meet in person" was such a fragment kept by the writer's must_keep.
  // Spent again by rw2 with golden-10 (README, "Round of phenomena from golden-9 and golden-10"): 54 / 85 -> 63 / 96.
  { name: "golden-9", file: join(__dirname, "golden-9.jsonl"), cases: 169, floor: { lint: 63, given: 96 } },
  // golden-10.jsonl, by a tenth writer (golden-10.README.md), held out from rewrite13: first contact 44 lint / 86 given
  // (golden-10.first-contact.txt), scored at 9c1edf2; 45 / 87 after rewrite13 merged (not fitted on).
  // rewrite14 fitted on its odd-numbered half only and scored the even half once before and once after (README,
  // "Round rewrite14"): odd 43 -> 55 given, 24 -> 32 lint; even 44 -> 46 given, 21 -> 21 lint; whole set 53 / 101.
  // given 103 after rw (golden-10 not fitted on: g10-138 "No 5 stars, no drone footage"); 102 measured before it.
  // Spent by rw2 with golden-9 (README, "Round of phenomena from golden-9 and golden-10"): 55 / 103 -> 63 / 113.
  { name: "golden-10", file: join(__dirname, "golden-10.jsonl"), cases: 175, floor: { lint: 63, given: 113 } },
  // golden-11.jsonl, by an eleventh writer (golden-11.README.md), held out from rewrite14: first contact 53 lint / 93 given
  // (golden-11.first-contact.txt), scored at e733632.
  // rewrite15 fitted on its odd-numbered half only and scored the even half before and after (README, "Round rewrite15"):
  // odd 44 -> 57 given, 23 -> 36 lint; even 49 -> 49 given, 30 -> 30 lint; whole set 66 / 106.
  // given 107 after rw (golden-11 not fitted on: g11-130 "No feedback, no PSD file. Sorry").
  { name: "golden-11", file: join(__dirname, "golden-11.jsonl"), cases: 169, floor: { lint: 66, given: 107 } },
  // golden-12.jsonl, by a twelfth writer (golden-12.README.md), held out: first contact 58 lint / 97 given
  // (golden-12.first-contact.txt), scored at 1b956e5; 57 / 96 once the learned layer was retrained with set AA in its
  // bank (the rewriter re-lints its outputs, so the model moves rewrites too; golden-5 lost g5-156 the same way, 122 -> 121).
  // Spent by rw, which grouped its failures by phenomenon and fixed each as a mechanism or phrasebook data, pinned by rows of
  // our own (test/rewrites/README.md, "Round of phenomena from golden-12"): 58 / 97 at the round's start -> 76 / 125.
  // Lint 76 -> 79 merged with the 2026-12-01 detection pass (credential requests with a product between are found now).
  // Lint + fix-all can reach at most 109 while detection leaves 74 unfixed.
  { name: "golden-12", file: join(__dirname, "golden-12.jsonl"), cases: 183, floor: { lint: 79, given: 125 } },
];

describe("golden rewrites", () => {
  it("the reading checks reject what the issue names", () => {
    assert.deepEqual(readingProblems("Feel free to ping me.", "Feel free here on Upwork here on Upwork."), ["repeated phrase, verb after a preposition or unpaired bracket"]);
    assert.ok(readingProblems("More of my work is on my Instagram.", "More of my work is on message me here on Upwork.").length > 0);
    assert.ok(readingProblems("You can pay me by Wise.", "All payments go through Upwork").length > 0, "dropped full stop");
    assert.deepEqual(readingProblems("Feel free to ping me.", "Feel free to message me here on Upwork."), []);
    // (a preposition that ends a sentence is not before the next sentence's verb)
    assert.deepEqual(readingProblems("Want to talk it through? Ring me on 555-0100.", "Want to talk it through? Message me here on Upwork."), []);
    assert.ok(readingProblems("Want to talk it through? Ring me on 555-0100.", "Want to talk it through message me here on Upwork.").length > 0);
    // (nor is a clause's last word before the next clause: a phrasal verb's particle before a comma)
    assert.deepEqual(readingProblems("If you want to talk it through, ring me on 555-0100.", "If you want to talk it through, message me here on Upwork."), []);
    assert.ok(readingProblems("If you want to talk it through, ring me on 555-0100.", "If you want to talk it through message me here on Upwork.").length > 0);
  });

  for (const set of SETS) {
    it(`${set.name} has its writer's ${set.cases} cases, each with a span inside its text`, () => {
      const cases = loadGolden(set.file);
      assert.equal(cases.length, set.cases);
      for (const c of cases) assert.ok(c.before.includes(c.span), c.id);
    });

    it(`${set.name}, with the writer's finding given: at least ${set.floor.given}/${set.cases} rewrites are acceptable`, () => {
      const { acceptable } = scoreGolden("given", loadGolden(set.file));
      assert.ok(acceptable >= set.floor.given, `${acceptable}/${set.cases} acceptable`);
    });

    it(`${set.name}, through lint + fix-all: at least ${set.floor.lint}/${set.cases} outputs are acceptable`, () => {
      const { acceptable } = scoreGolden("lint", loadGolden(set.file));
      assert.ok(acceptable >= set.floor.lint, `${acceptable}/${set.cases} acceptable`);
    });
  }
});

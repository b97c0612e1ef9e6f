// Where a clause's meaning turns on its scope: promises to stay on Upwork written with contractions,
// requests that are refusals, and sentences that an editor wrapped across lines.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lint } from "../../server/src/engine";
import { sentencesOf } from "../../server/src/engine/classifier/detect";

const families = (text: string) => lint(text).findings.map((f) => f.family);

describe("compliance written with a contraction", () => {
  for (const text of [
    "We don't take payments anywhere but the milestone system here.",
    "I don't ask clients to pay outside the platform, ever.",
    "Please don't send me your Upwork password; add me as a team member instead.",
  ]) it(`is no violation: ${text}`, () => assert.deepEqual(families(text), []));

  for (const text of [
    "Don't stress about the fee, just pay me straight to my PayPal.",
    "Why don't you pay me directly by Wise and we both save?",
    "If you don't mind, send the payment by bank transfer instead of Upwork.",
  ]) it(`still a violation: ${text}`, () => assert.ok(families(text).includes("circumvention"), JSON.stringify(families(text))));
});

describe("sentences across soft-wrapped lines", () => {
  it("joins a long line that ends mid-sentence with the next line", () => {
    const text = "Just checking in about the bookkeeping role. I know month end is hectic for you, so I will keep\nthis short and send the sample report tomorrow.\n";
    const s = sentencesOf(text).map((x) => x.text);
    assert.ok(s.some((x) => x.startsWith("I know month end") && x.endsWith("tomorrow.")), JSON.stringify(s));
  });
  it("keeps list items, headings and short lines apart", () => {
    const text = "What I would handle for you each week across the store\n- product uploads\n## Rates\nShort line\nNext line here.\n";
    const s = sentencesOf(text).map((x) => x.text);
    assert.ok(s.includes("product uploads") && !s.some((x) => x.includes("\n- ")), JSON.stringify(s));
    assert.ok(!s.some((x) => x.includes("Short line\nNext")), JSON.stringify(s));
  });
});

describe("configuration reaches the learned layer", () => {
  it("an allowed domain clears its sentence for contact, rules and learned layer alike", () => {
    const text = "Feel free to email me at jane.doe@gmail.com anytime.\n";
    assert.deepEqual(families(text), ["contact"]);
    assert.deepEqual(lint(text, { allowedDomains: ["gmail.com"] }).findings.map((f) => f.ruleId), []);
  });
});

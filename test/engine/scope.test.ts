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

describe("a heading that is wholly a quotation is mentioned, not said", () => {
  const playbook = [
    "# Replies for common asks",
    "",
    '### "Could I just pay you through Zelle instead?"',
    "",
    "> I keep every payment on Upwork: milestones protect us both.",
    "",
    "## FAQ 3 — “Do you have Telegram? It is quicker.”",
    "",
    "I answer fast here, and the Upwork app notifies me on my phone.",
    "",
  ].join("\n");
  it("the question a playbook answers is not reported", () => assert.deepEqual(lint(playbook).findings.filter((f) => f.severity !== "information"), []));
  it("a heading that says it, or quotes only part of itself, still is", () => {
    assert.ok(families("## Pay me via Zelle: zelle.me/anna\n").includes("circumvention"));
    assert.ok(families('### Why "email me at jo@mail-demo.com" is a bad idea\n').includes("contact"));
  });
});

describe("a clause that forbids the act", () => {
  for (const text of ["Don't send me your number, just message me here on Upwork.", "Never offer discounts, extra files or free revisions for a review.", "My price doesn't depend on the review."]) {
    it(`is no violation: ${text}`, () => assert.deepEqual(lint(text).findings.filter((f) => f.severity !== "information"), []));
  }
  for (const text of ["Don't hesitate to email me at jo@mail-demo.com.", "Don't forget to leave 5 stars!", "Don't send me your email, just WhatsApp me at +1 415 555 0132."]) {
    it(`still a violation: ${text}`, () => assert.ok(lint(text).findings.some((f) => f.severity === "error"), text));
  }
});

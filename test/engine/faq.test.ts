// FAQ questions answered with a refusal are the client's questions, not the writer's offers
// (engine/faq.ts); an answer that does not refuse leaves the question's findings, and a contact
// detail written into a question is still given.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lint } from "../../server/src/engine";
import { insideRefusedFaqQuestion } from "../../server/src/engine/faq";

const rules = (text: string) => lint(text).findings.filter((f) => f.severity !== "information").map((f) => f.ruleId);

describe("FAQ questions answered with a refusal", () => {
  it("drops findings on a question whose answer refuses or keeps to Upwork", () => {
    assert.deepEqual(rules("## FAQ\n\n**Q2. Could we settle the invoices through Zelle instead?**\nA2. No, every invoice is paid through Upwork.\n"), []);
    assert.deepEqual(rules("Q: Can we jump on a quick Telegram chat first?\n\nA: We prefer Upwork messages until the contract starts.\n"), []);
    assert.deepEqual(rules("Question 4) Will you give a discount for a 5-star review?\nAnswer: Never. Reviews are never traded.\n"), []);
  });

  it("keeps findings when the answer agrees, or when there is no answer label", () => {
    assert.ok(rules("**Q1. Can I pay you via Zelle?**\nA1. Sure, whatever is easiest for you.\n").includes("circumvention/off-platform-payment"));
    assert.ok(rules("Can I pay you via Zelle?\nNo problem at all.\n").includes("circumvention/off-platform-payment"));
  });

  it("keeps a contact detail written into a refused question", () => {
    assert.ok(rules("Q: Can I just email you at dana.ko@gmail.com?\nA: No, please write here on Upwork.\n").includes("contact/email"));
  });

  it("reads only the question's own line", () => {
    const text = "Pay me on Zelle.\nQ1. Anything else?\nA1. No.\n";
    assert.equal(insideRefusedFaqQuestion(text, 0, 15), false);
    assert.equal(insideRefusedFaqQuestion(text, 17, 33), true);
  });
});

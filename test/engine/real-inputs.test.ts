// Small failing inputs from real material (issue 10, item 7), each alone in a template and
// paraphrased. Each pins a phenomenon, fixed in the rules' patterns or by the learned layer.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lint } from "../../server/src/engine";

const flagged = (text: string) => lint(text).findings.filter((f) => f.severity === "error" || f.severity === "warning");

const VIOLATIONS: [string, string, string][] = [
  ["an invitation to contact, with the detail elsewhere", "Feel free to email me or ring me on the number in my signature.", "contact"],
  ["paying the other party, not only being paid", "I'll send you 20 USD via PayPal instead.", "circumvention/off-platform-payment"],
  ["an escrow that is not Upwork's", "We'll use an independent escrow service instead, so you're paid no matter what.", "circumvention/off-platform-payment"],
  ["renting another freelancer's profile", "Let me bid from your profile; I'll pay you $800 a month.", "account"],
  ["a bad review threatened with a star sign", "Refund half or I'll leave a 1★ review.", "feedback"],
  ["tanking the freelancer's score", "Cut the price or I'll tank your JSS.", "feedback"],
  ["refusing people from a country", "Nice work, but I won't hire anyone from your country.", "conduct/discrimination"],
  ["a coercive threat to report to the police and employer", "Close the dispute or I'll report you to the police and your employer.", "conduct/harassment"],
];

describe("small failing inputs from real material", () => {
  for (const [what, text, expected] of VIOLATIONS) {
    it(`flags ${what}: "${text}"`, () => {
      const hits = flagged(text).filter((f) => f.ruleId === expected || f.family === expected);
      assert.ok(hits.length > 0, `expected ${expected}, got ${JSON.stringify(lint(text).findings.map((f) => f.ruleId))}`);
    });
  }

  it("blunt critique of work, not of a person, is not flagged", () => {
    assert.deepEqual(flagged("Your current logo looks amateurish, honestly, but the name is strong.").map((f) => f.ruleId), []);
  });

  it("neighbouring phrasings of the same phenomena are flagged too", () => {
    for (const [text, family] of [
      ["We can send you the money through Wise instead.", "circumvention"],
      ["Let's put the budget in a third-party escrow so neither of us depends on Upwork.", "circumvention"],
      ["I can work from your Upwork account and split what we earn.", "account"],
      ["Give me a discount or we'll ruin your rating.", "feedback"],
      ["Fix it today or I will contact your family.", "conduct"],
    ] as const) {
      assert.ok(flagged(text).some((f) => f.family === family), `${family}: ${text} -> ${JSON.stringify(lint(text).findings.map((f) => f.ruleId))}`);
    }
  });
});

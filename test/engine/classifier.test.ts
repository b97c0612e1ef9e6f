// The learned layer: features, the committed model, its gates, how its findings join the rules',
// and that training is deterministic.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { lint } from "../../server/src/engine";
import { clauseWindows } from "../../server/src/engine/classifier/clauses";
import { conceptFeatureKeys, conceptSequence } from "../../server/src/engine/classifier/concepts";
import { BUCKETS, featureWords, normalizeForFeatures, sentenceFeatures, wordsOf } from "../../server/src/engine/classifier/features";
import fc from "fast-check";
import { judgeable } from "../../server/src/engine/classifier/gates";
import { addressesReader, classifierFindings, sentenceModel, sentencesOf } from "../../server/src/engine/classifier/detect";
import { ruleForFamily } from "../../server/src/engine/classifier/rule-choice";
import { parseDocument } from "../../server/src/engine/markdown";
import { CONFIG, loadBank, predict, thresholdFor, train } from "../../scripts/train";

const learned = (text: string) => lint(text).findings.filter((f) => f.message.startsWith("Reads like"));

describe("features", () => {
  it("are stable bucket indices, word features first", () => {
    const a = sentenceFeatures("Pay me via PayPal, $800.");
    const b = sentenceFeatures("pay ME via paypal, $800.");
    assert.deepEqual([...a.indices], [...b.indices]);
    // 5 words: unigrams and bigrams, plus the closing bigram; "paypal" is a payment channel, so
    // also PAY, "via PAY" and "PAY $000" (concepts.ts).
    assert.equal(a.wordCount, 5 * 2 + 1 + 3);
    assert.ok([...a.indices].every((i) => i >= 0 && i < BUCKETS));
  });
  it("give a lexicon's members a shared class token, so one channel teaches the others", () => {
    assert.deepEqual(conceptSequence(["pay", "me", "on", "pay", "pal", "today"]).tokens, ["pay", "me", "on", "PAY", "today"]);
    assert.deepEqual(conceptFeatureKeys(["refund", "for", "0-star", "review"]), ["INCENTIVE", "<s> INCENTIVE", "INCENTIVE for", "REVIEW", "for REVIEW", "REVIEW REVIEW", "REVIEW", "REVIEW REVIEW", "REVIEW </s>", "INCENTIVE&REVIEW"]);
    assert.deepEqual(conceptFeatureKeys(["thanks", "for", "reading"]), []);
    // Two channels of one class share every concept feature.
    const keys = (s: string) => conceptFeatureKeys(s.split(" "));
    assert.deepEqual(keys("send it via venmo"), keys("send it via zelle"));
  });
  it("split words exactly as the reference pattern does, on the bank and on arbitrary text", () => {
    const reference = (t: string) => t.match(/[\p{L}\p{N}$@][\p{L}\p{N}'$@._-]*/gu)?.map((w) => w.replace(/[._'-]+$/, "")) ?? [];
    const dir = join(__dirname, "..", "..", "data", "sentences");
    for (const line of readdirSync(dir).filter((f) => f.endsWith(".jsonl")).flatMap((f) => readFileSync(join(dir, f), "utf8").split("\n").filter(Boolean))) {
      const text = (JSON.parse(line) as { text: string }).text;
      const norm = normalizeForFeatures(text);
      assert.deepEqual(wordsOf(norm), reference(norm), norm);
      assert.deepEqual(featureWords(text), reference(norm), text);
    }
    const unit = fc.constantFrom("a", "Z", "9", "1", "$", "@", "'", ".", "_", "-", " ", ",", "é", "ж", "٣", "😀", "𝐀", "\ud800", "\udc00", "’", "‘", "`", "İ", "Σ", "\u00a0", "\n");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }).map((a) => a.join("")), (t) => {
        assert.deepEqual(wordsOf(t), reference(t));
        assert.deepEqual(featureWords(t), reference(normalizeForFeatures(t)), "featureWords is wordsOf after normalizeForFeatures");
      }),
      { numRuns: 3000 },
    );
  });
  it("treat all digits alike, so prices and IDs generalize", () => {
    assert.deepEqual([...sentenceFeatures("I'll pay you $800").indices], [...sentenceFeatures("I'll pay you $350").indices]);
  });
});

describe("the committed model", () => {
  const weights = JSON.parse(readFileSync(join(__dirname, "../../server/src/engine/classifier/weights.json"), "utf8"));
  it("covers the six families with thresholds that only fire on confident scores", () => {
    assert.deepEqual(sentenceModel().families.map((f) => f.family), CONFIG.families);
    for (const f of sentenceModel().families) {
      assert.ok(f.warn >= CONFIG.minThreshold && f.warn <= 1.01, `${f.family} warn ${f.warn}`);
      assert.ok(f.error >= f.warn, `${f.family} error ${f.error} below warn ${f.warn}`);
    }
  });
  it("was trained on the bank as it is in the repo", () => {
    assert.equal(weights.trainedOn.sentences, loadBank().length, "the bank changed: run npm run train");
  });
  it("scores a plain violation high and a plain proposal sentence low", () => {
    const byFamily = (t: string) => Object.fromEntries(sentenceModel().score(t).map((s) => [s.family, s.probability]));
    assert.ok(byFamily("Please pay me through PayPal so we both skip the Upwork fee.").circumvention! > 0.9);
    assert.ok(byFamily("I have built twelve Shopify stores for fashion brands.").circumvention! < 0.1);
  });
  it("explains a score by the words that weighed most", () => {
    const words = sentenceModel().topWords("Send the money to my PayPal instead of Upwork.", "circumvention");
    assert.ok(words.length > 0 && words.length <= 3);
    assert.ok(words.some((w) => ["paypal", "instead", "money", "upwork"].includes(w)), words.join(","));
  });
});

describe("clause windows", () => {
  it("split a long sentence at clause punctuation and at conjunctions that start a clause, never returning the whole", () => {
    const text = "Phase one of the sync is live and the numbers match, and you clearly can't read the reports I send.";
    const windows = clauseWindows(text).map((w) => w.text);
    assert.ok(windows.includes("and you clearly can't read the reports I send."), windows.join(" | "));
    assert.ok(!windows.includes(text));
    assert.ok(windows.every((w) => text.includes(w)));
  });
  it("leave short sentences whole, keep 'back and forth' together, and judge a condition only with its main clause", () => {
    assert.deepEqual(clauseWindows("Pay me on Wise, it is quicker."), []);
    const windows = clauseWindows("If you'd rather not go back and forth in proposals, you can book a slot on my site today.").map((w) => w.text);
    assert.ok(!windows.some((w) => w.startsWith("If you'd rather not go back") && !w.includes("book")), windows.join(" | "));
  });
  it("find a violation buried after an innocent clause, as a probable finding on the clause", () => {
    // (The earlier example, "but you people never read anything", is now a rule's: a sweeping charge after "you people".)
    const text = "The invoice went out yesterday, and by the way you clearly have no clue what you're doing.\n";
    const found = lint(text).findings.filter((f) => f.family === "conduct");
    assert.equal(found.length, 1, JSON.stringify(lint(text).findings));
    assert.equal(text.slice(found[0]!.start, found[0]!.end), "and by the way you clearly have no clue what you're doing.");
    assert.equal(found[0]!.severity, "warning", "a clause read alone is probable, not sure");
    assert.equal(sentenceModel().score(text.trim()).find((s) => s.family === "conduct")!.probability < sentenceModel().families.find((f) => f.family === "conduct")!.warn, true, "the whole sentence alone would not be flagged");
  });
});

describe("gates", () => {
  it("skip headings, sign-offs and citations", () => {
    assert.equal(judgeable("Let's talk", "contact"), false);
    assert.equal(judgeable("2003;113(2):211-227", "contact"), false);
  });
  it("skip promises to stay on Upwork (negation and compliance scope)", () => {
    assert.equal(judgeable("I never ask clients to pay outside the platform.", "circumvention"), false);
    assert.equal(learned("I never ask to be paid outside Upwork.").length, 0);
  });
  it("skip a list of three or more refusals, but judge two as a condition ('no stars, no files')", () => {
    assert.equal(judgeable("No Venmo, no Zelle, no crypto: every payment goes through Upwork.", "circumvention"), false);
    assert.equal(judgeable("No five stars, no source files for you.", "feedback"), true);
  });
  it("judge payment through Upwork only when a way off it is named", () => {
    assert.equal(judgeable("I can give you 10% off when you pay through Upwork instead.", "circumvention"), false);
    assert.equal(judgeable("You can pay me through Upwork instead of PayPal.", "circumvention"), false);
    assert.equal(judgeable("You can pay through Upwork or directly to my PayPal to skip the fee.", "circumvention"), true);
  });
  it("read a sentence's quotations as mentioned for conduct: a quoted customer is not the writer", () => {
    assert.equal(learned('Last month a customer wrote "you people are thieves and idiots, refund me NOW" and I calmed things down.').filter((f) => f.family === "conduct").length, 0);
  });
  it("skip words in quotation marks for conduct: they are mentioned, not used", () => {
    assert.equal(judgeable('"you\'re an idiot, uninstall" | insult |', "conduct"), false);
    assert.equal(judgeable('You called my client "a total idiot" in the thread yesterday, which is unacceptable.', "conduct"), true);
  });
  it("skip cue words used in an innocent sense", () => {
    assert.equal(judgeable("Which email platform does your team use today?", "contact"), false);
    assert.equal(judgeable("I'll revise the layout after the feedback round on Friday.", "feedback"), false);
    assert.equal(judgeable("Clients from every country are welcome and I enjoy the variety.", "conduct"), false);
    assert.equal(judgeable("I won't work with clients from your country.", "conduct"), true);
  });
});

describe("joined with the rules", () => {
  // A contact invitation no rule matches (the rules now catch "the number in my signature").
  const invitation = "Tell me where I can reach you outside this site and I'll explain the plan.";
  it("adds a finding the rules missed, with the family's rule and the words that weighed most", () => {
    const [f] = learned(invitation);
    assert.ok(f, "no learned finding");
    assert.equal(f.family, "contact");
    assert.match(f.message, /Words that weighed most: "/);
    assert.ok(f.severity === "warning" || f.severity === "error");
    assert.equal(invitation.slice(f.start, f.end), invitation.slice(0, -1) + ".");
  });
  it("keeps front-matter exceptions: contact is allowed for enterprise clients", () => {
    assert.equal(learned(`---\nclientType: enterprise\n---\n${invitation}\n`).length, 0);
    assert.equal(learned(`${invitation} We are an enterprise team.\n`).length, 1); // the body saying "enterprise" is no exception
  });
  it("respects a rule turned off", () => {
    const ruleId = learned(invitation)[0]!.ruleId;
    assert.equal(lint(invitation, { rules: { [ruleId]: "off" } }).findings.filter((f) => f.ruleId === ruleId).length, 0);
  });
  it("does not repeat what a rule already flagged in the sentence", () => {
    const text = "Pay me via PayPal to skip the Upwork fee.";
    const circumvention = lint(text).findings.filter((f) => f.family === "circumvention");
    assert.equal(circumvention.length, 1);
    assert.ok(!circumvention[0]!.message.startsWith("Reads like"));
  });
  it("reports one violation once: the sentence after a flagged one is not flagged again for it", () => {
    const doc = parseDocument("You can pay me via PayPal instead of Upwork. That way no fee is taken from either of us and it is cheaper for you.\n");
    const rules = lint(doc.source).findings.filter((f) => !f.message.startsWith("Reads like"));
    assert.ok(rules.some((f) => f.family === "circumvention"));
    const extra = classifierFindings(doc.prose, rules, { skipFamilies: new Set(), rules: undefined }).filter((f) => f.family === "circumvention");
    assert.deepEqual(extra, []);
  });
  it("judges a sentence that speaks to the reader on its own, even right after a flagged one", () => {
    const text = "My sketches are all on instagram.com/lena.draws.studio. Drop me a DM over there and we'll sort out the details.\n";
    const contact = lint(text).findings.filter((f) => f.family === "contact");
    assert.equal(contact.length, 2, JSON.stringify(contact.map((f) => text.slice(f.start, f.end))));
    assert.match(text.slice(contact[1]!.start, contact[1]!.end), /Drop me a DM/);
    assert.ok(addressesReader("Could you please change it to five stars?") && addressesReader("Send me the files first."));
    assert.ok(!addressesReader("That way no fee is taken from either of us and it is cheaper for you."));
  });
  it("reads list items as statements of their own: a checklist's next item is judged apart from the one before", () => {
    const text = "Onboarding steps:\n\n- [ ] Share your Facebook username and password with us so we can post for you\n- [ ] Our assistant will sign in from your profile to reply to comments\n";
    const account = lint(text).findings.filter((f) => f.family === "account");
    assert.equal(account.length, 2, JSON.stringify(account.map((f) => text.slice(f.start, f.end))));
    assert.match(text.slice(account[1]!.start, account[1]!.end), /sign in from your profile/);
  });
  it("splits prose into sentences at sentence ends and line breaks", () => {
    assert.deepEqual(sentencesOf("- First item is here.\n- Second one, too! Third sentence?").map((s) => s.text), ["First item is here.", "Second one, too!", "Third sentence?"]);
  });
  it("names the rule by cue words", () => {
    assert.equal(ruleForFamily("circumvention", "Let's keep working together privately after this."), "circumvention/off-platform-work");
    assert.equal(ruleForFamily("circumvention", "Send the rest through Wise."), "circumvention/off-platform-payment");
    assert.equal(ruleForFamily("contact", "Add me on Telegram."), "contact/messaging");
    assert.equal(ruleForFamily("conduct", "I don't hire people from your country."), "conduct/discrimination");
    assert.equal(ruleForFamily("account", "Send me your password."), "account/client-login");
  });
});

describe("training", () => {
  it("is deterministic: the same bank and config give the same weights", () => {
    const bank = loadBank().filter((_, i) => i % 20 === 0);
    const cfg = { ...CONFIG, epochs: 2 };
    const a = train(bank, cfg);
    const b = train(bank, cfg);
    assert.deepEqual([...a.bias], [...b.bias]);
    assert.ok(a.weights.every((w, i) => w === b.weights[i]));
    assert.deepEqual(predict(a, bank.slice(0, 5), cfg).map((p) => [...p]), predict(b, bank.slice(0, 5), cfg).map((p) => [...p]));
  });
  it("calibrates the lowest threshold that keeps precision, counting false positives as weighted", () => {
    const scores = [0.99, 0.98, 0.97, 0.96, 0.95, 0.94, 0.93, 0.92, 0.91, 0.9, 0.8, 0.7];
    const positive = [true, true, true, true, true, true, true, true, true, true, false, true];
    assert.equal(thresholdFor(scores, positive, 0.95, 0.5), 0.9);
    assert.equal(thresholdFor(scores, positive, 0.9, 0.5), 0.7);
    assert.equal(thresholdFor(scores, positive, 0.95, 0.5, 4), 0.9);
    assert.equal(thresholdFor(scores, positive.map(() => false), 0.95, 0.5), 1.01);
  });
});

// The learned layer's fast scoring (per-word cached weight rows, bigram buckets hashed without
// building strings) gives bit-identical probabilities to scoring the full feature list that
// training uses, on every sentence of the bank and on edge cases.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { bigramBucket, charGramCount, normalizeForFeatures, sentenceFeatures, wordsOf } from "../../server/src/engine/classifier/features";
import { sentenceModel } from "../../server/src/engine/classifier/detect";

const BANK = join(__dirname, "..", "..", "data", "sentences");
const bank = readdirSync(BANK)
  .filter((f) => f.endsWith(".jsonl"))
  .sort()
  .flatMap((f) => readFileSync(join(BANK, f), "utf8").split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text));

const EDGE_CASES = [
  "", "   ", "!!!", "a", "Pay me via PayPal, $800.", "pay ME via paypal, $800.", "Ｐａｙ ｍｅ ｖｉａ ＰａｙＰａｌ",
  "email me at jane.doe@gmail.com or +1 (415) 555-0132", "😀 emoji 😀 only 😀", "İstanbul'da ödeme: Papara ile",
  "word ".repeat(400), "x".repeat(2000), "don't-stop ... the_end__ -- 'quoted' “curly” ‘single’",
];

describe("fast sentence scoring", () => {
  const model = sentenceModel();
  it("is bit-identical to scoring the full feature list, on every bank sentence and edge case", () => {
    assert.ok(bank.length > 1000);
    let compared = 0;
    for (const text of [...bank, ...EDGE_CASES]) {
      const fast = model.score(text);
      const reference = model.scoreFeatures(sentenceFeatures(text));
      assert.equal(fast.length, reference.length);
      for (let k = 0; k < fast.length; k++) {
        assert.equal(fast[k]!.family, reference[k]!.family);
        assert.ok(Object.is(fast[k]!.probability, reference[k]!.probability), `${JSON.stringify(text)} ${fast[k]!.family}: ${fast[k]!.probability} vs ${reference[k]!.probability}`);
      }
      compared++;
    }
    // Scored twice: the cached word rows give the same result as the first, uncached pass.
    for (const text of bank.slice(0, 500)) assert.deepEqual(model.score(text), model.scoreFeatures(sentenceFeatures(text)));
    assert.equal(compared, bank.length + EDGE_CASES.length);
  });

  it("hashes bigrams and counts character grams as sentenceFeatures does", () => {
    for (const text of [...bank.slice(0, 300), ...EDGE_CASES]) {
      const words = wordsOf(normalizeForFeatures(text));
      const f = sentenceFeatures(text);
      if (words.length === 0) {
        assert.equal(f.indices.length, 0);
        continue;
      }
      let prev = "<s>";
      words.forEach((w, i) => {
        assert.equal(bigramBucket(prev, w), f.indices[2 * i + 1]);
        prev = w;
      });
      assert.equal(bigramBucket(prev, "</s>"), f.indices[2 * words.length]);
      assert.equal(f.indices.length - f.wordCount, words.reduce((n, w) => n + charGramCount(w), 0));
    }
  });
});

describe("rule choice by cue words", () => {
  it("names the same rule as running every cue pattern, on every bank sentence and family", async () => {
    const { ruleForFamily } = await import("../../server/src/engine/classifier/rule-choice");
    const { lexiconRe } = await import("../../server/src/engine/lexicons");
    const cues = JSON.parse(readFileSync(join(__dirname, "..", "..", "server", "src", "engine", "lexicons", "rule-cues.json"), "utf8")) as Record<string, Record<string, string[]> | string>;
    // The reference: every cue's pattern run, most hits wins, the first listed on a tie.
    const reference = (family: string, sentence: string) => {
      let best: { rule: string; hits: number } | undefined;
      for (const [rule, terms] of Object.entries(cues[family] as Record<string, string[]>)) {
        const hits = terms.filter((t) => lexiconRe([t]).test(sentence)).length;
        if (!best || hits > best.hits) best = { rule, hits };
      }
      return best?.rule ?? `${family}/unknown`;
    };
    const families = Object.keys(cues).filter((f) => f !== "description");
    assert.ok(families.length >= 2);
    const extra = ["My ſhared account", "Our TEAM uses this account", "LOG IN with your passwoRd", "Another accounT backup", "The K team shares"];
    for (const text of [...bank, ...extra]) for (const family of families) assert.equal(ruleForFamily(family as never, text), reference(family, text), `${family}: ${text}`);
  });
});

// The learned layer keeps each text's scores (classifier/detect.ts scoreOf), so re-linting an edited
// document scores only the sentences that changed: the kept scores are the model's own, a re-lint
// finds exactly what the first lint found, and a kept score does not keep its document alive.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { describe, it } from "node:test";
import { lint } from "../../server/src/engine";
import { scoreOf, sentenceModel } from "../../server/src/engine/classifier/detect";

const ROOT = join(__dirname, "..", "..");
const bank = readdirSync(join(ROOT, "data", "sentences"))
  .filter((f) => f.endsWith(".jsonl"))
  .sort()
  .flatMap((f) => readFileSync(join(ROOT, "data", "sentences", f), "utf8").split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text));

describe("kept sentence scores", () => {
  it("are the model's scores, the first time and every time after", () => {
    const model = sentenceModel();
    for (const text of bank.slice(0, 2000)) assert.deepEqual(scoreOf(text), model.score(text), text);
    for (const text of bank.slice(0, 2000)) assert.deepEqual(scoreOf(text), model.score(text), text);
  });

  it("give a re-lint, and a lint after an edit, the findings of a first lint", () => {
    const dir = join(ROOT, "test", "corpus", "independent", "cases");
    const texts = readdirSync(dir).filter((f) => f.endsWith(".md")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
    const key = (text: string) => JSON.stringify(lint(text).findings.map((f) => [f.ruleId, f.start, f.end, f.severity, f.message]));
    // Each template with a never-seen word in every sentence, so its first lint scores everything anew.
    let salt = 0;
    const fresh = (t: string) => t.replace(/\. /g, () => ` zq${(salt++).toString(36)}. `);
    let findings = 0;
    for (const text of texts) {
      const edited = fresh(text);
      const first = key(edited);
      assert.equal(key(edited), first, "a re-lint");
      findings += JSON.parse(first).length;
    }
    assert.ok(texts.length > 20 && findings > 20, `${texts.length} templates, ${findings} findings`);
  });

  it("do not keep the linted document alive", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const sentences = bank.slice(0, 400).join(" ");
    // A large document with an unseen word in every sentence: each of its sentences gets a kept score.
    const lintPartOfNew = (tag: string) => {
      // The sentences are slices of the document's prose text (2.5 MB), as the engine cuts them.
      lint(`${sentences.replace(/\. /g, `. ${tag} `)}\n\n${"lorem ipsum dolor sit amet\n".repeat(90_000)}`);
    };
    lintPartOfNew("zqfirst"); // the engine's own tables, built once
    gc();
    const before = process.memoryUsage().heapUsed;
    lintPartOfNew("zqsecond");
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    assert.ok(grown < 1_500_000, `the heap grew ${(grown / 1e6).toFixed(1)} MB after a 2.5 MB document was linted and dropped`);
  });
});

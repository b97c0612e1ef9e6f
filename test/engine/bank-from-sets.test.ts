// The sentence bank's lines taken from the spent template sets (scripts/import-sets.ts): held-out
// sets never enter it, and each positive carries its family and, when narrower, its span.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { HELD_OUT_DEFAULT, setSentences } from "../../scripts/import-sets";

const ROOT = join(__dirname, "..", "..");
const BANK_FILE = join(ROOT, "data", "sentences", "labeled-sets.jsonl");
const lines = readFileSync(BANK_FILE, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { text: string; labels: string[]; kind: string; writer: string; span?: string });

describe("bank lines from the spent sets", () => {
  it("hold no sentence of a held-out set", () => {
    const held = new Set(HELD_OUT_DEFAULT.map((n) => `set-${n.replace(/^independent-?/, "")}`));
    assert.deepEqual(lines.filter((l) => held.has(l.writer)), []);
    for (const name of HELD_OUT_DEFAULT) {
      const heldTexts = new Set(setSentences(join(ROOT, "test", "corpus", name), "x").map((r) => r.text as string));
      const leaked = lines.filter((l) => heldTexts.has(l.text) && l.text.split(" ").length > 8);
      assert.deepEqual(leaked.map((l) => l.text), [], `${name} sentences found in the bank`);
    }
  });
  it("label a sentence with the family of the span it holds, keeping a narrower span", () => {
    const rows = setSentences(join(ROOT, "test", "corpus", "independent-a"), "set-a");
    const positives = rows.filter((r) => r.kind === "pos");
    assert.ok(positives.length > 20, `only ${positives.length} positives`);
    for (const r of positives) {
      assert.ok((r.labels as string[]).length >= 1);
      if (r.span) assert.ok((r.text as string).includes(r.span as string), `${r.span} not in ${r.text}`);
    }
    assert.ok(rows.some((r) => r.kind === "hard-neg") && rows.some((r) => r.kind === "neg"));
  });
});

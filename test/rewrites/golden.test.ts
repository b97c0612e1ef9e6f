// The independent golden rewrites (golden.jsonl, written without seeing the code; see
// GOLDEN-README.md): the share of acceptable outputs may not fall below what the rewriter reached.
// `node --import tsx test/rewrites/golden-score.ts [--given]` lists the cases that fail.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { join } from "node:path";
import { loadGolden, readingProblems, scoreGolden } from "./golden-score";

// Floors at the measured scores (acceptable cases out of 182), raised as the rewriter improves.
// A rewrite that the learned layer still reads as the violation gives way to a fuller one (rewrite/verify.ts):
// that made fix-all leave no learned warning on the development corpus, and cost g134 (a bare reward
// kept, which golden-2 rejects; the model reads "I'll give you a free revision." as an incentive).
const FLOOR = { lint: 118, given: 175 };
// The second set (golden-2.jsonl, 170 cases by another writer; see golden-2.README.md), scored with
// `--set golden-2.jsonl`: first contact 48 lint / 92 given.
const FLOOR_2 = { lint: 82, given: 149 };
const GOLDEN_2 = join(__dirname, "golden-2.jsonl");
// The third set (golden-3.jsonl, 172 cases by a third writer; see golden-3.README.md), scored with
// `--set golden-3.jsonl`: first contact 33.1% given; 38 lint / 62 given before issue-11 round 5.
const FLOOR_3 = { lint: 67, given: 110 };
const GOLDEN_3 = join(__dirname, "golden-3.jsonl");

describe("golden rewrites", () => {
  it("has the writer's 182 cases, each with a span inside its text", () => {
    const cases = loadGolden();
    assert.equal(cases.length, 182);
    for (const c of cases) assert.ok(c.before.includes(c.span), c.id);
  });

  it("the reading checks reject what the issue names", () => {
    assert.deepEqual(readingProblems("Feel free to ping me.", "Feel free here on Upwork here on Upwork."), ["repeated phrase, verb after a preposition or unpaired bracket"]);
    assert.ok(readingProblems("More of my work is on my Instagram.", "More of my work is on message me here on Upwork.").length > 0);
    assert.ok(readingProblems("You can pay me by Wise.", "All payments go through Upwork").length > 0, "dropped full stop");
    assert.deepEqual(readingProblems("Feel free to ping me.", "Feel free to message me here on Upwork."), []);
  });

  it(`with the writer's finding given, at least ${FLOOR.given}/182 rewrites are acceptable`, () => {
    const { acceptable } = scoreGolden("given");
    assert.ok(acceptable >= FLOOR.given, `${acceptable}/182 acceptable`);
  });

  it(`through lint + fix-all, at least ${FLOOR.lint}/182 outputs are acceptable`, () => {
    const { acceptable } = scoreGolden("lint");
    assert.ok(acceptable >= FLOOR.lint, `${acceptable}/182 acceptable`);
  });

  it("golden-2 has its writer's 170 cases, each with a span inside its text", () => {
    const cases = loadGolden(GOLDEN_2);
    assert.equal(cases.length, 170);
    for (const c of cases) assert.ok(c.before.includes(c.span), c.id);
  });

  it(`golden-2, with the writer's finding given: at least ${FLOOR_2.given}/170 rewrites are acceptable`, () => {
    const { acceptable } = scoreGolden("given", loadGolden(GOLDEN_2));
    assert.ok(acceptable >= FLOOR_2.given, `${acceptable}/170 acceptable`);
  });

  it(`golden-2, through lint + fix-all: at least ${FLOOR_2.lint}/170 outputs are acceptable`, () => {
    const { acceptable } = scoreGolden("lint", loadGolden(GOLDEN_2));
    assert.ok(acceptable >= FLOOR_2.lint, `${acceptable}/170 acceptable`);
  });

  it("golden-3 has its writer's 172 cases, each with a span inside its text", () => {
    const cases = loadGolden(GOLDEN_3);
    assert.equal(cases.length, 172);
    for (const c of cases) assert.ok(c.before.includes(c.span), c.id);
  });

  it(`golden-3, with the writer's finding given: at least ${FLOOR_3.given}/172 rewrites are acceptable`, () => {
    const { acceptable } = scoreGolden("given", loadGolden(GOLDEN_3));
    assert.ok(acceptable >= FLOOR_3.given, `${acceptable}/172 acceptable`);
  });

  it(`golden-3, through lint + fix-all: at least ${FLOOR_3.lint}/172 outputs are acceptable`, () => {
    const { acceptable } = scoreGolden("lint", loadGolden(GOLDEN_3));
    assert.ok(acceptable >= FLOOR_3.lint, `${acceptable}/172 acceptable`);
  });
});

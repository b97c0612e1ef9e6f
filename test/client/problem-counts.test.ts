// The status bar and the library view count what the Problems panel lists (errors, warnings,
// infos; never hints) and show the worst severity's icon.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countProblems, countsLabel, statusText, worstIcon } from "../../client/src/problem-counts";

describe("problem counts", () => {
  it("shows the error icon when every problem is an error (not the warning icon)", () => {
    const c = countProblems([1, 1]);
    assert.equal(statusText(c), "Proposal Lint: $(error) 2");
    assert.equal(worstIcon(c), "error");
  });

  it("counts as the Problems panel does: hints are left out, infos are in", () => {
    const c = countProblems([1, 2, 3, 4, 4]);
    assert.deepEqual(c, { errors: 1, warnings: 1, infos: 1 });
    assert.equal(statusText(c), "Proposal Lint: $(error) 1 $(warning) 1 $(info) 1");
    assert.equal(countsLabel(c), "1 error, 1 warning, 1 info");
  });

  it("reads the engine's severity names too (the library view's data)", () => {
    const c = countProblems(["error", "error", "hint", "warning"]);
    assert.equal(countsLabel(c), "2 errors, 1 warning");
    assert.equal(worstIcon(countProblems(["warning", "information"])), "warning");
  });

  it("says so when only hints are left", () => {
    const c = countProblems([4, "hint"]);
    assert.equal(statusText(c), "$(pass) Proposal Lint");
    assert.equal(countsLabel(c), "no problems");
    assert.equal(worstIcon(c), "pass");
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CrashPolicy } from "../../client/src/crash-policy";

describe("server crash policy", () => {
  it("restarts three times within three minutes, then stops (a crash loop)", () => {
    const p = new CrashPolicy(3, 180_000);
    assert.deepEqual([0, 1000, 2000].map((t) => p.onCrash(t).restart), [true, true, true]);
    assert.deepEqual(p.onCrash(3000), { restart: false, recent: 4 });
  });
  it("forgets crashes older than the window", () => {
    const p = new CrashPolicy(3, 180_000);
    for (const t of [0, 1000, 2000]) p.onCrash(t);
    assert.deepEqual(p.onCrash(200_000), { restart: true, recent: 1 });
  });
});

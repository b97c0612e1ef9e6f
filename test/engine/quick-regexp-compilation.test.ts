// A process's first lints may run with V8's RegExp optimizations off (regexp-tuning.ts
// `withQuickRegExpCompilation`): the findings must be exactly those of a process that compiled its
// patterns fully optimized, and the flag must be back on afterwards.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";
import { QUICK_COMPILATION_TEXT_LIMIT } from "../../server/src/regexp-tuning";
import { WARM_UP_LETTER } from "../../server/src/lsp/warm-up";

const ROOT = join(__dirname, "..", "..");
const CASES = join(ROOT, "test", "corpus", "independent-z", "cases");

/** The findings of every short case of set Z, linted in a fresh process, quick or not (JSON). */
function findingsInFreshProcess(quick: boolean): string {
  const script = `
    const { readFileSync } = require("node:fs");
    const { join } = require("node:path");
    const tuning = require(${JSON.stringify(join(ROOT, "server", "src", "regexp-tuning"))});
    tuning.tuneRegExpCompilation();
    const { lint } = require(${JSON.stringify(join(ROOT, "server", "src", "engine"))});
    const files = JSON.parse(process.env.FILES);
    const out = files.map((f) => {
      const text = readFileSync(join(${JSON.stringify(CASES)}, f), "utf8");
      const run = () => lint(text).findings.map((x) => [x.ruleId, x.start, x.end, x.message]);
      return ${quick} ? tuning.withQuickRegExpCompilation(run) : run();
    });
    process.stdout.write(JSON.stringify(out));`;
  const files = readdirSync(CASES).filter((f) => f.endsWith(".md")).sort();
  const r = spawnSync(process.execPath, ["--import", "tsx", "-e", script], { env: { ...process.env, FILES: JSON.stringify(files) }, encoding: "utf8", maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

it("lints with quick RegExp compilation find exactly what optimized ones find", () => {
  const quick = findingsInFreshProcess(true);
  assert.ok(quick.length > 1000);
  assert.equal(quick, findingsInFreshProcess(false));
});

it("the warm-up letter is short enough for quick compilation", () => {
  assert.ok(WARM_UP_LETTER.length < QUICK_COMPILATION_TEXT_LIMIT);
});

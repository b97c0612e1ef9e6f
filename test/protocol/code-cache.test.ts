// The server's entry loads its bundle with V8's code cache on disk where Node has no compile cache of
// its own (code-cache.ts): the module runs as `require` would run it, the cache is written once,
// accepted by the next start (so not written again), and never kept in a directory others may write.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, it } from "node:test";

const LOADER = join(__dirname, "..", "..", "server", "src", "code-cache");
const work = mkdtempSync(join(tmpdir(), "pl-code-cache-"));
after(() => rmSync(work, { recursive: true, force: true }));

const bundle = join(work, "bundle.js");
writeFileSync(bundle, `const { basename } = require("node:path");\nexports.answer = [basename(__filename), basename(__dirname) === ${JSON.stringify(join(work).split("/").pop())}, typeof module.exports, require.resolve("./bundle.js") === __filename].join(",");\n`);

function load(cacheDir: string): string {
  const script = `const { requireWithCodeCache } = require(${JSON.stringify(LOADER)}); process.stdout.write(requireWithCodeCache(${JSON.stringify(bundle)}).answer);`;
  const r = spawnSync(process.execPath, ["--import", "tsx", "-e", script], { env: { ...process.env, PROPOSAL_LINT_CODE_CACHE: cacheDir }, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

it("runs the module as require would, writes its cache once and reuses it", () => {
  const dir = join(work, "cache");
  assert.equal(load(dir), "bundle.js,true,object,true");
  const files = readdirSync(dir);
  assert.equal(files.length, 1, files.join(", "));
  assert.match(files[0]!, /^bundle\.js-v\d+.*\.v8$/);
  const written = statSync(join(dir, files[0]!)).mtimeMs;
  assert.equal(load(dir), "bundle.js,true,object,true");
  assert.deepEqual(readdirSync(dir), files);
  assert.equal(statSync(join(dir, files[0]!)).mtimeMs, written, "an accepted cache is not written again");
});

it("keeps no cache in a directory that others may write", () => {
  const dir = join(work, "shared");
  mkdirSync(dir);
  chmodSync(dir, 0o777);
  assert.equal(load(dir), "bundle.js,true,object,true");
  assert.deepEqual(readdirSync(dir), []);
});

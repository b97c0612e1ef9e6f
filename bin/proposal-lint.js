#!/usr/bin/env node
// The CLI's entry point: runs the bundled CLI (built by `npm run build`, and before `npm pack`).
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const bundle = join(__dirname, "..", "dist", "cli.js");
if (!existsSync(bundle)) {
  process.stderr.write(`proposal-lint: ${bundle} is missing: run "npm run build" in ${join(__dirname, "..")} first\n`);
  process.exit(2);
}
// Node 22.1+ keeps the V8 code of modules loaded after this call on disk, so a later run skips
// parsing and compiling the 1.6 MB bundle (server/src/boot.ts does the same for the server); a no-op on older Node.
require("node:module").enableCompileCache?.();
const { runSafely } = require(bundle);
process.exitCode = runSafely(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: process.stderr.isTTY === true,
});

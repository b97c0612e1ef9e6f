#!/usr/bin/env node
// The CLI's entry point: runs the bundled CLI (built by `npm run build`, and before `npm pack`).
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const bundle = join(__dirname, "..", "dist", "cli.js");
if (!existsSync(bundle)) {
  process.stderr.write(`proposal-lint: ${bundle} is missing: run "npm run build" in ${join(__dirname, "..")} first\n`);
  process.exit(2);
}
// dist/cli-boot.js loads the bundle with V8's code cache kept on disk (Node's compile cache from
// Node 22.1, server/src/code-cache.ts before), so a later run skips parsing and compiling the 1.6 MB
// bundle (server/src/boot.ts does the same for the server).
const boot = join(__dirname, "..", "dist", "cli-boot.js");
const { runSafely } = require(existsSync(boot) ? boot : bundle);
process.exitCode = runSafely(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: process.stderr.isTTY === true,
});

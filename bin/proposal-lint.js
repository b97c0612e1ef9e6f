#!/usr/bin/env node
// The CLI's entry point: runs the bundled CLI (built by `npm run build`, and before `npm pack`).
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const bundle = join(__dirname, "..", "dist", "cli.js");
if (!existsSync(bundle)) {
  process.stderr.write(`proposal-lint: ${bundle} is missing: run "npm run build" in ${join(__dirname, "..")} first\n`);
  process.exit(2);
}
const { runSafely } = require(bundle);
process.exitCode = runSafely(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: process.stderr.isTTY === true,
});

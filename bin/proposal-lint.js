#!/usr/bin/env node
// The CLI's entry point: runs the bundled CLI (built by `npm run build`).
const { run } = require("../dist/cli.js");
process.exitCode = run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: process.stderr.isTTY === true,
});

// Entry module of the integration suite, the kind @vscode/test-electron and our code-server harness
// load in the extension host: runs every *.test.js beside it with mocha.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

// Runs the suite; rejects when any test fails (the host then exits with code 1).
export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 30_000,
    slow: 5_000,
    grep: process.env.MOCHA_GREP,
  });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  // Markers let the code-server harness tell the suite's lines from the workbench's log.
  console.log('[proposal-lint suite] start');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      console.log(`[proposal-lint suite] end: ${failures} failure(s)`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}

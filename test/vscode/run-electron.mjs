// Runs the integration suite through @vscode/test-electron in desktop VS Code: the given one
// (VSCODE_EXECUTABLE=/path/to/code), or one it downloads (VSCODE_VERSION, default "stable"; needs
// access to VS Code's download site, which these CI machines do not have: they use
// test/e2e/run-suite-in-code-server.mjs instead). Build the extension first (`npm run build`).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { cleanupAll, copyFixture, makeRunDir, quietUserSettings, repoRoot } from '../e2e/code-server.mjs';
import { buildSuite } from './build.mjs';

async function main() {
  if (!existsSync(path.join(repoRoot, 'dist/client.js'))) throw new Error('dist/client.js is missing: run `npm run build` first');
  const extensionTestsPath = await buildSuite();
  const runDir = makeRunDir('electron');
  const workspace = copyFixture('workspace', runDir);
  const userDataDir = path.join(runDir, 'user-data');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify(quietUserSettings, null, 2));
  await runTests({
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    version: process.env.VSCODE_VERSION || undefined,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir', userDataDir,
      '--extensions-dir', path.join(runDir, 'extensions'),
    ],
  });
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  console.error(`[e2e] electron suite failed: ${error?.message ?? error}`);
  exitCode = 1;
} finally {
  await cleanupAll();
}
process.exit(exitCode);

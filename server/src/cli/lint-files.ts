// Lints a set of template files with the same engine and config as the server: each file on its
// own, then the library pass across all of them (near-duplicates, shared openings, styles). Large
// libraries are linted on worker threads too (see lint-pool.ts); the output order is the files' order.

import { writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fixAll, lint, lintDocument, LineIndex, mergeConfigs, parseDocument, type DuplicateClusterInfo, type Finding, type InputProblem, type ProposalLintConfig } from "../engine";
import { suppressionFilter } from "../engine/directives";
import { libraryEntryOf, lintLibraryEntries, type LibraryEntry } from "../engine/library/lint-library";
import { lintInPool, poolSize, type FileTask } from "./lint-pool";
import { findConfigFile, loadConfigFile, type LoadedConfig } from "../fs/config-files";
import { readTemplate } from "../fs/read-template";
import { toFileReport, type FileReport } from "./report";

export interface LintFilesOptions {
  cwd: string;
  fix: boolean;
  maxBytes: number;
  configPath?: string;
  stderr: (s: string) => void;
  /** Called after each file, for a progress bar. */
  progress?: (done: number, total: number) => void;
  /** Worker threads besides the main one (default: one per spare core for 300 files or more, none with --fix). */
  workers?: number;
}

export interface LintFilesResult {
  reports: FileReport[];
  clusters: DuplicateClusterInfo[];
  /** An I/O or config error happened (exit 2), though the other files were linted. */
  failed: boolean;
}

/** Resolves each file's config: the explicit one, or the nearest config file above it, loaded once. */
function configResolver(options: LintFilesOptions, onIssues: (loaded: LoadedConfig) => void): (file: string) => ProposalLintConfig {
  const cache = new Map<string, LoadedConfig | undefined>();
  const reported = new Set<string>();
  const explicit = options.configPath ? loadConfigFile(resolve(options.cwd, options.configPath)) : undefined;
  return (file) => {
    let loaded = explicit;
    if (!loaded) {
      const dir = dirname(file);
      if (!cache.has(dir)) {
        const found = findConfigFile(dir);
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

export function lintFiles(files: string[], options: LintFilesOptions): LintFilesResult {
  let failed = false;
  const configFor = configResolver(options, (loaded) => {
    for (const i of loaded.issues) {
      const where = i.line ? `${loaded.path}:${i.line}:${i.column ?? 1}` : loaded.path;
      options.stderr(`proposal-lint: config error: ${where}: ${i.path ? i.path + ": " : ""}${i.message}\n`);
    }
    failed = true;
  });
  // Each file is parsed once; only its findings and the library pass's small view of it are kept.
  const linted: { shown: string; text: string; result: { findings: Finding[]; problems: InputProblem[] } }[] = [];
  const entries: LibraryEntry[] = [];
  let libraryConfig: ProposalLintConfig | undefined;
  const workers = options.fix ? 0 : options.workers ?? poolSize(files.length);
  if (workers > 0) {
    // Configs are resolved here (errors reported once, in order); the files are linted in parallel
    // and their outcomes taken in the files' order.
    const tasks: FileTask[] = files.map((file, index) => {
      const config = mergeConfigs(configFor(file));
      return { index, file, shown: relative(options.cwd, file) || file, maxBytes: options.maxBytes, config };
    });
    lintInPool(tasks, workers, (outcome) => {
      const task = tasks[outcome.index]!;
      if (!outcome.ok) {
        options.stderr(`proposal-lint: cannot lint ${task.shown}: ${outcome.reason}\n`);
        failed = true;
      } else {
        libraryConfig ??= task.config;
        linted.push({ shown: task.shown, text: outcome.text, result: outcome });
        const lines = outcome.directives.length ? new LineIndex(outcome.text) : undefined;
        entries.push({ path: task.shown, fingerprint: outcome.fingerprint, placeholders: outcome.placeholders, suppressed: lines ? suppressionFilter(outcome.directives, lines) : () => false });
      }
      options.progress?.(outcome.index + 1, files.length);
    });
  } else files.forEach((file, index) => {
    const shown = relative(options.cwd, file) || file;
    const read = readTemplate(file, options.maxBytes);
    if (!read.ok) {
      options.stderr(`proposal-lint: cannot lint ${shown}: ${read.reason}\n`);
      failed = true;
    } else {
      const config = mergeConfigs(configFor(file));
      libraryConfig ??= config;
      let text = read.text;
      if (options.fix) {
        const fixed = fixAll(text, (t) => lint(t, config).findings);
        if (fixed.text !== text) {
          try {
            writeFileSync(file, fixed.text, "utf8");
            text = fixed.text;
          } catch (err) {
            options.stderr(`proposal-lint: cannot write fixes to ${shown}: ${(err as Error).message}\n`);
            failed = true;
          }
        }
      }
      const doc = parseDocument(text);
      linted.push({ shown, text, result: lintDocument(doc, config) });
      entries.push(libraryEntryOf(shown, doc));
    }
    options.progress?.(index + 1, files.length);
  });

  // The library pass: one config for the whole library (the explicit one, or the first file's).
  const library = lintLibraryEntries(entries, libraryConfig ?? {});
  const lineIndexes = new Map<string, LineIndex>();
  const texts = new Map(linted.map((l) => [l.shown, l.text]));
  const linesOf = (path: string) => {
    let li = lineIndexes.get(path);
    if (!li && texts.has(path)) lineIndexes.set(path, (li = new LineIndex(texts.get(path)!)));
    return li;
  };
  const reports = linted.map((l) =>
    toFileReport(l.shown, l.text, [...l.result.findings, ...(library.findings.get(l.shown) ?? [])], l.result.problems, linesOf),
  );
  return { reports, clusters: library.clusters, failed };
}

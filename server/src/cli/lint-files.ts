// Lints a set of template files with the same engine and config as the server: each file on its
// own, then the library pass across all of them (near-duplicates, shared openings, styles).

import { writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { applySuppressions, describeStale, fixAll, lint, LineIndex, lintTemplateLibrary, mergeConfigs, parseDocument, type DuplicateClusterInfo, type ProposalLintConfig } from "../engine";
import { findConfigFile, loadConfigFile, type LoadedConfig } from "../fs/config-files";
import { readTemplate } from "../fs/read-template";
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
}

export interface LintFilesResult {
  reports: FileReport[];
  clusters: DuplicateClusterInfo[];
  /** An I/O or config error happened (exit 2), though the other files were linted. */
  failed: boolean;
}

/** Resolves each file's config path: the explicit one, or the nearest config file above it. */
export function configPathFor(file: string, options: { cwd: string; configPath?: string }): string | undefined {
  return options.configPath ? resolve(options.cwd, options.configPath) : findConfigFile(dirname(file));
}

/** Resolves each file's suppressions file (beside its config, else in the current directory), loaded once. */
export function suppressionsResolver(options: { cwd: string; configPath?: string }): (file: string) => LoadedSuppressions {
  const cache = new Map<string, LoadedSuppressions>();
  return (file) => {
    const path = suppressionsFileFor(configPathFor(file, options), options.cwd);
    let loaded = cache.get(path);
    if (!loaded) cache.set(path, (loaded = readSuppressionsFile(path)));
    return loaded;
  };
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
  const suppressionsOf = suppressionsResolver(options);
  const linted: { file: string; shown: string; text: string; result: ReturnType<typeof lint>; doc: ReturnType<typeof parseDocument> }[] = [];
  let libraryConfig: ProposalLintConfig | undefined;
  files.forEach((file, index) => {
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
        const entries = entriesFor(suppressionsOf(file), file);
        const fixed = fixAll(text, (t) => applySuppressions(lint(t, config).findings, t, entries).kept);
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
      linted.push({ file, shown, text, doc, result: lint(text, config) });
    }
    options.progress?.(index + 1, files.length);
  });

  // The library pass: one config for the whole library (the explicit one, or the first file's).
  const library = lintTemplateLibrary(linted.map((l) => ({ path: l.shown, text: l.text, doc: l.doc })), libraryConfig ?? {});
  const lineIndexes = new Map<string, LineIndex>();
  const texts = new Map(linted.map((l) => [l.shown, l.text]));
  const linesOf = (path: string) => {
    let li = lineIndexes.get(path);
    if (!li && texts.has(path)) lineIndexes.set(path, (li = new LineIndex(texts.get(path)!)));
    return li;
  };
  // The suppressions file's entries apply to document and library findings alike; stale ones are reported.
  const reportedErrors = new Set<string>();
  const reports = linted.map((l) => {
    const loaded = suppressionsOf(l.file);
    if (loaded.error && !reportedErrors.has(loaded.path)) {
      reportedErrors.add(loaded.path);
      options.stderr(`proposal-lint: suppressions ignored: ${loaded.error}\n`);
    }
    const { kept, stale } = applySuppressions([...l.result.findings, ...(library.findings.get(l.shown) ?? [])], l.text, entriesFor(loaded, l.file));
    for (const s of stale) options.stderr(`proposal-lint: ${describeStale(s, relative(options.cwd, loaded.path) || loaded.path)}\n`);
    return toFileReport(l.shown, l.text, kept, l.result.problems, linesOf);
  });
  return { reports, clusters: library.clusters, failed };
}

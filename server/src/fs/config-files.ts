// Finding and reading `.proposal-lint.json` / `.proposal-lint.yaml` files on disk: the nearest one
// upward from a template wins. Shared by the CLI and the language server.

import { readFileSync, statSync } from "node:fs";
import { dirname, join, parse as parsePath } from "node:path";
import { yamlModule } from "../engine/lazy-yaml";
import { findRuleMeta, validateConfig, type ConfigIssue, type ProposalLintConfig } from "../engine";

export const CONFIG_FILE_NAMES = [".proposal-lint.json", ".proposal-lint.yaml", ".proposal-lint.yml"];
/** Config files larger than this are refused rather than parsed. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadedConfig {
  path: string;
  config: ProposalLintConfig;
  /** Problems found; `fatal` means the file could not be used at all. */
  issues: (ConfigIssue & { line?: number; column?: number })[];
  fatal: boolean;
}

/** Parses config text (JSON or YAML by file name) and validates it. */
export function parseConfigText(path: string, text: string): LoadedConfig {
  let raw: unknown;
  try {
    if (path.endsWith(".json")) {
      raw = JSON.parse(text.replace(/^\uFEFF/, ""));
    } else {
      raw = yamlModule().parse(text, { maxAliasCount: 100, prettyErrors: true });
    }
  } catch (err) {
    const e = err as Error;
    // Only the YAML branch throws YAMLParseError, and it has loaded the package.
    const pos = !path.endsWith(".json") && err instanceof yamlModule().YAMLParseError ? err.linePos?.[0] : jsonErrorPosition(e.message, text);
    return {
      path,
      config: {},
      issues: [{ path: "", message: `Cannot parse ${path.endsWith(".json") ? "JSON" : "YAML"}: ${e.message.split("\n")[0]}`, ...(pos ? { line: pos.line, column: pos.col } : {}) }],
      fatal: true,
    };
  }
  const { config, issues } = validateConfig(raw, (id) => findRuleMeta(id) !== undefined);
  return { path, config, issues, fatal: false };
}

function jsonErrorPosition(message: string, text: string): { line: number; col: number } | undefined {
  const m = /position (\d+)/.exec(message);
  if (!m) return undefined;
  const offset = Number(m[1]);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, col: offset - before.lastIndexOf("\n") };
}

/** Reads and validates one config file. */
export function loadConfigFile(path: string): LoadedConfig {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (err) {
    return { path, config: {}, issues: [{ path: "", message: `Cannot read ${path}: ${(err as Error).message}` }], fatal: true };
  }
  if (size > MAX_CONFIG_BYTES) {
    return { path, config: {}, issues: [{ path: "", message: `Config file is ${(size / 1048576).toFixed(1)} MB; the limit is 1 MB.` }], fatal: true };
  }
  try {
    return parseConfigText(path, readFileSync(path, "utf8"));
  } catch (err) {
    return { path, config: {}, issues: [{ path: "", message: `Cannot read ${path}: ${(err as Error).message}` }], fatal: true };
  }
}

/**
 * `findConfigFile` for many directories, each directory's answer kept: sibling folders share the
 * walk above them (a library of 1,000 folders costs about 3,000 stats instead of 15,000).
 */
export function configFileFinder(): (dir: string) => string | undefined {
  const known = new Map<string, string | null>();
  const find = (dir: string): string | undefined => {
    const cached = known.get(dir);
    if (cached !== undefined) return cached ?? undefined;
    let found = findConfigFile(dir, dir);
    if (found === undefined) {
      const parent = dirname(dir);
      if (parent !== dir && dir !== parsePath(dir).root) found = find(parent);
    }
    known.set(dir, found ?? null);
    return found;
  };
  return find;
}

/** The nearest config file at or above `dir`, or undefined. */
export function findConfigFile(dir: string, stopAt?: string): string | undefined {
  let current = dir;
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(current, name);
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // not here
      }
    }
    if (stopAt && current === stopAt) return undefined;
    const parent = dirname(current);
    if (parent === current || current === parsePath(current).root) return undefined;
    current = parent;
  }
}

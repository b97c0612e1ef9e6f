// Reading and writing `.proposal-lint-suppressions.json`, kept beside the config file (or at the
// workspace root / current directory when there is none). Shared by the CLI and the language server.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { addSuppression, parseSuppressions, serializeSuppressions, type Suppression, type SuppressionsData } from "../engine";

export const SUPPRESSIONS_FILE_NAME = ".proposal-lint-suppressions.json";

/** The suppressions file that governs a template: beside `configPath` if given, else in `root`. */
export function suppressionsFileFor(configPath: string | undefined, root: string): string {
  return join(configPath ? dirname(configPath) : root, SUPPRESSIONS_FILE_NAME);
}

export interface LoadedSuppressions {
  path: string;
  data: SuppressionsData;
  /** Why the file could not be used (it is then treated as empty and never overwritten). */
  error?: string;
}

/** Reads a suppressions file; a missing file is empty, an unreadable or invalid one has `error`. */
export function readSuppressionsFile(path: string): LoadedSuppressions {
  const empty: SuppressionsData = { version: 1, suppressions: [] };
  if (!existsSync(path)) return { path, data: empty };
  try {
    return { path, data: parseSuppressions(readFileSync(path, "utf8")) };
  } catch (err) {
    return { path, data: empty, error: `${path}: ${(err as Error).message}` };
  }
}

/** How a template is named in the suppressions file at `path`: relative, "/"-separated. */
export function keyFor(path: string, templatePath: string): string {
  return relative(dirname(path), templatePath).split(sep).join("/");
}

/** The entries of `loaded` that concern `templatePath`. */
export function entriesFor(loaded: LoadedSuppressions, templatePath: string): Suppression[] {
  const key = keyFor(loaded.path, templatePath);
  return loaded.data.suppressions.filter((s) => s.file === key);
}

/** Adds an entry for `templatePath` and writes the file. Throws when the file exists but is invalid or cannot be written. */
export function writeSuppression(path: string, templatePath: string, entry: Omit<Suppression, "file">): SuppressionsData {
  const loaded = readSuppressionsFile(path);
  if (loaded.error) throw new Error(`not changed, it is not valid: ${loaded.error}`);
  const data = addSuppression(loaded.data, { ...entry, file: keyFor(path, templatePath) });
  writeFileSync(path, serializeSuppressions(data), "utf8");
  return data;
}

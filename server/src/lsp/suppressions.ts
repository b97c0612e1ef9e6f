// The server's view of the suppressions files: which one governs a template (beside the nearest
// config file, else at the workspace folder holding it), read when changed, applied to findings.

import { statSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { applySuppressions, describeStale, type Finding, type Suppression } from "../engine";
import { findConfigFile } from "../fs/config-files";
import { containingFolder } from "../fs/template-files";
import { entriesFor, readSuppressionsFile, suppressionsFileFor, writeSuppression, type LoadedSuppressions } from "../fs/suppressions-file";

export class SuppressionStore {
  private readonly files = new Map<string, { mtimeMs: number; loaded: LoadedSuppressions }>();
  /** Template folder → its suppressions file (a config-file search per folder, not per template). */
  private readonly fileOfDir = new Map<string, string>();

  private readonly invalid = new Set<string>();

  /** `onInvalid(path, message)` hears of a file that cannot be used, and (message undefined) of one fixed since. */
  constructor(
    private readonly folders: () => string[],
    private readonly onInvalid: (path: string, message: string | undefined) => void = () => undefined,
  ) {}

  /** The suppressions file for a template path. */
  fileFor(path: string): string {
    const dir = dirname(path);
    const known = this.fileOfDir.get(dir);
    if (known) return known;
    const root = containingFolder(dir, this.folders());
    const file = suppressionsFileFor(findConfigFile(dir, root), root ?? dir);
    this.fileOfDir.set(dir, file);
    return file;
  }

  private load(file: string): LoadedSuppressions {
    let mtimeMs = -1;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      // missing: empty
    }
    const cached = this.files.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached.loaded;
    const loaded = readSuppressionsFile(file);
    this.files.set(file, { mtimeMs, loaded });
    if (loaded.error) {
      this.invalid.add(file);
      this.onInvalid(file, loaded.error);
    } else if (this.invalid.delete(file)) this.onInvalid(file, undefined);
    return loaded;
  }

  /** The findings of `uri` left after its suppressions, and the entries that matched nothing (with a message each). */
  apply(uri: string, text: string, findings: readonly Finding[]): { kept: Finding[]; stale: { entry: Suppression; message: string }[] } {
    if (!uri.startsWith("file:")) return { kept: [...findings], stale: [] };
    const path = fileURLToPath(uri);
    const loaded = this.load(this.fileFor(path));
    const { kept, stale } = applySuppressions(findings, text, entriesFor(loaded, path));
    return { kept, stale: stale.map((entry) => ({ entry, message: describeStale(entry, loaded.path) })) };
  }

  /** Writes an entry for the template at `uri` (no `text` = the whole file); returns the file written. */
  add(uri: string, rule: string, text?: string): string {
    const path = fileURLToPath(uri);
    const file = this.fileFor(path);
    writeSuppression(file, path, text === undefined ? { rule } : { rule, text });
    this.files.delete(file);
    return file;
  }

  /** Forgets cached files and folders (after a config or suppressions file changed). */
  clear(): void {
    this.files.clear();
    this.fileOfDir.clear();
  }
}

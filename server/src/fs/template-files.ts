// Turning the CLI's path and glob arguments into template files.

import { readdirSync, statSync, type Dirent } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";

/** The extensions a directory walk lints; messages name them from this list. */
export const TEMPLATE_EXTENSION_LIST = [".md", ".markdown", ".mdx", ".txt"];
const TEMPLATE_EXTENSIONS = new RegExp(`(?:${TEMPLATE_EXTENSION_LIST.map((e) => e.replace(".", "\\.")).join("|")})$`, "i");
/** Project documents that a directory walk skips (they are linted when named explicitly). */
const PROJECT_DOCS = /^(?:readme|changelog|contributing|license|code_of_conduct|security)\.(?:md|markdown|txt)$/i;
const SKIPPED_DIRS = new Set(["node_modules", ".git", ".hg", ".svn", "dist", "out"]);
const GLOB_CHARS = /[*?[\]{}]/;

/** The innermost of `folders` that holds `path` (the path itself or below it), or undefined. */
export function containingFolder(path: string, folders: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const f of folders) {
    if ((path === f || path.startsWith(f.endsWith(sep) ? f : f + sep)) && (!best || f.length > best.length)) best = f;
  }
  return best;
}

export interface FileTargets {
  files: string[];
  /** Arguments that matched nothing, each with a reason. */
  missing: string[];
}

function walk(dir: string, out: string[], seen: Set<string>): void {
  let real: string;
  try {
    real = statSync(dir).ino + ":" + statSync(dir).dev;
  } catch {
    return;
  }
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, e.name);
    if (e.isDirectory() || (e.isSymbolicLink() && isDir(full))) {
      if (!SKIPPED_DIRS.has(e.name)) walk(full, out, seen);
    } else if (TEMPLATE_EXTENSIONS.test(e.name) && !PROJECT_DOCS.test(e.name)) out.push(full);
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The static directory a glob starts from ("templates/**\/*.md" -> "templates"). */
function globBase(glob: string): string {
  const parts = glob.split(/[\\/]/);
  const base: string[] = [];
  for (const p of parts) {
    if (GLOB_CHARS.test(p)) break;
    base.push(p);
  }
  return base.join("/") || ".";
}

/** Expands files, directories (walked for .md/.markdown/.mdx/.txt) and globs, in a stable order. */
export function expandTargets(args: string[], cwd = process.cwd()): FileTargets {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      files.add(abs);
      continue;
    }
    if (stat?.isDirectory()) {
      const found: string[] = [];
      walk(abs, found, new Set());
      found.forEach((f) => files.add(f));
      if (found.length === 0) missing.push(`${arg}: no templates (${TEMPLATE_EXTENSION_LIST.join(", ")} files) in this directory`);
      continue;
    }
    if (GLOB_CHARS.test(arg)) {
      const base = resolve(cwd, globBase(arg));
      const isMatch = picomatch(arg.replace(/\\/g, "/"), { dot: false });
      const found: string[] = [];
      const all: string[] = [];
      walk(base, all, new Set());
      for (const f of all) if (isMatch(relative(cwd, f).split("\\").join("/"))) found.push(f);
      found.forEach((f) => files.add(f));
      if (found.length === 0) missing.push(`${arg}: the glob matched no file`);
      continue;
    }
    missing.push(`${arg}: no such file or directory`);
  }
  return { files: [...files], missing };
}

// Loads a CommonJS bundle with V8's code cache kept on disk, for Node versions without
// `module.enableCompileCache` (Node 20; VS Code's Node before 22). Compiling the 2 MB server bundle
// is a large part of the server's start; with the cache, V8 reads the compiled code of the
// functions the last run used instead of parsing and compiling them again.
// The cache is a build product of this machine: one file per bundle build and Node version, in a
// directory of the user's own (mode 0700) that nobody else may write; V8 checks the rest (its
// version, flags and the source's length) and compiles afresh when anything differs.

import { isAscii } from "node:buffer";
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";
import { threadId } from "node:worker_threads";

/** How long after loading the code cache is written, when it was missing or rejected (ms); also written at exit. */
const WRITE_AFTER_MS = 5000;

/** The cache directory: $PROPOSAL_LINT_CODE_CACHE, else one per user in the temp directory; undefined when it is not safely ours. */
function cacheDirectory(): string | undefined {
  const dir = process.env.PROPOSAL_LINT_CODE_CACHE || join(tmpdir(), `proposal-lint-code-cache-${process.getuid?.() ?? "user"}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const s = lstatSync(dir);
    if (!s.isDirectory()) return undefined;
    // POSIX: ours alone. Windows has no such mode bits, and its temp directory is the user's own.
    if (process.getuid && (s.uid !== process.getuid() || (s.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * Loads and runs the CommonJS file `filename` as `require` would (its own `module`, `exports` and
 * `require`), compiled with the code cache when one is usable, and schedules writing the cache when
 * there was none or V8 rejected it. Returns the module's exports. Errors of the cache itself (an
 * unreadable or unwritable directory) only mean no cache; errors of the module propagate.
 */
export function requireWithCodeCache(filename: string): unknown {
  const bytes = readFileSync(filename);
  const stat = statSync(filename);
  const dir = cacheDirectory();
  const prefix = `${basename(filename)}-`;
  const file = dir && join(dir, `${prefix}${process.version}-${process.arch}-${stat.size}-${Math.round(stat.mtimeMs)}.v8`);
  let cachedData: Buffer | undefined;
  try {
    if (file) cachedData = readFileSync(file);
  } catch {
    // no cache yet
  }
  // The bundles are ASCII (esbuild escapes the rest), which latin1 decodes without a UTF-8 pass.
  const source = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  const script = new Script(Module.wrap(source), { filename, cachedData });
  if (file && (!cachedData || script.cachedDataRejected)) {
    let written = false;
    const write = () => {
      if (written) return;
      written = true;
      try {
        const temp = `${file}.${process.pid}-${threadId}.tmp`; // the CLI's worker threads load the same bundle
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, file);
        for (const old of readdirSync(dir!)) if (old.startsWith(prefix) && join(dir!, old) !== file && !old.endsWith(".tmp")) unlinkSync(join(dir!, old));
      } catch {
        // a cache that cannot be written costs the next start its compile time only
      }
    };
    setTimeout(write, WRITE_AFTER_MS).unref();
    process.once("exit", write);
  }
  const mod = new Module(filename, require.main);
  mod.filename = filename;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(filename));
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(mod.exports, mod.exports, createRequire(filename), mod, filename, dirname(filename));
  mod.loaded = true;
  return mod.exports;
}

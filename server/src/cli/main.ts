// proposal-lint [paths or globs ...]: the same engine, config and directives as the language server.
// proposal-lint report [paths ...] -o report.html: the library report.

import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { expandTargets } from "../fs/template-files";
import { DEFAULT_MAX_FILE_BYTES, decodeTemplate, type ReadResult } from "../fs/read-template";
import { lintFiles, type LintFilesOptions } from "./lint-files";
import { formatText } from "./formats/text";
import { jsonPieces } from "./formats/json";
import { formatSarif } from "./formats/sarif";
import { formatGithub } from "./formats/github";
import { renderLibraryReport } from "./report-html";
import { progressBar } from "./progress";
import { runExport } from "./export";
import { tuneRegExpCompilation } from "../regexp-tuning";

declare const PROPOSAL_LINT_VERSION: string | undefined;
const VERSION = typeof PROPOSAL_LINT_VERSION === "string" ? PROPOSAL_LINT_VERSION : "0.0.0-dev";

const USAGE = `Usage: proposal-lint [options] [paths or globs ...]
       proposal-lint [options] --stdin [--stdin-filename NAME]   (or "-" as the path)
       proposal-lint report [options] [paths or globs ...] -o report.html
       proposal-lint export [-c config] [-o out.txt] FILE

Lints proposal and cover-letter templates (markdown) against Upwork's rules.
Directories are searched for .md, .markdown, .mdx and .txt files. Near-duplicate letters are
found across all the paths given. "report" writes one self-contained HTML library report.

Options:
  -f, --format <text|json|sarif|github>  Output format (default: text)
  -o, --output <file>                    Write the report to a file instead of stdout
      --fix                              Apply safe fixes in place, then report what is left
                                         (with --stdin: print the fixed text instead)
      --stdin                            Lint the text on standard input
      --stdin-filename <name>            Name for that text in the report; its folder's config applies
      --max-warnings <n>                 Fail when there are more than n warnings (default: any warning fails)
  -c, --config <file>                    Use this config file instead of the nearest .proposal-lint.json/.yaml
      --max-file-size <MB>               Skip larger files with an error (default: 5)
  -h, --help                             Show this help
  -v, --version                          Show the version

Exit codes: 0 no errors or warnings, 1 findings at or above the threshold, 2 usage, I/O or config error.`;

const FORMATS = new Set(["text", "json", "sarif", "github"]);

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** Whether stderr is a terminal (a progress bar is drawn for large libraries). */
  isTTY?: boolean;
  /** Reads all of standard input (default: file descriptor 0); tests pass text here. */
  readStdin?: () => Uint8Array;
}

function fail(io: CliIo, message: string): number {
  io.stderr(`proposal-lint: ${message}\n`);
  return 2;
}

export function run(argv: string[], io: CliIo): number {
  if (argv[0] === "export") return runExport(argv.slice(1), io, (path, text) => writeFileSync(path, text, "utf8"));
  const reportMode = argv[0] === "report";
  let parsed;
  try {
    parsed = parseArgs({
      args: reportMode ? argv.slice(1) : argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        fix: { type: "boolean", default: false },
        stdin: { type: "boolean", default: false },
        "stdin-filename": { type: "string" },
        "max-warnings": { type: "string" },
        config: { type: "string", short: "c" },
        "max-file-size": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (err) {
    // Node's parser explains positionals at length; the first sentence is the message.
    const message = (err as Error).message.split(". ")[0]!.replace(/\.$/, "");
    return fail(io, `${message} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE + "\n");
    return 0;
  }
  if (values.version) {
    io.stdout(VERSION + "\n");
    return 0;
  }
  if (reportMode && values.format !== undefined) return fail(io, "report always writes HTML: -f/--format does not apply to it");
  const format = values.format ?? "text";
  if (!FORMATS.has(format)) return fail(io, `unknown format "${format}" (use text, json, sarif or github)`);
  const maxWarnings = values["max-warnings"] === undefined ? undefined : Number(values["max-warnings"]);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) return fail(io, `--max-warnings needs a whole number, not "${values["max-warnings"]}"`);
  const maxMb = values["max-file-size"] === undefined ? undefined : Number(values["max-file-size"]);
  if (maxMb !== undefined && !(maxMb > 0)) return fail(io, "--max-file-size needs a positive number of MB");
  const stdinMode = values.stdin! || (positionals.length === 1 && positionals[0] === "-");
  if (stdinMode && positionals.some((p) => p !== "-")) return fail(io, "--stdin lints standard input only: give no paths with it (name it with --stdin-filename)");
  if (!stdinMode && values["stdin-filename"] !== undefined) return fail(io, "--stdin-filename needs --stdin");
  if (stdinMode && reportMode) return fail(io, "report reads files, not standard input");
  if (!stdinMode && positionals.length === 0) return fail(io, `no paths given\n\n${USAGE}`);
  if (reportMode && !values.output) return fail(io, "report needs -o FILE.html");

  let files: string[];
  let shown: string[];
  let stdinIo: Pick<LintFilesOptions, "read" | "writeFixed"> = {};
  let fixedStdin: string | undefined;
  let missingPaths = 0;
  if (stdinMode) {
    const name = values["stdin-filename"] ?? "<stdin>";
    // The config is resolved from NAME's folder (or the working directory), as ESLint does.
    files = [resolve(io.cwd, values["stdin-filename"] ?? "stdin.md")];
    shown = [name];
    const readStdin = io.readStdin ?? (() => readFileSync(0));
    stdinIo = {
      read: () => {
        try {
          return decodeTemplate(readStdin());
        } catch (err) {
          return { ok: false, reason: `cannot read standard input: ${(err as Error).message}` } satisfies ReadResult;
        }
      },
      writeFixed: (_file, text) => void (fixedStdin = text),
    };
  } else {
    const targets = expandTargets(positionals, io.cwd);
    for (const m of targets.missing) io.stderr(`proposal-lint: ${m}\n`);
    missingPaths = targets.missing.length;
    if (targets.files.length === 0) return 2;
    files = targets.files;
    // Paths as the user gave them: absolute arguments stay absolute, the rest relative to cwd.
    const absoluteArgs = positionals.filter((p) => isAbsolute(p)).map((p) => resolve(p));
    shown = files.map((f) => (absoluteArgs.some((a) => f === a || f.startsWith(a + sep)) ? f : relative(io.cwd, f) || f));
  }
  const code = lintAndReport(io, values, reportMode, format, maxWarnings, maxMb, files, shown, stdinIo);
  // Editors replace the buffer with stdout: print the text (fixed or not) whenever it was read.
  if (fixedStdin !== undefined) io.stdout(fixedStdin);
  // A path that matched nothing is an error even when the others linted.
  return missingPaths > 0 ? 2 : code;
}

type Values = { fix?: boolean; output?: string; config?: string };

/** Lints, prints in the chosen format (or the summary of a --fix with stdin), and returns the exit code. */
function lintAndReport(io: CliIo, values: Values, reportMode: boolean, format: string, maxWarnings: number | undefined, maxMb: number | undefined, files: string[], shown: string[], stdinIo: Pick<LintFilesOptions, "read" | "writeFixed">): number {
  const bar = io.isTTY && files.length >= 50 ? progressBar(io.stderr) : undefined;
  const result = lintFiles(files, {
    cwd: io.cwd,
    fix: values.fix!,
    maxBytes: maxMb ? maxMb * 1024 * 1024 : DEFAULT_MAX_FILE_BYTES,
    shown,
    ...stdinIo,
    ...(values.config ? { configPath: values.config } : {}),
    stderr: (s) => {
      bar?.clear();
      io.stderr(s);
    },
    ...(bar ? { progress: bar.update } : {}),
  });
  bar?.done();
  const stdinFix = values.fix && stdinIo.writeFixed !== undefined;
  if (result.fixSummary) {
    const s = result.fixSummary;
    const fixedPart = stdinFix ? `fixed ${s.fixed} problem(s)` : `fixed ${s.fixed} problem(s) in ${s.files} file(s)`;
    io.stderr(`proposal-lint: ${fixedPart}; ${s.left} left for manual edits\n`);
  }

  const toUri = (p: string) => (p.startsWith("..") || resolve(io.cwd, p) === p ? pathToFileURL(resolve(io.cwd, p)).href : p.split(sep).join("/"));
  // JSON comes out in pieces, written as they are serialized (a large library's report is never held whole).
  const output: Iterable<string> = reportMode
    ? [renderLibraryReport({ generatedAt: new Date().toISOString(), files: result.reports, clusters: result.clusters })]
    : format === "json" ? jsonPieces(result.reports)
    : [format === "sarif" ? formatSarif(result.reports, VERSION, toUri)
      : format === "github" ? formatGithub(result.reports)
      : formatText(result.reports)];
  if (values.output) {
    try {
      writePieces(resolve(io.cwd, values.output), output);
    } catch (err) {
      return fail(io, `cannot write ${values.output}: ${(err as Error).message}`);
    }
    if (reportMode) io.stdout(`Library report for ${result.reports.length} template(s), ${result.clusters.length} duplicate cluster(s): ${values.output}\n`);
  } else if (format === "text" && result.reports.length === 0 && result.failed) {
    // Nothing was linted: the error lines say why; "0 file(s) checked, no problems" would mislead.
  } else if (stdinFix) {
    // stdout carries the fixed text; the report of what is left goes to stderr.
    for (const piece of output) io.stderr(piece);
  } else for (const piece of output) io.stdout(piece);

  if (result.failed) return 2;
  const all = result.reports.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === "error").length;
  const warnings = all.filter((d) => d.severity === "warning").length;
  if (errors > 0) return 1;
  if (maxWarnings === undefined ? warnings > 0 : warnings > maxWarnings) return 1;
  return 0;
}

/** Writes `pieces` to a file (created or truncated) as UTF-8, one piece at a time. */
function writePieces(path: string, pieces: Iterable<string>): void {
  const fd = openSync(path, "w");
  try {
    for (const piece of pieces) writeSync(fd, piece, null, "utf8");
  } finally {
    closeSync(fd);
  }
}

/** Runs the CLI without ever throwing: an internal error becomes one line and exit code 2. */
export function runSafely(argv: string[], io: CliIo): number {
  tuneRegExpCompilation(); // the process entry (bin/proposal-lint.js) comes through here
  try {
    return run(argv, io);
  } catch (err) {
    io.stderr(`proposal-lint: internal error: ${(err as Error)?.message ?? String(err)} (please report it)\n`);
    return 2;
  }
}

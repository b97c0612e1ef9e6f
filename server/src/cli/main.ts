// proposal-lint [paths or globs ...]: the same engine, config and directives as the language server.
// proposal-lint report [paths ...] -o report.html: the library report.

import { writeFileSync } from "node:fs";
import { resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { expandTargets } from "../fs/template-files";
import { DEFAULT_MAX_FILE_BYTES } from "../fs/read-template";
import { lintFiles } from "./lint-files";
import { formatText } from "./formats/text";
import { formatJson } from "./formats/json";
import { formatSarif } from "./formats/sarif";
import { formatGithub } from "./formats/github";
import { renderLibraryReport } from "./report-html";
import { progressBar } from "./progress";
import { runExport } from "./export";

declare const PROPOSAL_LINT_VERSION: string | undefined;
const VERSION = typeof PROPOSAL_LINT_VERSION === "string" ? PROPOSAL_LINT_VERSION : "0.0.0-dev";

const USAGE = `Usage: proposal-lint [options] [paths or globs ...]
       proposal-lint report [options] [paths or globs ...] -o report.html
       proposal-lint export [-c config] [-o out.txt] FILE

Lints proposal and cover-letter templates (markdown) against Upwork's rules.
Directories are searched for .md, .markdown, .mdx and .txt files. Near-duplicate letters are
found across all the paths given. "report" writes one self-contained HTML library report.

Options:
  -f, --format <text|json|sarif|github>  Output format (default: text)
  -o, --output <file>                    Write the report to a file instead of stdout
      --fix                              Apply safe fixes in place, then report what is left
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
        format: { type: "string", short: "f", default: "text" },
        output: { type: "string", short: "o" },
        fix: { type: "boolean", default: false },
        "max-warnings": { type: "string" },
        config: { type: "string", short: "c" },
        "max-file-size": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (err) {
    return fail(io, `${(err as Error).message}\n\n${USAGE}`);
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
  const format = values.format!;
  if (!FORMATS.has(format)) return fail(io, `unknown format "${format}" (use text, json, sarif or github)`);
  const maxWarnings = values["max-warnings"] === undefined ? undefined : Number(values["max-warnings"]);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) return fail(io, `--max-warnings needs a whole number, not "${values["max-warnings"]}"`);
  const maxMb = values["max-file-size"] === undefined ? undefined : Number(values["max-file-size"]);
  if (maxMb !== undefined && !(maxMb > 0)) return fail(io, "--max-file-size needs a positive number of MB");
  if (positionals.length === 0) return fail(io, `no paths given\n\n${USAGE}`);
  if (reportMode && !values.output) return fail(io, "report needs -o FILE.html");

  const { files, missing } = expandTargets(positionals, io.cwd);
  for (const m of missing) io.stderr(`proposal-lint: ${m}\n`);
  const bar = io.isTTY && files.length >= 50 ? progressBar(io.stderr) : undefined;
  const result = lintFiles(files, {
    cwd: io.cwd,
    fix: values.fix!,
    maxBytes: maxMb ? maxMb * 1024 * 1024 : DEFAULT_MAX_FILE_BYTES,
    ...(values.config ? { configPath: values.config } : {}),
    stderr: (s) => {
      bar?.clear();
      io.stderr(s);
    },
    ...(bar ? { progress: bar.update } : {}),
  });
  bar?.done();
  const failed = result.failed || missing.length > 0;

  const toUri = (p: string) => (p.startsWith("..") || resolve(io.cwd, p) === p ? pathToFileURL(resolve(io.cwd, p)).href : p.split(sep).join("/"));
  const output = reportMode
    ? renderLibraryReport({ generatedAt: new Date().toISOString(), files: result.reports, clusters: result.clusters })
    : format === "json" ? formatJson(result.reports)
    : format === "sarif" ? formatSarif(result.reports, VERSION, toUri)
    : format === "github" ? formatGithub(result.reports)
    : formatText(result.reports);
  if (values.output) {
    try {
      writeFileSync(resolve(io.cwd, values.output), output, "utf8");
    } catch (err) {
      return fail(io, `cannot write ${values.output}: ${(err as Error).message}`);
    }
    if (reportMode) io.stdout(`Library report for ${result.reports.length} template(s), ${result.clusters.length} duplicate cluster(s): ${values.output}\n`);
  } else io.stdout(output);

  if (failed) return 2;
  if (reportMode) return 0;
  const all = result.reports.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === "error").length;
  const warnings = all.filter((d) => d.severity === "warning").length;
  if (errors > 0) return 1;
  if (maxWarnings === undefined ? warnings > 0 : warnings > maxWarnings) return 1;
  return 0;
}

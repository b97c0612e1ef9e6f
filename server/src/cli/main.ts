// proposal-lint [paths or globs ...]: the same engine, config and directives as the language server.

import { writeFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { fixAll, lint, mergeConfigs, type ProposalLintConfig } from "../engine";
import { findConfigFile, loadConfigFile, type LoadedConfig } from "../fs/config-files";
import { expandTargets } from "../fs/template-files";
import { DEFAULT_MAX_FILE_BYTES, readTemplate } from "../fs/read-template";
import { toFileReport, type FileReport } from "./report";
import { formatText } from "./formats/text";
import { formatJson } from "./formats/json";
import { formatSarif } from "./formats/sarif";
import { formatGithub } from "./formats/github";

declare const PROPOSAL_LINT_VERSION: string | undefined;
const VERSION = typeof PROPOSAL_LINT_VERSION === "string" ? PROPOSAL_LINT_VERSION : "0.0.0-dev";

const USAGE = `Usage: proposal-lint [options] [paths or globs ...]

Lints proposal and cover-letter templates (markdown) against Upwork's rules.
Directories are searched for .md, .markdown, .mdx and .txt files.

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

export function run(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string }): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
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
    io.stderr(`proposal-lint: ${(err as Error).message}\n\n${USAGE}\n`);
    return 2;
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
  if (!FORMATS.has(format)) {
    io.stderr(`proposal-lint: unknown format "${format}" (use text, json, sarif or github)\n`);
    return 2;
  }
  const maxWarnings = values["max-warnings"] === undefined ? undefined : Number(values["max-warnings"]);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    io.stderr(`proposal-lint: --max-warnings needs a whole number, not "${values["max-warnings"]}"\n`);
    return 2;
  }
  const maxMb = values["max-file-size"] === undefined ? undefined : Number(values["max-file-size"]);
  if (maxMb !== undefined && !(maxMb > 0)) {
    io.stderr(`proposal-lint: --max-file-size needs a positive number of MB\n`);
    return 2;
  }
  const maxBytes = maxMb ? maxMb * 1024 * 1024 : DEFAULT_MAX_FILE_BYTES;
  if (positionals.length === 0) {
    io.stderr(`proposal-lint: no paths given\n\n${USAGE}\n`);
    return 2;
  }

  let failed = false; // an I/O or config error: exit 2 at the end, after reporting what could be linted
  const configCache = new Map<string, LoadedConfig | undefined>();
  const reportedConfigs = new Set<string>();
  const explicit = values.config ? loadConfigFile(resolve(io.cwd, values.config)) : undefined;
  const configFor = (file: string): ProposalLintConfig => {
    let loaded = explicit;
    if (!loaded) {
      const dir = dirname(file);
      if (!configCache.has(dir)) {
        const found = findConfigFile(dir);
        configCache.set(dir, found ? loadConfigFile(found) : undefined);
      }
      loaded = configCache.get(dir);
    }
    if (!loaded) return {};
    if (loaded.issues.length && !reportedConfigs.has(loaded.path)) {
      reportedConfigs.add(loaded.path);
      for (const i of loaded.issues) {
        const where = i.line ? `${loaded.path}:${i.line}:${i.column ?? 1}` : loaded.path;
        io.stderr(`proposal-lint: config error: ${where}: ${i.path ? i.path + ": " : ""}${i.message}\n`);
      }
      failed = true;
    }
    return loaded.config;
  };

  const { files, missing } = expandTargets(positionals, io.cwd);
  for (const m of missing) io.stderr(`proposal-lint: ${m}\n`);
  if (missing.length) failed = true;

  const reports: FileReport[] = [];
  for (const file of files) {
    const shown = relative(io.cwd, file) || file;
    const read = readTemplate(file, maxBytes);
    if (!read.ok) {
      io.stderr(`proposal-lint: cannot lint ${shown}: ${read.reason}\n`);
      failed = true;
      continue;
    }
    const options = mergeConfigs(configFor(file));
    let text = read.text;
    if (values.fix) {
      const fixed = fixAll(text, (t) => lint(t, options).findings);
      if (fixed.text !== text) {
        try {
          writeFileSync(file, fixed.text, "utf8");
          text = fixed.text;
        } catch (err) {
          io.stderr(`proposal-lint: cannot write fixes to ${shown}: ${(err as Error).message}\n`);
          failed = true;
        }
      }
    }
    const result = lint(text, options);
    reports.push(toFileReport(shown, text, result.findings, result.problems));
  }

  const toUri = (p: string) => (p.startsWith("..") || resolve(io.cwd, p) === p ? pathToFileURL(resolve(io.cwd, p)).href : p.split(sep).join("/"));
  const output =
    format === "json" ? formatJson(reports) : format === "sarif" ? formatSarif(reports, VERSION, toUri) : format === "github" ? formatGithub(reports) : formatText(reports);
  if (values.output) {
    try {
      writeFileSync(resolve(io.cwd, values.output), output, "utf8");
    } catch (err) {
      io.stderr(`proposal-lint: cannot write ${values.output}: ${(err as Error).message}\n`);
      return 2;
    }
  } else io.stdout(output);

  if (failed) return 2;
  const all = reports.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === "error").length;
  const warnings = all.filter((d) => d.severity === "warning").length;
  if (errors > 0) return 1;
  if (maxWarnings === undefined ? warnings > 0 : warnings > maxWarnings) return 1;
  return 0;
}

if (typeof require !== "undefined" && require.main === module) {
  process.exitCode = run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
  });
}

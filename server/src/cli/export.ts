// `proposal-lint export FILE`: prints the template as the plain text a client reads, or refuses
// (exit 1) while unfilled placeholders or error-level problems remain. Same engine as the
// editor's "Proposal Lint: Copy for Upwork".

import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { applySuppressions, exportBlockers, lint, mergeConfigs } from "../engine";
import { loadConfigFile } from "../fs/config-files";
import { DEFAULT_MAX_FILE_BYTES, readTemplate } from "../fs/read-template";
import { entriesFor } from "../fs/suppressions-file";
import { configPathFor, suppressionsResolver } from "./lint-files";
import type { CliIo } from "./main";

export const EXPORT_USAGE = `Usage: proposal-lint export [-c config] [-o out.txt] FILE

Prints FILE as the plain text a client reads in Upwork's cover-letter box: front matter, comments
and directives removed, markdown markup turned into plain text, list bullets and line breaks kept.
Refuses (exit 1) while the template has unfilled placeholders or error-level problems.`;

/** Runs the export subcommand; `argv` is what follows "export". Exit codes as the linter's. */
export function runExport(argv: string[], io: CliIo, write: (path: string, text: string) => void): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { config: { type: "string", short: "c" }, output: { type: "string", short: "o" }, help: { type: "boolean", short: "h", default: false } } });
  } catch (err) {
    io.stderr(`proposal-lint: ${(err as Error).message}\n\n${EXPORT_USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(EXPORT_USAGE + "\n");
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    io.stderr(`proposal-lint: export takes exactly one file\n\n${EXPORT_USAGE}\n`);
    return 2;
  }
  const file = resolve(io.cwd, parsed.positionals[0]!);
  const read = readTemplate(file, DEFAULT_MAX_FILE_BYTES);
  if (!read.ok) {
    io.stderr(`proposal-lint: cannot export ${parsed.positionals[0]}: ${read.reason}\n`);
    return 2;
  }
  const where = { cwd: io.cwd, ...(parsed.values.config ? { configPath: parsed.values.config } : {}) };
  const configPath = configPathFor(file, where);
  const loaded = configPath ? loadConfigFile(configPath) : undefined;
  if (loaded?.fatal) {
    io.stderr(`proposal-lint: config error: ${loaded.path}: ${loaded.issues[0]?.message}\n`);
    return 2;
  }
  const config = mergeConfigs(loaded?.config ?? {});
  const { kept } = applySuppressions(lint(read.text, config).findings, read.text, entriesFor(suppressionsResolver(where)(file), file));
  const result = exportBlockers(read.text, kept);
  if (!result.ok) {
    io.stderr(`proposal-lint: not exported, fix these first:\n${result.reasons.map((r) => `  - ${r}\n`).join("")}`);
    return 1;
  }
  if (parsed.values.output) {
    try {
      write(resolve(io.cwd, parsed.values.output), result.text);
    } catch (err) {
      io.stderr(`proposal-lint: cannot write ${parsed.values.output}: ${(err as Error).message}\n`);
      return 2;
    }
  } else io.stdout(result.text);
  return 0;
}

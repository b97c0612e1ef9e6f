// Running the built CLI the way a user does (a child process), in throwaway workspaces.

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const BIN = join(__dirname, "..", "..", "bin", "proposal-lint.js");

/** Runs `proposal-lint args` in `cwd`, feeding `input` to standard input; output up to 256 MB. */
export function cli(args: string[], cwd: string, input?: string | Buffer): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, ...(input !== undefined ? { input } : {}) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder holding `files` (relative path to content; folders are created). */
export function workspace(files: Record<string, string | Buffer>, prefix = "pl-cli-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

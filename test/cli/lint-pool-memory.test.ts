// The CLI's memory at library scale: every lint of a pooled run happens on a worker whose heap is
// capped (WORKER_RESOURCE_LIMITS), and files too large for that cap go to the main thread. These
// tests guard the pairing of the cap and the size limit, and that a large file's report does not
// depend on where it was linted.

import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { Worker } from "node:worker_threads";
import { lintFiles } from "../../server/src/cli/lint-files";
import { WORKER_MAX_FILE_BYTES, WORKER_RESOURCE_LIMITS, type FileOutcome, type FileTask } from "../../server/src/cli/lint-pool";
import { POOL_LETTER as LETTER } from "../helpers/pool-letter";


/** A template of about `bytes` bytes: varied letters one after the other. */
function bigTemplate(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = LETTER(i).replace("store migration", `store migration number ${i * 7919 % 1000}`);
    parts.push(part);
    size += part.length + 1;
  }
  return parts.join("\n");
}

/** Runs `lintTask` on a worker with the pool's heap cap (TypeScript sources through tsx). */
function lintOnCappedWorker(task: FileTask): Promise<{ outcome?: FileOutcome; error?: Error }> {
  const pool = join(__dirname, "..", "..", "server", "src", "cli", "lint-pool.ts");
  const code = `require("tsx/cjs"); const { parentPort, workerData } = require("node:worker_threads"); const { lintTask } = require(${JSON.stringify(pool)}); const o = lintTask(workerData); if (o.ok) for (const f of o.findings) delete f.fix; parentPort.postMessage(o);`;
  return new Promise((resolve) => {
    const worker = new Worker(code, { eval: true, workerData: task, resourceLimits: WORKER_RESOURCE_LIMITS });
    let outcome: FileOutcome | undefined;
    worker.on("message", (m: FileOutcome) => void (outcome = m));
    worker.on("error", (error) => resolve({ error }));
    worker.on("exit", () => resolve(outcome ? { outcome } : { error: new Error("no outcome") }));
  });
}

describe("lintFiles' memory on worker threads", () => {
  it("lints a template of WORKER_MAX_FILE_BYTES within a worker's heap cap", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pl-pool-mem-"));
    try {
      const file = join(dir, "large.md");
      writeFileSync(file, bigTemplate(WORKER_MAX_FILE_BYTES));
      const got = await lintOnCappedWorker({ index: 0, file, shown: "large.md", maxBytes: 2 * WORKER_MAX_FILE_BYTES, config: {}, keepText: false });
      assert.equal(got.error, undefined, `a worker capped at ${JSON.stringify(WORKER_RESOURCE_LIMITS)} ran out: ${got.error?.message}`);
      assert.ok(got.outcome?.ok, got.outcome?.ok === false ? got.outcome.reason : "no outcome");
      assert.ok(got.outcome.findings.length > 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("lints a file over WORKER_MAX_FILE_BYTES on the main thread, with the same report and order", () => {
    const dir = mkdtempSync(join(tmpdir(), "pl-pool-mem-"));
    try {
      mkdirSync(join(dir, "g"));
      const files: string[] = [];
      for (let i = 0; i < 24; i++) {
        const file = join(dir, "g", `t${String(i).padStart(2, "0")}.md`);
        writeFileSync(file, i === 7 ? bigTemplate(WORKER_MAX_FILE_BYTES + 4096) : LETTER(i % 5 === 0 ? 1 : i));
        files.push(file);
      }
      const run = (workers: number) => {
        const errors: string[] = [];
        const progress: number[] = [];
        const result = lintFiles(files, { cwd: dir, fix: false, maxBytes: 2 * WORKER_MAX_FILE_BYTES, stderr: (s) => errors.push(s), progress: (done) => progress.push(done), workers });
        return { result, errors, progress };
      };
      const one = run(0);
      const pooled = run(1);
      assert.deepEqual(pooled.result, one.result);
      assert.deepEqual(pooled.errors, one.errors);
      assert.deepEqual(pooled.progress, one.progress);
      assert.ok(one.result.reports[7]!.diagnostics.length > 100);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

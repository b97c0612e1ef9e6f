// Linting many files on worker threads while `lintFiles` stays synchronous: the main thread hands
// out chunks of files and sleeps on a shared counter (Atomics) that a worker bumps after posting
// results, which it takes with receiveMessageOnPort. Outcomes are handed back in the files' order,
// so the output is the same as a run on one thread.
// Memory: a lint leaves garbage (matches, slices, tokens) far beyond what it keeps, and V8 lets an
// uncapped heap grow a long way before collecting it; the process's peak was that headroom, not
// retained data (10,000 templates: about 350-440 MB peak for 32 MB live). So every lint runs on a
// worker whose heap is capped (WORKER_RESOURCE_LIMITS) and the main thread, whose heap cannot be
// capped after start, only collects outcomes and runs the library pass. A file too large for a
// capped heap (over WORKER_MAX_FILE_BYTES) is linted on the main thread while it waits.

import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { isMainThread, MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from "node:worker_threads";
import { LineIndex, lintDocument, parseDocument, type Finding, type InputProblem, type LineStarts, type ProposalLintConfig } from "../engine";
import type { Directive } from "../engine/directives";
import type { TemplateFingerprint } from "../engine/library/fingerprint";
import { libraryEntryOf } from "../engine/library/lint-library";
import type { PlaceholderUse } from "../engine/library/placeholders";
import { readTemplate } from "../fs/read-template";

/** One file's work, done on the main thread or a worker: plain data, so it crosses threads. */
export interface FileTask {
  index: number;
  file: string;
  shown: string;
  maxBytes: number;
  config: ProposalLintConfig;
  /** Send the text back (its suppressions file has entries for it); otherwise only its line starts. */
  keepText: boolean;
  /** Its size in bytes when known: a file over WORKER_MAX_FILE_BYTES is linted on the main thread. */
  bytes?: number;
}

export type FileOutcome =
  | { index: number; ok: false; reason: string }
  | {
    index: number;
    ok: true;
    /** The text, when the task asked for it (`keepText`). */
    text?: string;
    /** Its line starts, for positions: a large library's texts are not kept on the main thread. */
    lines: LineStarts;
    /** The reader's notice (e.g. read as Windows-1252), shown by the main thread. */
    notice?: string;
    findings: Finding[];
    problems: InputProblem[];
    fingerprint: TemplateFingerprint;
    placeholders: PlaceholderUse[];
    directives: Directive[];
  };

/** Reads, parses (once) and lints one file, and takes the library pass's view of it. */
export function lintTask(task: FileTask): FileOutcome {
  const read = readTemplate(task.file, task.maxBytes);
  if (!read.ok) return { index: task.index, ok: false, reason: read.reason };
  const doc = parseDocument(read.text);
  const result = lintDocument(doc, task.config);
  const entry = libraryEntryOf(task.shown, doc);
  const lines = new LineIndex(read.text).lineStarts();
  return { index: task.index, ok: true, ...(task.keepText ? { text: read.text } : {}), lines, ...(read.notice ? { notice: read.notice } : {}), findings: result.findings, problems: result.problems, fingerprint: entry.fingerprint, placeholders: entry.placeholders, directives: doc.directives };
}

/** Libraries smaller than this are linted on the main thread alone (a worker costs a bundle load). */
export const POOL_MIN_FILES = 300;
const CHUNK = 16;
/** A worker that returns nothing for this long is given up on; the main thread lints its files. */
const STALL_MS = 60_000;
/** The same for a worker that has not answered once since it was started. */
const START_MS = 15_000;

const WORKER_FLAG = "proposalLintWorker";

/**
 * Each worker's heap cap. Linting the 10,000-template agency library (bench:library), a worker's
 * live data stays under 20 MB. A dense 1 MB template (a violation every few lines) came within a few
 * MB of the cap and, loaded from TypeScript sources, over it; so files over WORKER_MAX_FILE_BYTES
 * (half that) go to the main thread, and a worker that runs out is noticed only by the stall timer.
 */
export const WORKER_RESOURCE_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 } as const;
/** Files larger than this are linted on the main thread, whose heap is not capped. */
export const WORKER_MAX_FILE_BYTES = 1 << 19;

/**
 * Worker threads for `files` files: one per core (at most 4) for 300 files or more, and only from
 * the bundled CLI (a worker loads the same file: dist/cli.js). PROPOSAL_LINT_WORKERS overrides the
 * count; 0 lints every file on the main thread, as a small library is.
 */
export function poolSize(files: number): number {
  if (files < POOL_MIN_FILES || !__filename.endsWith(".js")) return 0;
  const env = process.env["PROPOSAL_LINT_WORKERS"];
  if (env !== undefined && /^\d+$/.test(env)) return Number(env);
  return Math.max(1, Math.min(availableParallelism(), 4));
}

interface PoolWorker {
  worker: Worker;
  port: MessagePort;
  outstanding: Set<number>;
  lastHeard: number;
  /** Heard from at least once (a worker that never starts is given up on sooner). */
  ready: boolean;
  dead: boolean;
}

/**
 * Lints `tasks` on `workers` worker threads (the main thread lints only files over
 * WORKER_MAX_FILE_BYTES, and those of a worker that stalls); calls `take` with every outcome in task
 * order. Synchronous: returns when all are taken. A task that throws becomes a failed outcome.
 */
export function lintInPool(tasks: readonly FileTask[], workers: number, take: (outcome: FileOutcome) => void): void {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const pool: PoolWorker[] = Array.from({ length: workers }, () => {
    const { port1, port2 } = new MessageChannel();
    const options = { workerData: { [WORKER_FLAG]: true, port: port2, signal }, transferList: [port2], resourceLimits: WORKER_RESOURCE_LIMITS };
    // From the bundle a worker loads the bundle, through its code-cache loader (cli-boot.js beside
    // it) when there is one; from TypeScript sources (tests), tsx loads them.
    const boot = join(dirname(__filename), "cli-boot.js");
    const worker = __filename.endsWith(".ts")
      ? new Worker(`require("tsx/cjs"); require(${JSON.stringify(__filename)});`, { ...options, eval: true })
      : new Worker(existsSync(boot) ? boot : __filename, options);
    worker.unref();
    // A worker over its heap cap is ended with an 'error' event, delivered once this synchronous
    // call has returned; its files are linted again on the main thread when it stalls (STALL_MS).
    worker.on("error", () => undefined);
    return { worker, port: port1, outstanding: new Set<number>(), lastHeard: Date.now(), ready: false, dead: false };
  });
  const results: (FileOutcome | undefined)[] = new Array(tasks.length);
  // Files too large for a capped heap are the main thread's; the rest are handed out in order.
  const large = tasks.filter((t) => (t.bytes ?? 0) > WORKER_MAX_FILE_BYTES);
  const forWorkers = large.length ? tasks.filter((t) => !((t.bytes ?? 0) > WORKER_MAX_FILE_BYTES)) : tasks;
  let next = 0;
  let nextLarge = 0;
  let emitted = 0;
  const emit = () => {
    while (emitted < tasks.length && results[emitted] !== undefined) {
      take(results[emitted]!);
      results[emitted] = undefined;
      emitted++;
    }
  };
  const give = (w: PoolWorker) => {
    while (!w.dead && w.outstanding.size < 2 * CHUNK && next < forWorkers.length) {
      const chunk = forWorkers.slice(next, next + CHUNK);
      next += chunk.length;
      for (const t of chunk) w.outstanding.add(t.index);
      w.port.postMessage(chunk);
    }
  };
  const runHere = (t: FileTask) => {
    results[t.index] = safely(t);
  };
  try {
    pool.forEach(give);
    while (emitted < tasks.length) {
      const seen = Atomics.load(signal, 0);
      let got = false;
      for (const w of pool) {
        for (let m = receiveMessageOnPort(w.port); m; m = receiveMessageOnPort(w.port)) {
          for (const o of m.message as FileOutcome[]) {
            results[o.index] = o;
            w.outstanding.delete(o.index);
          }
          w.lastHeard = Date.now();
          w.ready = true;
          got = true;
        }
        if (!w.dead && w.outstanding.size > 0 && Date.now() - w.lastHeard > (w.ready ? STALL_MS : START_MS)) {
          w.dead = true;
          for (const i of w.outstanding) runHere(tasks[i]!);
          w.outstanding.clear();
        }
        give(w);
      }
      emit();
      if (got) continue;
      if (nextLarge < large.length) {
        runHere(large[nextLarge++]!); // one file at a time, so workers are refilled promptly
        emit();
        continue;
      }
      if (pool.every((w) => w.dead) && next < forWorkers.length) {
        runHere(forWorkers[next++]!); // no worker left: the main thread lints the rest
        emit();
        continue;
      }
      if (emitted < tasks.length) Atomics.wait(signal, 0, seen, 100);
    }
  } finally {
    for (const w of pool) void w.worker.terminate();
  }
}

function safely(t: FileTask): FileOutcome {
  try {
    return lintTask(t);
  } catch (err) {
    return { index: t.index, ok: false, reason: `internal error: ${(err as Error).message}` };
  }
}

// Inside a worker started by lintInPool: lint each chunk posted and answer on the same port.
if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) {
  const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };
  port.on("message", (chunk: FileTask[]) => {
    // A pool runs only without --fix, and no report prints a fix: copying a finding to the main
    // thread would read its lazy `fix` and build every sentence rewrite for nothing.
    const outcomes = chunk.map(safely);
    for (const o of outcomes) if (o.ok) for (const f of o.findings) delete f.fix;
    port.postMessage(outcomes);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
}

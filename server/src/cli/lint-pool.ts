// Linting many files on worker threads while `lintFiles` stays synchronous: the main thread hands
// out chunks of files, lints files itself while it waits, and sleeps on a shared counter (Atomics)
// that a worker bumps after posting results, which it takes with receiveMessageOnPort. Outcomes are
// handed back in the files' order, so the output is the same as a run on one thread.

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
 * Worker threads to add for `files` files: one per spare core (at most 3) for 300 files or more,
 * and only from the bundled CLI (a worker loads the same file: dist/cli.js).
 */
export function poolSize(files: number): number {
  if (files < POOL_MIN_FILES || !__filename.endsWith(".js")) return 0;
  const env = process.env["PROPOSAL_LINT_WORKERS"];
  if (env !== undefined && /^\d+$/.test(env)) return Number(env);
  return Math.max(0, Math.min(availableParallelism() - 1, 3));
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
 * Lints `tasks` on `workers` worker threads and the main thread; calls `take` with every outcome in
 * task order. Synchronous: returns when all are taken. A task that throws becomes a failed outcome.
 */
export function lintInPool(tasks: readonly FileTask[], workers: number, take: (outcome: FileOutcome) => void): void {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const pool: PoolWorker[] = Array.from({ length: workers }, () => {
    const { port1, port2 } = new MessageChannel();
    const options = { workerData: { [WORKER_FLAG]: true, port: port2, signal }, transferList: [port2] };
    // From the bundle a worker loads the bundle, through its code-cache loader (cli-boot.js beside
    // it) when there is one; from TypeScript sources (tests), tsx loads them.
    const boot = join(dirname(__filename), "cli-boot.js");
    const worker = __filename.endsWith(".ts")
      ? new Worker(`require("tsx/cjs"); require(${JSON.stringify(__filename)});`, { ...options, eval: true })
      : new Worker(existsSync(boot) ? boot : __filename, options);
    worker.unref();
    return { worker, port: port1, outstanding: new Set<number>(), lastHeard: Date.now(), ready: false, dead: false };
  });
  const results: (FileOutcome | undefined)[] = new Array(tasks.length);
  let next = 0;
  let emitted = 0;
  const emit = () => {
    while (emitted < tasks.length && results[emitted] !== undefined) {
      take(results[emitted]!);
      results[emitted] = undefined;
      emitted++;
    }
  };
  const give = (w: PoolWorker) => {
    while (!w.dead && w.outstanding.size < 2 * CHUNK && next < tasks.length) {
      const chunk = tasks.slice(next, next + CHUNK);
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
      if (next < tasks.length) {
        runHere(tasks[next++]!); // the main thread lints too, one file at a time so workers are refilled promptly
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

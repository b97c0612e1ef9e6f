// Process-wide V8 tuning for the engine's large patterns, set by the process entries (server,
// CLI) before the first lint. V8 runs a new RegExp once in its bytecode interpreter and then
// compiles it to machine code; by default it first runs a peephole optimizer over that bytecode,
// which for the engine's biggest patterns (the largest are 1 to 2 KB of source) costs far
// more than the one interpreted run it speeds up: about half of a process's first lint (660 ms ->
// 330 ms for a 5 KB template on the shared 2-core machine; see scripts/bench.ts "first lint in a
// fresh process"). Steady-state matching runs the machine code either way.
// V8 also compiles a RegExp to machine code at its second execution (tier-up ticks: 1), which for
// the clause-level patterns, each run on a few short clauses per lint, costs more than it saves
// in the first lints: at 30 executions, a pattern is compiled only once it is used often. A subject
// of 1,000 characters or more still tiers up at once (V8's own rule), so whole-document scans run
// as machine code from the start. `npm run bench`, first lint in a fresh process with the tuning,
// two alternating runs each: 941 and 1,274 ms before, 826 and 900 ms after (a slow phase of the host).
import { setFlagsFromString } from "node:v8";

/** Executions of a RegExp on short subjects before V8 compiles it to machine code. */
const REGEXP_TIER_UP_TICKS = 30;

let done = false;

/** Turns off the bytecode peephole optimizer for RegExps and delays their tier-up (once per process; threads share it). */
export function tuneRegExpCompilation(): void {
  if (done) return;
  done = true;
  setFlagsFromString("--no-regexp-peephole-optimization");
  setFlagsFromString(`--regexp-tier-up-ticks=${REGEXP_TIER_UP_TICKS}`);
}

/**
 * Texts shorter than this (UTF-16 units) may be linted with `withQuickRegExpCompilation`: V8 runs a
 * RegExp's first executions in its bytecode interpreter only on subjects under 1,000 units, and the
 * engine's subjects are at most a few units longer than the text it lints (24 over every corpus file).
 */
export const QUICK_COMPILATION_TEXT_LIMIT = 900;

/**
 * Runs `fn` with V8's RegExp optimizations off, for a process's first lints. V8 compiles a RegExp at
 * its first execution; with optimizations on, the engine's large patterns (a bounded `\s{1,3}` is
 * unrolled, then analysed for quick checks and lookahead tables) take 5 to 60 ms each, about two
 * thirds of a cold lint. Off, the same pattern compiles to bytecode in 3 to 5 ms and matches the
 * same strings; at its tier-up (the 30th execution, or its first on a subject of 1,000 units or
 * more) V8 compiles it again, to machine code, with the flags of that moment, so once `fn` returns
 * later lints run fully optimized code. Only patterns executed 30 times inside `fn` (in a short
 * text, the one-class scanners such as /\s+/y) keep unoptimized machine code. Call it only on texts
 * under QUICK_COMPILATION_TEXT_LIMIT, so no subject is long enough to compile machine code at once.
 */
export function withQuickRegExpCompilation<T>(fn: () => T): T {
  setFlagsFromString("--no-regexp-optimization");
  try {
    return fn();
  } finally {
    setFlagsFromString("--regexp-optimization");
  }
}

// Process-wide V8 tuning for the engine's large patterns, set by the process entries (server,
// CLI) before the first lint. V8 runs a new RegExp once in its bytecode interpreter and then
// compiles it to machine code; by default it first runs a peephole optimizer over that bytecode,
// which for the engine's biggest patterns (the largest are 1 to 2 KB of source) costs far
// more than the one interpreted run it speeds up: about half of a process's first lint (660 ms ->
// 330 ms for a 5 KB template on the shared 2-core machine; see scripts/bench.ts "first lint in a
// fresh process"). Steady-state matching runs the machine code either way.
import { setFlagsFromString } from "node:v8";

let done = false;

/** Turns off the bytecode peephole optimizer for RegExps (once per process; threads share it). */
export function tuneRegExpCompilation(): void {
  if (done) return;
  done = true;
  setFlagsFromString("--no-regexp-peephole-optimization");
}

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

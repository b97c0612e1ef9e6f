// A literal prefilter for the rules' patterns: before a pattern runs on a clause, one automaton
// pass over the clause has already said whether any of the pattern's required literals occurs in
// it. Most clauses name none of "star", "review", "paypal", "login"…, so most patterns never run.
// The literals are computed from the patterns' syntax (literals.ts) by `npm run prefilter` into
// required-literals.json; a pattern whose source no longer matches its entry is simply not filtered.
// test/engine/prefilter.test.ts checks that the file is current and that filtering changes no result.

import * as account from "../patterns/account";
import * as conduct from "../patterns/conduct";
import * as contact from "../patterns/contact";
import * as feedback from "../patterns/feedback";
import * as intent from "../patterns/intent";
import * as payment from "../patterns/payment";
import * as spam from "../patterns/spam";
import { LiteralAutomaton } from "./automaton";
import REQUIRED from "./required-literals.json";

/** A pattern's entry in required-literals.json: a hash of its source and its required literals. */
export interface RequiredLiterals {
  source: string;
  literals: string[];
}

/** Texts whose scan is kept; a lint looks at each clause once per rule, so a lint's clauses fit. */
const CACHE_LIMIT = 8192;

/** The patterns modules, by the name their entries in required-literals.json start with. */
export const PATTERN_MODULES: Record<string, object> = { account, conduct, contact, feedback, intent, payment, spam };

/** Every RegExp the patterns modules export, as ["module:NAME", pattern]. */
export function namedPatterns(): [string, RegExp][] {
  return Object.entries(PATTERN_MODULES).flatMap(([module, exports]) =>
    Object.entries(exports).filter((e): e is [string, RegExp] => e[1] instanceof RegExp).map(([name, re]): [string, RegExp] => [`${module}:${name}`, re]),
  );
}

/** A 32-bit FNV-1a hash of a pattern's flags and source, in hex: enough to notice that it changed. */
export function sourceHash(re: RegExp): string {
  const text = `/${re.source}/${re.flags}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** The text as literals are compared with it: lower case, with "ſ" (which /iu folds to "s") as "s". */
export function foldForLiterals(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("ſ") ? lower.replaceAll("ſ", "s") : lower;
}

/** Which of a set of patterns can match a text, from their required literals. */
export class Prefilter {
  private readonly ids = new Map<RegExp, number>();
  private readonly automaton: LiteralAutomaton;
  private readonly cache = new Map<string, Uint8Array>();

  /** `patterns`: [pattern, its required literals] pairs; a pattern not given is always run. */
  constructor(patterns: Iterable<[RegExp, readonly string[]]>) {
    const pairs: [string, number][] = [];
    for (const [re, literals] of patterns) {
      if (this.ids.has(re) || literals.length === 0) continue;
      const id = this.ids.size;
      this.ids.set(re, id);
      for (const literal of literals) pairs.push([literal, id]);
    }
    this.automaton = new LiteralAutomaton(pairs);
  }

  /** How many patterns are filtered. */
  get filtered(): number {
    return this.ids.size;
  }

  /** False only when `re` cannot match `text` (none of its required literals occurs); true for unknown patterns. */
  mayMatch(re: RegExp, text: string): boolean {
    const id = this.ids.get(re);
    if (id === undefined) return true;
    let found = this.cache.get(text);
    if (!found) {
      found = new Uint8Array(this.ids.size);
      this.automaton.scan(foldForLiterals(text), found);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(text, found);
    }
    return found[id] === 1;
  }
}

let shared: Prefilter | undefined;

/** The process's prefilter over the exported patterns whose entry is current, built at first use. */
export function patternPrefilter(): Prefilter {
  if (!shared) {
    const table = REQUIRED as Record<string, RequiredLiterals>;
    const current = namedPatterns().flatMap(([name, re]): [RegExp, string[]][] => {
      const entry = table[name];
      return entry && entry.source === sourceHash(re) ? [[re, entry.literals]] : [];
    });
    shared = new Prefilter(current);
  }
  return shared;
}

/** `re.test(text)`, skipped when the prefilter knows it cannot match. */
export function matches(re: RegExp, text: string): boolean {
  return patternPrefilter().mayMatch(re, text) && re.test(text);
}

// A literal prefilter for the rules' patterns: before a pattern runs on a clause, one automaton
// pass over the clause has already said which of the patterns' required literals occur in it.
// Most clauses name none of "star", "review", "paypal", "login"…, so most patterns never run.
// The literals are computed from the patterns' syntax (literals.ts) by `npm run prefilter` into
// required-literals.json; a pattern whose source no longer matches its entry is simply not filtered.
// test/engine/prefilter.test.ts checks that the file is current and that filtering changes no result.

import * as contactLexicon from "../lexicons/contact";
import * as account from "../patterns/account";
import * as accountBorrowed from "../patterns/account-borrowed";
import * as conduct from "../patterns/conduct";
import * as contact from "../patterns/contact";
import * as feedback from "../patterns/feedback";
import * as intent from "../patterns/intent";
import * as payment from "../patterns/payment";
import * as spam from "../patterns/spam";
import { HitList, LiteralAutomaton } from "./automaton";
import type { MatchReach } from "./literals";
import { bucketHits, candidateWindows, type TextHits, type Windows } from "./windows";
import REQUIRED from "./required-literals.json";
import REACH from "./match-reach.json";

/**
 * A pattern's entry in required-literals.json: a hash of its source and, per top-level
 * alternative, the literal sets a match of it contains a string of each (literals.ts).
 */
export interface RequiredLiterals {
  source: string;
  alternatives: string[][][];
}

/**
 * A pattern's entry in match-reach.json: a hash of its source and how far a match reaches
 * (literals.ts `matchReach`); only patterns whose matches are bounded have one.
 */
export interface ReachEntry extends MatchReach {
  source: string;
}

/** Texts at least this long are scanned with the literals' positions kept, for `windowsFor`; shorter ones run their patterns whole. */
export const WINDOWED_TEXT = 1024;

/** Texts whose scan is kept within one lint (each clause is asked about once per rule); see `forget`. */
const CACHE_LIMIT = 8192;
/**
 * Texts scanned by substring search before the automaton is built (ski rental), in searches of a
 * short text: a fresh process builds the automaton over the 2,600 literals in about 45 ms, while a
 * search of a short text for each literal costs about 0.2 ms, so a process's first lint of a short
 * document never pays for the automaton, and a busy one pays for it once its searches would have
 * cost as much. A long text's search costs `searchCost` of these (a 5 KB prose view about 16), so
 * the first lint of a letter of a few KB, whose one long text is its prose, searches too.
 */
const SEARCHES_BEFORE_AUTOMATON = 200;
/** Text length (UTF-16 units) one short search stands for, in `searchCost`: a 5 KB search took about 15 short ones' time. */
const UNITS_PER_SEARCH = 320;

/** What searching `length` units for every literal costs, in searches of a short text. */
function searchCost(length: number): number {
  return Math.max(1, Math.ceil(length / UNITS_PER_SEARCH));
}
/** Scans whose results share one allocation: a lint scans hundreds of clauses, and a typed array of its own each cost more than the scan of a short one. */
const SCANS_PER_CHUNK = 64;

/** The modules of patterns, by the name their entries in required-literals.json start with. */
export const PATTERN_MODULES: Record<string, object> = { account, "account-borrowed": accountBorrowed, conduct, contact, "contact-lexicon": contactLexicon, feedback, intent, payment, spam };

/** Every RegExp the patterns modules export, as ["module:NAME", pattern]. */
export function namedPatterns(): [string, RegExp][] {
  return Object.entries(PATTERN_MODULES).flatMap(([module, exports]) =>
    Object.entries(exports).filter((e): e is [string, RegExp] => e[1] instanceof RegExp).map(([name, re]): [string, RegExp] => [`${module}:${name}`, re]),
  );
}

/**
 * A 32-bit FNV-1a hash of a pattern's flags and source, in hex: enough to notice that it changed.
 * A non-ASCII character counts as its lower-case \uXXXX escape, which is how the bundles spell it
 * (scripts/lib/ascii-source.mjs), so the sources and the bundles hash alike.
 */
export function sourceHash(re: RegExp): string {
  const text = `/${re.source}/${re.flags}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) h = Math.imul(h ^ c, 0x01000193);
    else {
      const escape = "\\u" + c.toString(16).padStart(4, "0");
      for (let j = 0; j < escape.length; j++) h = Math.imul(h ^ escape.charCodeAt(j), 0x01000193);
    }
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** The text as literals are compared with it: lower case, with "ſ" (which /iu folds to "s") as "s". */
export function foldForLiterals(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("ſ") ? lower.replaceAll("ſ", "s") : lower;
}

/** Which of a set of patterns can match a text, from their required literals. */
export class Prefilter {
  /** Per pattern, its alternatives, each the ids of the literal sets it needs. */
  private readonly gates = new Map<RegExp, Int32Array[]>();
  /** The same gates flat, as `mayMatch` reads them a few hundred thousand times a long lint: per alternative, its set count, then its set ids. */
  private readonly flatGates = new Map<RegExp, Int32Array>();
  private readonly reaches = new Map<RegExp, MatchReach>();
  private readonly sets = new Map<string, number>();
  /** Per literal set, 1 when some pattern with a reach needs its positions (kept in long texts); see `chooseRecorded`. */
  private readonly record: Uint8Array;
  /** Per literal set, its occurrences in the long texts scanned so far, and their total length. */
  private readonly seen: Float64Array;
  private seenLength = 0;
  /** The alternatives of the patterns with a reach, each as its literal sets' ids. */
  private readonly windowedAlternatives: Int32Array[] = [];
  /** Per literal set, its shortest literal's length in UTF-16 units. */
  private readonly minLength: Int32Array;
  /** Long texts' literal positions (null: the text needed the folded scan, so none are known); see `forget`. */
  private readonly hitsCache = new Map<string, TextHits | null>();
  private readonly hitList = new HitList();
  /** [literal, id] pairs, for the automaton; see `automaton`. */
  private readonly pairs: [string, number][];
  /** The distinct literals, for the scan before the automaton exists; see `search`. */
  private searchedLiterals: string[] | undefined;
  /** Per distinct literal, where its set ids start in `searchedIds` (one more entry: the end). */
  private searchedStarts: Int32Array | undefined;
  private searchedIds: Int32Array | undefined;
  private searches = 0;
  private built: LiteralAutomaton | undefined;
  private readonly cache = new Map<string, Uint8Array>();
  private lastText: string | undefined;
  private lastFound: Uint8Array | undefined;
  /** Where the next scans' results are cut from; a region is handed out once, so it is still zero. */
  private chunk = new Uint8Array(0);
  private chunkUsed = 0;

  /**
   * `patterns`: [pattern, its alternatives' literal sets, how far its matches reach] entries; a
   * pattern not given is always run, one without a reach always over the whole text.
   */
  constructor(patterns: Iterable<[RegExp, readonly (readonly (readonly string[])[])[], MatchReach?]>) {
    const pairs: [string, number][] = [];
    const shortest = new Map<number, number>();
    for (const [re, alternatives, reach] of patterns) {
      if (this.gates.has(re) || alternatives.length === 0 || alternatives.some((a) => a.length === 0)) continue;
      // Plain loops: this runs once per process, before V8 has compiled any of it.
      const gate: Int32Array[] = [];
      let flatLength = 0;
      for (const sets of alternatives) {
        const ids = new Int32Array(sets.length);
        for (let i = 0; i < sets.length; i++) {
          const literals = sets[i]!;
          const key = sortedKey(literals);
          let id = this.sets.get(key);
          if (id === undefined) {
            this.sets.set(key, (id = this.sets.size));
            let min = Infinity;
            for (const literal of literals) {
              pairs.push([literal, id]);
              if (literal.length < min) min = literal.length;
            }
            shortest.set(id, min);
          }
          ids[i] = id;
        }
        gate.push(ids);
        flatLength += 1 + ids.length;
      }
      const flat = new Int32Array(flatLength);
      let at = 0;
      for (const ids of gate) {
        flat[at++] = ids.length;
        flat.set(ids, at);
        at += ids.length;
      }
      this.gates.set(re, gate);
      this.flatGates.set(re, flat);
      if (reach && re.global && !re.sticky && !re.hasIndices) {
        this.reaches.set(re, reach);
        this.windowedAlternatives.push(...gate);
      }
    }
    this.pairs = pairs;
    this.record = new Uint8Array(this.sets.size);
    this.seen = new Float64Array(this.sets.size);
    this.chooseRecorded();
    this.minLength = new Int32Array(this.sets.size);
    for (const [id, length] of shortest) this.minLength[id] = length;
  }

  /**
   * Drops the scans kept so far. A lint calls it when done: the keys are clauses sliced from the
   * document, and V8 keeps a slice's whole parent string alive, so a kept scan would hold its document.
   */
  forget(): void {
    this.cache.clear();
    this.hitsCache.clear();
    this.lastText = undefined;
    this.lastFound = undefined;
  }

  /** The automaton over the literals, built at its first use. */
  private get automaton(): LiteralAutomaton {
    return (this.built ??= new LiteralAutomaton(this.pairs));
  }

  /**
   * `automaton.scan(foldForLiterals(text), found)` by one substring search per distinct literal, while
   * the automaton is not built. Indexed loops over flat arrays: in a fresh process this runs before V8
   * has compiled it, where destructuring each entry cost more than the search.
   */
  private search(text: string, found: Uint8Array): void {
    this.prepareSearch();
    const literals = this.searchedLiterals!;
    const starts = this.searchedStarts!;
    const ids = this.searchedIds!;
    const folded = foldForLiterals(text);
    for (let i = 0; i < literals.length; i++) {
      if (folded.includes(literals[i]!)) for (let j = starts[i]!; j < starts[i + 1]!; j++) found[ids[j]!] = 1;
    }
  }

  /**
   * `automaton.scanFoldingHits(text, counts, record, hits)` by substring searches, while the automaton
   * is not built: the same counts and the same (id, start) hits, met literal by literal instead of in
   * order of their ends, which `bucketHits` and `candidateWindows` do not depend on. Returns false,
   * as that scan does, when `text` holds a unit that lower-cases by context (Σ) or into two units
   * (İ), whose folded text's offsets are not the text's own.
   */
  private searchHits(text: string, counts: Int32Array, record: Uint8Array, hits: HitList): boolean {
    if (text.includes("\u03a3")) return false;
    const folded = foldForLiterals(text);
    // Lower-casing never shortens a character, so equal lengths mean no unit grew: offsets line up.
    if (folded.length !== text.length) return false;
    this.prepareSearch();
    const literals = this.searchedLiterals!;
    const starts = this.searchedStarts!;
    const ids = this.searchedIds!;
    for (let i = 0; i < literals.length; i++) {
      const literal = literals[i]!;
      // Every occurrence, overlapping ones too, as the automaton reports them.
      for (let at = folded.indexOf(literal); at >= 0; at = folded.indexOf(literal, at + 1)) {
        for (let j = starts[i]!; j < starts[i + 1]!; j++) {
          const id = ids[j]!;
          counts[id]!++;
          if (record[id] === 1) hits.push(id, at);
        }
      }
    }
    return true;
  }

  /** The distinct literals with their set ids in flat arrays, for `search` and `searchHits` (once). */
  private prepareSearch(): void {
    if (!this.searchedLiterals) {
      const byLiteral = new Map<string, number[]>();
      const { pairs } = this;
      for (let i = 0; i < pairs.length; i++) {
        const pair = pairs[i]!;
        const ids = byLiteral.get(pair[0]);
        if (ids) ids.push(pair[1]);
        else byLiteral.set(pair[0], [pair[1]]);
      }
      const literals: string[] = [];
      const starts = new Int32Array(byLiteral.size + 1);
      const flat = new Int32Array(pairs.length);
      let at = 0;
      for (const [literal, ids] of byLiteral) {
        starts[literals.length] = at;
        literals.push(literal);
        for (let i = 0; i < ids.length; i++) flat[at++] = ids[i]!;
      }
      starts[literals.length] = at;
      this.searchedLiterals = literals;
      this.searchedStarts = starts;
      this.searchedIds = flat.subarray(0, at);
    }
  }

  /** An all-zero array with one flag per literal set, cut from the current chunk. */
  private freshFound(): Uint8Array {
    const size = this.sets.size;
    if (this.chunkUsed + size > this.chunk.length) {
      this.chunk = new Uint8Array(size * SCANS_PER_CHUNK);
      this.chunkUsed = 0;
    }
    this.chunkUsed += size;
    return this.chunk.subarray(this.chunkUsed - size, this.chunkUsed);
  }

  /** How many patterns are filtered. */
  get filtered(): number {
    return this.gates.size;
  }

  /** How many of them run only near their literals on long texts. */
  get windowed(): number {
    return this.reaches.size;
  }

  /** The flags of the literal sets found in `text`, scanned once (with positions kept when it is long). */
  private foundIn(text: string): Uint8Array {
    // A rule asks about one clause several times in a row: the last answer first, then the cache.
    let found = text === this.lastText ? this.lastFound : this.cache.get(text);
    if (!found) {
      found = this.freshFound();
      let scanned: boolean;
      if (text.length >= WINDOWED_TEXT && this.reaches.size > 0) {
        const hits = this.hitList;
        hits.size = 0;
        const counts = new Int32Array(this.sets.size);
        const cost = searchCost(text.length);
        if (!this.built && this.searches + cost <= SEARCHES_BEFORE_AUTOMATON) {
          this.searches += cost;
          scanned = this.searchHits(text, counts, this.record, hits);
        } else scanned = this.automaton.scanFoldingHits(text, counts, this.record, hits);
        this.hitsCache.set(text, scanned ? bucketHits(hits.data, hits.size, this.sets.size) : null);
        if (scanned) {
          for (let id = 0; id < counts.length; id++) {
            if (counts[id]! > 0) found[id] = 1;
            this.seen[id]! += counts[id]!;
          }
          this.seenLength += text.length;
          this.chooseRecorded();
        }
      } else if (!this.built && this.searches < SEARCHES_BEFORE_AUTOMATON) {
        this.searches++;
        this.search(text, found);
        scanned = true;
      } else scanned = this.automaton.scanFolding(text, found);
      if (!scanned) {
        found.fill(0);
        if (this.built) this.automaton.scan(foldForLiterals(text), found);
        else this.search(text, found);
      }
      if (this.cache.size >= CACHE_LIMIT) {
        this.cache.clear();
        for (const kept of this.hitsCache.keys()) if (kept !== text) this.hitsCache.delete(kept);
      }
      this.cache.set(text, found);
    }
    this.lastText = text;
    this.lastFound = found;
    return found;
  }

  /**
   * Chooses the literal sets whose positions the next long texts' scans keep: for each alternative of
   * a pattern with a reach, the set met least often in the long texts so far (before any, the first,
   * which literals.ts ranks rarest by its letters). Every match of the alternative contains one of
   * that set's literals, so its positions are enough for the windows; keeping those of common words
   * ("you", "on") too cost more than it saved. Which set is kept never changes a match, only speed.
   */
  private chooseRecorded(): void {
    const { record, seen } = this;
    record.fill(0);
    for (const sets of this.windowedAlternatives) {
      let best = sets[0]!;
      for (let i = 1; i < sets.length; i++) if (seen[sets[i]!]! < seen[best]!) best = sets[i]!;
      record[best] = 1;
    }
  }

  /**
   * Where `re` (a global pattern) needs to run in `text`: false when it cannot match there, true
   * when over the whole text (short text, unbounded or unfiltered pattern, literals too dense), else
   * the windows of possible match starts (windows.ts; run them with `windowedMatches`).
   */
  windowsFor(re: RegExp, text: string): boolean | Windows {
    const reach = this.reaches.get(re);
    if (reach === undefined || text.length < WINDOWED_TEXT) return this.mayMatch(re, text);
    if (!this.mayMatch(re, text)) return false;
    const hits = this.hitsCache.get(text);
    if (!hits) return true;
    const windows = candidateWindows(this.gates.get(re)!, this.foundIn(text), hits, this.minLength, reach, text.length);
    return windows === null ? true : windows.length === 0 ? false : windows;
  }

  /** How far matches of `re` reach, when it is run in windows. */
  reachOf(re: RegExp): MatchReach | undefined {
    return this.reaches.get(re);
  }

  /** False only when `re` cannot match `text` (no alternative finds all its sets); true for unknown patterns. */
  mayMatch(re: RegExp, text: string): boolean {
    const gate = this.flatGates.get(re);
    if (gate === undefined) return true;
    const found = this.foundIn(text);
    for (let at = 0; at < gate.length; ) {
      const end = at + 1 + gate[at]!;
      let i = at + 1;
      while (i < end && found[gate[i]!] === 1) i++;
      if (i === end) return true;
      at = end;
    }
    return false;
  }
}

/** A literal set's key: its literals sorted, joined by NUL (the file's sets come sorted, so usually no sort). */
function sortedKey(literals: readonly string[]): string {
  for (let i = 1; i < literals.length; i++) if (literals[i - 1]! > literals[i]!) return [...literals].sort().join("\u0000");
  return literals.join("\u0000");
}

let shared: Prefilter | undefined;

/** The process's prefilter over the exported patterns whose entry is current, built at first use. */
export function patternPrefilter(): Prefilter {
  if (!shared) {
    const table = REQUIRED as Record<string, RequiredLiterals>;
    const reaches = REACH as Record<string, ReachEntry>;
    const current = namedPatterns().flatMap(([name, re]): [RegExp, string[][][], MatchReach?][] => {
      const entry = table[name];
      if (!entry || entry.source !== sourceHash(re)) return [];
      const reach = reaches[name];
      return [[re, entry.alternatives, reach && reach.source === entry.source ? reach : undefined]];
    });
    shared = new Prefilter(current);
  }
  return shared;
}

/** `re.test(text)`, skipped when the prefilter knows it cannot match. */
export function matches(re: RegExp, text: string): boolean {
  return patternPrefilter().mayMatch(re, text) && re.test(text);
}

// Required literals of a regular expression: for each of its top-level alternatives, a few sets of
// strings such that every match of that alternative contains a string from each set (RE2's
// prefilter; Russ Cox, "Regular Expression Matching with a Trigram Index", 2012). A text that
// satisfies no alternative's sets cannot match, so the pattern need not run. The AST comes from
// @eslint-community/regexpp, the parser eslint-plugin-regexp builds on. Parsing every pattern
// costs about 200 ms, so this runs when the patterns change (`npm run prefilter` writes
// required-literals.json), never at lint time.

import { parseRegExpLiteral, type AST } from "@eslint-community/regexpp";

/** Largest set of exact strings tracked for one node before it is treated as "anything". */
const MAX_EXACT = 48;
/** Largest character class spelled out as exact strings (e.g. `['’]`; `[\s-]` is not). */
const MAX_CLASS = 6;
/** Sets kept per alternative: the rarest few carry almost all of the selectivity. */
const MAX_SETS = 3;
/** An alternative is worth filtering when its sets together are at least this rare (see `rarity`): a gate costs a
 * few array reads, so even a two-letter word pays when the pattern behind it is long. */
const MIN_STRENGTH = 2;

/** Literal sets all of which a match contains a string of (a conjunction of disjunctions). */
type Conjunction = Set<string>[];

/**
 * What is known of a node: `exact` is every string it can match (lower case; `""` when it can
 * match nothing, e.g. `s?`), or null when there are too many; `all` holds sets one of whose
 * strings every match contains, each set.
 */
interface Info {
  exact: Set<string> | null;
  all: Conjunction;
}

const ANY: Info = { exact: null, all: [] };
const EMPTY: Info = { exact: new Set([""]), all: [] };

/**
 * For each top-level alternative of `re`, up to three sets of lower-case literals: a text can
 * match only if, for some alternative, it contains a string of each of that alternative's sets.
 * Null when some alternative has nothing selective (see `rarity`): the pattern is then always run.
 * Sound for case-insensitive patterns only against lower-cased text in which "ſ" has been folded
 * to "s" (prefilter/index.ts `foldForLiterals`). Lookarounds and back-references add nothing.
 *
 * @throws never: a pattern that regexpp cannot parse gets null (no filter), not an error.
 */
export function requiredLiterals(re: RegExp): string[][][] | null {
  let pattern: AST.Pattern;
  try {
    pattern = parseRegExpLiteral(re).pattern;
  } catch {
    return null;
  }
  caseSensitive = !re.ignoreCase;
  const alternatives: string[][][] = [];
  for (const alternative of pattern.alternatives) {
    const info = ofSequence(alternative.elements);
    const sets = strongest(info.exact ? [info.exact, ...info.all] : info.all);
    if (sets.reduce((sum, s) => sum + strength(s), 0) < MIN_STRENGTH) return null;
    alternatives.push(sets.map((s) => [...s].sort()));
  }
  return alternatives;
}

/** A group's alternatives: exact strings if few, and one set, the union of each alternative's rarest. */
function ofAlternatives(alternatives: AST.Alternative[]): Info {
  let exact: Set<string> | null = new Set();
  let union: Set<string> | null = new Set();
  for (const alternative of alternatives) {
    const info = ofSequence(alternative.elements);
    if (exact && info.exact && exact.size + info.exact.size <= MAX_EXACT) for (const s of info.exact) exact.add(s);
    else exact = null;
    const own = strongest(info.exact ? [info.exact, ...info.all] : info.all)[0];
    if (union && own) for (const s of own) union.add(s);
    else union = null;
  }
  return { exact, all: union ? [union] : [] };
}

/** A sequence: runs of exact elements become cross products; every element's sets hold for the whole. */
function ofSequence(elements: AST.Element[]): Info {
  const all: Conjunction = [];
  let run: Set<string> = new Set([""]);
  let allExact = true;
  for (const element of elements) {
    const info = ofElement(element);
    all.push(...info.all);
    if (info.exact && run.size * info.exact.size <= MAX_EXACT) {
      run = cross(run, info.exact);
      continue;
    }
    allExact = false;
    all.push(run);
    run = info.exact ?? new Set([""]);
  }
  if (allExact) return { exact: run, all: strongest(all) };
  all.push(run);
  return { exact: null, all: strongest(all) };
}

function ofElement(element: AST.Element): Info {
  switch (element.type) {
    case "Character":
      return { exact: charSet([element.value]), all: [] };
    case "CharacterClass":
      return ofClass(element);
    case "Group":
    case "CapturingGroup":
      return ofAlternatives(element.alternatives);
    case "Quantifier":
      return ofQuantifier(element);
    case "Assertion":
      return EMPTY; // zero width: \b, ^, $, lookarounds
    default:
      return ANY; // ., \s, \w, \p{…}, back-references, v-flag expressions
  }
}

function ofQuantifier(q: AST.Quantifier): Info {
  const inner = ofElement(q.element);
  if (q.min === 0) return q.max === 1 && inner.exact ? { exact: new Set(["", ...inner.exact]), all: [] } : ANY;
  let exact: Set<string> | null = null;
  if (inner.exact && q.max === q.min && q.min <= 3) {
    exact = new Set([""]);
    for (let i = 0; i < q.min && exact; i++) exact = exact.size * inner.exact.size <= MAX_EXACT ? cross(exact, inner.exact) : null;
  }
  return { exact, all: strongest(inner.exact ? [inner.exact, ...inner.all] : inner.all) };
}

function ofClass(cls: AST.CharacterClass): Info {
  if (cls.negate || cls.unicodeSets) return ANY;
  const codes: number[] = [];
  for (const e of cls.elements) {
    if (e.type === "Character") codes.push(e.value);
    else if (e.type === "CharacterClassRange" && e.max.value - e.min.value < MAX_CLASS) {
      for (let c = e.min.value; c <= e.max.value; c++) codes.push(c);
    } else return ANY;
    if (codes.length > MAX_CLASS) return ANY;
  }
  return { exact: charSet(codes), all: [] };
}

/** Whether the pattern being read matches case-sensitively (no /i flag). */
let caseSensitive = false;

/**
 * The characters as exact strings, as the folded text spells them (lower case, "ſ" as "s"), or null
 * when one could case-fold to another string than its lower case.
 */
function charSet(codes: number[]): Set<string> | null {
  const out = new Set<string>();
  for (const code of codes) {
    const ch = String.fromCodePoint(code);
    const lower = ch.toLowerCase();
    // Under /i, non-ASCII letters fold in ways plain lower-casing does not mirror (final sigma, dotted I).
    // Without /i a letter matches only itself, and the folded text holds its lower case where the
    // text holds it (a text whose lower case depends on context is scanned folded, prefilter/automaton.ts).
    if (code > 0x7f && (lower !== ch || ch.toUpperCase() !== ch) && !(caseSensitive && code !== 0x03a3 && code !== 0x03c2)) return null;
    out.add(lower === "ſ" ? "s" : lower);
  }
  return out;
}

function cross(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/**
 * How selective a literal is, roughly how rare it is in prose: letters and digits count 1 each,
 * common punctuation and spaces ½, other symbols ("@", "{", "★") 3.
 */
function rarity(literal: string): number {
  let score = 0;
  for (const ch of literal) score += /[\p{L}\p{N}]/u.test(ch) ? 1 : COMMON_PUNCTUATION.has(ch) ? 0.5 : 3;
  return score;
}
const COMMON_PUNCTUATION = new Set([..." \t\n.,:;!?'’\"“”()-–—/"]);

/** Each set's strength, computed once (sets are never changed once built). */
const strengths = new WeakMap<Set<string>, number>();

/** How selective a literal set is: its least rare string's rarity (0 when it holds "", or is empty). */
function strength(set: Set<string>): number {
  let known = strengths.get(set);
  if (known === undefined) {
    let min = Infinity;
    for (const s of set) min = Math.min(min, rarity(s));
    strengths.set(set, (known = min === Infinity ? 0 : min));
  }
  return known;
}

/** The most selective sets (rarest least-rare string, then fewest strings), without useless or repeated ones. */
function strongest(sets: Conjunction): Conjunction {
  const useful = sets.filter((s) => strength(s) > 0);
  useful.sort((a, b) => strength(b) - strength(a) || a.size - b.size);
  const out: Conjunction = [];
  const seen = new Set<string>();
  for (const s of useful) {
    const key = [...s].sort().join("\u0000");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
    if (out.length === MAX_SETS) break;
  }
  return out;
}

/**
 * How far a match of `re` and the text it reads can reach, in UTF-16 code units: `length` is the
 * longest match; `behind` and `ahead` bound what the matcher reads before a match's start and after
 * its end (lookarounds, `\b`, `^`, `$`). A match attempt at `s` reads only `[s - behind, s + length + ahead)`,
 * so it gives the same result on any slice of the text holding that range (prefilter/windows.ts).
 * Null when a match can be arbitrarily long (`+`, `*`, `{n,}`, back-references) or the syntax is
 * not understood; such a pattern always runs over the whole text.
 */
export interface MatchReach {
  length: number;
  behind: number;
  ahead: number;
}

/** See `MatchReach`. @throws never: a pattern regexpp cannot parse gets null. */
export function matchReach(re: RegExp): MatchReach | null {
  let pattern: AST.Pattern;
  try {
    pattern = parseRegExpLiteral(re).pattern;
  } catch {
    return null;
  }
  const unicode = re.unicode || re.flags.includes("v");
  let lookarounds = 0;
  const ofNodes = (alternatives: AST.Alternative[]): number => Math.max(0, ...alternatives.map((a) => a.elements.reduce((sum, e) => sum + ofNode(e), 0)));
  // A class, set or escape that can match a code point outside the Basic Multilingual Plane takes two units under /u.
  const wide = (bmpOnly: boolean) => (unicode && !bmpOnly ? 2 : 1);
  function ofNode(e: AST.Element | AST.CharacterClassElement): number {
    switch (e.type) {
      case "Character":
        return e.value > 0xffff ? 2 : 1;
      case "CharacterClassRange":
        return e.max.value > 0xffff ? 2 : 1;
      case "CharacterSet":
        // \s \d \w are within the BMP (with /iu, \w adds only ſ and K); ., \S, \D, \W, \p{…} are not.
        return e.kind === "any" || e.kind === "property" || e.negate ? wide(false) : 1;
      case "CharacterClass":
        if (e.unicodeSets) return Infinity; // /v classes can hold strings (\q{…})
        return e.negate ? wide(false) : Math.max(1, ...e.elements.map(ofNode));
      case "Group":
      case "CapturingGroup":
        return ofNodes(e.alternatives);
      case "Quantifier": {
        const inner = ofNode(e.element);
        return e.max === Infinity ? (inner === 0 ? 0 : Infinity) : e.max * inner;
      }
      case "Assertion":
        if (e.kind === "lookahead" || e.kind === "lookbehind") lookarounds += ofNodes(e.alternatives);
        return 0;
      default:
        return Infinity; // back-references, /v expressions
    }
  }
  const length = ofNodes(pattern.alternatives);
  if (!Number.isFinite(length) || !Number.isFinite(lookarounds)) return null;
  // One unit for \b, ^ and $ (they read the neighbouring unit), one for a surrogate pair split at a slice edge.
  const context = lookarounds + 2;
  return { length, behind: context, ahead: context };
}

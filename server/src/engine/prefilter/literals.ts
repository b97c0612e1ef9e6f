// Required literals of a regular expression: a set of strings one of which every match contains
// (RE2's and Google Code Search's "prefilter", Russ Cox, "Regular Expression Matching with a
// Trigram Index", 2012). A text that contains none of them cannot match, so the pattern need not
// run. The AST comes from @eslint-community/regexpp, the parser eslint-plugin-regexp builds on.
// Parsing every pattern costs about 200 ms, so this runs when the patterns change
// (`npm run prefilter` writes required-literals.json), never at lint time.

import { parseRegExpLiteral, type AST } from "@eslint-community/regexpp";

/** Largest set of exact strings tracked for one node before it is treated as "anything". */
const MAX_EXACT = 48;
/** Largest character class spelled out as exact strings (e.g. `['’]`, `[\s-]` is not). */
const MAX_CLASS = 6;

/**
 * What is known of a node: `exact` is every string it can match (lower case; `""` when it can
 * match nothing, e.g. `s?`), or null when there are too many; `required` is a set one of whose
 * strings every match contains, or null when nothing is known.
 */
interface Info {
  exact: Set<string> | null;
  required: Set<string> | null;
}

const ANY: Info = { exact: null, required: null };
const EMPTY: Info = { exact: new Set([""]), required: null };

/**
 * The lower-case literals one of which every match of `re` contains, or null when the pattern
 * has no selective literal (each string at least as rare as a three-letter word: see `rarity`).
 * Sound for case-insensitive patterns only against lower-cased text in which "ſ" has been folded
 * to "s" (prefilter/index.ts `foldForLiterals`). Lookarounds and back-references add nothing.
 *
 * @throws never: a pattern that regexpp cannot parse gets null (no filter), not an error.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  let pattern: AST.Pattern;
  try {
    pattern = parseRegExpLiteral(re).pattern;
  } catch {
    return null;
  }
  const info = ofAlternatives(pattern.alternatives);
  const best = better(info.exact, info.required);
  return best && selective(best) ? [...best].sort() : null;
}

function ofAlternatives(alternatives: AST.Alternative[]): Info {
  const infos = alternatives.map((a) => ofSequence(a.elements));
  let exact: Set<string> | null = new Set();
  let required: Set<string> | null = new Set();
  for (const info of infos) {
    if (exact && info.exact && exact.size + info.exact.size <= MAX_EXACT) for (const s of info.exact) exact.add(s);
    else exact = null;
    const own = better(info.exact, info.required);
    if (required && own && !own.has("")) for (const s of own) required.add(s);
    else required = null;
  }
  return { exact, required };
}

function ofSequence(elements: AST.Element[]): Info {
  const candidates: Set<string>[] = [];
  let run: Set<string> = new Set([""]);
  let allExact = true;
  for (const element of elements) {
    const info = ofElement(element);
    if (info.exact && run.size * info.exact.size <= MAX_EXACT) {
      run = cross(run, info.exact);
      continue;
    }
    allExact = false;
    candidates.push(run);
    if (info.required) candidates.push(info.required);
    run = info.exact ?? new Set([""]);
  }
  candidates.push(run);
  const required = candidates.reduce<Set<string> | null>((best, c) => better(best, c), null);
  return { exact: allExact ? run : null, required };
}

function ofElement(element: AST.Element): Info {
  switch (element.type) {
    case "Character":
      return { exact: charSet([element.value]), required: null };
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
  if (q.min === 0) {
    if (q.max === 1 && inner.exact) return { exact: new Set(["", ...inner.exact]), required: null };
    return ANY;
  }
  let exact: Set<string> | null = null;
  if (inner.exact && q.max === q.min && q.min <= 3) {
    exact = new Set([""]);
    for (let i = 0; i < q.min && exact; i++) exact = exact.size * inner.exact.size <= MAX_EXACT ? cross(exact, inner.exact) : null;
  }
  return { exact, required: better(inner.exact, inner.required) };
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
  return { exact: charSet(codes), required: null };
}

/** The characters as exact strings, or null when one could case-fold to another string than its lower case. */
function charSet(codes: number[]): Set<string> | null {
  const out = new Set<string>();
  for (const code of codes) {
    const ch = String.fromCodePoint(code);
    const lower = ch.toLowerCase();
    // Non-ASCII letters fold in ways plain lower-casing does not mirror (final sigma, dotted I).
    if (code > 0x7f && (lower !== ch || ch.toUpperCase() !== ch)) return null;
    out.add(lower);
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

/** Each set's strength, computed once (sets are never changed after `better` first sees them). */
const strengths = new WeakMap<Set<string>, number>();

/** How selective a literal set is: its least rare string's rarity (0 when it holds ""). */
function strength(set: Set<string>): number {
  let known = strengths.get(set);
  if (known === undefined) {
    let min = Infinity;
    for (const s of set) min = Math.min(min, rarity(s));
    strengths.set(set, (known = min === Infinity ? 0 : min));
  }
  return known;
}

/** Of two required sets, the more selective (rarer least rare string, then fewer strings). */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a || strength(a) === 0) return b && strength(b) > 0 ? b : null;
  if (!b || strength(b) === 0) return a;
  const sa = strength(a), sb = strength(b);
  if (sa !== sb) return sa > sb ? a : b;
  return a.size <= b.size ? a : b;
}

/** Worth a filter: every literal at least as rare as a three-letter word. */
function selective(set: Set<string>): boolean {
  return set.size > 0 && strength(set) >= 3;
}

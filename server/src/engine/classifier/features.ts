// Features of a sentence for the learned layer: hashed word 1–2-grams and character 3–5-grams.
// Training (scripts/train.ts) and inference use this one function, so they cannot drift apart.

import { conceptFeatureKeys } from "./concepts";

/** Number of hash buckets (a power of two). Changing it invalidates the trained weights. */
export const BUCKETS = 1 << 18;
const MASK = BUCKETS - 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Distinct seeds keep word unigrams, bigrams and character grams in separate hash streams. */
const SEED_WORD = 0x9e3779b1;
const SEED_BIGRAM = 0x85ebca77;
const SEED_CHAR = 0xc2b2ae3d;
const SEED_CONCEPT = 0x27d4eb2f;

/** Lower case, digits as 0, curly quotes straight, runs of spaces as one: "Pay $800" -> "pay $000". */
export function normalizeForFeatures(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[0-9]/g, "0")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The words of normalized text: a letter, digit, "$" or "@", then letters, digits and ' $ @ . _ -,
 * with trailing . _ ' - dropped (so "$000" and "@handle" stay words). The same words as the
 * global unicode pattern [\p{L}\p{N}$@][\p{L}\p{N}'$@._-]* followed by that trim gives, by a
 * scan that is faster (test/engine/classifier.test.ts compares them).
 */
export function wordsOf(normalized: string): string[] {
  return scanWords(normalized, charClass, (word) => word);
}

/**
 * The words of a sentence as features see them: `wordsOf(normalizeForFeatures(text))`, in one
 * scan of the lower-cased text (curly quotes and backticks read as apostrophes, digits as 0).
 */
export function featureWords(text: string): string[] {
  return scanWords(text.toLowerCase(), featureCharClass, (word) => (NEEDS_MAPPING_RE.test(word) ? word.replace(/[’‘`]/g, "'").replace(/[0-9]/g, "0") : word));
}

/** The words of `s` by the character classes `classOf` gives (WORD_START, WORD_TAIL, other), each passed through `finish`. */
function scanWords(s: string, classOf: (s: string, i: number) => number, finish: (word: string) => string): string[] {
  const words: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const cls = classOf(s, i);
    if (cls !== WORD_START) {
      i += cls === OTHER_ASTRAL ? 2 : 1;
      continue;
    }
    const start = i;
    let end = i; // end of the word without its trailing . _ ' -
    while (i < n) {
      const c = classOf(s, i);
      if (c === WORD_START) end = i += isHighSurrogate(s, i) ? 2 : 1;
      else if (c === WORD_TAIL) i++;
      else break;
    }
    words.push(finish(s.slice(start, end)));
  }
  return words;
}

const NEEDS_MAPPING_RE = /[1-9’‘`]/;

/** `charClass` for featureWords: ’ ‘ and ` are apostrophes, as normalizeForFeatures makes them. */
function featureCharClass(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c === 0x2019 || c === 0x2018 || c === 0x60 ? WORD_TAIL : charClass(s, i);
}

const OTHER = 0;
const OTHER_ASTRAL = 1;
/** A letter, a digit, "$" or "@": may start a word and end one. */
const WORD_START = 2;
/** "'", ".", "_" or "-": inside a word only. */
const WORD_TAIL = 3;
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c);
  return /[A-Za-z0-9$@]/.test(ch) ? WORD_START : /['._-]/.test(ch) ? WORD_TAIL : OTHER;
});
const LETTER_OR_NUMBER_RE = /^[\p{L}\p{N}]$/u;

/** A surrogate pair starts at `i` (a lone surrogate is one code point, as the /u flag reads it). */
function isHighSurrogate(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const next = s.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

function charClass(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c]!;
  const astral = isHighSurrogate(s, i);
  const ch = astral ? s.slice(i, i + 2) : s[i]!;
  if (LETTER_OR_NUMBER_RE.test(ch)) return WORD_START;
  return astral ? OTHER_ASTRAL : OTHER;
}

function hashString(seed: number, s: string): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** The FNV state after `s` from state `h` (so "a b" hashes as "a", " ", "b" without concatenating). */
function hashOn(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * Bucket of the word bigram `prev w` (`prev` = "<s>" at the start, `w` = "</s>" at the end): the
 * same bucket as sentenceFeatures gives it, without building the "prev w" string.
 */
export function bigramBucket(prev: string, w: string): number {
  return bigramBucketAfter(bigramState(prev), w);
}

/** The bigram hash state after `prev` and its space: a word's half of its bigrams, which a caller may keep per word. */
export function bigramState(prev: string): number {
  return Math.imul(hashOn((FNV_OFFSET ^ SEED_BIGRAM) >>> 0, prev) ^ 32, FNV_PRIME);
}

/** Bucket of the bigram `prev w` from `bigramState(prev)`. */
export function bigramBucketAfter(state: number, w: string): number {
  return (hashOn(state, w) >>> 0) & MASK;
}

/** How many character grams a word has (its 3-5-grams padded with spaces). */
export function charGramCount(word: string): number {
  const n = word.length + 2;
  return Math.max(0, n - 2) + Math.max(0, n - 3) + Math.max(0, n - 4);
}

/** Bucket of one concept feature key (concepts.ts conceptFeatureKeys). */
export function conceptBucket(key: string): number {
  return hashString(SEED_CONCEPT, key) & MASK;
}

/** Bucket of one word unigram (used by explanations). */
export function wordBucket(word: string): number {
  return hashString(SEED_WORD, word) & MASK;
}

/** A sentence's hashed features: word n-grams first, then character n-grams. */
export interface SentenceFeatures {
  /** Bucket indices in [0, BUCKETS), repeats kept (a count model). */
  indices: Uint32Array;
  /** How many of `indices`, from the start, are word features; the rest are character grams. */
  wordCount: number;
}

/**
 * The hashed features of a sentence: word 1–2-grams, then character 3–5-grams inside each word
 * (padded with spaces, as fastText does). About 3 features per character; no allocation per character.
 */
export function sentenceFeatures(text: string): SentenceFeatures {
  const words = featureWords(text);
  let charCount = 0;
  for (const w of words) {
    const n = w.length + 2;
    charCount += Math.max(0, n - 2) + Math.max(0, n - 3) + Math.max(0, n - 4);
  }
  const concepts = conceptFeatureKeys(words);
  const out = new Uint32Array(words.length * 2 + 1 + concepts.length + charCount);
  let k = 0;
  let prev = "<s>";
  for (const w of words) {
    out[k++] = hashString(SEED_WORD, w) & MASK;
    out[k++] = hashString(SEED_BIGRAM, prev + " " + w) & MASK;
    prev = w;
  }
  if (words.length) out[k++] = hashString(SEED_BIGRAM, prev + " </s>") & MASK;
  for (const key of concepts) out[k++] = hashString(SEED_CONCEPT, key) & MASK;
  const wordCount = k;
  for (const w of words) k = charGrams(" " + w + " ", out, k);
  return { indices: k === out.length ? out : out.subarray(0, k), wordCount };
}

/** Writes the hashed 3–5-grams of `padded` into `out` from `k`; returns the new end. */
function charGrams(padded: string, out: Uint32Array, k: number): number {
  const n = padded.length;
  for (let i = 0; i + 3 <= n; i++) {
    let h = (FNV_OFFSET ^ SEED_CHAR) >>> 0;
    for (let j = 0; j < 5 && i + j < n; j++) {
      h = Math.imul(h ^ padded.charCodeAt(i + j), FNV_PRIME);
      if (j >= 2) out[k++] = (h >>> 0) & MASK;
    }
  }
  return k;
}

/** Hashed character grams of one word, for explanations. */
export function wordCharGrams(word: string): Uint32Array {
  const n = word.length + 2;
  const out = new Uint32Array(Math.max(0, n - 2) + Math.max(0, n - 3) + Math.max(0, n - 4));
  charGrams(" " + word + " ", out, 0);
  return out;
}

/**
 * Per-feature values: word features share a unit of weight (1/√count), character grams share
 * `charWeight` of it, so neither block drowns the other whatever the sentence length.
 */
export function featureScales(f: SentenceFeatures, charWeight: number): { word: number; char: number } {
  const chars = f.indices.length - f.wordCount;
  return { word: f.wordCount ? 1 / Math.sqrt(f.wordCount) : 0, char: chars ? charWeight / Math.sqrt(chars) : 0 };
}

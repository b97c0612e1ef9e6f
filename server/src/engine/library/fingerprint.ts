// A template's body reduced to what makes it the same letter as another: normalized word shingles
// (a set of 32-bit hashes) and a MinHash signature of that set. Front matter and HTML comments
// (internal notes, never sent) are left out; every placeholder becomes one token whatever its
// style; case, punctuation, markdown markup, line wrapping and whitespace are ignored. Shingles do
// not cross paragraph, list-item or heading boundaries, so reordered paragraphs and bullets keep
// all their shingles. Pure and deterministic: the same text always gives the same fingerprint.

import { parseDocument, type ParsedDocument } from "../markdown";

export interface FingerprintOptions {
  /** Words per shingle (default 3). */
  shingleSize?: number;
  /** MinHash functions in the signature (default 128). */
  numHashes?: number;
}

export const DEFAULT_SHINGLE_SIZE = 3;
export const DEFAULT_NUM_HASHES = 128;

/** Paragraphs with fewer words than this are never an "opening paragraph" (greetings, sign-offs). */
const OPENING_MIN_WORDS = 8;

export interface SourceSpan {
  start: number;
  end: number;
}

export interface TemplateFingerprint {
  path: string;
  /** Words in the body, each placeholder counting as one. */
  wordCount: number;
  /** Placeholders in the body (outside code and comments). */
  placeholderCount: number;
  /** Sorted, distinct shingle hashes. */
  shingles: Uint32Array;
  /** MinHash signature: for each seeded hash function, its minimum over the shingles. */
  signature: Uint32Array;
  /** Where a whole-file finding is shown: the body's first non-blank line. */
  anchor: SourceSpan;
  /** The first paragraph of at least eight words: its normalized words and its source range. */
  opening: (SourceSpan & { key: string }) | undefined;
}

/** The token every placeholder becomes, in any style: a private-use character no text contains. */
const PLACEHOLDER_TOKEN = "\uE000";
const WORD_RE = /\uE000|[\p{L}\p{N}\p{M}]+(?:['\u2019][\p{L}\p{N}\p{M}]+)*/gu;
/** The same for plain ASCII text (and the placeholder token), several times faster. */
const ASCII_WORD_RE = /\uE000|[a-z0-9]+(?:'[a-z0-9]+)*/g;
const APOSTROPHE_RE = /['\u2019]/g;
const ASCII_RE = /^[\x00-\x7f\uE000]*$/;
const HTML_COMMENT_RE = /<!--[\s\S]*?(?:-->|$)/g;
/** Lines that start a block of their own: headings, list items, table rows, fences, quotes. */
const BLOCK_START_RE = /^[ \t]{0,3}(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]|\d{1,9}[.)][ \t]|\||`{3,}|~{3,}|>)/;
const THEMATIC_BREAK_RE = /^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const HEADING_RE = /^[ \t]{0,3}#{1,6}(?:[ \t]|$)/;
const QUOTE_RE = /^[ \t]{0,3}>/;

interface Block extends SourceSpan {
  words: string[];
  /** Prose or a quote, not a heading, list item or table row. */
  paragraph: boolean;
  quote: boolean;
}

/** `source` with each range replaced by `fill(range)` padded with spaces to its length (offsets stay put). */
function overwrite(source: string, ranges: (SourceSpan & { fill: string })[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start < at) continue;
    const blanked = source.slice(r.start, r.end).replace(/[^\r\n]/g, " ");
    parts.push(source.slice(at, r.start), r.fill, blanked.slice(r.fill.length));
    at = r.end;
  }
  parts.push(source.slice(at));
  return parts.join("");
}

/** Words of a text: NFKC, lower case, apostrophes dropped ("I'm" = "im"). */
export function words(text: string): string[] {
  const out: string[] = [];
  const ascii = ASCII_RE.test(text);
  const folded = (ascii ? text : text.normalize("NFKC")).toLowerCase();
  const re = ascii ? ASCII_WORD_RE : WORD_RE;
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) out.push(m[0].includes("'") || m[0].includes("\u2019") ? m[0].replace(APOSTROPHE_RE, "") : m[0]);
  return out;
}

/**
 * The body as blocks of words (paragraphs and quotes with re-wrapping ignored, list items,
 * headings, table rows) and the number of placeholders outside code and comments.
 */
function blocksOf(doc: ParsedDocument): { blocks: Block[]; placeholderCount: number } {
  const source = doc.source;
  const bodyFrom = doc.frontMatter?.end ?? 0;
  const hidden: (SourceSpan & { fill: string })[] = [{ start: 0, end: bodyFrom, fill: "" }];
  const comments: SourceSpan[] = [];
  HTML_COMMENT_RE.lastIndex = bodyFrom;
  for (let m = HTML_COMMENT_RE.exec(source); m; m = HTML_COMMENT_RE.exec(source)) {
    comments.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) HTML_COMMENT_RE.lastIndex++;
  }
  for (const c of comments) hidden.push({ ...c, fill: "" });
  const within = (ranges: SourceSpan[], at: number) => ranges.some((r) => at >= r.start && at < r.end);
  let placeholderCount = 0;
  for (const p of doc.placeholders) {
    if (within(comments, p.start)) continue;
    hidden.push({ ...p, fill: PLACEHOLDER_TOKEN });
    if (!within(doc.code, p.start)) placeholderCount++;
  }
  const work = overwrite(source, hidden);

  const blocks: Block[] = [];
  let current: Omit<Block, "words"> | undefined;
  const close = () => {
    if (!current) return;
    const w = words(work.slice(current.start, current.end));
    if (w.length) blocks.push({ ...current, words: w });
    current = undefined;
  };
  let lineStart = bodyFrom;
  while (lineStart <= work.length) {
    let lineEnd = work.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = work.length;
    const line = work.slice(lineStart, lineEnd);
    const contentEnd = line.endsWith("\r") ? lineEnd - 1 : lineEnd;
    const quote = QUOTE_RE.test(line);
    if (line.trim() === "" || THEMATIC_BREAK_RE.test(line)) close();
    else if (!current || (BLOCK_START_RE.test(line) && !(quote && current.quote))) {
      close();
      current = { start: lineStart, end: contentEnd, paragraph: quote || !BLOCK_START_RE.test(line), quote };
      if (HEADING_RE.test(line)) close();
    } else current.end = contentEnd; // a wrapped line of the same paragraph, quote or list item
    if (lineEnd >= work.length) break;
    lineStart = lineEnd + 1;
  }
  close();
  return { blocks, placeholderCount };
}

/** FNV-1a of a word. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** MurmurHash3's finalizer: a bijection on 32-bit integers with full avalanche. */
function fmix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Hash of `k` consecutive word hashes starting at `from`. */
function hashShingle(wordHashes: number[], from: number, k: number): number {
  let h = 0x9747b28c;
  for (let i = from; i < from + k; i++) h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64 + wordHashes[i]!;
  return fmix32(h ^ k);
}

/** Shingle hashes of the blocks: each run of k words inside a block; a shorter block is one shingle. Sorted, distinct. */
function shinglesOf(blocks: Block[], k: number): Uint32Array {
  let total = 0;
  for (const b of blocks) total += Math.max(1, b.words.length - k + 1);
  // A typed array sorted and deduplicated in place: 32-bit hashes in a Set would be boxed numbers.
  const all = new Uint32Array(total);
  let n = 0;
  for (const b of blocks) {
    const hashes = b.words.map(hashWord);
    const size = Math.min(k, hashes.length);
    for (let i = 0; i + size <= hashes.length; i++) all[n++] = hashShingle(hashes, i, size);
  }
  const sorted = all.subarray(0, n).sort();
  let m = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[m - 1]) sorted[m++] = sorted[i]!;
  return sorted.slice(0, m);
}

const seedCache = new Map<number, Uint32Array>();

/** The fixed seeds of the MinHash functions (splitmix32 from a constant): the same in every run. */
function seeds(n: number): Uint32Array {
  let s = seedCache.get(n);
  if (s) return s;
  s = new Uint32Array(n);
  let state = 0x2545f491;
  for (let i = 0; i < n; i++) {
    state = (state + 0x9e3779b9) | 0;
    s[i] = fmix32(state);
  }
  seedCache.set(n, s);
  return s;
}

/** fmix32(x ^ seed) as a signed 32-bit integer biased by 2^31, so `<` on it orders the unsigned values. */
function mixBiased(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) ^ 0x80000000;
}

/**
 * MinHash signature of a shingle set: minimum of fmix32(x ^ seed_i) for each i. Empty set: all ones.
 * Four hash functions per pass over the shingles, compared as biased signed integers: V8 keeps
 * them in registers instead of boxing unsigned 32-bit values, about 25% faster (the library pass's
 * largest single cost); the same signature as one function at a time.
 */
export function minHash(shingles: Uint32Array, numHashes: number = DEFAULT_NUM_HASHES): Uint32Array {
  const sig = new Uint32Array(numHashes);
  const seed = seeds(numHashes);
  const m = shingles.length;
  const NONE = 0x7fffffff; // 0xffffffff biased
  let i = 0;
  for (; i + 4 <= numHashes; i += 4) {
    const s0 = seed[i]!;
    const s1 = seed[i + 1]!;
    const s2 = seed[i + 2]!;
    const s3 = seed[i + 3]!;
    let m0 = NONE;
    let m1 = NONE;
    let m2 = NONE;
    let m3 = NONE;
    for (let j = 0; j < m; j++) {
      const x = shingles[j]!;
      const h0 = mixBiased(x ^ s0);
      const h1 = mixBiased(x ^ s1);
      const h2 = mixBiased(x ^ s2);
      const h3 = mixBiased(x ^ s3);
      if (h0 < m0) m0 = h0;
      if (h1 < m1) m1 = h1;
      if (h2 < m2) m2 = h2;
      if (h3 < m3) m3 = h3;
    }
    sig[i] = m0 ^ 0x80000000;
    sig[i + 1] = m1 ^ 0x80000000;
    sig[i + 2] = m2 ^ 0x80000000;
    sig[i + 3] = m3 ^ 0x80000000;
  }
  for (; i < numHashes; i++) {
    const s = seed[i]!;
    let min = NONE;
    for (let j = 0; j < m; j++) {
      const h = mixBiased(shingles[j]! ^ s);
      if (h < min) min = h;
    }
    sig[i] = min ^ 0x80000000;
  }
  return sig;
}

/** Exact Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted shingle sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}

/** Share of equal signature entries: an unbiased estimate of the Jaccard similarity. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Fingerprints one template; pass `doc` when the caller has already parsed the text. */
export function fingerprintTemplate(path: string, text: string, options: FingerprintOptions = {}, doc: ParsedDocument = parseDocument(text)): TemplateFingerprint {
  const k = options.shingleSize ?? DEFAULT_SHINGLE_SIZE;
  const { blocks, placeholderCount } = blocksOf(doc);
  const shingles = shinglesOf(blocks, k);
  const first = blocks[0];
  let anchorEnd = first ? doc.source.indexOf("\n", first.start) : -1;
  if (first && (anchorEnd < 0 || anchorEnd > first.end)) anchorEnd = first.end;
  if (anchorEnd > 0 && doc.source[anchorEnd - 1] === "\r") anchorEnd--;
  const anchor = first ? { start: first.start, end: anchorEnd } : { start: 0, end: 0 };
  const openingBlock = blocks.find((b) => b.paragraph && b.words.length >= OPENING_MIN_WORDS);
  let wordCount = 0;
  for (const b of blocks) wordCount += b.words.length;
  return {
    path,
    wordCount,
    placeholderCount,
    shingles,
    signature: minHash(shingles, options.numHashes ?? DEFAULT_NUM_HASHES),
    anchor,
    opening: openingBlock && { start: openingBlock.start, end: openingBlock.end, key: openingBlock.words.join(" ") },
  };
}

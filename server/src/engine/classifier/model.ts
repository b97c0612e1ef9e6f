// The learned layer's model: one logistic regression per family over the hashed features of
// features.ts, with the weights trained by `npm run train` (scripts/train.ts) into weights.json.

import { conceptFeatureKeys } from "./concepts";
import { BUCKETS, bigramBucketAfter, bigramState, charGramCount, conceptBucket, featureScales, featureWords, wordBucket, wordCharGrams, type SentenceFeatures } from "./features";
import type { Family } from "../types";

/** One family's model as stored: sparse int8 weights and the calibrated thresholds. */
export interface StoredFamilyModel {
  family: Family;
  bias: number;
  /** Weight = int8 value × scale. */
  scale: number;
  /** Probability from which a sentence is a probable violation (warning); > 1 = never. */
  warn: number;
  /** Probability from which a sentence is a sure violation (error); > 1 = never. */
  error: number;
  /** Base64 of the bucket indices, ascending, as gaps from the previous index in LEB128 varints. */
  index: string;
  /** Base64 of the int8 weights, one per index. */
  weight: string;
}

export interface StoredModel {
  version: 1;
  buckets: number;
  /** Share of a sentence's weight carried by its character grams (features.ts featureScales). */
  charWeight: number;
  /** What the weights came from (bank size, seed, date-free so retraining is byte-identical). */
  trainedOn: Record<string, unknown>;
  families: StoredFamilyModel[];
}

/** A family's probability for one sentence. */
export interface FamilyScore {
  family: Family;
  probability: number;
}

/**
 * Base64 to bytes. Node's own decoder where there is one: atob is a JavaScript loop in Node 20, and
 * decoding the weights (640 KB of base64) with it and a copy loop was a tenth of a process's first lint.
 */
function decodeBase64(s: string): Uint8Array {
  const nodeBuffer = (globalThis as { Buffer?: { from(text: string, encoding: "base64"): Uint8Array } }).Buffer;
  if (nodeBuffer) return nodeBuffer.from(s, "base64");
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The bigram hash state before a sentence's first word ("<s>"). */
const START_STATE = bigramState("<s>");

/** Distinct words whose weight rows a model keeps (about 100 bytes each); the cache restarts when full. */
const WORD_CACHE_MAX = 50_000;

/**
 * A loaded model: dense int8 weight rows (bucket × family, 1.5 MB, so lookups stay in cache) and
 * one scale per family, applied once per sentence.
 */
export class SentenceModel {
  readonly families: StoredFamilyModel[];
  private readonly table: Int8Array;
  private readonly scale: Float64Array;
  private readonly width: number;
  private readonly charWeight: number;

  /** Throws when the stored model was trained with another bucket count than features.ts uses. */
  constructor(stored: StoredModel) {
    if (stored.buckets !== BUCKETS) throw new Error(`classifier weights have ${stored.buckets} buckets, features use ${BUCKETS}: run npm run train`);
    this.families = stored.families;
    this.width = stored.families.length;
    this.charWeight = stored.charWeight;
    const width = this.width;
    const table = (this.table = new Int8Array(BUCKETS * width));
    this.scale = Float64Array.from(stored.families, (f) => f.scale);
    // Locals and plain loops: this runs once per process, in a process's first lint, before V8 has compiled it.
    for (let k = 0; k < width; k++) {
      const family = stored.families[k]!;
      const gaps = decodeBase64(family.index);
      const bytes = decodeBase64(family.weight);
      const w = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
      let pos = 0;
      let bucket = 0;
      for (let i = 0; i < w.length; i++) {
        let byte = gaps[pos++]!;
        let gap = byte & 0x7f;
        for (let shift = 7; byte >= 0x80; shift += 7) {
          byte = gaps[pos++]!;
          gap |= (byte & 0x7f) << shift;
        }
        bucket += gap;
        table[bucket * width + k] = w[i]!;
      }
    }
  }

  /**
   * Every family's probability for a sentence, in the model's family order. Sums each word's cached
   * row (its unigram and its character grams, which depend on the word alone) plus the bigrams:
   * integer sums, so the probabilities are bit-identical to `scoreFeatures(sentenceFeatures(text))`.
   */
  score(text: string): FamilyScore[] {
    const words = featureWords(text);
    const width = this.width;
    const table = this.table;
    const sums = new Int32Array(width * 2);
    // The previous word's half of the bigram hash comes from its cached row, not rehashed.
    let prevState = START_STATE;
    let chars = 0;
    for (const w of words) {
      const row = this.wordRow(w);
      for (let k = 0; k < 2 * width; k++) sums[k]! += row[k]!;
      const base = bigramBucketAfter(prevState, w) * width;
      for (let k = 0; k < width; k++) sums[k]! += table[base + k]!;
      chars += charGramCount(w);
      prevState = row[2 * width]!;
    }
    if (words.length) {
      const base = bigramBucketAfter(prevState, "</s>") * width;
      for (let k = 0; k < width; k++) sums[k]! += table[base + k]!;
    }
    // Concept features are word features too (features.ts puts them in the word block).
    const concepts = conceptFeatureKeys(words);
    for (const key of concepts) {
      const base = conceptBucket(key) * width;
      for (let k = 0; k < width; k++) sums[k]! += table[base + k]!;
    }
    const wordFeatures = words.length ? 2 * words.length + 1 + concepts.length : 0;
    return this.probabilities(sums, { word: wordFeatures ? 1 / Math.sqrt(wordFeatures) : 0, char: chars ? this.charWeight / Math.sqrt(chars) : 0 });
  }

  /** The same probabilities from a sentence's full feature list (what training sees); the reference for `score`. */
  scoreFeatures(f: SentenceFeatures): FamilyScore[] {
    const feats = f.indices;
    const width = this.width;
    const table = this.table;
    // Integer sums per family, word block and character block apart; scaled once at the end.
    const sums = new Int32Array(width * 2);
    for (let i = 0; i < feats.length; i++) {
      const base = feats[i]! * width;
      const off = i < f.wordCount ? 0 : width;
      for (let k = 0; k < width; k++) sums[off + k]! += table[base + k]!;
    }
    return this.probabilities(sums, featureScales(f, this.charWeight));
  }

  private probabilities(sums: Int32Array, scales: { word: number; char: number }): FamilyScore[] {
    const width = this.width;
    return this.families.map((fam, k) => ({
      family: fam.family,
      probability: sigmoid(fam.bias + this.scale[k]! * (sums[k]! * scales.word + sums[width + k]! * scales.char)),
    }));
  }

  private readonly wordRows = new Map<string, Int32Array>();

  /**
   * A word's unigram weights (first `width`), the sums of its character grams' weights (next
   * `width`), and its bigram hash state as the first word of a bigram (last; features.ts bigramState).
   */
  private wordRow(word: string): Int32Array {
    let row = this.wordRows.get(word);
    if (row) return row;
    const width = this.width;
    const table = this.table;
    row = new Int32Array(2 * width + 1);
    row[2 * width] = bigramState(word);
    const base = wordBucket(word) * width;
    for (let k = 0; k < width; k++) row[k] = table[base + k]!;
    const grams = wordCharGrams(word);
    for (let i = 0; i < grams.length; i++) {
      const g = grams[i]! * width;
      for (let k = 0; k < width; k++) row[width + k]! += table[g + k]!;
    }
    if (this.wordRows.size >= WORD_CACHE_MAX) this.wordRows.clear();
    this.wordRows.set(word, row);
    return row;
  }

  /**
   * The words of a sentence that weigh most towards a family, strongest first: each word's own
   * weight plus the character grams inside it. At most `count` words, only those that push up.
   */
  topWords(text: string, family: Family, count = 3): string[] {
    const k = this.families.findIndex((f) => f.family === family);
    if (k < 0) return [];
    const seen = new Set<string>();
    const scored: { word: string; weight: number }[] = [];
    for (const word of featureWords(text)) {
      if (seen.has(word) || word.length < 2) continue;
      seen.add(word);
      let weight = this.table[wordBucket(word) * this.width + k]!;
      const grams = wordCharGrams(word);
      for (let i = 0; i < grams.length; i++) weight += (this.table[grams[i]! * this.width + k]! * this.charWeight) / 3;
      weight *= this.scale[k]!;
      if (weight > 0) scored.push({ word, weight });
    }
    return scored.sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : 1)).slice(0, count).map((s) => s.word);
  }
}

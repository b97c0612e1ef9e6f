// Trains the learned layer from the sentence bank (data/sentences/*.jsonl) with the config in
// data/classifier.json, calibrates its thresholds on held-out folds, and writes
// server/src/engine/classifier/weights.json. Deterministic: fixed seed, files and lines in order.
//   npm run train
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BUCKETS, featureScales, sentenceFeatures, type SentenceFeatures } from "../server/src/engine/classifier/features";
import type { StoredFamilyModel, StoredModel } from "../server/src/engine/classifier/model";
import { judgeable } from "../server/src/engine/classifier/gates";
import { normalizeText } from "../server/src/engine/normalize";
import { ruleForFamily } from "../server/src/engine/classifier/rule-choice";
import { rulesFlaggingAlone } from "../server/src/engine/alone";
import { RULES } from "../server/src/engine/registry";
import type { Family } from "../server/src/engine/types";

const ROOT = join(__dirname, "..");
const BANK = join(ROOT, "data", "sentences");
const OUT = join(ROOT, "server", "src", "engine", "classifier", "weights.json");

interface Config {
  seed: number;
  epochs: number;
  learningRate: number;
  l2: number;
  charWeight: number;
  folds: number;
  hardNegativeWeight: number;
  warnPrecision: number;
  /** Per-family overrides of warnPrecision: a family whose false flags cost more (conduct accuses a person) can ask for more. */
  warnPrecisionByFamily?: Partial<Record<Family, number>>;
  calibrationNegativeWeight: number;
  errorPrecision: number;
  minThreshold: number;
  trainOnSpans: boolean;
  maxWeightsPerFamily: number;
  families: Family[];
}

/** One bank sentence, featurized once. */
export interface Example {
  text: string;
  labels: Family[];
  kind: "pos" | "neg" | "hard-neg";
  /** The labelled rule, when the writer gave one. */
  rule: string | undefined;
  writer: string;
  file: string;
  /** The text as the engine's normalized view reads it (asLinted), computed once. */
  linted: string;
  features: SentenceFeatures;
  /** The writer's span's features, when the span is a narrower stretch of at least four words: trained on as a second positive. */
  spanFeatures: SentenceFeatures | undefined;
  /** Families the rules alone flag in this sentence, linted as a one-line template. */
  ruleFamilies: Set<Family>;
}

export const CONFIG: Config = JSON.parse(readFileSync(join(ROOT, "data", "classifier.json"), "utf8"));

/** The bank: every data/sentences/*.jsonl in name order. Throws on a malformed line, naming it. */
export function loadBank(dir = BANK): Example[] {
  const out: Example[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort()) {
    readFileSync(join(dir, file), "utf8").split("\n").forEach((line, i) => {
      if (!line.trim()) return;
      let r: { text?: unknown; labels?: unknown; kind?: unknown; writer?: unknown; rule?: unknown; span?: unknown };
      try {
        r = JSON.parse(line);
      } catch (e) {
        throw new Error(`data/sentences/${file}:${i + 1}: ${(e as Error).message}`);
      }
      if (typeof r.text !== "string" || !Array.isArray(r.labels)) throw new Error(`data/sentences/${file}:${i + 1}: needs "text" and "labels"`);
      const labels = (r.labels as string[]).filter((l): l is Family => CONFIG.families.includes(l as Family));
      const kind = r.kind === "pos" || r.kind === "hard-neg" ? r.kind : labels.length ? "pos" : "neg";
      const linted = asLinted(r.text);
      out.push({ text: r.text, linted, labels, kind, rule: typeof r.rule === "string" && r.rule ? r.rule : undefined, writer: typeof r.writer === "string" ? r.writer : file.replace(/\.jsonl$/, ""), file, features: sentenceFeatures(linted), spanFeatures: spanFeaturesOf(r.text, r.span, labels), ruleFamilies: ruleFamiliesOf(r.text) });
    });
  }
  return out;
}

/** A sentence as the learned layer reads it in a template: the engine's normalized view (normalize.ts). */
export function asLinted(text: string): string {
  return normalizeText(text).text;
}

/** Families the rules (not the learned layer) flag as error or warning in a one-line template. */
export function ruleFamiliesOf(text: string): Set<Family> {
  return new Set(rulesFlaggingAlone(text, RULES).map((rule) => rule.meta.family));
}

/** Features of a positive's span worth training on: narrower than the sentence, four words or more. */
function spanFeaturesOf(text: string, span: unknown, labels: Family[]): SentenceFeatures | undefined {
  if (!CONFIG.trainOnSpans || !labels.length || typeof span !== "string" || span === text || !text.includes(span)) return undefined;
  return span.trim().split(/\s+/).length >= 4 ? sentenceFeatures(asLinted(span)) : undefined;
}

/** mulberry32: a small seeded PRNG, so the shuffle order is the same on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Dense trained weights: BUCKETS × families, plus one bias per family. */
interface Trained {
  weights: Float64Array;
  bias: Float64Array;
}

/** Logistic regression per family (one-vs-rest), AdaGrad SGD over length-normalized features. */
export function train(examples: Example[], cfg = CONFIG): Trained {
  const F = cfg.families.length;
  const weights = new Float64Array(BUCKETS * F);
  const g2 = new Float64Array(BUCKETS * F);
  const bias = new Float64Array(F);
  const bg2 = new Float64Array(F);
  // Each positive's span is a second training example with the same labels (never scored or
  // calibrated on: only the sentences are).
  const items = examples.flatMap((ex) => (ex.spanFeatures ? [{ ex, features: ex.features }, { ex, features: ex.spanFeatures }] : [{ ex, features: ex.features }]));
  const order = items.map((_, i) => i);
  const rand = prng(cfg.seed);
  const z = new Float64Array(F);
  for (let epoch = 0; epoch < cfg.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const { ex, features } = items[idx]!;
      const feats = features.indices;
      const wordCount = features.wordCount;
      const scales = featureScales(features, cfg.charWeight);
      z.set(bias);
      for (let i = 0; i < feats.length; i++) {
        const base = feats[i]! * F;
        const x = i < wordCount ? scales.word : scales.char;
        for (let k = 0; k < F; k++) z[k]! += weights[base + k]! * x;
      }
      const sampleWeight = ex.kind === "hard-neg" ? cfg.hardNegativeWeight : 1;
      for (let k = 0; k < F; k++) {
        const y = ex.labels.includes(cfg.families[k]!) ? 1 : 0;
        const grad = (1 / (1 + Math.exp(-z[k]!)) - y) * sampleWeight;
        if (grad > -1e-4 && grad < 1e-4) continue;
        bg2[k]! += grad * grad;
        bias[k]! -= (cfg.learningRate * grad) / Math.sqrt(bg2[k]! + 1e-8);
        for (let i = 0; i < feats.length; i++) {
          const p = feats[i]! * F + k;
          const g = grad * (i < wordCount ? scales.word : scales.char) + cfg.l2 * weights[p]!;
          g2[p]! += g * g;
          weights[p]! -= (cfg.learningRate * g) / Math.sqrt(g2[p]! + 1e-8);
        }
      }
    }
  }
  return { weights, bias };
}

/** Probabilities of every family for each example. */
export function predict(model: Trained, examples: Example[], cfg = CONFIG): Float64Array[] {
  const F = cfg.families.length;
  return examples.map((ex) => {
    const z = Float64Array.from(model.bias);
    const scales = featureScales(ex.features, cfg.charWeight);
    ex.features.indices.forEach((f, i) => {
      const x = i < ex.features.wordCount ? scales.word : scales.char;
      for (let k = 0; k < F; k++) z[k]! += model.weights[f * F + k]! * x;
    });
    return z.map((v) => 1 / (1 + Math.exp(-v)));
  });
}

/** Hash fold of a text, so a repeated sentence never sits on both sides. */
function hashFold(text: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % folds;
}

/**
 * The held-out groups: one per writer when the bank has at least three writers (so each score is
 * a first contact with a writer's phrasing), else `cfg.folds` folds by a hash of the text.
 */
export function foldsOf(examples: Example[], cfg = CONFIG): { fold: number[]; names: string[] } {
  const writers = [...new Set(examples.map((e) => e.writer))].sort();
  if (writers.length >= 3) return { fold: examples.map((e) => writers.indexOf(e.writer)), names: writers };
  const names = Array.from({ length: cfg.folds }, (_, i) => `fold ${i + 1}`);
  return { fold: examples.map((e) => hashFold(e.text, cfg.folds)), names };
}

/** Out-of-fold probabilities: each example scored by a model trained without its fold. */
export function outOfFold(examples: Example[], cfg = CONFIG, fold = foldsOf(examples, cfg)): Float64Array[] {
  const out: Float64Array[] = new Array(examples.length);
  fold.names.forEach((_, f) => {
    const trainSet = examples.filter((_, i) => fold.fold[i] !== f);
    const testIdx = examples.map((_, i) => (fold.fold[i] === f ? i : -1)).filter((i) => i >= 0);
    const probs = predict(shipped(train(trainSet, cfg), cfg), testIdx.map((i) => examples[i]!), cfg);
    testIdx.forEach((i, j) => (out[i] = probs[j]!));
  });
  return out;
}

/**
 * The lowest probability at which precision on held-out predictions (all scores at or above it)
 * is at least `target`, counting from the 10th prediction on; never below `floor`; 1.01 (never
 * fires) when no cut reaches it. A false positive counts `negativeWeight` times: a template holds
 * many more innocent sentences per violation than the bank does.
 */
export function thresholdFor(scores: number[], positive: boolean[], target: number, floor: number, negativeWeight = 1): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let tp = 0;
  let fp = 0;
  let best = 1.01;
  order.forEach((i, n) => {
    if (positive[i]) tp++;
    else fp += negativeWeight;
    // Cut only between distinct scores, so a tie never splits.
    const next = order[n + 1];
    if (next !== undefined && scores[next] === scores[i]) return;
    if (n >= 9 && tp / (tp + fp) >= target && scores[i]! >= floor) best = scores[i]!;
  });
  return best;
}

/**
 * Warning and error thresholds per family from held-out probabilities. Only the sentences the
 * model could add a finding to count: judgeable, and not already flagged for the family by a rule.
 */
export function thresholdsFrom(examples: Example[], probs: Float64Array[], cfg = CONFIG): { warn: number; error: number }[] {
  return cfg.families.map((family, k) => {
    const idx = examples.map((_, i) => i).filter((i) => !examples[i]!.ruleFamilies.has(family));
    const scores = idx.map((i) => (judgeable(examples[i]!.linted, family) ? probs[i]![k]! : 0));
    const positive = idx.map((i) => examples[i]!.labels.includes(family));
    return {
      warn: thresholdFor(scores, positive, cfg.warnPrecisionByFamily?.[family] ?? cfg.warnPrecision, cfg.minThreshold, cfg.calibrationNegativeWeight),
      error: thresholdFor(scores, positive, cfg.errorPrecision, cfg.minThreshold, cfg.calibrationNegativeWeight),
    };
  });
}

/** Thresholds calibrated on held-out folds of `examples`. */
export function calibrate(examples: Example[], cfg = CONFIG): { warn: number; error: number }[] {
  return thresholdsFrom(examples, outOfFold(examples, cfg), cfg);
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}

/** One family's shipped weights: int8 steps of `scale`, the largest `maxWeightsPerFamily` kept. */
interface Quantized {
  scale: number;
  kept: { b: number; q: number }[];
}

function quantize(model: Trained, k: number, cfg: Config): Quantized {
  const F = cfg.families.length;
  let max = 0;
  for (let b = 0; b < BUCKETS; b++) max = Math.max(max, Math.abs(model.weights[b * F + k]!));
  const scale = Number((max / 127 || 1).toPrecision(8));
  const kept: { b: number; q: number }[] = [];
  for (let b = 0; b < BUCKETS; b++) {
    const q = Math.round(model.weights[b * F + k]! / scale);
    if (q !== 0) kept.push({ b, q });
  }
  if (kept.length <= cfg.maxWeightsPerFamily) return { scale, kept };
  const top = [...kept].sort((x, y) => Math.abs(y.q) - Math.abs(x.q) || x.b - y.b).slice(0, cfg.maxWeightsPerFamily);
  return { scale, kept: top.sort((x, y) => x.b - y.b) };
}

/**
 * The model as it will ship (quantized and pruned), so thresholds are calibrated on the scores
 * inference will compute, not on the full-precision ones.
 */
export function shipped(model: Trained, cfg = CONFIG): Trained {
  const F = cfg.families.length;
  const weights = new Float64Array(BUCKETS * F);
  for (let k = 0; k < F; k++) {
    const { scale, kept } = quantize(model, k, cfg);
    for (const { b, q } of kept) weights[b * F + k] = q * scale;
  }
  return { weights, bias: model.bias.map((b) => Number(b.toFixed(6))) };
}

/** A family's stored form: indices as LEB128 varint gaps, int8 weights, both base64. */
function storeFamily(model: Trained, k: number, thresholds: { warn: number; error: number }, cfg: Config): StoredFamilyModel {
  const { scale, kept } = quantize(model, k, cfg);
  const gaps: number[] = [];
  const weight = new Int8Array(kept.length);
  let prev = 0;
  kept.forEach(({ b, q }, i) => {
    for (let gap = b - prev; ; gap >>>= 7) {
      if (gap < 0x80) {
        gaps.push(gap);
        break;
      }
      gaps.push((gap & 0x7f) | 0x80);
    }
    prev = b;
    weight[i] = q;
  });
  return {
    family: cfg.families[k]!,
    bias: Number(model.bias[k]!.toFixed(6)),
    scale,
    warn: Number(thresholds.warn.toFixed(4)),
    error: Number(thresholds.error.toFixed(4)),
    index: toBase64(Uint8Array.from(gaps)),
    weight: toBase64(new Uint8Array(weight.buffer)),
  };
}

/** Bank counts per family and kind, for the model's provenance and the eval report. */
export function bankSummary(examples: Example[]): Record<string, number> {
  const c: Record<string, number> = { sentences: examples.length, writers: new Set(examples.map((e) => e.writer)).size };
  for (const e of examples) {
    c[e.kind] = (c[e.kind] ?? 0) + 1;
    for (const l of e.labels) c[l] = (c[l] ?? 0) + 1;
  }
  return c;
}

/**
 * Cross-validation by held-out writer (or hash fold): each writer's sentences are scored by a
 * model trained on the others, with thresholds calibrated on the others' held-out scores. Each
 * sentence is also linted by the rules alone. Prints, per family, the recall of the rules alone and
 * of rules + model, the precision of what the model adds, and the innocent sentences it flags.
 */
export function crossValidate(log: (line: string) => void, examples = loadBank(), cfg = CONFIG): void {
  log(`bank: ${JSON.stringify(bankSummary(examples))}`);
  const fold = foldsOf(examples, cfg);
  const oof = outOfFold(examples, cfg, fold);
  const F = cfg.families.length;
  const stats = cfg.families.map(() => ({ pos: 0, rules: 0, added: 0, addedWrong: 0 }));
  let innocent = 0;
  const innocentFlagged = cfg.families.map(() => 0);
  fold.names.forEach((_, f) => {
    const others = examples.map((_, i) => i).filter((i) => fold.fold[i] !== f);
    const thresholds = thresholdsFrom(others.map((i) => examples[i]!), others.map((i) => oof[i]!), cfg);
    examples.forEach((e, i) => {
      if (fold.fold[i] !== f) return;
      if (e.kind !== "pos") innocent++;
      for (let k = 0; k < F; k++) {
        const family = cfg.families[k]!;
        const s = stats[k]!;
        const pos = e.labels.includes(family);
        const byRule = e.ruleFamilies.has(family);
        const byModel = !byRule && oof[i]![k]! >= thresholds[k]!.warn && judgeable(e.linted, family);
        if (pos) s.pos++;
        if (pos && byRule) s.rules++;
        if (byModel) {
          s.added++;
          if (!pos) s.addedWrong++;
          if (e.kind !== "pos") innocentFlagged[k]!++;
        }
      }
    });
  });
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1).padStart(5) + "%" : "  n/a");
  log(`held out by ${fold.names.length > 0 && fold.names[0]!.startsWith("fold") ? "hash fold" : "writer"}: ${fold.names.join(", ")}; thresholds calibrated on the other groups`);
  log("family          positives  recall rules  recall rules+model  model adds  added precision  innocent flagged by model");
  cfg.families.forEach((family, k) => {
    const s = stats[k]!;
    const recallBoth = s.rules + (s.added - s.addedWrong);
    log(`${family.padEnd(15)} ${String(s.pos).padStart(9)}  ${pct(s.rules, s.pos).padStart(12)}  ${pct(recallBoth, s.pos).padStart(18)}  ${String(s.added).padStart(10)}  ${pct(s.added - s.addedWrong, s.added).padStart(15)}  ${innocentFlagged[k]}/${innocent}`);
  });
  // Rule naming by cue words, on positives whose writer named the rule (contact's sub-rules are
  // mostly the deterministic detectors' business, so they are left out). Profanity is reported as harassment.
  const named = examples.filter((e) => e.rule && e.labels[0] === e.rule.split("/")[0] && !e.rule.startsWith("contact/"));
  const expected = (rule: string) => (rule === "conduct/profanity" ? "conduct/harassment" : rule);
  const right = named.filter((e) => ruleForFamily(e.labels[0]!, e.text) === expected(e.rule!)).length;
  log(`rule named by cue words = the writer's rule: ${right}/${named.length} (${pct(right, named.length).trim()})`);
}

/** Trains on the whole bank and writes weights.json. */
function main(): void {
  const t0 = Date.now();
  const examples = loadBank();
  const thresholds = calibrate(examples);
  const model = train(examples);
  const stored: StoredModel = {
    version: 1,
    buckets: BUCKETS,
    charWeight: CONFIG.charWeight,
    trainedOn: { bank: "data/sentences", config: "data/classifier.json", ...bankSummary(examples) },
    families: CONFIG.families.map((_, k) => storeFamily(model, k, thresholds[k]!, CONFIG)),
  };
  writeFileSync(OUT, JSON.stringify(stored, null, 1) + "\n");
  console.log(`trained on ${examples.length} sentences in ${((Date.now() - t0) / 1000).toFixed(1)} s -> ${OUT}`);
  for (const f of stored.families) console.log(`  ${f.family.padEnd(14)} warn ≥ ${f.warn}  error ≥ ${f.error}  weights ${Buffer.from(f.weight, "base64").length}`);
}

if (require.main === module) main();

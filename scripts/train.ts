// Trains the learned layer from the sentence bank (data/sentences/*.jsonl) with the config in
// data/classifier.json, calibrates its thresholds on held-out folds, and writes
// server/src/engine/classifier/weights.json. Deterministic: fixed seed, files and lines in order.
//   npm run train
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BUCKETS, sentenceFeatures } from "../server/src/engine/classifier/features";
import type { StoredFamilyModel, StoredModel } from "../server/src/engine/classifier/model";
import { judgeable } from "../server/src/engine/classifier/gates";
import type { Family } from "../server/src/engine/types";

const ROOT = join(__dirname, "..");
const BANK = join(ROOT, "data", "sentences");
const OUT = join(ROOT, "server", "src", "engine", "classifier", "weights.json");

interface Config {
  seed: number;
  epochs: number;
  learningRate: number;
  l2: number;
  folds: number;
  hardNegativeWeight: number;
  warnPrecision: number;
  errorPrecision: number;
  minThreshold: number;
  maxWeightsPerFamily: number;
  families: Family[];
}

/** One bank sentence, featurized once. */
export interface Example {
  text: string;
  labels: Family[];
  kind: "pos" | "neg" | "hard-neg";
  writer: string;
  file: string;
  features: Uint32Array;
}

export const CONFIG: Config = JSON.parse(readFileSync(join(ROOT, "data", "classifier.json"), "utf8"));

/** The bank: every data/sentences/*.jsonl in name order. Throws on a malformed line, naming it. */
export function loadBank(dir = BANK): Example[] {
  const out: Example[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort()) {
    readFileSync(join(dir, file), "utf8").split("\n").forEach((line, i) => {
      if (!line.trim()) return;
      let r: { text?: unknown; labels?: unknown; kind?: unknown; writer?: unknown };
      try {
        r = JSON.parse(line);
      } catch (e) {
        throw new Error(`data/sentences/${file}:${i + 1}: ${(e as Error).message}`);
      }
      if (typeof r.text !== "string" || !Array.isArray(r.labels)) throw new Error(`data/sentences/${file}:${i + 1}: needs "text" and "labels"`);
      const labels = (r.labels as string[]).filter((l): l is Family => CONFIG.families.includes(l as Family));
      const kind = r.kind === "pos" || r.kind === "hard-neg" ? r.kind : labels.length ? "pos" : "neg";
      out.push({ text: r.text, labels, kind, writer: typeof r.writer === "string" ? r.writer : file.replace(/\.jsonl$/, ""), file, features: sentenceFeatures(r.text) });
    });
  }
  return out;
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
  const order = examples.map((_, i) => i);
  const rand = prng(cfg.seed);
  const z = new Float64Array(F);
  for (let epoch = 0; epoch < cfg.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const ex = examples[idx]!;
      const feats = ex.features;
      const norm = feats.length ? 1 / Math.sqrt(feats.length) : 0;
      z.set(bias);
      for (let i = 0; i < feats.length; i++) {
        const base = feats[i]! * F;
        for (let k = 0; k < F; k++) z[k]! += weights[base + k]! * norm;
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
          const g = grad * norm + cfg.l2 * weights[p]!;
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
    const norm = ex.features.length ? 1 / Math.sqrt(ex.features.length) : 0;
    for (const f of ex.features) for (let k = 0; k < F; k++) z[k]! += model.weights[f * F + k]! * norm;
    return z.map((v) => 1 / (1 + Math.exp(-v)));
  });
}

/** Fold of an example: by a hash of its text, so a repeated sentence never sits on both sides. */
function foldOf(text: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % folds;
}

/** Out-of-fold probabilities: each example scored by a model trained without its fold. */
export function outOfFold(examples: Example[], cfg = CONFIG): Float64Array[] {
  const out: Float64Array[] = new Array(examples.length);
  for (let fold = 0; fold < cfg.folds; fold++) {
    const trainSet = examples.filter((e) => foldOf(e.text, cfg.folds) !== fold);
    const testIdx = examples.map((e, i) => (foldOf(e.text, cfg.folds) === fold ? i : -1)).filter((i) => i >= 0);
    const probs = predict(train(trainSet, cfg), testIdx.map((i) => examples[i]!), cfg);
    testIdx.forEach((i, j) => (out[i] = probs[j]!));
  }
  return out;
}

/**
 * The lowest probability at which precision on held-out predictions (all scores at or above it)
 * is at least `target`, counting from the 10th prediction on; never below `floor`; 1.01 (never
 * fires) when no cut reaches it.
 */
export function thresholdFor(scores: number[], positive: boolean[], target: number, floor: number): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let tp = 0;
  let fp = 0;
  let best = 1.01;
  order.forEach((i, n) => {
    if (positive[i]) tp++;
    else fp++;
    // Cut only between distinct scores, so a tie never splits.
    const next = order[n + 1];
    if (next !== undefined && scores[next] === scores[i]) return;
    if (n >= 9 && tp / (tp + fp) >= target && scores[i]! >= floor) best = scores[i]!;
  });
  return best;
}

/** Warning and error thresholds per family, from out-of-fold predictions on `examples`. */
export function calibrate(examples: Example[], cfg = CONFIG): { warn: number; error: number }[] {
  const oof = outOfFold(examples, cfg);
  return cfg.families.map((family, k) => {
    const scores = oof.map((p, i) => (judgeable(examples[i]!.text, family) ? p[k]! : 0));
    const positive = examples.map((e) => e.labels.includes(family));
    return {
      warn: thresholdFor(scores, positive, cfg.warnPrecision, cfg.minThreshold),
      error: thresholdFor(scores, positive, cfg.errorPrecision, cfg.minThreshold),
    };
  });
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}

/** Quantizes a family's weights to int8, keeping the largest `maxWeightsPerFamily`. */
function storeFamily(model: Trained, k: number, thresholds: { warn: number; error: number }, cfg: Config): StoredFamilyModel {
  const F = cfg.families.length;
  let max = 0;
  for (let b = 0; b < BUCKETS; b++) max = Math.max(max, Math.abs(model.weights[b * F + k]!));
  const scale = max / 127 || 1;
  const kept: { b: number; q: number }[] = [];
  for (let b = 0; b < BUCKETS; b++) {
    const q = Math.round(model.weights[b * F + k]! / scale);
    if (q !== 0) kept.push({ b, q });
  }
  const top = kept.length > cfg.maxWeightsPerFamily ? [...kept].sort((x, y) => Math.abs(y.q) - Math.abs(x.q) || x.b - y.b).slice(0, cfg.maxWeightsPerFamily).sort((x, y) => x.b - y.b) : kept;
  const index = new Uint8Array(top.length * 4);
  const view = new DataView(index.buffer);
  const weight = new Int8Array(top.length);
  top.forEach(({ b, q }, i) => {
    view.setUint32(i * 4, b, true);
    weight[i] = q;
  });
  return {
    family: cfg.families[k]!,
    bias: Number(model.bias[k]!.toFixed(6)),
    scale: Number(scale.toPrecision(8)),
    warn: Number(thresholds.warn.toFixed(4)),
    error: Number(thresholds.error.toFixed(4)),
    index: toBase64(index),
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
 * Outer k-fold cross-validation: thresholds calibrated on the training folds only (inner folds),
 * precision and recall measured on the held-out fold. Prints one line per family.
 */
export function crossValidate(log: (line: string) => void, examples = loadBank(), cfg = CONFIG): void {
  log(`bank: ${JSON.stringify(bankSummary(examples))}`);
  const F = cfg.families.length;
  const stats = cfg.families.map(() => ({ tp: 0, fp: 0, fn: 0, hardNegFlagged: 0, negFlagged: 0 }));
  let negs = 0;
  let hardNegs = 0;
  for (let fold = 0; fold < cfg.folds; fold++) {
    const trainSet = examples.filter((e) => foldOf(e.text, cfg.folds) !== fold);
    const testSet = examples.filter((e) => foldOf(e.text, cfg.folds) === fold);
    const thresholds = calibrate(trainSet, cfg);
    const probs = predict(train(trainSet, cfg), testSet, cfg);
    testSet.forEach((e, i) => {
      if (e.kind === "neg") negs++;
      if (e.kind === "hard-neg") hardNegs++;
      for (let k = 0; k < F; k++) {
        const flagged = probs[i]![k]! >= thresholds[k]!.warn && judgeable(e.text, cfg.families[k]!);
        const pos = e.labels.includes(cfg.families[k]!);
        const s = stats[k]!;
        if (flagged && pos) s.tp++;
        else if (flagged) {
          s.fp++;
          if (e.kind === "hard-neg") s.hardNegFlagged++;
          if (e.kind === "neg") s.negFlagged++;
        } else if (pos) s.fn++;
      }
    });
  }
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1).padStart(5) + "%" : "  n/a");
  log(`${cfg.folds}-fold, thresholds calibrated inside each training part (warning level)`);
  log("family          precision  recall   false flags (hard-neg / neg)");
  cfg.families.forEach((f, k) => {
    const s = stats[k]!;
    log(`${f.padEnd(15)} ${pct(s.tp, s.tp + s.fp)}   ${pct(s.tp, s.tp + s.fn)}   ${s.fp} (${s.hardNegFlagged}/${hardNegs} / ${s.negFlagged}/${negs})`);
  });
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
    trainedOn: { bank: "data/sentences", config: "data/classifier.json", ...bankSummary(examples) },
    families: CONFIG.families.map((_, k) => storeFamily(model, k, thresholds[k]!, CONFIG)),
  };
  writeFileSync(OUT, JSON.stringify(stored, null, 1) + "\n");
  console.log(`trained on ${examples.length} sentences in ${((Date.now() - t0) / 1000).toFixed(1)} s -> ${OUT}`);
  for (const f of stored.families) console.log(`  ${f.family.padEnd(14)} warn ≥ ${f.warn}  error ≥ ${f.error}  weights ${Buffer.from(f.weight, "base64").length}`);
}

if (require.main === module) main();

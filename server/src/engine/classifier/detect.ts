// The learned layer joined with the rules: a prose sentence that the model scores above its
// family's calibrated threshold, and that no rule of that family already flagged, becomes a finding
// of the family's rule (chosen by cue words), warning when probable and error when sure. The
// message names the words that weighed most, so a hover says why.

import { clauseWindows, type ClauseWindow } from "./clauses";
import { MAX_SENTENCE_CHARS, judgeable } from "./gates";
import { isSoftWrap, withoutQuotations } from "../text-units";
import { SentenceModel, type FamilyScore, type StoredModel } from "./model";
import { ruleForFamily } from "./rule-choice";
import weights from "./weights.json";
import readerAddress from "../lexicons/reader-address.json";
import { lexiconAlternation } from "../lexicons";
import { AFTER_CONTRACT_RE } from "../patterns/intent";
import type { TextView } from "../normalize";
import type { Family, Finding, Severity } from "../types";

let model: SentenceModel | undefined;

/**
 * A family's whole-sentence probability from which the sentence's clauses are scored too: most
 * sentences score near 0 for every family, and scoring their clauses would cost more than the sentence.
 */
const CLAUSE_FLOOR = 0.1;

/** The committed model, loaded on first use. */
export function sentenceModel(): SentenceModel {
  return (model ??= new SentenceModel(weights as StoredModel));
}

/** Texts whose scores `scoreOf` keeps (a few hundred bytes each); the cache restarts when full. */
const SCORE_CACHE_MAX = 20_000;
const scoreCache = new Map<string, readonly FamilyScore[]>();

/**
 * The committed model's scores of a text, kept by text: a score depends on the text alone, and an
 * edit changes one sentence of a document, so re-linting it scores only that one again (the
 * sentences were about a seventh of a lint). Callers only read the scores.
 */
export function scoreOf(text: string): readonly FamilyScore[] {
  // The key is a copy: a sentence is a slice of its document's prose, and a slice kept as a key would
  // keep the whole text alive. Slicing a concatenation makes V8 write it out flat (a Map hashes a
  // concatenation without flattening it, so that alone would still hold the slice).
  const key = (" " + text).slice(1);
  let scores = scoreCache.get(key);
  if (!scores) {
    scores = sentenceModel().score(text);
    if (scoreCache.size >= SCORE_CACHE_MAX) scoreCache.clear();
    scoreCache.set(key, scores);
  }
  return scores;
}

/** A sentence of a view: offsets into the view's text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const SENTENCE_END_RE = /[.!?]+["')\]]*(?=\s|$)|\n/g;
const LEADING_NOISE_RE = /^(?:[\s>*_#|-]+|\d+[.)]\s+)+/;

/** Splits a view's text at sentence ends and at line breaks that are not soft wraps, trimming list and quote markup. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const lead = LEADING_NOISE_RE.exec(text.slice(start, end));
    const s = start + (lead ? lead[0].length : 0);
    let e = end;
    while (e > s && /[\s*_]/.test(text[e - 1]!)) e--;
    if (e - s >= 12) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(text); m; m = SENTENCE_END_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] === "\n" && isSoftWrap(text, m.index)) continue;
    push(from, m[0] === "\n" ? m.index : end);
    from = end;
  }
  push(from, text.length);
  return out;
}

export interface ClassifierOptions {
  /** Families whose rules are all off, or that a front-matter exception turns off. */
  skipFamilies: ReadonlySet<Family>;
  /** Per-rule severity settings; "off" drops the finding. */
  rules: Record<string, string> | undefined;
  /** Lower-case domains the user allows (allowedDomains, portfolioHosts): a sentence naming one is not judged for contact. */
  allowedDomains?: readonly string[];
}

/**
 * Findings of the learned layer for the prose of a document, in source offsets. `ruleFindings`
 * are the rules' findings: a sentence they already flag for a family is not flagged again for it.
 */
export function classifierFindings(prose: TextView, ruleFindings: readonly Finding[], options: ClassifierOptions): Finding[] {
  const m = sentenceModel();
  const out: Finding[] = [];
  // Only a problem the user is shown as one (error or warning) speaks for the sentence: an
  // information note such as "reads like a generic template" must not hide a violation in it.
  const problems = ruleFindings.filter((f) => f.severity === "error" || f.severity === "warning");
  const sentences = sentencesOf(prose.text);
  sentences.forEach((sentence, n) => {
    if (sentence.text.length > MAX_SENTENCE_CHARS) return;
    const scores = scoreOf(sentence.text);
    let clauses: { window: ClauseWindow; scores: readonly FamilyScore[] }[] | undefined;
    for (const [k, { family, probability: scored }] of scores.entries()) {
      const stored = m.families[k]!;
      // Conduct is the writer's own words: a quotation in the sentence ("a customer wrote "you
      // people are idiots"") is mentioned, not said, so it is read with its quotations blanked.
      const own = family === "conduct" && scored >= CLAUSE_FLOOR ? withoutQuotations(sentence.text) : sentence.text;
      const mentioned = own !== sentence.text;
      const whole = mentioned ? scoreOf(own)[k]!.probability : scored;
      // Cheap tests first: most sentences score near 0 for every family.
      if (whole < Math.min(stored.warn, CLAUSE_FLOOR) || options.skipFamilies.has(family) || !judgeable(sentence.text, family)) continue;
      // The whole sentence at the calibrated threshold; else its most violating clause, only when sure.
      let probability = whole;
      let window: ClauseWindow = { start: 0, end: sentence.text.length, text: sentence.text };
      if (whole < stored.warn) {
        if (mentioned) continue;
        clauses ??= clauseWindows(sentence.text).map((w) => ({ window: w, scores: scoreOf(w.text) }));
        const best = clauses.filter((c) => c.scores[k]!.probability >= stored.error && judgeable(c.window.text, family)).sort((a, b) => b.scores[k]!.probability - a.scores[k]!.probability)[0];
        if (!best) continue;
        probability = best.scores[k]!.probability;
        window = best.window;
      }
      if (family === "contact" && namesAllowedDomain(sentence.text, options.allowedDomains)) continue;
      // Contact that waits for the contract is allowed, as the contact rules read it ("join the call ... after the contract starts").
      if (family === "contact" && AFTER_CONTRACT_RE.test(sentence.text)) continue;
      const { start, end } = prose.toSource(sentence.start, sentence.end);
      const flagged = problems.filter((f) => f.start < end && start < f.end);
      if (flagged.some((f) => f.family === family)) continue;
      // A sentence a rule already flags for another family gets a second finding only when the
      // model is sure: a probable score there is mostly the same words read as the wrong family.
      if (flagged.length && probability < stored.error) continue;
      // Sure only when the whole sentence is: a clause read alone is a probable finding at most.
      const sure = whole >= stored.error;
      // One violation, one finding: a sentence that goes on about what the sentence before it in
      // the paragraph already broke ("... pay me on Revolut. Cheaper for you and simpler for me.")
      // belongs to that finding. Not across a line break (list items and checklist lines are
      // statements of their own), nor when the model is sure of the sentence by itself.
      // Conduct is never folded (each insult is one), nor is a sentence that speaks to the reader.
      const prev = sentences[n - 1];
      if (prev && !sure && family !== "conduct" && !addressesReader(sentence.text) && !hardLineBreak(prose.text, prev.end, sentence.start)) {
        const p = prose.toSource(prev.start, prev.end);
        if ([...problems, ...out].some((f) => f.family === family && f.start < p.end && p.start < f.end)) continue;
      }
      const ruleId = ruleForFamily(family, sentence.text);
      const setting = options.rules?.[ruleId];
      if (setting === "off") continue;
      const words = m.topWords(window.text, family);
      const span = prose.toSource(sentence.start + window.start, sentence.start + window.end);
      out.push({
        ruleId,
        family,
        severity: (setting as Severity | undefined) ?? (sure ? "error" : "warning"),
        message: `Reads like ${FAMILY_WORDS[family]} (learned model, ${sure ? "sure" : "probable"}: ${(probability * 100).toFixed(0)}%). Words that weighed most: ${words.map((w) => `"${w}"`).join(", ") || "none alone"}.`,
        start: span.start,
        end: span.end,
      });
    }
  });
  return out;
}

const FAMILY_WORDS: Record<Family, string> = {
  circumvention: "taking payment or work outside Upwork",
  contact: "an invitation to contact you outside Upwork",
  account: "sharing, renting or misrepresenting an account",
  spam: "a mass-sent or repeated message",
  conduct: "harassment or discrimination",
  feedback: "manipulating feedback",
};

/** A second-person word among the first five words: the sentence is said to the reader, not about the deal ("cheaper for you"). */
const SECOND_PERSON_RE = new RegExp(String.raw`^[^\p{L}]*(?:[\p{L}\p{N}'’-]+[^\p{L}\p{N}'’-]+){0,4}?(?:${lexiconAlternation(readerAddress.secondPerson)})(?![\p{L}\p{N}_])`, "iu");
const REQUEST_OPENER_RE = new RegExp(String.raw`^[^\p{L}]*(?:${lexiconAlternation(readerAddress.openers)})(?![\p{L}\p{N}_])`, "iu");

/** The sentence speaks to the reader: a second-person word, or a request word first (lexicons/reader-address.json). */
export function addressesReader(text: string): boolean {
  return SECOND_PERSON_RE.test(text) || REQUEST_OPENER_RE.test(text);
}

/** A line break between two offsets that is not a soft wrap inside a paragraph. */
function hardLineBreak(text: string, from: number, to: number): boolean {
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) if (!isSoftWrap(text, i)) return true;
  return false;
}

/** The sentence names a domain the user allowed: its contact detail was cleared by configuration. */
function namesAllowedDomain(text: string, domains: readonly string[] | undefined): boolean {
  if (!domains?.length) return false;
  const lower = text.toLowerCase();
  return domains.some((d) => d.length > 0 && lower.includes(d));
}

// Clause windows of a long sentence. A violation buried after an innocent clause ("Phase one is
// live, and you clearly can't read") is diluted by the words around it when the sentence is scored
// whole; its clauses are scored too, and a clause counts only at the sure threshold (detect.ts).
// Scoring every sentence this way in calibration raised every threshold and lost recall on the bank
// (leave-one-writer-out), so the whole sentence stays the unit the thresholds are calibrated on.

/** A stretch of a sentence: offsets into the sentence's text. */
export interface ClauseWindow {
  start: number;
  end: number;
  text: string;
}

/** Where clauses part: clause punctuation, a spaced dash, and the conjunctions that start a new clause. */
// "and" starts a clause only before its subject ("... and you clearly can't read"), not inside
// "back and forth" or "terms and conditions".
const CLAUSE_BREAK_RE = /[,;:()—–]|\s-\s|\band(?=\s+(?:i|i['’]\w+|you|you['’]\w+|we|we['’]\w+|they|he|she|it|then|so|also)\b)|\b(?:but|because|since|so|otherwise|although|though|whereas)\b/gi;
const CONDITION_RE = /^[\s,;:()—–-]*(?:if|when|whenever|unless|in\s+case|once|as\s+soon\s+as)\b/i;
const WORD_RE = /\p{L}[\p{L}\p{N}'’-]*/gu;
const EDGE_RE = /[\s,;:()—–-]/;

/** A clause shorter than this is a fragment ("If you go with someone else") that reads as anything alone. */
export const MIN_CLAUSE_WORDS = 6;
/** Sentences shorter than this many words are only judged whole. */
export const MIN_WORDS_FOR_CLAUSES = 10;
/** At most this many breaks are used; the rest of a run-on sentence stays in its last clause. */
const MAX_BREAKS = 12;

function wordCount(s: string): number {
  WORD_RE.lastIndex = 0;
  let n = 0;
  while (WORD_RE.exec(s)) n++;
  return n;
}

/**
 * The clauses of a sentence of MIN_WORDS_FOR_CLAUSES words or more, and each pair of neighbouring
 * clauses, with at least MIN_CLAUSE_WORDS words, trimmed of spaces and punctuation; never the
 * whole sentence. Empty for a shorter sentence or one without breaks.
 */
export function clauseWindows(text: string): ClauseWindow[] {
  if (wordCount(text) < MIN_WORDS_FOR_CLAUSES) return [];
  const cuts = [0];
  CLAUSE_BREAK_RE.lastIndex = 0;
  for (let m = CLAUSE_BREAK_RE.exec(text); m && cuts.length <= MAX_BREAKS; m = CLAUSE_BREAK_RE.exec(text)) cuts.push(m.index);
  cuts.push(text.length);
  const out: ClauseWindow[] = [];
  const seen = new Set<string>();
  const add = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && EDGE_RE.test(text[s]!)) s++;
    while (e > s && EDGE_RE.test(text[e - 1]!)) e--;
    const key = `${s}:${e}`;
    if ((s === 0 && e === text.length) || seen.has(key) || wordCount(text.slice(s, e)) < MIN_CLAUSE_WORDS) return;
    seen.add(key);
    out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (let i = 0; i + 1 < cuts.length; i++) {
    // A condition alone ("If you go with someone else") does nothing yet: it is judged with its main clause only.
    if (!CONDITION_RE.test(text.slice(cuts[i]!, cuts[i + 1]!))) add(cuts[i]!, cuts[i + 1]!);
    if (i + 2 < cuts.length) add(cuts[i]!, cuts[i + 2]!);
  }
  return out;
}

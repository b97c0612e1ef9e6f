// A normalized copy of the source for detectors to read, with an exact map back to source offsets,
// so that "jane＠gmail．com", "Sky\u200Cpe" or "WhatsАpp" (Cyrillic А) are seen as what they are
// while every finding still underlines the original characters. Linear in the input.

import { CONFUSABLE_LETTERS, DIGIT_BLOCKS, INVISIBLE_CHARS } from "./patterns/unicode";
import chatWords from "./lexicons/chat-words.json";
import dialectSpellings from "./lexicons/dialect-spellings.json";

/**
 * A normalized text and its map back to the source it was made from. The map is kept as pieces:
 * runs copied from the source (unit k of the run maps to the k-th source unit after `from`) and
 * folds (every unit maps to one source character). A template has a few folds per kilobyte, so
 * this is a few thousand numbers where a table per unit was two 4-byte arrays as long as the text.
 */
export class TextView {
  constructor(
    /** The normalized text detectors run on. */
    readonly text: string,
    /** Per piece, the normalized offset where it starts; ascending, the first is 0. */
    private readonly pieceAt: Int32Array,
    /** Per piece, the source offset of its first unit (a copied run) or of its folded character. */
    private readonly pieceFrom: Int32Array,
    /** Per piece, -1 for a copied run, else the source offset just past its folded character. */
    private readonly pieceTo: Int32Array,
    private readonly sourceLength: number,
  ) {}

  /** Source range covering the normalized range `[start, end)`. */
  toSource(start: number, end: number): { start: number; end: number } {
    if (this.text.length === 0) return { start: 0, end: 0 };
    const s = start >= this.text.length ? this.sourceLength : this.unitStart(Math.max(0, start));
    const e = end <= 0 ? s : this.unitEnd(Math.min(end, this.text.length) - 1);
    return { start: s, end: Math.max(s, e) };
  }

  /** The source offset where normalized unit `k` (0 <= k < text.length) starts. */
  private unitStart(k: number): number {
    const p = this.pieceOf(k);
    return this.pieceTo[p]! < 0 ? this.pieceFrom[p]! + (k - this.pieceAt[p]!) : this.pieceFrom[p]!;
  }

  /** The source offset just past normalized unit `k`. */
  private unitEnd(k: number): number {
    const p = this.pieceOf(k);
    return this.pieceTo[p]! < 0 ? this.pieceFrom[p]! + (k - this.pieceAt[p]!) + 1 : this.pieceTo[p]!;
  }

  /** The last piece starting at or before normalized offset `k`. */
  private pieceOf(k: number): number {
    const at = this.pieceAt;
    let lo = 0;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid]! <= k) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** foldCodePoint's answers so far (null = folds to itself): a pure function of the code point, and NFKC is slow. */
const foldMemo = new Map<number, string | null>();

function foldCodePoint(cp: number): string | undefined {
  if (cp < 0x80) return undefined;
  let folded = foldMemo.get(cp);
  if (folded === undefined) {
    folded = computeFold(cp) ?? null;
    if (foldMemo.size < 65536) foldMemo.set(cp, folded);
  }
  return folded ?? undefined;
}

function computeFold(cp: number): string | undefined {
  if (INVISIBLE_CHARS.has(cp)) return "";
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCharCode(cp - 0xfee0); // full-width ASCII
  if (cp === 0x3000 || cp === 0x00a0 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f) return " ";
  const confusable = CONFUSABLE_LETTERS.get(cp);
  if (confusable) return confusable;
  for (const [first, zero] of DIGIT_BLOCKS) {
    if (cp >= first && cp < first + 10) return String(cp - first + zero);
  }
  if (cp >= 0x2460 && cp <= 0x2468) return String(cp - 0x2460 + 1); // circled 1-9
  if (cp === 0x24ea || cp === 0x24ff) return "0";
  if (cp >= 0x2776 && cp <= 0x277e) return String(cp - 0x2776 + 1); // dingbat negative circled
  if (cp >= 0x1d7ce && cp <= 0x1d7ff) return String((cp - 0x1d7ce) % 10); // mathematical digits
  if (cp === 0x2010 || cp === 0x2011 || cp === 0x2012) return "-";
  // Compatibility forms that fold to plain ASCII (math bold letters, ligatures, letterlike symbols).
  const compat = String.fromCodePoint(cp).normalize("NFKC");
  if (compat !== String.fromCodePoint(cp) && /^[\x20-\x7e]+$/.test(compat)) return compat;
  return undefined;
}

/** What a chat or dialect spelling stands for, with other meanings beside some words ("ur so" is "you're so"). */
interface ChatMeaning {
  means: string;
  /** Next words (lower case) after which the spelling means `meansBefore`. */
  before?: ReadonlySet<string>;
  /** A pattern the next word, as written, matches when the spelling means `meansBefore` (Patwa "an mi" is "and me"). */
  beforePattern?: RegExp;
  meansBefore?: string;
  /** Words before it (lower case) after which the spelling means `meansAfter` ("sen mi" is "send me"). */
  after?: ReadonlySet<string>;
  meansAfter?: string;
}

interface SpellingEntry {
  name: string;
  means: string;
  before?: string[];
  beforePattern?: string;
  meansBefore?: string;
  after?: string[];
  meansAfter?: string;
}

/** Chat spellings and dialect spellings (lexicons/chat-words.json, dialect-spellings.json), lower case and capitalized ("Im"). */
const CHAT_WORDS = new Map<string, ChatMeaning>();
const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const capitalized = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const MARKERS = dialectSpellings.markers as Record<string, string[]>;
const VARIETIES = Object.entries(dialectSpellings.varieties as Record<string, SpellingEntry[]>);
/** The spellings read in every text: chat words and the varieties without marker words. */
const ALWAYS: SpellingEntry[] = [...chatWords.terms, ...VARIETIES.filter(([v]) => !MARKERS[v]).flatMap(([, entries]) => entries)];
/** Varieties read only in a text that shows them, with the test for their marker words. */
const GATED = VARIETIES.filter(([v]) => MARKERS[v]).map(([v, entries]) => ({ entries, marker: new RegExp(String.raw`(?<![\w'’-])(?:${MARKERS[v]!.map(escapeRe).join("|")})(?![\w'’-])`, "gi") }));
for (const t of [...ALWAYS, ...GATED.flatMap((g) => g.entries)]) {
  const meaning = (cap: (s: string) => string): ChatMeaning => ({
    means: cap(t.means),
    before: t.before && new Set(t.before.map((w) => w.toLowerCase())),
    beforePattern: t.beforePattern ? new RegExp(t.beforePattern) : undefined,
    meansBefore: t.meansBefore && cap(t.meansBefore),
    after: t.after && new Set(t.after),
    meansAfter: t.meansAfter && cap(t.meansAfter),
  });
  CHAT_WORDS.set(t.name, meaning((s) => s));
  // A one-letter word capitalized is all caps ("U"): that one stays as written.
  if (t.name.length > 1) CHAT_WORDS.set(capitalized(t.name), meaning(capitalized));
}
const NEXT_WORD_RE = /\s{1,3}([A-Za-z'’]+)/y;
const PREVIOUS_WORD_RE = /([A-Za-z]+)\s{1,3}$/;

/** Endings read as another ending (a dropped g: "takin'" is "taking"), with the apostrophe straight or curly. */
const ENDINGS = dialectSpellings.endings.flatMap((e) => [e, { ...e, name: e.name.replace("'", "’") }]);

/** The meaning of the chat or dialect spelling `word` found at `end` - word.length in `source`. */
function chatMeaning(word: string, source: string, end: number): string {
  const m = CHAT_WORDS.get(word);
  if (!m) {
    const e = ENDINGS.find((x) => word.endsWith(x.name))!;
    return word.slice(0, word.length - e.name.length) + e.means;
  }
  if (m.meansBefore && (m.before || m.beforePattern)) {
    NEXT_WORD_RE.lastIndex = end;
    const next = NEXT_WORD_RE.exec(source)?.[1];
    if (next && (m.before?.has(next.toLowerCase()) || m.beforePattern?.test(next))) return m.meansBefore;
  }
  if (m.after && m.meansAfter) {
    const start = end - word.length;
    const previous = PREVIOUS_WORD_RE.exec(source.slice(Math.max(0, start - 24), start))?.[1]?.toLowerCase();
    if (previous && m.after.has(previous)) return m.meansAfter;
  }
  return m.means;
}
/**
 * A chat spelling as a whole word: not inside a word, handle, path, domain ("U.S.") or contraction,
 * nor beside an invisible or foreign character that may join it to a word ("ya\u00ADhoo"), nor one of
 * a run of spaced single letters ("j u l i a @ g m a i l": a single letter before it, or two after).
 */
const WORD_JOINER = String.raw`[\w@'’/-]|[^\x00-\x7f\s"“”‘()\[\]…—–.,!?:;]`;
const alternation = (words: string[]) => words.sort((a, b) => b.length - a.length).map(escapeRe).join("|");
// Not after an opening quote: ‘login’ is a word quoted, not a dropped g.
const ENDING_WORDS = String.raw`(?<!‘)[A-Za-z]{2,}(?:${alternation(ENDINGS.map((e) => e.name))})`;
const ENDING_HINT_RE = /in['’]/;

/** The pattern of the given spellings as whole words, with the dropped-g endings when `endings`. */
function chatWordPattern(entries: readonly SpellingEntry[], endings: boolean): RegExp {
  const names = entries.flatMap((t) => (t.name.length > 1 ? [t.name, capitalized(t.name)] : [t.name]));
  const long = alternation(names.filter((w) => w.length > 1));
  const letters = alternation(names.filter((w) => w.length === 1));
  return new RegExp(
    String.raw`(?<!${WORD_JOINER}|\.)(?:${long}|${endings ? `${ENDING_WORDS}|` : ""}(?<!(?:^|\s)\S\s)(?:${letters})(?!\s\S\s\S(?:\s|$)))(?!${WORD_JOINER}|\.\w)`,
    "g",
  );
}
/** Patterns by the varieties a text shows and whether it has a dropped g; most texts use the first. */
const chatPatterns = new Map<string, RegExp>();
/** The chat-word pattern for `source`: the always-read spellings, a variety's when the text uses one of its markers, the endings when one occurs. */
function chatWordPatternFor(source: string): RegExp {
  const shown = GATED.map((g, i) => {
    g.marker.lastIndex = 0;
    return g.marker.test(source) ? i : -1;
  }).filter((i) => i >= 0);
  const endings = ENDING_HINT_RE.test(source);
  const key = `${shown.join(",")}|${endings}`;
  let re = chatPatterns.get(key);
  if (!re) chatPatterns.set(key, (re = chatWordPattern([...ALWAYS, ...shown.flatMap((i) => GATED[i]!.entries)], endings)));
  return re;
}

/** A tab, a space after a space or tab, or any non-ASCII UTF-16 unit: where a fold may happen. */
const MAY_FOLD_RE = /[\t\u0080-\uffff]|(?<=[ \t]) /g;

/** Builds a normalized view of `source`. */
export function normalizeText(source: string): TextView {
  const out: string[] = [];
  // The map back to the source, as pieces (TextView): normalized start, source start, source end or -1.
  const pieceAt: number[] = [];
  const pieceFrom: number[] = [];
  const pieceTo: number[] = [];
  let n = 0;
  let pendingStart = 0;
  // ASCII runs are copied in one slice: most text is ASCII, and this keeps the walk cheap.
  const flush = (upTo: number) => {
    if (pendingStart < upTo) {
      out.push(source.slice(pendingStart, upTo));
      pieceAt.push(n);
      pieceFrom.push(pendingStart);
      pieceTo.push(-1);
      n += upTo - pendingStart;
    }
  };
  /** Writes `text` for the source range [from, to): every unit of it maps to that whole range. */
  const emit = (text: string, from: number, to: number) => {
    flush(from);
    out.push(text);
    if (text.length > 0) {
      pieceAt.push(n);
      pieceFrom.push(from);
      pieceTo.push(to);
      n += text.length;
    }
    pendingStart = to;
  };
  // The next chat spelling at or after `i`, found once and kept until the walk passes it.
  let chat: RegExpExecArray | null | undefined;
  const chatWordRe = chatWordPatternFor(source);
  const nextChat = (i: number) => {
    if (chat === undefined || (chat && chat.index < i)) {
      chatWordRe.lastIndex = i;
      chat = chatWordRe.exec(source);
    }
    return chat;
  };
  let i = 0;
  while (i < source.length) {
    // Plain ASCII folds to itself, and so does a space after anything but a space or tab: jump to
    // the next character that may not (the common case, scanned by the regex engine).
    MAY_FOLD_RE.lastIndex = i;
    const next = MAY_FOLD_RE.exec(source);
    const word = nextChat(i);
    if (word && (!next || word.index < next.index)) {
      const meaning = chatMeaning(word[0], source, word.index + word[0].length);
      // A spelling read as itself here ("mi" in Spanish) is copied with the run around it.
      if (meaning !== word[0]) emit(meaning, word.index, word.index + word[0].length);
      i = word.index + word[0].length;
      continue;
    }
    if (!next) break;
    i = next.index;
    const unit = source.charCodeAt(i);
    // Spaces and tabs after a space or tab are dropped: the whole run at once.
    if ((unit === 32 || unit === 9) && i > 0 && (source.charCodeAt(i - 1) === 32 || source.charCodeAt(i - 1) === 9)) {
      flush(i);
      let j = i + 1;
      while (j < source.length && (source.charCodeAt(j) === 32 || source.charCodeAt(j) === 9)) j++;
      i = j;
      pendingStart = j;
      continue;
    }
    const cp = source.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = cp === 9 ? " " : foldCodePoint(cp);
    if (folded === undefined) {
      i += width;
      continue;
    }
    emit(folded, i, i + width);
    i += width;
  }
  flush(source.length);
  return new TextView(out.join(""), Int32Array.from(pieceAt), Int32Array.from(pieceFrom), Int32Array.from(pieceTo), source.length);
}

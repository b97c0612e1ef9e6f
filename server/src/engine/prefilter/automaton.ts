// Aho–Corasick automaton (Aho and Corasick, "Efficient string matching", CACM 1975): one pass
// over a text finds every occurrence of any of many literals, so checking a hundred patterns'
// required literals costs one scan of the text rather than a hundred substring searches.

/**
 * A dictionary of literals, each tagged with an id (several literals may share one). `scan`
 * reports the ids of which some literal occurs in a text. Transitions are a dense table over the
 * literals' own alphabet (a few dozen characters); any other character returns to the root.
 */
export class LiteralAutomaton {
  private readonly alphabet = new Map<number, number>();
  /** The alphabet for the Basic Multilingual Plane as a table: one lookup per character. */
  private readonly bmpClass = new Uint16Array(0x10000);
  /**
   * Transitions, `width` per state; -1 where not yet computed (see `step`). 16-bit while the states
   * fit: the table is read at a random row per character, and half the bytes stay in cache.
   */
  private readonly delta: Int16Array | Int32Array;
  private readonly fail: Int32Array;
  /** Per state, the nearest proper suffix state where a literal ends (0: none): the output link. */
  private readonly outputLink: Int32Array;
  /** Per state, where its own ids start in `outputs` (-1-terminated runs), or -1. */
  private readonly outputStart: Int32Array;
  private readonly outputs: Int32Array;
  /** Per state, the length in UTF-16 units of the string that leads to it (a literal ending there starts that far back). */
  private readonly unitLength: Int32Array;
  private readonly width: number;
  /**
   * Per BMP unit, the class of its lower-case form as `foldForLiterals` writes it (prefilter/index.ts),
   * filled in as scans meet units: -1 not yet known, -2 a unit whose lower case depends on its
   * neighbours or is longer (Σ, İ), which `scanFolding` leaves to the caller.
   */
  private readonly foldedClass = new Int16Array(0x10000).fill(-1);

  /** `literals`: [literal, id] pairs; literals are compared as given (callers lower-case both sides). */
  constructor(literals: Iterable<[string, number]>) {
    // This runs once per process before V8 has optimized anything, so it is linear in the literals'
    // length with small constants: char-code loops, no per-state sets, and the dense table's
    // failure transitions left to be filled in as scans need them.
    const list = [...literals];
    const classOf = this.bmpClass;
    for (const [literal] of list) {
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        if (isPairAt(literal, i)) {
          const point = literal.codePointAt(i++)!;
          if (!this.alphabet.has(point)) this.alphabet.set(point, this.alphabet.size + 1);
        } else if (classOf[code] === 0) this.alphabet.set(code, (classOf[code] = this.alphabet.size + 1));
      }
    }
    const width = (this.width = this.alphabet.size + 1); // class 0: a character no literal has
    // The trie first, each state's children as a linked list (the root's also by class, as it has
    // the most); then the dense table, allocated once at its final size. Growing the table while
    // inserting touched several times its final memory, and a process pays for each new page.
    const firstChild: number[] = [0];
    const nextSibling: number[] = [0];
    const viaClass: number[] = [0];
    const rootChild = new Int32Array(width);
    const own: (number[] | undefined)[] = [];
    const units: number[] = [0];
    let states = 1;
    for (const [literal, id] of list) {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        const pair = isPairAt(literal, i);
        const cls = pair ? this.alphabet.get(literal.codePointAt(i++)!)! : classOf[code]!;
        let child = state === 0 ? rootChild[cls]! : 0;
        if (state !== 0) {
          for (let c = firstChild[state]!; c; c = nextSibling[c]!) {
            if (viaClass[c] === cls) {
              child = c;
              break;
            }
          }
        }
        if (child === 0) {
          child = states++;
          firstChild[child] = 0;
          nextSibling[child] = firstChild[state]!;
          firstChild[state] = child;
          viaClass[child] = cls;
          units[child] = units[state]! + (pair ? 2 : 1);
          if (state === 0) rootChild[cls] = child;
        }
        state = child;
      }
      (own[state] ??= []).push(id);
    }
    // A table cell is -1 until known (`step`); the root's row is 0: a character that starts no literal stays at the root.
    const delta = states <= 0x7fff ? new Int16Array(states * width) : new Int32Array(states * width);
    delta.fill(-1, width);
    for (let state = 0; state < states; state++) {
      for (let c = firstChild[state]!; c; c = nextSibling[c]!) delta[state * width + viaClass[c]!] = c;
    }
    this.delta = delta;
    this.unitLength = Int32Array.from(units);
    const outputStart = (this.outputStart = new Int32Array(states).fill(-1));
    const flat: number[] = [];
    own.forEach((ids, state) => {
      if (!ids) return;
      outputStart[state] = flat.length;
      flat.push(...ids, -1);
    });
    this.outputs = Int32Array.from(flat);
    // Breadth-first: a state's failure state is shallower, so its own links are known first.
    const fail = (this.fail = new Int32Array(states));
    const link = (this.outputLink = new Int32Array(states));
    const queue = new Int32Array(states);
    let tail = 0;
    for (let c = firstChild[0]!; c; c = nextSibling[c]!) queue[tail++] = c;
    for (let head = 0; head < tail; head++) {
      const state = queue[head]!;
      for (let c = firstChild[state]!; c; c = nextSibling[c]!) {
        const f = (fail[c] = this.step(fail[state]!, viaClass[c]!));
        link[c] = outputStart[f]! >= 0 ? f : link[f]!;
        queue[tail++] = c;
      }
    }
  }

  /** The transition from `state` on character class `cls`, computed from failure links once and kept. */
  private step(state: number, cls: number): number {
    const at = state * this.width + cls;
    let next = this.delta[at]!;
    if (next < 0) next = this.delta[at] = this.step(this.fail[state]!, cls);
    return next;
  }

  /**
   * `scan(foldForLiterals(text), found)` without building the lower-cased copy of `text` (a long
   * document is scanned for its whole-text patterns, and the copy was half of that cost). Returns
   * false, having set only some ids, when `text` holds a unit that is lower-cased by context (Σ) or
   * into two units (İ): the caller then scans the folded text.
   */
  scanFolding(text: string, found: Uint8Array): boolean {
    const { alphabet, foldedClass, delta, outputLink, outputStart, outputs, width } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let cls: number;
      if (code >= 0xd800 && code <= 0xdbff && isPairAt(text, i)) {
        // Lower-casing keeps surrogate pairs pairs, so the units line up with the folded text's.
        cls = alphabet.get(String.fromCodePoint(text.codePointAt(i++)!).toLowerCase().codePointAt(0)!) ?? 0;
      } else {
        cls = foldedClass[code]!;
        if (cls < 0) cls = foldedClass[code] = this.foldClassOf(code);
        if (cls === -2) return false;
      }
      const next = delta[state * width + cls]!;
      state = next >= 0 ? next : this.step(state, cls);
      for (let s = outputStart[state]! >= 0 ? state : outputLink[state]!; s > 0; s = outputLink[s]!) {
        for (let at = outputStart[s]!, id = outputs[at]!; id >= 0; id = outputs[++at]!) found[id] = 1;
      }
    }
    return true;
  }

  /**
   * `scanFolding` that counts: adds to `counts[id]` one per occurrence of a literal with that id, and
   * appends to `hits` the start (a UTF-16 offset in `text`) and id of each occurrence whose id has
   * `record[id] === 1`, in order of where they end. Returns false, like `scanFolding`, when the text
   * needs the folded scan; the counts and hits are then incomplete.
   */
  scanFoldingHits(text: string, counts: Int32Array, record: Uint8Array, hits: HitList): boolean {
    const { alphabet, foldedClass, delta, outputLink, outputStart, outputs, unitLength, width } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let cls: number;
      if (code >= 0xd800 && code <= 0xdbff && isPairAt(text, i)) {
        cls = alphabet.get(String.fromCodePoint(text.codePointAt(i++)!).toLowerCase().codePointAt(0)!) ?? 0;
      } else {
        cls = foldedClass[code]!;
        if (cls < 0) cls = foldedClass[code] = this.foldClassOf(code);
        if (cls === -2) return false;
      }
      const next = delta[state * width + cls]!;
      state = next >= 0 ? next : this.step(state, cls);
      for (let s = outputStart[state]! >= 0 ? state : outputLink[state]!; s > 0; s = outputLink[s]!) {
        for (let at = outputStart[s]!, id = outputs[at]!; id >= 0; id = outputs[++at]!) {
          counts[id]!++;
          if (record[id] === 1) hits.push(id, i + 1 - unitLength[s]!);
        }
      }
    }
    return true;
  }

  /** The class of a BMP unit's lower-case form (with "ſ" as "s"), or -2 when that form is not one context-free unit. */
  private foldClassOf(code: number): number {
    if (code === 0x03a3) return -2; // Σ: σ or final ς, by what follows
    const lower = String.fromCharCode(code).toLowerCase();
    if (lower.length !== 1) return -2;
    return lower === "ſ" ? this.bmpClass[0x73]! : this.bmpClass[lower.charCodeAt(0)]!;
  }

  /** Sets `found[id] = 1` for every id of which a literal occurs in `text` (already folded). */
  scan(text: string, found: Uint8Array): void {
    const { alphabet, bmpClass, delta, outputLink, outputStart, outputs, width } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let cls = bmpClass[code]!;
      if (code >= 0xd800 && code <= 0xdbff && isPairAt(text, i)) cls = alphabet.get(text.codePointAt(i++)!) ?? 0;
      const next = delta[state * width + cls]!;
      state = next >= 0 ? next : this.step(state, cls);
      // The literals ending here: this state's own, then along the output links.
      for (let s = outputStart[state]! >= 0 ? state : outputLink[state]!; s > 0; s = outputLink[s]!) {
        for (let at = outputStart[s]!, id = outputs[at]!; id >= 0; id = outputs[++at]!) found[id] = 1;
      }
    }
  }
}

/** Whether a surrogate pair starts at `i` (a lead surrogate alone, or before any other unit, is one unit of its own). */
function isPairAt(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= s.length) return false;
  const next = s.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/** A growable list of (id, start) pairs, kept flat in one typed array. */
export class HitList {
  data = new Int32Array(256);
  /** Number of pairs. */
  size = 0;

  push(id: number, start: number): void {
    if (2 * this.size + 2 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[2 * this.size] = id;
    this.data[2 * this.size + 1] = start;
    this.size++;
  }
}

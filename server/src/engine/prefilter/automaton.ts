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
  private readonly delta: Int32Array;
  /** Per state, the ids whose literal ends here or at a suffix state; -1-terminated runs in `outputs`. */
  private readonly outputStart: Int32Array;
  private readonly outputs: Int32Array;
  private readonly width: number;

  /** `literals`: [literal, id] pairs; literals are compared as given (callers lower-case both sides). */
  constructor(literals: Iterable<[string, number]>) {
    const list = [...literals];
    let capacity = 1;
    for (const [literal] of list) {
      for (const ch of literal) {
        const code = ch.codePointAt(0)!;
        if (!this.alphabet.has(code)) this.alphabet.set(code, this.alphabet.size + 1);
        capacity++;
      }
    }
    for (const [code, cls] of this.alphabet) if (code < 0x10000) this.bmpClass[code] = cls;
    const width = (this.width = this.alphabet.size + 1); // class 0: a character no literal has
    // The trie, straight into the transition table (0 = no edge: no state but the root is entered twice).
    const delta = new Int32Array(capacity * width);
    const own: (number[] | undefined)[] = [];
    let states = 1;
    for (const [literal, id] of list) {
      let state = 0;
      for (const ch of literal) {
        const at = state * width + this.alphabet.get(ch.codePointAt(0)!)!;
        state = delta[at] || (delta[at] = states++);
      }
      (own[state] ??= []).push(id);
    }
    // Breadth-first: a state's missing edges are its failure state's (already complete), and its
    // outputs include its failure state's.
    const fail = new Int32Array(states);
    const out: (number[] | undefined)[] = new Array(states);
    out[0] = own[0];
    const queue = new Int32Array(states);
    let tail = 0;
    for (let cls = 1; cls < width; cls++) if (delta[cls]) queue[tail++] = delta[cls]!;
    for (let head = 0; head < tail; head++) {
      const state = queue[head]!;
      const f = fail[state]!;
      const inherited = out[f];
      const mine = own[state];
      out[state] = mine && inherited ? [...new Set([...mine, ...inherited])] : (mine ?? inherited);
      for (let cls = 1; cls < width; cls++) {
        const at = state * width + cls;
        const child = delta[at]!;
        if (child) {
          fail[child] = delta[f * width + cls]!;
          queue[tail++] = child;
        } else delta[at] = delta[f * width + cls]!;
      }
    }
    this.delta = delta.subarray(0, states * width);
    const outputStart = (this.outputStart = new Int32Array(states).fill(-1));
    const flat: number[] = [];
    out.forEach((ids, state) => {
      if (!ids?.length) return;
      outputStart[state] = flat.length;
      flat.push(...ids, -1);
    });
    this.outputs = Int32Array.from(flat);
  }

  /** Sets `found[id] = 1` for every id of which a literal occurs in `text` (already folded). */
  scan(text: string, found: Uint8Array): void {
    const { alphabet, bmpClass, delta, outputStart, outputs, width } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let cls = bmpClass[code]!;
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) cls = alphabet.get(text.codePointAt(i++)!) ?? 0;
      state = delta[state * width + cls]!;
      let at = outputStart[state]!;
      if (at < 0) continue;
      for (let id = outputs[at]!; id >= 0; id = outputs[++at]!) found[id] = 1;
    }
  }
}

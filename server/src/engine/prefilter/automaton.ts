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
    const goto: Map<number, number>[] = [new Map()];
    const ids: Set<number>[] = [new Set()];
    for (const [literal, id] of literals) {
      let state = 0;
      for (const ch of literal) {
        const code = ch.codePointAt(0)!;
        let cls = this.alphabet.get(code);
        if (cls === undefined) this.alphabet.set(code, (cls = this.alphabet.size + 1));
        let next = goto[state]!.get(cls);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          ids.push(new Set());
          goto[state]!.set(cls, next);
        }
        state = next;
      }
      ids[state]!.add(id);
    }
    const width = (this.width = this.alphabet.size + 1); // class 0: a character no literal has
    const delta = (this.delta = new Int32Array(goto.length * width));
    const fail = new Int32Array(goto.length);
    // Breadth-first: each state's row is its failure state's row with its own edges on top.
    const queue: number[] = [];
    for (const [cls, next] of goto[0]!) {
      delta[cls] = next;
      queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const f = fail[state]!;
      for (const id of ids[f]!) ids[state]!.add(id);
      delta.set(delta.subarray(f * width, f * width + width), state * width);
      for (const [cls, next] of goto[state]!) {
        fail[next] = delta[f * width + cls]!;
        delta[state * width + cls] = next;
        queue.push(next);
      }
    }
    const outputStart = (this.outputStart = new Int32Array(goto.length).fill(-1));
    const flat: number[] = [];
    ids.forEach((set, state) => {
      if (set.size === 0) return;
      outputStart[state] = flat.length;
      flat.push(...set, -1);
    });
    this.outputs = Int32Array.from(flat);
    for (const [code, cls] of this.alphabet) if (code < 0x10000) this.bmpClass[code] = cls;
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

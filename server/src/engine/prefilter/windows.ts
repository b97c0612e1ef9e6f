// Running a whole-text pattern only near its literals. Every match of a filtered pattern contains one
// of its required literals (literals.ts), and a bounded pattern's match is at most `length` units
// long (`matchReach`), so a match can only start within `length` units before an occurrence of such
// a literal. The automaton's scan of a long text records where the literals occur; the pattern then
// runs on short slices around those places instead of over the whole text. Each slice keeps the
// units a match attempt reads on either side (`behind`, `ahead`), so an attempt at a position gives
// the same result in the slice as in the whole text, and the matches come out as a whole-text
// `exec` loop finds them. test/engine/prefilter-windows.test.ts compares the two.

import type { MatchReach } from "./literals";

/** Candidate match starts: sorted, disjoint [first, last] pairs of UTF-16 offsets, flat. */
export type Windows = Int32Array;

/**
 * Where the literals of the recorded sets start in one text, bucketed by set: the starts of set `id`
 * are `starts[offset[id]] … starts[offset[id + 1] - 1]`, in the order the scan met them.
 */
export interface TextHits {
  offset: Int32Array;
  starts: Int32Array;
}

/** Groups `size` flat (id, start) pairs by id (a counting sort, stable). `sets`: how many ids there are. */
export function bucketHits(pairs: Int32Array, size: number, sets: number): TextHits {
  const offset = new Int32Array(sets + 1);
  for (let k = 0; k < size; k++) offset[pairs[2 * k]! + 1]!++;
  for (let id = 0; id < sets; id++) offset[id + 1]! += offset[id]!;
  const next = offset.slice(0, sets);
  const starts = new Int32Array(size);
  for (let k = 0; k < size; k++) starts[next[pairs[2 * k]!]!++] = pairs[2 * k + 1]!;
  return { offset, starts };
}

/**
 * The positions where a match of a pattern can start in a text of `textLength` units, or null when
 * they cover so much of the text that one whole-text run costs less. `gate`: per top-level
 * alternative, the literal sets all of which its matches contain (ids); `found`: per set, 1 when one
 * of its literals occurs in the text; `hits`: where the recorded sets' literals occur (a set without
 * any recorded hit while `found` is 1 was not recorded); `minLength`: per set, its shortest literal's
 * length in units. An empty result means the pattern cannot match.
 */
export function candidateWindows(gate: readonly Int32Array[], found: Uint8Array, hits: TextHits, minLength: Int32Array, reach: MatchReach, textLength: number): Windows | null {
  const { offset, starts } = hits;
  // Per alternative, the recorded set with the fewest occurrences: every match of it contains one of them.
  const chosen: number[] = [];
  let count = 0;
  for (const sets of gate) {
    let best = -1;
    let missing = false;
    for (let i = 0; i < sets.length; i++) {
      const id = sets[i]!;
      if (found[id] !== 1) {
        missing = true; // a set with no occurrence: this alternative cannot match
        break;
      }
      const n = offset[id + 1]! - offset[id]!;
      if (n > 0 && (best < 0 || n < offset[best + 1]! - offset[best]!)) best = id;
    }
    if (missing) continue;
    if (best < 0) return null; // no recorded set: this alternative could match anywhere
    chosen.push(best);
    count += offset[best + 1]! - offset[best]!;
  }
  if (count === 0) return new Int32Array(0);
  // A match holding the literal that starts at p starts in [p + its length - the longest match, p].
  const first = new Int32Array(count);
  const last = new Int32Array(count);
  let k = 0;
  for (const id of chosen) {
    const back = reach.length - minLength[id]!;
    for (let j = offset[id]!; j < offset[id + 1]!; j++, k++) {
      last[k] = starts[j]!;
      first[k] = Math.max(0, starts[j]! - back);
    }
  }
  const order = Array.from({ length: count }, (_, i) => i).sort((x, y) => first[x]! - first[y]!);
  // Windows whose slices would overlap are joined: one slice costs less than two, and the
  // positions between them are tried too, which is harmless (a match found there is a match).
  const join = reach.length + reach.behind + reach.ahead;
  const out: number[] = [];
  let covered = 0;
  let a = -1;
  let b = -1;
  for (const i of order) {
    const fa = first[i]!;
    const fb = last[i]!;
    if (a >= 0 && fa <= b + join) {
      if (fb > b) b = fb;
      continue;
    }
    if (a >= 0) {
      out.push(a, b);
      covered += b - a + join;
    }
    a = fa;
    b = fb;
  }
  out.push(a, b);
  covered += b - a + join;
  return covered * 2 > textLength ? null : Int32Array.from(out);
}

function isLead(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isTrail(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Every match of the global pattern `re` in `text` that starts inside `windows`, as the loop
 * `for (re.lastIndex = 0; (m = re.exec(text)); )` finds them, zero-length matches skipped: each
 * match's `index` and `input` are those of the whole text, and `re.lastIndex` is the match's end
 * while it is yielded (a caller that moves it moves the search, as in that loop), 0 when done.
 */
export function* windowedMatches(re: RegExp, text: string, windows: Windows, reach: MatchReach): Generator<RegExpExecArray> {
  const unicode = re.unicode || re.flags.includes("v");
  const n = text.length;
  let cur = 0;
  let w = 0;
  while (w < windows.length) {
    const last = windows[w + 1]!;
    if (cur > last) {
      w += 2;
      continue;
    }
    let from = Math.max(windows[w]!, cur);
    // Under /u an attempt never starts between the halves of a pair: from there, the whole-text loop tries the pair's start.
    if (unicode && from > cur && isTrail(text.charCodeAt(from)) && isLead(text.charCodeAt(from - 1))) from--;
    let sliceStart = Math.max(0, from - reach.behind);
    if (sliceStart > 0 && isTrail(text.charCodeAt(sliceStart)) && isLead(text.charCodeAt(sliceStart - 1))) sliceStart--;
    let sliceEnd = Math.min(n, last + reach.length + reach.ahead);
    if (sliceEnd < n && isLead(text.charCodeAt(sliceEnd - 1)) && isTrail(text.charCodeAt(sliceEnd))) sliceEnd++;
    re.lastIndex = from - sliceStart;
    const m = re.exec(text.slice(sliceStart, sliceEnd));
    if (!m || m.index + sliceStart > last) {
      w += 2;
      continue;
    }
    m.index += sliceStart;
    m.input = text;
    const end = m.index + m[0].length;
    if (m[0].length === 0) {
      cur = end + 1;
      continue;
    }
    re.lastIndex = end;
    yield m;
    cur = re.lastIndex;
    if (cur < windows[w]!) w = 0; // the caller moved the search back: find its window again
  }
  re.lastIndex = 0;
}

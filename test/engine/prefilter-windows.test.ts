// Whole-text patterns run only near their literals (server/src/engine/prefilter/windows.ts): how far
// a match reaches, read from the pattern's syntax, and, on generated texts and on the corpora, the
// same matches as an exec loop over the whole text, including matches at window edges, in windows
// that were joined, and next to characters outside the Basic Multilingual Plane.

import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { namedPatterns, patternPrefilter, Prefilter, WINDOWED_TEXT } from "../../server/src/engine/prefilter";
import { matchReach, requiredLiterals } from "../../server/src/engine/prefilter/literals";
import { bucketHits, windowedMatches } from "../../server/src/engine/prefilter/windows";
import { HitList } from "../../server/src/engine/prefilter/automaton";
import REQUIRED from "../../server/src/engine/prefilter/required-literals.json";
import REACH from "../../server/src/engine/prefilter/match-reach.json";
import { parseDocument } from "../../server/src/engine/markdown";

const ROOT = join(__dirname, "..", "..");

/** What an exec loop over the whole text finds: [index, match, groups…] per match, zero-length skipped. */
function wholeText(re: RegExp, text: string): unknown[][] {
  const out: unknown[][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push([m.index, ...m]);
  }
  return out;
}

/** What the prefilter's route finds (false: skipped, windows: windowed, true: whole text), and which route it took. */
function filtered(prefilter: Prefilter, re: RegExp, text: string): { route: "skipped" | "windows" | "whole"; found: unknown[][] } {
  const where = prefilter.windowsFor(re, text);
  if (where === false) return { route: "skipped", found: [] };
  if (where === true) return { route: "whole", found: wholeText(re, text) };
  const found = [...windowedMatches(re, text, where, prefilter.reachOf(re)!)].map((m) => {
    assert.equal(m.input, text, "a match's input is the whole text");
    return [m.index, ...m];
  });
  assert.equal(re.lastIndex, 0, "lastIndex is reset when the matches run out");
  return { route: "windows", found };
}

describe("how far a match reaches", () => {
  it("adds up bounded repeats, takes the longest alternative, and counts lookarounds as context", () => {
    assert.deepEqual(matchReach(/\bab{1,3}c?/g), { length: 5, behind: 2, ahead: 2 });
    assert.deepEqual(matchReach(/(?:hello|hi)\s{1,3}(?=there)/g), { length: 8, behind: 7, ahead: 7 });
    assert.deepEqual(matchReach(/(?<![\p{L}])x\p{L}{0,2}/gu), { length: 5, behind: 4, ahead: 4 }, "under /u a letter class may take two units");
    assert.deepEqual(matchReach(/[a-z]{2}[^x]/g), { length: 3, behind: 2, ahead: 2 }, "without /u every class takes one unit");
  });
  it("gives none for an unbounded pattern or a back-reference", () => {
    assert.equal(matchReach(/ab+/g), null);
    assert.equal(matchReach(/(a)\1/g), null);
    assert.equal(matchReach(/a(?=b*)/g), null, "an unbounded lookahead");
  });
  it("has a reach for most of the filtered whole-text patterns", () => {
    assert.ok(patternPrefilter().windowed >= 25, `${patternPrefilter().windowed} patterns run in windows`);
  });
});

describe("windowed matches equal the whole-text matches", () => {
  // Small alphabets make literals, near-misses and window edges dense; filler keeps them far enough
  // apart that the texts are searched in windows rather than whole.
  const patterns: RegExp[] = [
    /\b(?:pay|paid)\s{1,3}(?:me|us)[a-z ]{0,6}now\b/gi,
    /(?<![a-z])ab(?:cd|c){1,2}(?![a-z])/g,
    /x{1,3}(?:yy|y)z?/gi,
    /(?<![\p{L}])(?:olá|😀k)\p{L}{0,3}(?!\p{L})/gu,
    /^(?:stop|go)\b[^.\n]{0,12}/gim,
    /(?:ab|b)[^\n]{0,4}?end$/gm,
  ];
  const alphabet = ["pay", "paid", "me", "us", "now", " ", "  ", "\n", "a", "b", "c", "d", "ab", "cd", "x", "y", "z", "X", "Y", "olá", "😀", "k", "é", ".", "stop", "go", "end", "PAY", "ſ", "\ud83d"];
  const burst = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(""));
  const filler = fc.integer({ min: 0, max: 400 }).map((n) => "q".repeat(n % 7) + " lorem ipsum dolor".repeat(Math.ceil(n / 18)).slice(0, n));
  const text = fc.array(fc.tuple(filler, burst), { minLength: 1, maxLength: 40 }).map((pairs) => {
    let t = pairs.map(([f, b]) => f + b).join("");
    while (t.length < WINDOWED_TEXT) t = "lorem ipsum dolor sit amet " + t;
    return t;
  });
  const prefilter = new Prefilter(patterns.map((re) => [re, requiredLiterals(re)!, matchReach(re)!]));

  it("every test pattern is filtered and bounded", () => {
    for (const re of patterns) {
      assert.ok(requiredLiterals(re), `${re} has literals`);
      assert.ok(matchReach(re), `${re} is bounded`);
    }
    assert.equal(prefilter.windowed, patterns.length);
  });

  it("on generated texts, for every pattern", () => {
    const routes = new Map<string, number>();
    fc.assert(
      fc.property(text, (t) => {
        prefilter.forget();
        for (const re of patterns) {
          const r = filtered(prefilter, re, t);
          routes.set(r.route, (routes.get(r.route) ?? 0) + 1);
          assert.deepEqual(r.found, wholeText(re, t), `${re} on ${JSON.stringify(t)}`);
        }
      }),
      { numRuns: 300 },
    );
    assert.ok((routes.get("windows") ?? 0) > 500, `windows were used: ${JSON.stringify([...routes])}`);
  });

  it("at window edges: a match ending at the text's end, starting at its start, and windows joined across a match", () => {
    const pad = "lorem ipsum ".repeat(100);
    const re = patterns[2]!; // /x{1,3}(?:yy|y)z?/gi
    for (const t of [`xyz${pad}`, `${pad}xxxyy`, `${pad}xyxyxyz${pad}xxy`, `${pad}xx${"y".repeat(40)}${pad}`, `${pad}XXYY${pad.slice(0, 200)}xy${pad}`]) {
      prefilter.forget();
      const r = filtered(prefilter, re, t);
      assert.equal(r.route, "windows", t.length.toString());
      assert.deepEqual(r.found, wholeText(re, t));
    }
  });

  it("continues from where a caller moves lastIndex, as the exec loop does", () => {
    const re = patterns[2]!; // /x{1,3}(?:yy|y)z?/gi
    const t = `${"lorem ipsum ".repeat(100)}xy xyz xxy`;
    prefilter.forget();
    const where = prefilter.windowsFor(re, t);
    assert.ok(where instanceof Int32Array);
    const seen: number[] = [];
    for (const m of windowedMatches(re, t, where, prefilter.reachOf(re)!)) {
      seen.push(m.index);
      if (seen.length === 2) re.lastIndex = 0; // back to the start once: the first two again
      if (seen.length > 10) break;
    }
    assert.deepEqual(seen, [1200, 1203, 1200, 1203, 1207]);
  });
});

describe("the project's patterns on the corpora", () => {
  /** Each corpus set's templates as one long text, prose as the rules read it. */
  function longTexts(): { name: string; text: string }[] {
    const out: { name: string; text: string }[] = [];
    for (const root of [join(ROOT, "test", "corpus"), join(ROOT, "..", "shared", "corpus")].filter(existsSync)) {
      for (const set of readdirSync(root)) {
        const cases = join(root, set, "cases");
        if (!existsSync(cases)) continue;
        const joined = readdirSync(cases).filter((f) => f.endsWith(".md")).sort().map((f) => readFileSync(join(cases, f), "utf8")).join("\n\n");
        out.push({ name: set, text: parseDocument(joined).prose.text });
      }
    }
    const examples = join(ROOT, "examples");
    out.push({ name: "examples", text: readdirSync(examples).filter((f) => f.endsWith(".md")).sort().map((f) => readFileSync(join(examples, f), "utf8")).join("\n\n") });
    return out;
  }

  it("every windowed pattern finds in each set what the whole-text loop finds", () => {
    const prefilter = patternPrefilter();
    const windowed = namedPatterns().filter(([, re]) => prefilter.reachOf(re));
    let routes = 0;
    let matched = 0;
    for (const { name, text } of longTexts()) {
      prefilter.forget();
      for (const [pattern, re] of windowed) {
        const r = filtered(prefilter, re, text);
        if (r.route === "windows") routes++;
        matched += r.found.length;
        assert.deepEqual(r.found, wholeText(re, text), `${pattern} on ${name}`);
      }
    }
    prefilter.forget();
    assert.ok(routes > 100 && matched > 100, `${routes} windowed runs, ${matched} matches`);
  });
});

/** The project's patterns as patternPrefilter() gives them to a Prefilter, for fresh instances. */
function projectEntries(): [RegExp, string[][][], { length: number; behind: number; ahead: number }?][] {
  const reach = REACH as Record<string, { source: string; length: number; behind: number; ahead: number }>;
  return namedPatterns().flatMap(([name, re]): [RegExp, string[][][], { length: number; behind: number; ahead: number }?][] => {
    const entry = (REQUIRED as Record<string, { source: string; alternatives: string[][][] }>)[name];
    if (!entry) return [];
    const r = reach[name];
    return [[re, entry.alternatives, r && r.source === entry.source ? r : undefined]];
  });
}

describe("a fresh process's long-text scans by substring search", () => {
  type Scans = {
    automaton: { scanFoldingHits(text: string, counts: Int32Array, record: Uint8Array, hits: HitList): boolean };
    searchHits(text: string, counts: Int32Array, record: Uint8Array, hits: HitList): boolean;
    sets: Map<string, number>;
  };
  /** What a long-text scan gives: whether it could scan, the counts, and per set its starts sorted (the order bucketHits keeps does not matter). */
  function scanned(how: (text: string, counts: Int32Array, record: Uint8Array, hits: HitList) => boolean, sets: number, text: string) {
    const counts = new Int32Array(sets);
    const record = new Uint8Array(sets).fill(1);
    const hits = new HitList();
    const ok = how(text, counts, record, hits);
    const bucketed = bucketHits(hits.data, hits.size, sets);
    const starts: number[][] = [];
    for (let id = 0; id < sets; id++) starts.push([...bucketed.starts.subarray(bucketed.offset[id]!, bucketed.offset[id + 1]!)].sort((a, b) => a - b));
    return { ok, counts: ok ? [...counts] : [], starts: ok ? starts : [] };
  }

  const texts = [
    ...readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".md")).sort().map((f) => readFileSync(join(ROOT, "examples", f), "utf8")),
    "Email me at jane@gmail.com, email me again, e-mail or emailemail; WhatsApp +1 415 555 0132 \u{1F48B}\u{1F618} \ud83d\u{1F48B} PAYPAL paypal.me".repeat(20),
    "Call me ΣOS on WhatsApp, email me".repeat(40), // Σ lower-cases by context
    "İstanbul office: email me at x@y.com".repeat(40), // İ lower-cases into two units
    "ſkype me, or ſend the files to my gmail".repeat(40), // ſ folds to s
  ];

  it("finds the same literal counts and positions as the automaton, and declines the same texts", () => {
    const prefilter = new Prefilter(namedPatterns().flatMap(([name, re]): [RegExp, string[][][]][] => {
      const entry = (REQUIRED as Record<string, { alternatives: string[][][] }>)[name];
      return entry ? [[re, entry.alternatives]] : [];
    })) as unknown as Scans;
    const sets = prefilter.sets.size;
    let declined = 0;
    let hits = 0;
    for (const text of texts) {
      const bySearch = scanned((...a) => prefilter.searchHits(...a), sets, text);
      const byAutomaton = scanned((...a) => prefilter.automaton.scanFoldingHits(...a), sets, text);
      assert.deepEqual(bySearch, byAutomaton, text.slice(0, 60));
      if (!bySearch.ok) declined++;
      hits += bySearch.counts.reduce((s, n) => s + n, 0);
    }
    assert.equal(declined, 2, "the texts with Σ and İ are left to the folded scan");
    assert.ok(hits > 1000, `${hits} literal occurrences compared`);
  });

  it("searches a letter of a few KB, and builds the automaton for a text whose search would cost more", () => {
    const [, re] = namedPatterns().find(([, r]) => patternPrefilter().reachOf(r))!;
    const built = (p: Prefilter) => (p as unknown as { built?: unknown }).built !== undefined;
    const letter = texts.join("\n\n").slice(0, 5000);
    assert.equal(letter.length, 5000);
    const small = new Prefilter(projectEntries());
    small.windowsFor(re, letter);
    assert.equal(built(small), false, "a 5 KB text is searched");
    const large = new Prefilter(projectEntries());
    large.windowsFor(re, letter.repeat(40));
    assert.equal(built(large), true, "a 200 KB text is scanned by the automaton");
    // The searches' cost is bounded: after a few letters the automaton takes over.
    const busy = new Prefilter(projectEntries());
    for (let i = 0; i < 20 && !built(busy); i++) busy.windowsFor(re, `${letter} ${i}`);
    assert.equal(built(busy), true, "the automaton is built once the searches would have cost as much");
  });

  it("a fresh prefilter windows a first long text as one past its searches does", () => {
    const windowedPatterns = namedPatterns().filter(([, re]) => patternPrefilter().reachOf(re));
    let windowsCompared = 0;
    // Letters of a few KB, as a first lint meets them: the examples and pieces of every corpus set.
    const pieces: string[] = [];
    for (const root of [join(ROOT, "test", "corpus"), join(ROOT, "..", "shared", "corpus")].filter(existsSync)) {
      for (const set of readdirSync(root)) {
        const cases = join(root, set, "cases");
        if (!existsSync(cases)) continue;
        const joined = readdirSync(cases).filter((f) => f.endsWith(".md")).sort().map((f) => readFileSync(join(cases, f), "utf8")).join("\n\n");
        for (let at = 0; at < joined.length && at < 15000; at += 5000) pieces.push(joined.slice(at, at + 5000));
      }
    }
    for (const text of [...texts, ...pieces]) {
      const fresh = new Prefilter(projectEntries());
      const spent = new Prefilter(projectEntries());
      for (let i = 0; i < 300; i++) spent.mayMatch(windowedPatterns[0]![1], `spent search ${i}`);
      for (const [name, re] of windowedPatterns) {
        const a = fresh.windowsFor(re, text);
        const b = spent.windowsFor(re, text);
        assert.deepEqual(a, b, `${name} on ${text.slice(0, 40)}`);
        if (typeof a !== "boolean") windowsCompared++;
      }
      assert.equal((fresh as unknown as { built?: unknown }).built, undefined, "the fresh one searched");
    }
    assert.ok(windowsCompared > 200, `${windowsCompared} windowed runs compared`);
  });
});

// The literal prefilter (server/src/engine/prefilter): the required literals read from a pattern's
// syntax, the automaton that finds them, the committed table being current, and, over every text
// the project has (bank, corpora, rule fixtures), lint results identical with and without it.

import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { lint } from "../../server/src/engine";
import { foldForLiterals, namedPatterns, patternPrefilter, Prefilter, sourceHash } from "../../server/src/engine/prefilter";
import { LiteralAutomaton } from "../../server/src/engine/prefilter/automaton";
import { requiredLiterals } from "../../server/src/engine/prefilter/literals";
import { matchReachTable, requiredLiteralsTable } from "../../scripts/prefilter";
import REQUIRED from "../../server/src/engine/prefilter/required-literals.json";
import REACH from "../../server/src/engine/prefilter/match-reach.json";

const ROOT = join(__dirname, "..", "..");

/** Every template and sentence in the repo (and the development corpus when it is beside it). */
function allTexts(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const corpora = [join(ROOT, "test", "corpus"), join(ROOT, "..", "shared", "corpus")];
  for (const root of corpora.filter(existsSync)) {
    for (const set of readdirSync(root)) {
      const cases = join(root, set, "cases");
      if (!existsSync(cases)) continue;
      for (const f of readdirSync(cases).filter((f) => f.endsWith(".md")).sort()) out.push({ name: `${set}/${f}`, text: readFileSync(join(cases, f), "utf8") });
    }
  }
  for (const family of readdirSync(join(ROOT, "rules"))) {
    const dir = join(ROOT, "rules", family);
    if (!statSync(dir).isDirectory()) continue;
    for (const rule of readdirSync(dir)) {
      for (const f of ["invalid.md", "valid.md"]) {
        const path = join(dir, rule, f);
        if (existsSync(path)) out.push({ name: `${family}/${rule}/${f}`, text: readFileSync(path, "utf8") });
      }
    }
  }
  const bank = join(ROOT, "data", "sentences");
  for (const f of readdirSync(bank).filter((f) => f.endsWith(".jsonl")).sort()) {
    const sentences = readFileSync(join(bank, f), "utf8").split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
    // Fifty sentences a document, a blank line apart: each is still its own paragraph.
    for (let i = 0; i < sentences.length; i += 50) out.push({ name: `${f}#${i}`, text: sentences.slice(i, i + 50).join("\n\n") });
  }
  return out;
}

describe("required literals of a pattern", () => {
  const lits = (re: RegExp) => requiredLiterals(re);
  it("reads literal words, alternations and optional suffixes, lower-cased", () => {
    assert.deepEqual(lits(/\bPayPal\s{1,3}me\b/i), [[["paypal"], ["me"]]]);
    assert.deepEqual(lits(/\b(?:reviews?|ratings?)\b/i), [[["rating", "ratings", "review", "reviews"]]]);
    assert.deepEqual(lits(/\b(?:e-?mail)\b/i), [[["e-mail", "email"]]]);
  });
  it("keeps the rarest few parts of a sequence, all of which a match contains", () => {
    assert.deepEqual(lits(/\bfive[\s-]?stars?\b/i), [[["five"], ["star", "stars"]]]);
    assert.deepEqual(lits(/\blog\s+into\s+your\s+account\b/i), [[["account"], ["into"], ["your"]]]);
    assert.deepEqual(lits(/\bor\b[^.]{0,40}\bstars?\b/i), [[["star", "stars"], ["or"]]], "rarest first");
  });
  it("gives each top-level alternative its own sets, and a group the union of its alternatives'", () => {
    assert.deepEqual(lits(/\bwhatsapp\b|\btelegram\s+me\b/i), [[["whatsapp"]], [["telegram"], ["me"]]]);
    assert.deepEqual(lits(/\b(?:skype|zoom)\s+call\b/i), [[["call"], ["skype", "zoom"]]], "as rare, one string before two");
    assert.deepEqual(lits(/[\w.]+@[\w.]+/), [[["@"]]]);
  });
  it("gives no filter when some alternative has nothing selective", () => {
    assert.equal(lits(/\bemail\b|\d{3}/), null);
    assert.equal(lits(/\b(?:o|i)\b/i), null, "one-letter words are in most clauses");
    assert.equal(lits(/(?:pay)?/i), null, "a pattern that can match the empty string");
    assert.equal(lits(/[a-z]+/), null);
  });
  it("never names a non-ASCII letter, whose case folding lower-casing does not mirror", () => {
    assert.equal(lits(/Σύμβαση/iu), null);
    assert.deepEqual(lits(/★★/u), [[["★★"]]]);
  });
});

describe("literal automaton", () => {
  it("finds exactly the literals a naive search finds", () => {
    const word = fc.stringMatching(/^[ab★.@]{1,4}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.stringMatching(/^[ab★.@x ]{0,40}$/), (literals, text) => {
        const automaton = new LiteralAutomaton(literals.map((l, i): [string, number] => [l, i]));
        const found = new Uint8Array(literals.length);
        automaton.scan(text, found);
        assert.deepEqual([...found], literals.map((l) => (text.includes(l) ? 1 : 0)));
      }),
      { numRuns: 500 },
    );
  });
  it("reads a lone lead surrogate as one unit, so the character after it is still scanned", () => {
    const automaton = new LiteralAutomaton([["x", 0], ["\ud83dy", 1]]);
    for (const scan of ["scan", "scanFolding"] as const) {
      const found = new Uint8Array(2);
      automaton[scan]("a \ud83dx and \ud83dy", found);
      assert.deepEqual([...found], [1, 1], scan);
    }
  });
  it("handles characters outside the Basic Multilingual Plane", () => {
    const automaton = new LiteralAutomaton([["⭐💯", 0], ["ok", 1]]);
    const found = new Uint8Array(2);
    automaton.scan("great ⭐💯 work", found);
    assert.deepEqual([...found], [1, 0]);
  });
});

describe("scanning without a folded copy", () => {
  /** What `scanFolding` must find: the scan of the folded text; null when it declines (then the caller folds). */
  const both = (automaton: LiteralAutomaton, size: number, text: string) => {
    const direct = new Uint8Array(size);
    const folded = new Uint8Array(size);
    automaton.scan(foldForLiterals(text), folded);
    return { done: automaton.scanFolding(text, direct), direct: [...direct], folded: [...folded] };
  };

  it("finds what the scan of the lower-cased text finds, in every line of the corpora", () => {
    const literals = Object.values(REQUIRED as Record<string, { alternatives: string[][][] }>).flatMap((e) => e.alternatives.flat(2));
    const automaton = new LiteralAutomaton([...new Set(literals)].map((l, i): [string, number] => [l, i]));
    const size = new Set(literals).size;
    let declined = 0;
    for (const line of [...new Set(allTexts().flatMap((t) => t.text.split("\n")))]) {
      const r = both(automaton, size, line);
      if (r.done) assert.deepEqual(r.direct, r.folded, line);
      else declined++;
    }
    assert.ok(declined < 50, `${declined} lines declined`);
  });

  it("folds case, the long s, astral letters and lone surrogates as toLowerCase does, and declines Σ and İ", () => {
    const automaton = new LiteralAutomaton([["paypal", 0], ["star", 1], ["𐐨", 2], ["k", 3], ["\ud800x", 4], ["σ", 5], ["i", 6]]);
    for (const text of ["PAYPAL", "ſTAR", "𐐀", "\u212A", "\ud800X", "PayPal ⭐💯 STARS"]) {
      const r = both(automaton, 7, text);
      assert.ok(r.done, text);
      assert.deepEqual(r.direct, r.folded, text);
    }
    for (const text of ["ΟΔΟΣ", "İSTANBUL"]) assert.equal(both(automaton, 7, text).done, false, text);
    const re = /\bstars?\b/iu;
    assert.equal(new Prefilter([[re, [[["star"]]]]]).mayMatch(re, "ΟΔΟΣ five STARS"), true, "a declined scan falls back to the folded text");
  });
});

describe("prefilter", () => {
  it("required-literals.json is current (run `npm run prefilter` after changing a pattern)", () => {
    assert.deepEqual(REQUIRED, requiredLiteralsTable());
  });

  it("match-reach.json is current (run `npm run prefilter` after changing a pattern)", () => {
    assert.deepEqual(REACH, matchReachTable());
  });

  it("filters most patterns, and never one whose source changed since the table was written", () => {
    assert.ok(patternPrefilter().filtered >= 0.7 * namedPatterns().length, `${patternPrefilter().filtered} of ${namedPatterns().length}`);
    const re = /\bpaypal\b/i;
    const stale = new Prefilter([]);
    assert.equal(stale.mayMatch(re, "no literal here"), true, "a pattern without an entry always runs");
  });

  it("folds the long s, which /iu matches as s", () => {
    assert.equal(foldForLiterals("PAY ME VIA PAYPAL ſTAR"), "pay me via paypal star");
    const re = /\bstars?\b/iu;
    const filter = new Prefilter([[re, [[["star", "stars"]]]]]);
    assert.equal(filter.mayMatch(re, "five ſtars"), true);
    assert.equal(filter.mayMatch(re, "five moons"), false);
  });

  const texts = allTexts();
  it(`a filtered pattern never matches a text the filter rejected (${texts.length} documents, every line)`, () => {
    const prefilter = patternPrefilter();
    const lines = [...new Set(texts.flatMap((t) => t.text.split(/\n/)))];
    let rejected = 0;
    for (const [name, re] of namedPatterns()) {
      const probe = new RegExp(re.source, re.flags.replace(/[gy]/g, ""));
      for (const line of lines) {
        if (prefilter.mayMatch(re, line)) continue;
        rejected++;
        assert.equal(probe.test(line), false, `${name} matches a line its filter rejected: ${line}`);
      }
    }
    assert.ok(rejected > lines.length, "the filter rejects most pattern-line pairs");
  });

  it("answers alike by substring search (a fresh prefilter's first scans) and by the automaton", () => {
    const entries = namedPatterns().flatMap(([name, re]): [RegExp, string[][][]][] => {
      const entry = (REQUIRED as Record<string, { alternatives: string[][][] }>)[name];
      return entry ? [[re, entry.alternatives]] : [];
    });
    const lines = [...new Set(texts.flatMap((t) => t.text.split(/\n/)))].filter((l) => l.trim());
    const byAutomaton = new Prefilter(entries);
    for (let i = 0; i < 1000; i++) byAutomaton.mayMatch(entries[0]![0], `spent search ${i}`); // past its searches
    let checked = 0;
    for (let from = 0; from < lines.length; from += 150) {
      const bySearch = new Prefilter(entries); // a fresh one searches its first 200 texts
      for (const line of lines.slice(from, from + 150)) {
        for (const [re] of entries) assert.equal(bySearch.mayMatch(re, line), byAutomaton.mayMatch(re, line), `${re.source.slice(0, 40)} on ${line}`);
        checked++;
      }
    }
    assert.ok(checked > 1000);
  });

  // Templates and fixtures whole (the bank's sentences are covered line by line above).
  const templates = texts.filter((t) => t.name.endsWith(".md"));
  it(`lint results are identical with and without the prefilter and its windows (${templates.length} templates and fixture files)`, () => {
    const key = (text: string) => JSON.stringify(lint(text).findings.map((f) => [f.ruleId, f.start, f.end, f.severity, f.message]));
    const filtered = templates.map((t) => key(t.text));
    const { mayMatch, windowsFor } = Prefilter.prototype;
    Prefilter.prototype.mayMatch = () => true;
    Prefilter.prototype.windowsFor = () => true;
    try {
      templates.forEach((t, i) => assert.equal(key(t.text), filtered[i], t.name));
    } finally {
      Object.assign(Prefilter.prototype, { mayMatch, windowsFor });
    }
  });
});

it("hashes every pattern alike in the sources and in the bundles, whose non-ASCII characters are \\u escapes", async () => {
  const { escapeNonAscii } = await import("../../scripts/lib/ascii-source.mjs");
  let escaped = 0;
  for (const [name, re] of namedPatterns()) {
    const bundled = new RegExp(escapeNonAscii(re.source), re.flags);
    if (bundled.source !== re.source) escaped++;
    assert.equal(sourceHash(bundled), sourceHash(re), name);
  }
  assert.ok(escaped >= 10, `only ${escaped} patterns have non-ASCII characters: the check checks little`);
});

it("the bundled engine filters every pattern the sources filter (an escaped source must not make its entry look stale)", async () => {
  const { build } = await import("esbuild");
  const { asciiSourcesPlugin } = await import("../../scripts/lib/ascii-source.mjs");
  const entry = join(__dirname, "..", "..", "server", "src", "engine", "prefilter", "index.ts");
  const out = await build({
    stdin: { contents: `import { patternPrefilter } from ${JSON.stringify(entry)}; process.stdout.write(patternPrefilter().filtered + " " + patternPrefilter().windowed);`, resolveDir: __dirname, loader: "ts" },
    bundle: true, platform: "node", format: "cjs", write: false, logLevel: "silent", plugins: [asciiSourcesPlugin],
  });
  const code = out.outputFiles[0]!.text;
  assert.equal(/[^\x00-\x7f]/.test(code), false, "the bundle has a non-ASCII character");
  const r = spawnSync(process.execPath, ["-"], { input: code, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, `${patternPrefilter().filtered} ${patternPrefilter().windowed}`);
});

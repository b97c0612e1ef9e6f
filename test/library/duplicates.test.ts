// Near-duplicate letters (spam/duplicate-template) and the library hints: generic letters and
// shared openings. The letters are written for these tests.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fingerprintTemplate, jaccard, minHash, estimatedJaccard } from "../../server/src/engine/library/fingerprint";
import { bandsFor, DuplicateIndex, duplicateMessage, findDuplicates, lintLibrary, DUPLICATE_TEMPLATE, GENERIC_TEMPLATE, SHARED_OPENING } from "../../server/src/engine/library/duplicates";

const BASE = `---
title: Shopify setup, candle shops
owner: dana
---
Hi {{client_name}},

I read your post about getting Bloom Candles onto Shopify before the holiday rush, and it is
exactly the kind of launch I have run eleven times this year for small home-goods brands.

## What I would set up

- A clean theme based on Dawn, tuned for fast product pages on mobile
- Collections for scents, sizes and gift sets, with filters that actually help buyers
- Shipping rules for fragile glass, plus local pickup for your studio customers
- Klaviyo flows for abandoned carts and a short welcome series

For Bloom Candles I would start with the product photos you already have and write short,
sensory descriptions that match the voice of your Instagram. Once the catalogue is in, I test
checkout on three phones and fix anything that slows it down.

My fixed price for the whole setup is {{budget}}, delivered in two weeks, with one round of
revisions after you have clicked through everything yourself.

<!-- internal: reuse for any candle or soap shop -->
Happy to answer questions here on Upwork whenever suits you.

Best,
Dana
`;

const paragraphs = (t: string) => t.split(/\n\s*\n/);

/** Swaps the list and the "For Bloom Candles" paragraph, and the price and "Happy to" paragraphs. */
function reorder(t: string): string {
  const p = paragraphs(t);
  [p[3], p[4]] = [p[4]!, p[3]!];
  [p[5], p[6]] = [p[6]!, p[5]!];
  return p.join("\n\n");
}

const VARIANTS: Record<string, string> = {
  "reordered paragraphs": reorder(BASE),
  "changed client and store name": BASE.replaceAll("Bloom Candles", "Oak & Ember Soap Co.").replace("Hi {{client_name}}", "Hi Margaret"),
  "one changed sentence": BASE.replace(
    "Once the catalogue is in, I test\ncheckout on three phones and fix anything that slows it down.",
    "After that I connect your Etsy inventory so stock counts never drift between the two shops.",
  ),
  "different placeholder style": BASE.replace("{{client_name}}", "[Client Name]").replace("{{budget}}", "<<budget>>"),
  "whitespace, markup and typos": BASE.replace(/\n(?=[a-z])/g, " ")
    .replace("exactly the kind", "**exactly** the kind")
    .replace("eleven times", "eleven  times")
    .replace("descriptions", "descriptons")
    .replace("revisions", "revisons")
    .replace(/\n/g, "   \n"),
  "other front matter and notes": BASE.replace("owner: dana", "owner: li\nclientType: smb").replace("internal: reuse for any candle or soap shop", "Li: send to every candle job"),
};

// Same topic, same kind of author, different letters: these must never be reported.
const DISTINCT = [
  `Hello {{client_name}},

Moving a handmade candle brand to Shopify is mostly about the catalogue, so that is where I begin.
I would map every scent and vessel size into variants, import them from your spreadsheet and check
that each one has a weight for shipping. Then I pick a theme with big imagery, since candles sell on
atmosphere, and set up a gift-card product for the December peak.

I have built stores for two candle makers and a ceramics studio; links are on my Upwork profile.
Two weeks is realistic for this scope, and I keep you posted here on Upwork at every milestone.

Kind regards,
Priya`,
  `Hi there,

Your candle shop needs a Shopify store that is ready for holiday traffic. Here is how I would
approach it over ten working days:

1. Audit the products and photos you have, and list what is missing.
2. Configure the theme, navigation and a homepage with your seasonal collection up top.
3. Add payments, taxes and carrier-calculated shipping for glass jars.
4. Run test orders end to end and hand over a short video walkthrough.

I am a Shopify Partner with five years of store builds for small makers. The budget you posted
works for me, and I can start on Monday.

Thanks for reading,
Tom`,
  `Dear {{client_name}},

I run a two-person studio that builds Shopify shops for craft brands, candles included. What
usually slows these launches down is product data, not design, so my first week goes into your
variants, SEO titles and alt text, and the second into the theme, email capture and checkout
tests. You would get a store that loads quickly on phones and is easy for you to update yourself.

If it helps, I can share a recent before-and-after from a wax-melt brand in the Upwork chat.

Warm wishes,
Alex`,
];

const lib = (entries: Record<string, string>) => Object.entries(entries).map(([path, text]) => ({ path, text }));

describe("near-duplicates: positive", () => {
  for (const [name, text] of Object.entries(VARIANTS)) {
    it(`finds a letter with ${name}`, () => {
      const { duplicates, findings } = lintLibrary(lib({ "base.md": BASE, "variant.md": text }));
      assert.equal(duplicates.clusters.length, 1, `${name}: no cluster`);
      assert.deepEqual(duplicates.clusters[0]!.files, ["base.md", "variant.md"]);
      const f = findings.get("variant.md")?.find((x) => x.ruleId === DUPLICATE_TEMPLATE);
      assert.ok(f, `${name}: no finding on variant.md`);
      assert.equal(f.related?.[0]?.path, "base.md");
    });
  }

  it("gives reordered paragraphs, another placeholder style and other front matter full similarity", () => {
    const base = fingerprintTemplate("a", BASE).shingles;
    for (const name of ["reordered paragraphs", "different placeholder style", "other front matter and notes"]) {
      assert.equal(jaccard(base, fingerprintTemplate("b", VARIANTS[name]!).shingles), 1, name);
    }
    assert.equal(jaccard(base, fingerprintTemplate("crlf", BASE.replace(/\n/g, "\r\n")).shingles), 1, "CRLF line endings");
  });

  it("groups all variants into one cluster and links every pair", () => {
    const { duplicates } = lintLibrary(lib({ "base.md": BASE, ...Object.fromEntries(Object.entries(VARIANTS).map(([k, v], i) => [`v${i}-${k.split(" ")[0]}.md`, v])) }));
    assert.equal(duplicates.clusters.length, 1);
    assert.equal(duplicates.clusters[0]!.files.length, 7);
    for (const list of duplicates.neighbours.values()) assert.equal(list.length, 6);
  });
});

describe("near-duplicates: negative", () => {
  it("does not report letters on the same topic written differently", () => {
    const { duplicates, findings } = lintLibrary(lib({ "base.md": BASE, "a.md": DISTINCT[0]!, "b.md": DISTINCT[1]!, "c.md": DISTINCT[2]! }), { minWords: 1 });
    assert.deepEqual(duplicates.clusters, []);
    assert.deepEqual([...findings.values()].flat().filter((f) => f.ruleId === DUPLICATE_TEMPLATE), []);
  });

  it("keeps same-topic letters far below the threshold", () => {
    const fps = [BASE, ...DISTINCT].map((t, i) => fingerprintTemplate(String(i), t));
    for (let i = 0; i < fps.length; i++) for (let j = i + 1; j < fps.length; j++) assert.ok(jaccard(fps[i]!.shingles, fps[j]!.shingles) < 0.1, `${i}~${j}`);
  });

  it("does not compare bodies shorter than minWords", () => {
    const short = "Hi {{client_name}}, thanks for the update. I will send the files today.";
    assert.deepEqual(lintLibrary(lib({ "a.md": short, "b.md": short })).duplicates.clusters, []);
    assert.equal(lintLibrary(lib({ "a.md": short, "b.md": short }), { minWords: 5 }).duplicates.clusters.length, 1);
  });

  it("honours a stricter threshold", () => {
    const text = VARIANTS["one changed sentence"]!;
    const s = jaccard(fingerprintTemplate("a", BASE).shingles, fingerprintTemplate("b", text).shingles);
    assert.equal(lintLibrary(lib({ "a.md": BASE, "b.md": text }), { threshold: Math.min(1, s + 0.01) }).duplicates.clusters.length, 0);
    assert.equal(lintLibrary(lib({ "a.md": BASE, "b.md": text }), { threshold: s }).duplicates.clusters.length, 1);
  });
});

describe("duplicate findings", () => {
  it("names the others with their similarity, most similar first, with related entries", () => {
    const { findings } = lintLibrary(lib({ "a.md": BASE, "b.md": VARIANTS["reordered paragraphs"]!, "c.md": VARIANTS["one changed sentence"]! }));
    const f = findings.get("a.md")!.find((x) => x.ruleId === DUPLICATE_TEMPLATE)!;
    assert.match(f.message, /^Near-duplicate of b\.md \(100% similar\) and c\.md \(\d\d%\): /);
    assert.equal(f.severity, "warning");
    assert.equal(f.family, "spam");
    assert.equal(BASE.slice(f.start, f.end), "Hi {{client_name}},");
    assert.deepEqual(f.related!.map((r) => r.path), ["b.md", "c.md"]);
    assert.match(f.related![0]!.message, /^100% similar to a\.md$/);
    const b = VARIANTS["reordered paragraphs"]!;
    assert.equal(b.slice(f.related![0]!.start, f.related![0]!.end), "Hi {{client_name}},");
  });

  it("shortens long lists", () => {
    const n = [0.95, 0.9, 0.85, 0.8, 0.75].map((similarity, i) => ({ path: `t${i}.md`, similarity }));
    assert.equal(duplicateMessage(n), "Near-duplicate of t0.md (95% similar), t1.md (90%), t2.md (85%) and 2 more: sending the same letter again and again is spam.");
  });

  it("caps related entries, most similar first", () => {
    const input = lib({ "a.md": BASE, "b.md": VARIANTS["one changed sentence"]!, "c.md": VARIANTS["reordered paragraphs"]! });
    const f = lintLibrary(input, { maxRelated: 1 }).findings.get("a.md")!.find((x) => x.ruleId === DUPLICATE_TEMPLATE)!;
    assert.deepEqual(f.related!.map((r) => r.path), ["c.md"]);
    assert.match(f.message, /c\.md \(100% similar\) and b\.md/);
  });

  it("can be turned off or re-rated like any rule", () => {
    const input = lib({ "a.md": BASE, "b.md": VARIANTS["reordered paragraphs"]! });
    assert.equal(lintLibrary(input, { rules: { [DUPLICATE_TEMPLATE]: "off" } }).findings.get("a.md")?.some((f) => f.ruleId === DUPLICATE_TEMPLATE) ?? false, false);
    assert.equal(lintLibrary(input, { rules: { [DUPLICATE_TEMPLATE]: "error" } }).findings.get("a.md")![0]!.severity, "error");
  });
});

describe("generic letters and shared openings", () => {
  it("reports a letter without any placeholder, at information severity", () => {
    const { findings } = lintLibrary(lib({ "generic.md": DISTINCT[1]!, "personal.md": DISTINCT[0]! }));
    const generic = findings.get("generic.md")!.filter((f) => f.ruleId === GENERIC_TEMPLATE);
    assert.equal(generic.length, 1);
    assert.equal(generic[0]!.severity, "information");
    assert.equal(findings.get("personal.md"), undefined);
  });

  it("does not count placeholders in code or comments as personalization", () => {
    const text = DISTINCT[1]!.replace("Thanks for reading", "<!-- {{client_name}} -->\n`{{client_name}}`\n\nThanks for reading");
    assert.equal(lintLibrary(lib({ "g.md": text })).findings.get("g.md")?.[0]?.ruleId, GENERIC_TEMPLATE);
  });

  const OPENING = "Thanks for posting this job: I have read it twice and I already have a plan for your first week.";
  const withOpening = (t: string) => t.replace(/^((?:---[\s\S]*?---\n)?[^\n]*\n\n)/, `$1${OPENING}\n\n`);

  it("reports an opening paragraph shared by three different letters", () => {
    const { findings } = lintLibrary(lib({ "a.md": withOpening(BASE), "b.md": withOpening(DISTINCT[0]!), "c.md": withOpening(DISTINCT[2]!), "d.md": DISTINCT[1]! }));
    for (const path of ["a.md", "b.md", "c.md"]) {
      const f = findings.get(path)!.find((x) => x.ruleId === SHARED_OPENING)!;
      assert.ok(f, path);
      assert.equal(f.severity, "information");
      assert.equal(withOpening(path === "a.md" ? BASE : path === "b.md" ? DISTINCT[0]! : DISTINCT[2]!).slice(f.start, f.end), OPENING);
      assert.equal(f.related!.length, 2);
    }
    assert.equal(findings.get("d.md")?.some((f) => f.ruleId === SHARED_OPENING) ?? false, false);
  });

  it("ignores case, markup and placeholder style when comparing openings", () => {
    const loud = (t: string) => withOpening(t).replace(OPENING, `**${OPENING.toUpperCase()}**`);
    const { findings } = lintLibrary(lib({ "a.md": withOpening(BASE), "b.md": loud(DISTINCT[0]!), "c.md": withOpening(DISTINCT[2]!) }));
    assert.ok(findings.get("b.md")!.some((f) => f.ruleId === SHARED_OPENING));
  });

  it("counts one duplicate cluster as one letter, and honours the configured minimum", () => {
    const input = lib({ "a.md": withOpening(BASE), "a2.md": withOpening(VARIANTS["reordered paragraphs"]!), "b.md": withOpening(DISTINCT[0]!) });
    assert.equal([...lintLibrary(input).findings.values()].flat().filter((f) => f.ruleId === SHARED_OPENING).length, 0);
    assert.equal([...lintLibrary(input, { sharedOpeningMin: 2 }).findings.values()].flat().filter((f) => f.ruleId === SHARED_OPENING).length, 3);
  });
});

describe("MinHash and LSH", () => {
  it("is deterministic", () => {
    assert.deepEqual(fingerprintTemplate("a", BASE), fingerprintTemplate("a", BASE));
  });

  it("estimates Jaccard within a few points", () => {
    const a = fingerprintTemplate("a", BASE);
    const b = fingerprintTemplate("b", VARIANTS["one changed sentence"]!);
    assert.ok(Math.abs(estimatedJaccard(a.signature, b.signature) - jaccard(a.shingles, b.shingles)) < 0.15);
    assert.deepEqual(minHash(new Uint32Array(0), 4), Uint32Array.from([0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff]));
  });

  it("computes the MinHash signature four functions at a time exactly as one at a time", () => {
    // The definition: for each seed, the minimum over the shingles of fmix32(shingle ^ seed), unsigned.
    const fmix32 = (x: number) => {
      x ^= x >>> 16;
      x = Math.imul(x, 0x85ebca6b);
      x ^= x >>> 13;
      x = Math.imul(x, 0xc2b2ae35);
      return (x ^ (x >>> 16)) >>> 0;
    };
    const seedsOf = (n: number) => {
      let state = 0x2545f491;
      return Array.from({ length: n }, () => fmix32((state = (state + 0x9e3779b9) | 0)));
    };
    let r = 99;
    const rnd = () => (r = (Math.imul(r ^ (r >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0) >>> 0;
    const sets = [Uint32Array.of(0, 1, 0x7fffffff, 0x80000000, 0xffffffff), ...Array.from({ length: 40 }, () => Uint32Array.from({ length: rnd() % 300 }, rnd).sort())];
    for (const n of [1, 3, 4, 7, 128]) {
      const seeds = seedsOf(n);
      for (const s of sets) {
        const expected = Uint32Array.from(seeds, (seed) => s.reduce((min, x) => Math.min(min, fmix32(x ^ seed)), 0xffffffff));
        assert.deepEqual(minHash(s, n), expected, `${n} hashes, ${s.length} shingles`);
      }
    }
  });

  it("picks bands that catch a pair at the threshold with probability >= 0.99", () => {
    for (const t of [0.2, 0.3, 0.5, 0.7, 0.9]) {
      const { bands, rows } = bandsFor(t, 128);
      assert.ok(bands * rows <= 128);
      assert.ok(1 - (1 - t ** rows) ** bands >= 0.99, `t=${t}`);
    }
    assert.deepEqual(bandsFor(0.3, 128), { bands: 64, rows: 2 });
  });

  it("finds planted groups in a library of 1,000 without all-pairs comparison", () => {
    const words = "alpha brisk cedar dune ember fjord glade harbor iris juniper kelp lumen mosaic nectar orbit prism quartz rivet sable tundra umber vivid willow xenon yarrow zephyr".split(" ");
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const letter = () => Array.from({ length: 6 }, () => Array.from({ length: 30 }, () => words[Math.floor(rnd() * words.length)]).join(" ")).join("\n\n");
    const templates: { path: string; text: string }[] = [];
    for (let i = 0; i < 1000; i++) templates.push({ path: `t${String(i).padStart(4, "0")}.md`, text: `Hi {{client_name}},\n\n${letter()}` });
    for (let g = 0; g < 20; g++) {
      const src = templates[g * 50]!;
      const p = src.text.split("\n\n");
      [p[1], p[2]] = [p[2]!, p[1]!];
      templates[g * 50 + 1] = { path: templates[g * 50 + 1]!.path, text: p.join("\n\n").replace(/\w+$/, "changed") };
    }
    const { duplicates } = lintLibrary(templates);
    assert.equal(duplicates.clusters.length, 20);
    assert.ok(duplicates.stats.exactChecks < 1000 * 999 / 2 / 100, `exact checks: ${duplicates.stats.exactChecks}`);
  });
});

describe("DuplicateIndex (incremental)", () => {
  it("adds, replaces and removes templates and says whose neighbours changed", () => {
    const index = new DuplicateIndex();
    const fp = (path: string, text: string) => fingerprintTemplate(path, text);
    assert.deepEqual(index.upsert(fp("a.md", BASE)), []);
    assert.deepEqual(index.upsert(fp("b.md", DISTINCT[0]!)), []);
    assert.deepEqual(index.upsert(fp("c.md", VARIANTS["one changed sentence"]!)).sort(), ["a.md", "c.md"]);
    assert.deepEqual(index.report().clusters.map((c) => c.files), [["a.md", "c.md"]]);
    // c.md is edited into another letter: a.md loses its neighbour.
    assert.deepEqual(index.upsert(fp("c.md", DISTINCT[2]!)).sort(), ["a.md"]);
    assert.deepEqual(index.report().clusters, []);
    index.upsert(fp("c.md", BASE));
    assert.deepEqual(index.remove("a.md"), ["c.md"]);
    assert.equal(index.size, 2);
    assert.deepEqual(index.report().neighbours.size, 0);
  });

  it("agrees with the batch result", () => {
    const fps = [BASE, ...Object.values(VARIANTS), ...DISTINCT].map((t, i) => fingerprintTemplate(`f${i}.md`, t));
    const index = new DuplicateIndex();
    for (const f of [...fps].reverse()) index.upsert(f);
    assert.deepEqual(index.report().clusters, findDuplicates(fps).clusters);
  });
});

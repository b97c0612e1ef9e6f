// The library pass stays near-linear whatever the cluster sizes: a careless agency copies one letter
// dozens of times (paragraphs shuffled, small edits), and doubling such a cluster must not
// quadruple the work. Guarded by counts (exact checks, related entries) and by timing ratios of
// medians, never by absolute times.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fingerprintTemplate, type TemplateFingerprint } from "../../server/src/engine/library/fingerprint";
import { DuplicateIndex, DUPLICATE_TEMPLATE, findDuplicates, libraryFindings } from "../../server/src/engine/library/duplicates";
import { random } from "../../scripts/lib/random";


const SYLLABLES = "ba be bi bo bu da de di do ka ke ki ko la le li lo lu ma me mi mo na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to".split(" ");

function generator(seed: number) {
  const rnd = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const vocabulary = Array.from({ length: 3000 }, () => Array.from({ length: int(2, 3) }, () => SYLLABLES[int(0, SYLLABLES.length - 1)]).join(""));
  const word = () => vocabulary[int(0, vocabulary.length - 1)]!;
  const paragraph = () => Array.from({ length: int(25, 45) }, word).join(" ") + ".";
  const letter = () => Array.from({ length: 7 }, paragraph);
  /** A copy of `paragraphs`: shuffled after the first, and a few words replaced. */
  const copy = (paragraphs: string[]) => {
    const body = paragraphs.slice(1);
    for (let i = body.length - 1; i > 0; i--) {
      const j = int(0, i);
      [body[i], body[j]] = [body[j]!, body[i]!];
    }
    const words = [paragraphs[0]!, ...body].join("\n\n").split(" ");
    for (let e = 0; e < 4; e++) words[int(0, words.length - 1)] = word();
    return `Hi {{client_name}},\n\n${words.join(" ")}\n`;
  };
  return { letter, copy };
}

/** The texts of `distinct` unrelated letters plus one letter copied `copies` times, by path. */
function libraryWithClusterTexts(copies: number, distinct = 60): Map<string, string> {
  const g = generator(1234);
  const texts = new Map<string, string>();
  for (let i = 0; i < distinct; i++) texts.set(`other-${i}.md`, g.copy(g.letter()));
  const base = g.letter();
  for (let i = 0; i < copies; i++) texts.set(`copy-${String(i).padStart(3, "0")}.md`, g.copy(base));
  return texts;
}

function libraryWithCluster(copies: number, distinct = 60): TemplateFingerprint[] {
  return [...libraryWithClusterTexts(copies, distinct)].map(([path, text]) => fingerprintTemplate(path, text));
}

function libraryPass(fps: TemplateFingerprint[]) {
  const report = findDuplicates(fps);
  const findings = libraryFindings(fps, report);
  return { report, findings };
}

function medianMs(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

describe("library pass growth with cluster size", () => {
  const small = libraryWithCluster(60);
  const large = libraryWithCluster(120);

  it("finds each cluster once, with every copy in it", () => {
    for (const [fps, copies] of [[small, 60], [large, 120]] as const) {
      const { report } = libraryPass(fps);
      assert.equal(report.clusters.length, 1, `${copies} copies: ${report.clusters.length} clusters`);
      assert.equal(report.clusters[0]!.files.length, copies);
      assert.ok(report.clusters[0]!.files.every((f) => f.startsWith("copy-")));
    }
  });

  it("does a number of exact checks linear in the cluster size", () => {
    const a = libraryPass(small).report.stats;
    const b = libraryPass(large).report.stats;
    // All pairs would be 1,770 and 7,140; linking each member once is about one check per member.
    assert.ok(a.exactChecks < 3 * 60, `60 copies: ${a.exactChecks} exact checks`);
    assert.ok(b.exactChecks <= 2.5 * a.exactChecks, `exact checks ${a.exactChecks} -> ${b.exactChecks}`);
    assert.ok(b.candidatePairs <= 2.5 * a.candidatePairs, `candidate pairs ${a.candidatePairs} -> ${b.candidatePairs}`);
  });

  it("caps related entries and counts the rest in the message", () => {
    const { findings } = libraryPass(large);
    let related = 0;
    for (let i = 0; i < 120; i++) {
      const f = findings.get(`copy-${String(i).padStart(3, "0")}.md`)!.filter((x) => x.ruleId === DUPLICATE_TEMPLATE);
      assert.equal(f.length, 1);
      assert.ok(f[0]!.related!.length <= 5);
      assert.match(f[0]!.message, /and \d+ more: /);
      const named = f[0]!.message.match(/copy-\d+\.md/g)!.length;
      const more = Number(/and (\d+) more/.exec(f[0]!.message)![1]);
      assert.equal(named + more, 119, f[0]!.message);
      related += f[0]!.related!.length;
    }
    assert.ok(related <= 120 * 5);
  });

  it("takes at most three times as long when the cluster doubles (medians)", () => {
    libraryPass(small); // warm up
    libraryPass(large);
    const runs = 7;
    // Interleaved so a busy neighbour on the machine slows both sides alike.
    const ts: number[] = [];
    const tl: number[] = [];
    for (let i = 0; i < 3; i++) {
      ts.push(medianMs(() => libraryPass(small), runs));
      tl.push(medianMs(() => libraryPass(large), runs));
    }
    ts.sort((x, y) => x - y);
    tl.sort((x, y) => x - y);
    const ratio = tl[1]! / ts[1]!;
    assert.ok(ratio <= 3, `60 -> 120 copies: ${ts[1]!.toFixed(2)} ms -> ${tl[1]!.toFixed(2)} ms (x${ratio.toFixed(2)})`);
  });
});

describe("incremental index with a large cluster", () => {
  it("keeps the cluster whole when its hub is removed or edited, and agrees with the batch result", () => {
    const fps = libraryWithCluster(40, 10);
    const index = new DuplicateIndex();
    for (const fp of fps) index.upsert(fp);
    const hub = [...index.report().neighbours].sort((a, b) => b[1].length - a[1].length)[0]![0];
    const touched = index.remove(hub);
    assert.equal(touched.length, 39);
    assert.equal(index.report().clusters.length, 1);
    assert.equal(index.report().clusters[0]!.files.length, 39);
    index.upsert(fps.find((f) => f.path === hub)!);
    assert.deepEqual(index.report().clusters.map((c) => c.files), findDuplicates(fps).clusters.map((c) => c.files));
    assert.equal(index.clusterOf(hub)!.files.length, 40);
    assert.ok(index.neighboursOf(hub).length >= 1);
  });

  it("keeps a cluster's links when a member is edited a little, and drops them when it becomes another letter", () => {
    const fps = libraryWithCluster(30, 5);
    const index = new DuplicateIndex();
    for (const fp of fps) index.upsert(fp);
    const [hub, links] = [...index.report().neighbours].sort((a, b) => b[1].length - a[1].length)[0]!;
    const text = libraryWithClusterTexts(30, 5).get(hub)!;
    const touched = index.upsert(fingerprintTemplate(hub, text.replace(/ (\w+)\./, " changed.")));
    assert.equal(touched.length, 30);
    assert.deepEqual(index.neighboursOf(hub).map((n) => n.path).sort(), links.map((n) => n.path).sort());
    const other = libraryWithClusterTexts(30, 5).get("other-0.md")!;
    index.upsert(fingerprintTemplate(hub, other + "\nand a signature line"));
    assert.equal(index.clusterOf(hub)?.files.includes("copy-000.md") ?? false, false);
    assert.equal(index.report().clusters.find((c) => c.files.includes("copy-001.md") || c.files.includes("copy-000.md"))!.files.length, 29);
  });
});

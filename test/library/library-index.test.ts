// The editor's incremental library index: same findings as the batch library pass, and every
// template whose findings change is among the ones an update says it touched.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseDocument } from "../../server/src/engine/markdown";
import { libraryEntryOf, lintLibraryEntries } from "../../server/src/engine/library/lint-library";
import { LibraryIndex } from "../../server/src/engine/library/library-index";
import type { Finding } from "../../server/src/engine";
import { random } from "../../scripts/lib/random";

const rnd = random(99);
const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
const SYL = "ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro ta te ti to".split(" ");
const vocab = Array.from({ length: 2000 }, () => Array.from({ length: int(2, 3) }, () => SYL[int(0, SYL.length - 1)]).join(""));
const word = () => vocab[int(0, vocab.length - 1)]!;
const paragraph = (n = int(20, 40)) => Array.from({ length: n }, word).join(" ") + ".";
const OPENING = "Thanks for posting this job: I have read it twice and I already have a plan for your first week.";
const STYLES = ["{{client_name}}", "[Client Name]", "<<client_name>>"];

/** A letter: greeting with a placeholder style, maybe the shared opening, body paragraphs. */
function letter(style: string, opening: boolean, body: string[]): string {
  return `Hi ${style},\n\n${opening ? OPENING + "\n\n" : ""}${body.join("\n\n")}\n\nBest,\n{{freelancer_name}}\n`;
}

function library(): Map<string, string> {
  const texts = new Map<string, string>();
  for (let g = 0; g < 12; g++) {
    const body = Array.from({ length: 5 }, () => paragraph());
    const copies = g < 2 ? 15 : g < 6 ? 3 : 1;
    for (let c = 0; c < copies; c++) {
      const shuffled = [...body].sort(() => rnd() - 0.5);
      texts.set(`g${g}/c${c}.md`, letter(STYLES[(g + c) % 3 === 0 ? 1 : 0]!, g % 3 === 0, c === 0 ? body : shuffled));
    }
  }
  texts.set("short.md", "Hi {{client_name}}, a short note.");
  texts.set("quiet.md", "<!-- proposal-lint-disable spam/duplicate-template -->\n" + texts.get("g0/c0.md")!);
  return texts;
}

const key = (f: Finding) => `${f.ruleId}@${f.start}-${f.end}:${f.severity}:${f.message}|${(f.related ?? []).map((r) => `${r.path}@${r.start}-${r.end}:${r.message}`).join(";")}`;
const all = (index: LibraryIndex, paths: Iterable<string>) => new Map([...paths].map((p) => [p, index.findingsFor(p).map(key)]));

describe("LibraryIndex", () => {
  it("gives the batch pass's findings when built in the same order", () => {
    const texts = library();
    const entries = [...texts].map(([path, text]) => libraryEntryOf(path, parseDocument(text)));
    const batch = lintLibraryEntries(entries).findings;
    const index = new LibraryIndex();
    for (const e of entries) index.upsert(e);
    let compared = 0;
    for (const path of texts.keys()) {
      assert.deepEqual(index.findingsFor(path).map(key), (batch.get(path) ?? []).map(key), path);
      compared += batch.get(path)?.length ?? 0;
    }
    assert.ok(compared > 40, `only ${compared} findings compared`);
    const kinds = new Set([...batch.values()].flat().map((f) => f.ruleId));
    assert.deepEqual([...kinds].sort(), ["spam/duplicate-template", "spam/placeholder-style", "spam/shared-opening"]);
    assert.equal(index.findingsFor("quiet.md").some((f) => f.ruleId === "spam/duplicate-template"), false);
  });

  it("says which templates an edit touches: every changed finding is among them", () => {
    const texts = library();
    const index = new LibraryIndex();
    for (const [path, text] of texts) index.upsert(libraryEntryOf(path, parseDocument(text)));
    const typed = (path: string, find: string | RegExp, replace: string) => texts.get(path)!.replace(find, replace);
    const edits: [string, string | undefined][] = [
      ["g1/c2.md", typed("g1/c2.md", /\n\n(\S+) /, "\n\n$1x ")], // a keystroke in a big cluster: it stays
      ["g1/c2.md", typed("g1/c2.md", /\n\n(\S+) /, "\n\n$1 ")],
      ["g0/c1.md", typed("g0/c1.md", "twice", "twise")], // a keystroke in the shared opening
      ["g0/c2.md", typed("g0/c2.md", /^Hi /, "Hi, ")], // moves the opening paragraph
      ["g0/c3.md", letter("[Client Name]", false, [paragraph(), paragraph()])], // leaves its cluster and the opening group, changes style
      ["g0/c3.md", texts.get("g0/c3.md")!], // comes back
      ["g6/c0.md", letter("{{client_name}}", true, texts.get("g1/c0.md")!.split("\n\n").slice(1, 6))], // joins cluster g1, takes the opening
      ["g0/c0.md", undefined], // deleted: the cluster's first member
      ["g9/c0.md", letter("<<client_name>>", false, [paragraph()])],
      ["new.md", texts.get("g3/c0.md")!],
    ];
    for (const [path, text] of edits) {
      const before = all(index, [...index.paths(), path]);
      const touched = text === undefined ? index.remove(path) : index.upsert(libraryEntryOf(path, parseDocument(text)));
      const after = all(index, [...index.paths(), path]);
      for (const [p, list] of after) {
        if (JSON.stringify(list) !== JSON.stringify(before.get(p) ?? [])) assert.ok(touched.has(p) || (p === path && text === undefined), `${path}: ${p} changed but was not touched`);
      }
      // And the result is the batch result on the library as it now is (clusters, counts, messages).
      if (text === undefined) texts.delete(path);
      else texts.set(path, text);
      const batch = lintLibraryEntries([...texts].map(([p, t]) => libraryEntryOf(p, parseDocument(t))));
      assert.deepEqual(index.clusters().map((c) => c.files), batch.clusters.map((c) => c.files), `${path}: clusters`);
      for (const p of texts.keys()) {
        const mine = index.findingsFor(p);
        const theirs = batch.findings.get(p) ?? [];
        assert.deepEqual(mine.map((f) => f.ruleId), theirs.map((f) => f.ruleId), `${path}: rules of ${p}`);
        const counted = (fs: Finding[]) => fs.filter((f) => f.ruleId !== "spam/duplicate-template").map(key);
        assert.deepEqual(counted(mine), counted(theirs), `${path}: findings of ${p}`);
      }
    }
  });
});

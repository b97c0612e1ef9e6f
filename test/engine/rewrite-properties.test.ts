// The rewrite invariants (issue 11) over every dirty template of the development corpus (beside the
// repo) and the independent sets: each sentence fix introduces no repeated three-word phrase and no
// verb phrase right after a preposition or article, keeps the sentence's terminal punctuation and
// changes nothing outside the sentence; findings sharing a sentence share one edit; fix-all is
// idempotent and leaves no fixable error or warning.

import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ALL_RULE_METAS, applyEdits, findRuleMeta, fixAll, lint, type Finding, type Fix } from "../../server/src/engine";
import { introducesRepeatedTrigram, readsWell } from "../../server/src/engine/rewrite/reading-checks";
import { sentenceAround } from "../../server/src/engine/rewrite/sentence";

// Every independent set in test/corpus, the ones added later included.
const SETS = join(__dirname, "..", "corpus");
const CORPORA = [join(__dirname, "..", "..", "..", "shared", "corpus", "dev", "cases"), ...readdirSync(SETS).filter((set) => set.startsWith("independent")).sort().map((set) => join(SETS, set, "cases"))];
const BOOKS = ALL_RULE_METAS.flatMap((m) => (m.phrasebook ? [m.phrasebook] : []));
// Fixable: a finding that carries a rewrite (the learned layer's findings carry none, whatever their rule).
const fixable = (f: Finding) => f.fix !== undefined && (f.severity === "error" || f.severity === "warning");

/** Each distinct sentence fix of a text, with the sentence it belongs to. */
function sentenceFixes(text: string): { fix: Fix; start: number; end: number; close: number }[] {
  const findings = lint(text).findings;
  const protect = findings.map((f) => [f.start, f.end] as const);
  const byFix = new Map<Fix, Finding[]>();
  for (const f of findings) if (f.fix && findRuleMeta(f.ruleId)?.phrasebook) byFix.set(f.fix, [...(byFix.get(f.fix) ?? []), f]);
  return [...byFix].map(([fix, members]) => {
    const ss = members.map((f) => sentenceAround(text, f.start, f.end, protect));
    return { fix, start: Math.min(...ss.map((s) => s.start)), end: Math.max(...ss.map((s) => s.end)), close: Math.max(...ss.map((s) => s.close)) };
  });
}

for (const dir of CORPORA) {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".md")).sort() : [];
  describe(`rewrite invariants over ${dir.split("/").slice(-3).join("/")}`, { skip: files.length ? false : `no corpus at ${dir}` }, () => {
    for (const file of files) {
      const text = readFileSync(join(dir, file), "utf8");
      const fixes = sentenceFixes(text);
      if (fixes.length === 0) continue;
      it(file, () => {
        for (const { fix, start, end, close } of fixes) {
          assert.equal(fix.edits.length, 1, "one sentence, one edit");
          const edit = fix.edits[0]!;
          // The edit stays in the sentence body; it reaches the terminal only to drop a closing bracket whose
          // opener went with the rewritten part ("... (it helps my ranking!!)" -> "... as agreed!!").
          const terminal = text.slice(end, close);
          const orphan = edit.end > end;
          assert.ok(start <= edit.start && edit.end <= (orphan ? close : end), `edit ${edit.start}-${edit.end} outside the sentence body ${start}-${end}: ${fix.title}`);
          if (orphan) assert.ok(edit.end === close && /[)\]]/.test(terminal), `only an orphaned bracket takes the edit past the body: ${fix.title}`);
          const kept = orphan ? terminal.replace(/[)\]]/g, "") : terminal;
          const before = text.slice(start, close);
          const after = applyEdits(text, [edit]).text.slice(start, close + edit.text.length - (edit.end - edit.start));
          assert.equal(after.slice(after.length - kept.length), kept, `terminal punctuation kept: ${after}`);
          assert.ok(!introducesRepeatedTrigram(before, after), `repeated phrase in ${JSON.stringify(after)}`);
          assert.ok(readsWell(before, after, BOOKS), `reads badly: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
          // The quoted phrase neither starts nor ends with a space (quotes inside the sentence are its own).
          assert.ok(!/^[^"]*"\s|\s"$/.test(fix.title) && fix.title.trim() === fix.title, `title is a whole phrase: ${fix.title}`);
        }
        // Findings that share a sentence share its fix.
        const findings = lint(text).findings.filter((f) => f.fix && findRuleMeta(f.ruleId)?.phrasebook);
        for (const a of findings) for (const b of findings) {
          const same = fixes.find((x) => JSON.stringify(x.fix.edits) === JSON.stringify(a.fix!.edits))!;
          if (b.start >= same.start && b.end <= same.end) assert.deepEqual(a.fix!.edits, b.fix!.edits, `${a.ruleId} and ${b.ruleId} share a sentence but not a fix`);
        }
        const once = fixAll(text, (t) => lint(t).findings).text;
        assert.equal(fixAll(once, (t) => lint(t).findings).text, once, "fix-all is idempotent");
        const left = lint(once).findings.filter(fixable);
        assert.deepEqual(left.map((f) => `${f.ruleId} «${once.slice(f.start, f.end)}»`), [], "nothing fixable left");
      });
    }
  });
}

// For each label a scored set missed: the learned layer's probability for the label's family on the sentence that holds
// it, against the family's warn threshold, and whether the gates let the sentence be judged; then a count by band.
// Tells a calibration gap (misses just under the threshold) from a missing signal (misses near 0).
//   node --import tsx scripts/missed-probabilities.ts test/corpus/independent-X <score.mjs --verbose output>
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "../server/src/engine/markdown";
import { sentencesOf, scoreOf, sentenceModel } from "../server/src/engine/classifier/detect";
import { judgeable } from "../server/src/engine/classifier/gates";
const [dir, scoreTxt] = process.argv.slice(2) as [string, string];
const m = sentenceModel();
const fams = m.families.map((f: any) => f.family);
const lines = readFileSync(scoreTxt, "utf8").split("\n");
const i0 = lines.indexOf("missed:"); const rows: string[] = [];
for (let i = i0 + 1; i < lines.length && lines[i]!.startsWith("  "); i++) rows.push(lines[i]!);
const buckets: Record<string, number> = { "<0.1": 0, "0.1-0.3": 0, "0.3-warn": 0, ">=warn(gated)": 0 };
for (const r of rows) {
  const mm = /^\s+(\S+): (\w+)(?:\/\w+)? «(.*)»$/.exec(r); if (!mm) continue;
  const [, file, family, span] = mm as unknown as string[];
  const raw = readFileSync(join(dir, "cases", file!), "utf8");
  const doc = parseDocument(raw); const prose = doc.prose;
  const at = raw.indexOf(span!.split("\n")[0]!.slice(0, 30));
  const s = sentencesOf(prose.text).find((x) => { const src = prose.toSource(x.start, x.end); return src.start <= at && at < src.end; });
  if (!s) { console.log("?", file, family); continue; }
  const k = fams.indexOf(family); const p = scoreOf(s.text)[k]!.probability; const warn = m.families[k]!.warn;
  const judge = judgeable(s.text, family as any);
  const b = p < 0.1 ? "<0.1" : p < 0.3 ? "0.1-0.3" : p < warn ? "0.3-warn" : ">=warn(gated)"; buckets[b]!++;
  console.log(family.padEnd(13), p.toFixed(2), "warn", warn.toFixed(2), judge ? "judged" : "GATED ", s.text.slice(0, 100).replace(/\n/g, " "));
}
console.log(buckets);

// Copies writers' sentence files into the bank (data/sentences/), keeping only the bank's fields,
// checking each line, and applying the reviewed label corrections in data/sentences/corrections.json.
//   node --import tsx scripts/import-bank.ts DIR [DIR ...]
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

const ROOT = join(__dirname, "..");
const BANK = join(ROOT, "data", "sentences");
const FAMILIES = new Set(["circumvention", "contact", "account", "spam", "conduct", "feedback"]);

interface Correction {
  text: string;
  labels: string[];
  kind: string;
  rule?: string;
  why: string;
}
const corrections: Correction[] = JSON.parse(readFileSync(join(BANK, "corrections.json"), "utf8")).corrections;
const byText = new Map(corrections.map((c) => [c.text, c]));

for (const dir of process.argv.slice(2)) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort()) {
    const writer = basename(file, ".jsonl");
    const out: string[] = [];
    const seen = new Set<string>();
    let dropped = 0;
    let corrected = 0;
    for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
      if (!line.trim()) continue;
      let r: Record<string, unknown>;
      try {
        r = JSON.parse(line);
      } catch {
        dropped++;
        continue;
      }
      const text = typeof r.text === "string" ? r.text.trim() : "";
      const labels = Array.isArray(r.labels) ? (r.labels as unknown[]).filter((l): l is string => typeof l === "string") : null;
      if (!text || !labels || labels.some((l) => !FAMILIES.has(l)) || seen.has(text)) {
        dropped++;
        continue;
      }
      seen.add(text);
      const fix = byText.get(text);
      const row: Record<string, unknown> = { text, labels: fix ? fix.labels : labels };
      const rule = fix ? fix.rule : r.rule;
      if (typeof rule === "string" && (row.labels as string[]).includes(rule.split("/")[0]!)) row.rule = rule;
      if (!fix && typeof r.span === "string" && text.includes(r.span)) row.span = r.span;
      row.kind = fix ? fix.kind : r.kind === "pos" || r.kind === "hard-neg" || r.kind === "neg" ? r.kind : labels.length ? "pos" : "neg";
      row.writer = typeof r.writer === "string" ? r.writer : writer;
      if (fix) corrected++;
      out.push(JSON.stringify(row));
    }
    writeFileSync(join(BANK, file), out.join("\n") + "\n");
    console.log(`${file}: ${out.length} sentences (${corrected} corrected, ${dropped} dropped as malformed or repeated)`);
  }
}

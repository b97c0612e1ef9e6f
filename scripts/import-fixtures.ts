// Writes the rules' own fixtures into the sentence bank (data/sentences/rule-fixtures.jsonl), so the learned layer
// is trained on the phenomena the rules were written for and not only on the writers' voices: each paragraph of a
// rule's invalid.md with an expect line is a positive of the rule's family (its expected span kept), and each line of
// a valid.md on which the whole engine finds no problem is a hard negative. One writer group ("rule-fixtures") in
// cross-validation.
//   node --import tsx scripts/import-fixtures.ts
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { lint } from "../server/src/engine";

const ROOT = join(__dirname, "..");
const RULES = join(ROOT, "rules");
const OUT = join(ROOT, "data", "sentences", "rule-fixtures.jsonl");
const EXPECT_RE = /<!-- expect: ([\w-]+\/[\w-]+) «([\s\S]*?)» -->/g;

interface BankLine {
  text: string;
  labels: string[];
  rule?: string;
  span?: string;
  kind: "pos" | "hard-neg";
  writer: "rule-fixtures";
}

/** The paragraphs of a fixture file, without headings and front matter. */
function paragraphs(text: string): string[] {
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, "")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith("#"));
}

const out: BankLine[] = [];
const seen = new Set<string>();
for (const family of readdirSync(RULES).filter((f) => !f.includes("."))) {
  for (const name of readdirSync(join(RULES, family))) {
    const rule = `${family}/${name}`;
    const invalid = join(RULES, family, name, "invalid.md");
    const valid = join(RULES, family, name, "valid.md");
    if (existsSync(invalid)) {
      for (const p of paragraphs(readFileSync(invalid, "utf8"))) {
        const expects = [...p.matchAll(EXPECT_RE)];
        const text = p.replace(EXPECT_RE, "").trim();
        if (!expects.length || !text || seen.has(text)) continue;
        seen.add(text);
        const span = expects[0]![2]!;
        out.push({ text, labels: [family], rule, ...(span !== text && text.includes(span) ? { span } : {}), kind: "pos", writer: "rule-fixtures" });
      }
    }
    if (existsSync(valid)) {
      for (const p of paragraphs(readFileSync(valid, "utf8"))) {
        for (const line of p.split("\n").map((l) => l.trim())) {
          if (line.length < 12 || line.startsWith("<!--") || seen.has(line)) continue;
          // Innocent for its own rule by construction; kept only when no rule of any family flags it either.
          if (lint(line + "\n").findings.some((f) => f.severity === "error" || f.severity === "warning")) continue;
          seen.add(line);
          out.push({ text: line, labels: [], kind: "hard-neg", writer: "rule-fixtures" });
        }
      }
    }
  }
}
writeFileSync(OUT, out.map((l) => JSON.stringify(l)).join("\n") + "\n");
console.log(`${out.filter((l) => l.kind === "pos").length} positives, ${out.filter((l) => l.kind === "hard-neg").length} hard negatives -> ${OUT}`);

// Rewrites the README's rule table from the catalog: `node --import tsx scripts/rule-table.ts`.
// test/rules/catalog.test.ts fails when the table and the catalog drift apart.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ALL_RULE_METAS, upworkRule } from "../server/src/engine";

const README = join(__dirname, "..", "README.md");
const rows = ALL_RULE_METAS.map((m) => `| [\`${m.id}\`](rules/${m.id}/README.md) | ${m.title} | ${m.upworkRule}. ${upworkRule(m.upworkRule)!.title} | ${m.severity} | ${m.fix ? "yes" : "no"} |`);
const text = readFileSync(README, "utf8");
const header = "| rule | what it finds | Upwork rule | default | quick fix |\n|---|---|---|---|---|\n";
const start = text.indexOf(header);
if (start < 0) throw new Error("README has no rule table header");
let end = start + header.length;
while (text.startsWith("| [`", end)) end = text.indexOf("\n", end) + 1;
writeFileSync(README, text.slice(0, start) + header + rows.join("\n") + "\n" + text.slice(end));
console.log(`${rows.length} rules written to README.md`);

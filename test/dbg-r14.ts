import { readFileSync } from "node:fs";
import { fixedOutput, loadGolden } from "./rewrites/golden-score";
const ids = process.argv.slice(2);
for (const c of loadGolden(__dirname + "/rewrites/golden-10.jsonl")) {
  if (!ids.includes(c.id)) continue;
  const n = Number(/\d+$/.exec(c.id)![0]); if (n % 2 === 0) throw new Error("check half");
  console.error("==", c.id, c.before, "| span:", c.span);
  console.error("->", fixedOutput(c, "given"));
}

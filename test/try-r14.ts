import { fixAll, lint, applyEdits, type Finding } from "../server/src/engine";
import { attachFixes, plansFromCatalog } from "../server/src/engine/rewrite/sentence-fixes";
function rewritten(text: string, ruleId: string, span: string): string {
  const start = text.indexOf(span);
  const finding: Finding = { ruleId, family: ruleId.split("/")[0] as Finding["family"], severity: "error", message: "", start, end: start + span.length };
  attachFixes([finding], text, plansFromCatalog([finding]));
  return finding.fix ? applyEdits(text, finding.fix.edits).text : text;
}
const rows = JSON.parse(process.argv[2]!) as [string, string, string][];
for (const [t, r, s] of rows) console.log(JSON.stringify(t), "\n  ->", JSON.stringify(rewritten(t, r, s)), "\n  lint:", JSON.stringify(fixAll(t, (x) => lint(x).findings).text));

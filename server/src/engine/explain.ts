// The explanation shown in hovers and `--explain`: what is wrong, the Upwork rule, exceptions, the fix.

import { docsUrl, findRuleMeta, upworkRule } from "./registry";

/** Markdown explaining a rule, optionally headed by a finding's own message. */
export function explainRule(ruleId: string, findingMessage?: string): string | undefined {
  const m = findRuleMeta(ruleId);
  if (!m) return undefined;
  const cited = upworkRule(m.upworkRule);
  const lines = [`**${m.title}** (\`${m.id}\`)`, ""];
  if (findingMessage) lines.push(findingMessage, "");
  lines.push(m.explanation, "");
  if (cited) lines.push(`**Upwork rule ${cited.number}: ${cited.title}**`, "", `> ${cited.quote}`, "", `Source: ${cited.source}`, "");
  if (m.exceptions.length) lines.push("**Exceptions**", "", ...m.exceptions.map((e) => `- ${e}`), "");
  lines.push(m.fix ? `**How to fix:** rewrite it as on-platform, e.g. "${m.fix}".` : "**How to fix:** remove or rewrite this sentence; there is no automatic rewrite for it.");
  lines.push("", `[Rule documentation](${docsUrl(m.id)})`);
  return lines.join("\n");
}

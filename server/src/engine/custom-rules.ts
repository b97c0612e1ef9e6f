// Team-specific patterns from a config file. They run on RE2 (npm `re2js`), whose matching time is
// linear in the text whatever the pattern, so a workspace's pattern cannot hang the editor; a
// pattern RE2 cannot compile (backreferences, lookaround) is refused with a message.

import { RE2JS } from "re2js";
import type { ParsedDocument } from "./markdown";
import type { CustomRule, Finding } from "./types";

const compiled = new Map<string, RE2JS | Error>();

/** Compiles a custom pattern once; an Error says why it is refused. */
export function compileCustomPattern(pattern: string): RE2JS | Error {
  let re = compiled.get(pattern);
  if (!re) {
    try {
      re = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
    } catch (err) {
      re = new Error(`pattern is not supported by the linear-time matcher (RE2 syntax, no backreferences or lookaround): ${(err as Error).message}`);
    }
    if (compiled.size > 500) compiled.clear();
    compiled.set(pattern, re);
  }
  return re;
}

/** Findings of the custom rules over a document's prose. */
export function customFindings(doc: ParsedDocument, rules: readonly CustomRule[]): Finding[] {
  const out: Finding[] = [];
  const view = doc.prose;
  for (const rule of rules) {
    const re = compileCustomPattern(rule.pattern);
    if (re instanceof Error) continue;
    const m = re.matcher(view.text);
    let guard = 0;
    while (m.find() && guard++ < 10_000) {
      if (m.end() === m.start()) continue;
      const { start, end } = view.toSource(m.start(), m.end());
      out.push({ ruleId: rule.id, family: rule.family, severity: rule.severity ?? "warning", message: rule.message, start, end });
    }
  }
  return out;
}

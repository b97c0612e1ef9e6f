// What a finding says: the message quoting what was found, the short hover summary, and the full
// rule page (`explainRule`, for "Show Rule" and `--explain`).

import { docsUrl, findRuleMeta, upworkRule } from "./registry";
import type { Finding } from "./types";

/** Longest quote of the flagged text in a message, in UTF-16 units; longer ones are cut (at a word end when one is near) with "…". */
export const MAX_QUOTE = 40;

/**
 * The flagged text as a message quotes it: whitespace collapsed, cut to `max` UTF-16 units with "…"
 * (never inside a surrogate pair). "" for blank text.
 */
export function quoteFound(text: string, max = MAX_QUOTE): string {
  // Only the head can be shown: a finding spanning a 1 MB line costs no more than a short one.
  const body = text.slice(Math.max(0, text.search(/\S/)));
  const head = body.length > max * 4 ? body.slice(0, max * 4) : body;
  const flat = trimPunctuation(head.replace(/\s+/g, " "));
  if (!flat || (flat.length <= max && head === body)) return flat;
  let cut = max - 1;
  if (/[\uD800-\uDBFF]/.test(flat[cut - 1] ?? "")) cut--;
  // End at a word boundary when one is near, so the quote does not end mid-word.
  const space = flat.lastIndexOf(" ", cut);
  if (space > cut - 12 && space > 0) cut = space;
  return flat.slice(0, cut).trimEnd() + "…";
}

const EDGE = new Set([" ", ":", ";", ","]);

/** Drops spaces and clause punctuation at both ends (a loop: no regex backtracking over long runs). */
function trimPunctuation(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE.has(s[a]!)) a++;
  while (b > a && EDGE.has(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/** A rule message followed by the quoted finding, like cspell's "Unknown word (xyz)": `Email address shared before a contract ("jane@x.com")`. */
export function messageWithQuote(message: string, found: string): string {
  const quote = quoteFound(found);
  return quote ? `${message.replace(/\.$/, "")} ("${quote}")` : message;
}

/**
 * Escapes text so that markdown shows it as written (`<<budget>>` stays `<<budget>>`, `[Name]` no
 * link, `*` no emphasis) and quoted emails and URLs are not turned into links (`@`, `:`, `www.`).
 * For text inside a line: block markers (`#`, `-` at a line start) are kept.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~&@:]/g, (c) => "\\" + c).replace(/\b(www)\./gi, "$1\\.");
}

/** Links a hover offers; `rulePage` opens the full page in the editor (a command link), `docs` online. */
export interface HoverLinks {
  rulePage?: (ruleId: string) => string;
  docs?: (ruleId: string) => string;
}

/**
 * The hover for one finding, in markdown, a few lines: what was found (the finding's own message),
 * which Upwork rule (or that it is a style note), the fix in one line, and links to the rule page.
 * Returns undefined for an unknown rule id. All finding text is escaped.
 */
export function hoverSummary(f: Finding, links: HoverLinks = {}): string | undefined {
  const m = findRuleMeta(f.ruleId);
  if (!m) return undefined;
  const cited = upworkRule(m.upworkRule);
  const filed = m.kind === "style"
    ? `Style note (no Upwork rule broken; it guards against ${cited ? `rule ${cited.number}, ${cited.title.toLowerCase()}` : "mistakes"})`
    : cited ? `Upwork rule ${cited.number}: ${cited.title}` : "";
  const fix = f.fix
    ? `**Fix** (Ctrl+.): ${escapeMarkdown(f.fix.title)}${f.fix.safe ? "" : " (review before applying)"}`
    : m.fix ? `**Fix:** rewrite it as on-platform, e.g. "${escapeMarkdown(m.fix)}".`
    : "**Fix:** rewrite or remove this sentence (no automatic rewrite).";
  const page = links.rulePage?.(m.id);
  const docs = (links.docs ?? docsUrl)(m.id);
  const linkLine = [page ? `[Show rule](${page})` : "", `[\`${m.id}\`](${docs})`].filter(Boolean).join(" · ");
  return [`**${escapeMarkdown(f.message)}**`, "", `${filed}${filed ? ". " : ""}${fix}`, "", linkLine].join("\n");
}

/** Markdown explaining a rule in full (the rule page), optionally headed by a finding's own message. */
export function explainRule(ruleId: string, findingMessage?: string): string | undefined {
  const m = findRuleMeta(ruleId);
  if (!m) return undefined;
  const cited = upworkRule(m.upworkRule);
  const lines = [`**${m.title}** (\`${m.id}\`)`, ""];
  if (findingMessage) lines.push(escapeMarkdown(findingMessage), "");
  lines.push(m.explanation, "");
  if (cited) lines.push(`**${m.kind === "style" ? "Guards" : "Upwork"} rule ${cited.number}: ${cited.title}**`, "", `> ${cited.quote}`, "", `Source: ${cited.source}`, "");
  if (m.exceptions.length) lines.push("**Exceptions**", "", ...m.exceptions.map((e) => `- ${e}`), "");
  lines.push(m.fix ? `**How to fix:** rewrite it as on-platform, e.g. "${m.fix}".` : "**How to fix:** rewrite or remove it; Ctrl+. offers a rewrite where one is known.");
  lines.push("", `[Rule documentation](${docsUrl(m.id)})`);
  return lines.join("\n");
}

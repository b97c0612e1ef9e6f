// A template as the plain text a client reads in Upwork's cover-letter box: front matter, HTML
// comments (directives included) and markdown markup removed; list bullets, numbering and line
// breaks kept. Used by "Proposal Lint: Copy for Upwork" and `proposal-lint export`.

import { parseDocument } from "./markdown";
import { placeholdersOf } from "./library/placeholders";
import { LineIndex } from "./positions";
import type { Finding } from "./types";

const COMMENT_RE = /[ \t]?<!--[\s\S]*?(?:-->|$)/g;
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING_RE = /^ {0,3}#{1,6}(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE_RE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const RULE_RE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const QUOTE_RE = /^ {0,3}>[ \t]?/;
const BULLET_RE = /^([ \t]*)[-*+][ \t]+/;
const TABLE_SEPARATOR_RE = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
const TABLE_ROW_RE = /^[ \t]*\|(.*)\|[ \t]*$/;

/** Inline markup, in the order it is undone: each pattern is one span, each replacement keeps its text. */
const INLINE: [RegExp, string | ((...m: string[]) => string)][] = [
  [/`([^`\n]+)`/g, "$1"],
  [/!\[([^\]\n]*)\]\([^)\n]*\)/g, "$1"],
  [/\[([^\]\n]+)\]\(([^)\s]+)(?:[ \t]+"[^"\n]*")?\)/g, (_m, text, url) => (text === url || `mailto:${text}` === url ? url! : `${text} (${url})`)],
  [/<((?:https?|mailto):[^>\s]+)>/g, "$1"],
  [/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, "$2"],
  [/(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g, "$1"],
  [/(?<![\w_])_(?=\S)([^_\n]*?\S)_(?![\w_])/g, "$1"],
  [/~~(?=\S)([^~\n]*?\S)~~/g, "$1"],
  [/\\([\\`*_{}[\]()#+\-.!<>|~])/g, "$1"],
];

function inlineToPlain(line: string): string {
  let out = line;
  for (const [re, replacement] of INLINE) out = out.replace(re, replacement as string);
  return out;
}

/**
 * The plain text a client would read for a markdown template. Lines end as in the source (\n or
 * \r\n); runs of blank lines become one; leading and trailing blank lines are dropped. Code blocks
 * keep their content without fences. Placeholders are left as written.
 */
export function toPlainText(source: string): string {
  const eol = source.includes("\r\n") ? "\r\n" : "\n";
  const doc = parseDocument(source);
  let body = doc.frontMatter ? source.slice(doc.frontMatter.end) : source.replace(/^\uFEFF/, "");
  // A line that held only a comment goes entirely; a comment inside a line leaves the rest.
  body = body.replace(/^[ \t]*<!--[\s\S]*?(?:-->|$)[ \t]*(?:\r?\n|$)/gm, "").replace(COMMENT_RE, "");
  const out: string[] = [];
  let fence: string | undefined;
  for (const raw of body.split(/\r?\n/)) {
    const fenceOpen = FENCE_RE.exec(raw);
    if (fence) {
      if (fenceOpen && fenceOpen[1]![0] === fence[0] && fenceOpen[1]!.length >= fence.length) fence = undefined;
      else out.push(raw);
      continue;
    }
    if (fenceOpen) {
      fence = fenceOpen[1];
      continue;
    }
    let line = raw.replace(/[ \t]+$/, "").replace(/\\$/, "");
    if (RULE_RE.test(line)) {
      out.push("");
      continue;
    }
    if (SETEXT_UNDERLINE_RE.test(line) && out.length && out[out.length - 1] !== "") continue;
    if (TABLE_SEPARATOR_RE.test(line) && line.includes("-") && line.includes("|")) continue;
    const row = TABLE_ROW_RE.exec(line);
    if (row) line = row[1]!.split("|").map((c) => c.trim()).join(" | ");
    const heading = HEADING_RE.exec(line);
    if (heading) line = heading[1]!;
    while (QUOTE_RE.test(line)) line = line.replace(QUOTE_RE, "");
    const bullet = BULLET_RE.exec(line);
    line = bullet ? `${bullet[1]}- ${inlineToPlain(line.slice(bullet[0].length))}` : inlineToPlain(line);
    out.push(line);
  }
  const collapsed: string[] = [];
  for (const line of out) {
    if (line === "" && (collapsed.length === 0 || collapsed[collapsed.length - 1] === "")) continue;
    collapsed.push(line);
  }
  while (collapsed.length && collapsed[collapsed.length - 1] === "") collapsed.pop();
  return collapsed.join(eol) + (collapsed.length ? eol : "");
}

export type ExportResult = { ok: true; text: string } | { ok: false; reasons: string[] };

/**
 * The plain text of a template ready to send, or why it is not: unfilled placeholders, and
 * error-level findings (`findings` are the template's, from `lint` and the library pass).
 * Reasons name lines 1-based.
 */
export function exportBlockers(source: string, findings: readonly Finding[]): ExportResult {
  const doc = parseDocument(source);
  const lines = new LineIndex(source);
  const at = (offset: number) => `line ${lines.lineOf(offset) + 1}`;
  const reasons: string[] = [];
  const placeholders = placeholdersOf(doc);
  if (placeholders.length) {
    const shown = placeholders.slice(0, 5).map((p) => `${p.raw} (${at(p.start)})`).join(", ");
    reasons.push(`${placeholders.length} unfilled placeholder${placeholders.length === 1 ? "" : "s"}: ${shown}${placeholders.length > 5 ? ", …" : ""}`);
  }
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.length) {
    const shown = errors.slice(0, 5).map((f) => `${f.ruleId} (${at(f.start)})`).join(", ");
    reasons.push(`${errors.length} error${errors.length === 1 ? "" : "s"}: ${shown}${errors.length > 5 ? ", …" : ""}`);
  }
  return reasons.length ? { ok: false, reasons } : { ok: true, text: toPlainText(source) };
}

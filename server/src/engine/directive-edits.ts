// Where "disable this rule for this line / file" puts its directive comment, so that it never
// splits a table or lands inside a code block.

import { parseDocument } from "./markdown";
import { LineIndex } from "./positions";
import type { TextEdit } from "./types";

const TABLE_ROW_RE = /^\s*\|/;

/** Edits that disable `ruleId` for the line holding `offset`. */
export function disableForLineEdits(source: string, ruleId: string, offset: number): TextEdit[] {
  const eol = source.includes("\r\n") ? "\r\n" : "\n";
  const lines = new LineIndex(source);
  const line = lines.lineOf(offset);
  const lineText = (n: number) => source.slice(lines.lineStart(n), lines.lineEnd(n));
  const doc = parseDocument(source);
  const fence = doc.code.find((c) => offset >= c.start && offset < c.end && source.startsWith("```", c.start) || (offset >= c.start && offset < c.end && source.startsWith("~~~", c.start)));
  let block: { first: number; last: number } | undefined;
  if (fence) block = { first: lines.lineOf(fence.start), last: lines.lineOf(Math.max(fence.start, fence.end - 1)) };
  else if (TABLE_ROW_RE.test(lineText(line))) {
    let first = line;
    let last = line;
    while (first > 0 && TABLE_ROW_RE.test(lineText(first - 1))) first--;
    while (last + 1 < lines.lineCount && TABLE_ROW_RE.test(lineText(last + 1))) last++;
    block = { first, last };
  }
  if (block) {
    return [
      { start: lines.lineStart(block.first), end: lines.lineStart(block.first), text: `<!-- proposal-lint-disable ${ruleId} -->${eol}` },
      { start: lines.lineEnd(block.last), end: lines.lineEnd(block.last), text: `${eol}<!-- proposal-lint-enable ${ruleId} -->` },
    ];
  }
  const indent = /^[ \t]*/.exec(lineText(line))![0];
  const at = lines.lineStart(line);
  return [{ start: at, end: at, text: `${indent}<!-- proposal-lint-disable-next-line ${ruleId} -->${eol}` }];
}

/** The edit that disables `ruleId` for the whole file, placed right after any front matter. */
export function disableForFileEdits(source: string, ruleId: string): TextEdit[] {
  const eol = source.includes("\r\n") ? "\r\n" : "\n";
  const fm = parseDocument(source).frontMatter;
  let at = fm ? fm.end : 0;
  let prefix = "";
  if (fm) {
    if (source.startsWith("\r\n", at)) at += 2;
    else if (source.startsWith("\n", at)) at += 1;
    else prefix = eol;
  } else if (source.charCodeAt(0) === 0xfeff) at = 1;
  return [{ start: at, end: at, text: `${prefix}<!-- proposal-lint-disable-file ${ruleId} -->${eol}` }];
}

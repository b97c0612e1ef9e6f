// Context across soft line breaks: a markdown paragraph wrapped at 80 columns is one sentence, so
// "call our\nmanager: 0772 ..." has its phone word on the line before the number.

/** True when a line starts its own block: a list item, table row, heading, quote or blank. */
function startsBlock(line: string): boolean {
  return /^\s*(?:$|[-*+]\s|\d{1,3}[.)]\s|\||#|>)/.test(line);
}

/**
 * Up to `max` characters before `offset` within its paragraph, soft line breaks read as spaces.
 * A line that starts a list item, table row or heading does not reach back into the line above.
 */
export function paragraphBefore(text: string, offset: number, max = 80): string {
  let lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let out = text.slice(lineStart, offset);
  while (out.length < max && lineStart > 0 && !startsBlock(text.slice(lineStart, text.indexOf("\n", lineStart) < 0 ? text.length : text.indexOf("\n", lineStart)))) {
    const prevStart = text.lastIndexOf("\n", lineStart - 2) + 1;
    const prev = text.slice(prevStart, lineStart - 1);
    if (/^\s*(?:$|#)/.test(prev) || /^\s*\|/.test(prev)) break;
    out = prev + " " + out;
    lineStart = prevStart;
  }
  return out.slice(-max);
}

/** Up to `max` characters after `offset` within its paragraph, soft line breaks read as spaces. */
export function paragraphAfter(text: string, offset: number, max = 120): string {
  const para = text.indexOf("\n\n", offset);
  const end = Math.min(para < 0 ? text.length : para, offset + max);
  let out = "";
  for (const [i, line] of text.slice(offset, end).split("\n").entries()) {
    if (i > 0 && startsBlock(line)) break;
    out += (i > 0 ? " " : "") + line;
  }
  return out;
}

/** The sentence holding `[start, end)`, reading across soft line breaks of its paragraph. */
export function sentenceInParagraph(text: string, start: number, end: number): string {
  const before = paragraphBefore(text, start, 300);
  const s = Math.max(before.lastIndexOf(". "), before.lastIndexOf("! "), before.lastIndexOf("? "));
  const after = paragraphAfter(text, end, 300);
  const e = after.search(/[.!?](?:\s|$)/);
  return before.slice(s + 1) + text.slice(start, end) + (e < 0 ? after : after.slice(0, e + 1));
}

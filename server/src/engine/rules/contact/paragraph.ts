// Context across soft line breaks: a markdown paragraph wrapped at 80 columns is one sentence, so
// "call our\nmanager: 0772 ..." has its phone word on the line before the number. Every scan is
// bounded by the characters asked for, so a 1 MB line costs no more than a short one.

/** True when a line starts its own block: a list item, table row, heading, quote or blank. */
function startsBlock(lineHead: string): boolean {
  return /^\s*(?:$|[-*+]\s|\d{1,3}[.)]\s|\||#|>)/.test(lineHead);
}

/** The start of the line holding `offset`, looking back at most `max` characters (else `offset - max`). */
function lineStartWithin(text: string, offset: number, max: number): { start: number; found: boolean } {
  const floor = Math.max(0, offset - max);
  for (let i = offset - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return { start: i + 1, found: true };
  return { start: floor, found: floor === 0 };
}

/** The first characters of the line starting at `start`, up to its end. */
function lineHead(text: string, start: number): string {
  const head = text.slice(start, start + 12);
  const nl = head.indexOf("\n");
  return nl < 0 ? head : head.slice(0, nl);
}

/**
 * Up to `max` characters before `offset` within its paragraph, soft line breaks read as spaces.
 * A line that starts a list item, table row or heading does not reach back into the line above.
 */
export function paragraphBefore(text: string, offset: number, max = 80): string {
  let { start, found } = lineStartWithin(text, offset, max);
  let out = text.slice(start, offset);
  while (found && start > 0 && out.length < max && !startsBlock(lineHead(text, start))) {
    const prev = lineStartWithin(text, start - 1, max - out.length);
    const prevLine = text.slice(prev.start, start - 1);
    if (/^\s*(?:$|#|\|)/.test(prevLine)) break; // a blank line, a heading or a table row above
    out = prevLine + " " + out;
    start = prev.start;
    found = prev.found;
  }
  return out.slice(-max);
}

/** Up to `max` characters after `offset` within its paragraph, soft line breaks read as spaces. */
export function paragraphAfter(text: string, offset: number, max = 120): string {
  const window = text.slice(offset, offset + max);
  const para = window.indexOf("\n\n");
  let out = "";
  for (const [i, line] of (para < 0 ? window : window.slice(0, para)).split("\n").entries()) {
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

// Text that is mentioned, not said: a heading that is wholly a quotation ('### "What's your
// WhatsApp?"', '# SOP 07 — "Can I pay by PayPal?"') names the question a playbook answers below it.
// The template's writer is not asking it, so no rule reports inside it (the learned layer already
// leaves headings unjudged: classifier/gates.ts).

/** A heading line: its marks, an optional label ending in a dash or colon, then the quotation. */
const QUOTED_HEADING_RE = /^[ \t]{0,3}#{1,6}[ \t]+(?:[^"“«\n]{0,40}?[—–:-][ \t]*)?(["“«])[^\n]*?(["”»])[ \t]*[?!.:]*[ \t]*#*[ \t]*$/gm;
const CLOSING: Record<string, string> = { '"': '"', "“": "”", "«": "»" };

/**
 * The [start, end) source ranges of quotations that make up a whole heading, in source order.
 * The closing mark must match the opening one; a heading with text after its quotation is said.
 */
export function quotedHeadingRanges(source: string): [number, number][] {
  if (!/^[ \t]{0,3}#/m.test(source)) return [];
  const out: [number, number][] = [];
  QUOTED_HEADING_RE.lastIndex = 0;
  for (let m = QUOTED_HEADING_RE.exec(source); m; m = QUOTED_HEADING_RE.exec(source)) {
    const [line, open, close] = m as unknown as [string, string, string];
    if (CLOSING[open] !== close) continue;
    // From the heading's text (its label with it: "SOP 07 — ") to the closing mark.
    const start = m.index + (/^[ \t]*#+[ \t]+/.exec(line)?.[0].length ?? 0);
    const end = m.index + line.lastIndexOf(close) + 1;
    out.push([start, end]);
  }
  return out;
}

/** True when [start, end) lies inside one of `ranges` (from quotedHeadingRanges). */
export function insideRanges(ranges: readonly [number, number][], start: number, end: number): boolean {
  return ranges.some(([s, e]) => s <= start && end <= e);
}

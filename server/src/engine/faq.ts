// Questions in a FAQ that the template answers with a refusal: "**Q1. May we pay by bank transfer to
// save fees?** / A1. No. All payments are processed through Upwork." The question is the client's,
// reported to be turned down; the writer offers nothing there. An answer that does not refuse ("A:
// Yes, sure") leaves the question's findings standing, since the answer alone names no act.

import { promisesCompliance } from "./patterns/intent";

/** A FAQ question line: "Q1.", "**Q:", "Question 3)" at its start, and a question mark. */
const QUESTION_LINE_RE = /^[\s>*_#-]{0,6}(?:Q\d{0,3}|Question(?:\s{0,2}\d{1,3})?)\s{0,2}[.:)\-–]/i;
/** An answer's label: "A1.", "**A:", "Answer 3)". */
const ANSWER_LABEL = String.raw`^[\s>*_-]{0,6}(?:A\d{0,3}|Answer(?:\s{0,2}\d{1,3})?)\s{0,2}[.:)\-–]`;
const ANSWER_LABEL_RE = new RegExp(ANSWER_LABEL, "i");
/** The label, then a refusal: "A1. No.", "A: Never", "Answer: Sorry, we don't". */
const REFUSAL = String.raw`(?:no\b|nope\b|never\b|not\b|sorry\b|unfortunately\b|(?:we|i)\s{1,3}(?:don['’]t|do\s{1,3}not|never|can['’]t|cannot|won['’]t)|(?:we|i)\s{1,3}(?:prefer|keep|stay|use)\s{1,3}(?:[\w'’]+\s{1,3}){0,2}?upwork)`;
const REFUSED_ANSWER_RE = new RegExp(String.raw`${ANSWER_LABEL}\s{0,3}[*_]{0,2}\s{0,2}${REFUSAL}`, "i");
/** A question and its answer on one line, after a dash or a colon: "- *Do you accept payment by Wise?* — Not for this work". */
const INLINE_QUESTION_RE = /^[\s>*_-]{0,6}[^?\n]{5,200}\?[*_]{0,2}\s{0,3}[—–:-]{1,2}\s{0,3}/;
const REFUSAL_RE = new RegExp(String.raw`^[*_]{0,2}\s{0,2}${REFUSAL}`, "i");

/** The line of `source` holding `offset`: [start, end). */
function lineAt(source: string, offset: number): [number, number] {
  const start = source.lastIndexOf("\n", offset - 1) + 1;
  const nl = source.indexOf("\n", offset);
  return [start, nl < 0 ? source.length : nl];
}

/**
 * True when `[start, end)` lies on a FAQ question line (QUESTION_LINE_RE, with a "?") whose next
 * non-blank line is its answer and refuses (REFUSED_ANSWER_RE) or promises to stay on Upwork, or
 * in the question of a line that answers it after a dash or colon with a refusal or such a promise.
 * Offsets are UTF-16 units of `source`.
 */
export function insideRefusedFaqQuestion(source: string, start: number, end: number): boolean {
  // A finding may run on over the answer's label ("...save fees?**\nA1"): it is read from its start.
  const [lineStart, lineEnd] = lineAt(source, start);
  if (end > lineEnd + 8) return false;
  const line = source.slice(lineStart, lineEnd);
  const inline = INLINE_QUESTION_RE.exec(line);
  if (inline && end <= lineStart + inline[0].length) {
    const answer = line.slice(inline[0].length);
    if (REFUSAL_RE.test(answer) || promisesCompliance(answer)) return true;
  }
  if (!QUESTION_LINE_RE.test(line) || !line.includes("?")) return false;
  let next = lineEnd + 1;
  while (next < source.length && /^[ \t\r]*$/.test(source.slice(next, lineAt(source, next)[1]))) next = lineAt(source, next)[1] + 1;
  if (next >= source.length) return false;
  const answer = source.slice(next, lineAt(source, next)[1]);
  return REFUSED_ANSWER_RE.test(answer) || (ANSWER_LABEL_RE.test(answer) && promisesCompliance(answer));
}

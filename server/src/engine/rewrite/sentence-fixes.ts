// Fixes as one rewrite per sentence: the findings with a phrasebook that share a sentence get one
// fix, the same single edit, whatever rules found them; other fixes replace their own span.

import { LEXICON } from "./lexicon";
import { findRuleMeta } from "../registry";
import type { Finding, Fix, Phrasebook, TextEdit } from "../types";
import { rewriteSentence } from "./rewrite-sentence";
import type { SentenceRewrite } from "./targets";
import { sentenceAround, type Sentence } from "./sentence";
import { onlyArgues } from "./justifications";

/** How a finding may be fixed, kept beside it until the sentence rewrites are built. */
export interface FixPlan {
  /** The rule's phrasebook: the finding is rewritten with the rest of its sentence. */
  book?: Phrasebook;
  /** A token fix (a placeholder's corrected spelling) for rules without a phrasebook. */
  replacement?: string;
  removable: boolean;
  safe: boolean;
}

/** Fix plans from the rules' catalog entries, for findings made outside `lint` (tests, tools). */
export function plansFromCatalog(findings: Finding[]): Map<Finding, FixPlan> {
  const plans = new Map<Finding, FixPlan>();
  for (const f of findings) {
    const book = findRuleMeta(f.ruleId)?.phrasebook;
    if (book) plans.set(f, { book, removable: false, safe: true });
  }
  return plans;
}

/** Sets `fix` on each finding that `plans` gives a way to fix (sorted or not; `findings` is not reordered). */
export function attachFixes(findings: Finding[], source: string, plans: Map<Finding, FixPlan>): void {
  for (const f of findings) {
    const plan = plans.get(f);
    if (plan?.replacement !== undefined) f.fix = { title: `Replace with "${plan.replacement}"`, edits: [{ start: f.start, end: f.end, text: plan.replacement }], safe: plan.safe };
  }
  const rewritable = findings.filter((f) => plans.get(f)?.book).sort((a, b) => a.start - b.start);
  const protect = findings.map((f) => [f.start, f.end] as const);
  const groups: { sentence: Sentence; members: Finding[] }[] = [];
  for (const f of rewritable) {
    const sentence = sentenceAround(source, cellStart(source, f), evidenceEnd(source, f), protect);
    const last = groups[groups.length - 1];
    if (last && sentence.start < last.sentence.close) {
      const joins = [...new Set([...(last.sentence.joins ?? []), ...(sentence.joins ?? []), ...(sentence.start >= last.sentence.end ? [last.sentence.end] : [])])];
      last.sentence = { start: Math.min(last.sentence.start, sentence.start), end: Math.max(last.sentence.end, sentence.end), close: Math.max(last.sentence.close, sentence.close), joins };
      last.members.push(f);
    } else groups.push({ sentence, members: [f] });
  }
  for (const { sentence, members } of groups) {
    const targets = members.map((f) => {
      const plan = plans.get(f)!;
      return { start: cellStart(source, f), end: evidenceEnd(source, f), family: f.family, rule: f.ruleId, book: plan.book!, removable: plan.removable, keepsPunctuation: KEEPS_PUNCTUATION.has(f.ruleId), clauseLevel: f.family !== "contact" || f.ruleId === "contact/request" };
    });
    const safe = members.every((f) => plans.get(f)!.safe);
    // Built on first read: diagnostics need no rewrite, and rewriting is most of a dirty file's lint
    // time; code actions, hovers, fix-all and JSON output read `fix` and get the same value as before.
    let built: Fix | null | undefined;
    const fixOfGroup = (): Fix | undefined => {
      if (built === undefined) {
        const found = rewriteSentence(source, sentence, targets);
        const rewrite = found && withoutArguingFollower(source, sentence, relabelledRow(source, found, targets));
        built = rewrite ? { title: fixTitle(rewrite), edits: [trimmedEdit(source, rewrite)], safe } : null;
      }
      return built ?? undefined;
    };
    for (const f of members) lazyFix(f, fixOfGroup);
  }
}

/**
 * Gives `f` an enumerable `fix` that is computed by `compute` on first read and then kept as a plain
 * property (or removed, when there is no rewrite), so spreads, JSON and deep equality see a data property.
 */
function lazyFix(f: Finding, compute: () => Fix | undefined): void {
  Object.defineProperty(f, "fix", {
    configurable: true,
    enumerable: true,
    get(this: Finding): Fix | undefined {
      const fix = compute();
      if (fix) Object.defineProperty(this, "fix", { value: fix, writable: true, enumerable: true, configurable: true });
      else delete this.fix;
      return fix;
    },
    set(this: Finding, value: Fix | undefined) {
      Object.defineProperty(this, "fix", { value, writable: true, enumerable: true, configurable: true });
    },
  });
}

/** Where a finding's evidence ends: a smiley closing it is the sentence's own ("... until you open the chat :)"). */
// (nor a bracket it opens and leaves after a word with no detail's marks: "555-0182 (9|–5 EST)" is the number, the hours are the sentence's)
function evidenceEnd(source: string, f: Finding): number {
  const cue = cueCell(source, f);
  if (cue) return cue.end;
  const text = source.slice(f.start, f.end);
  const smiley = /[ \t]+[:;=][-']?[()DPp]$/u.exec(text);
  if (smiley && smiley.index > 0) return f.start + smiley.index;
  const opened = /\s*\(([^()]{0,6})$/u.exec(text);
  const lineEnd = source.indexOf("\n", f.end) < 0 ? source.length : source.indexOf("\n", f.end);
  if (opened && opened.index > 0 && !/\d{2,}|@|\.\p{L}/u.test(opened[1]!) && /^[^()]*\)/.test(source.slice(f.end, lineEnd))) return f.start + opened.index;
  // (and a contact detail's closing aside that names no channel or detail, "(9–5 EST)", "(weekdays only)", says when)
  const aside = f.family === "contact" ? /\s*\(([^()]*)\)$/u.exec(text) : null;
  if (aside && aside.index > 0 && /[\d@]|\.\p{L}/u.test(text.slice(0, aside.index)) && !/\d{2,}|@|\.\p{L}/u.test(aside[1]!) && !LEXICON.channelNouns.occursIn(aside[1]!) && !LEXICON.danglingCues.occursIn(aside[1]!)) return f.start + aside.index;
  // (a contact finding that stops before the handle or path it names, "DM me on LinkedIn| at /in/jo-writes", takes it:
  // the handle means nothing once its channel went)
  const handle = f.family === "contact" ? TRAILING_HANDLE_RE.exec(source.slice(f.end, lineEnd)) : null;
  if (handle) return f.end + handle[0].length;
  return f.end;
}

/** A handle, profile path or link right after a contact finding: " at /in/jo-writes", " as /in/jo-writes", " at @jo.design", ": jo.design/portfolio". */
const TRAILING_HANDLE_RE = /^(?:\s+(?:at|as)|\s*:)?\s+(?:(?:\/[\w.-]+)+\/?|@[\w.]{2,}|(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}\/[\w./-]*)(?=[\s,;!?)]|\.?$|\.\s)/u;

/** Where a finding's rewrite starts: in a table row, after the last cell bar inside the finding ("Office | 77 King St"). */
// (a line that only parts its fields with bars, "Address: ... | Languages: ...", is no table row: its fields are the rewriter's)
function cellStart(source: string, f: Finding): number {
  const cue = cueCell(source, f);
  if (cue) return cue.start;
  const inner = source.slice(f.start, f.end).lastIndexOf("|");
  if (inner < 0 || !/^\s*\|/.test(source.slice(source.lastIndexOf("\n", f.start - 1) + 1, f.end))) return f.start;
  const bar = f.start + inner;
  let s = bar + 1;
  while (s < f.end && /\s/.test(source[s]!)) s++;
  return s < f.end ? s : f.start;
}

/**
 * The cell of a table row that holds a finding's evidence, when the finding spans several cells and its last cell
 * names none of its family's cues (lexicon `findingCues`) while an earlier one does: "| Final delivery | All source
 * files + 5★ review discount (10%) | $2,700 |" is rewritten in the middle cell, the price stays. The row's first cell is
 * its label and is not chosen; a bracketed aside that alone holds the cue is chosen inside its cell. Offsets of the cell's
 * text without its padding (or of the aside with its brackets); undefined otherwise.
 */
function cueCell(source: string, f: Finding): { start: number; end: number } | undefined {
  const lineStart = source.lastIndexOf("\n", f.start - 1) + 1;
  if (!/^\s*\|/.test(source.slice(lineStart, f.end)) || !source.slice(f.start, f.end).includes("|")) return undefined;
  const cues = LEXICON.findingCues.get(f.family);
  if (!cues) return undefined;
  const cells: { start: number; end: number }[] = [];
  for (let at = f.start; at < f.end; ) {
    const bar = source.indexOf("|", at);
    const stop = bar < 0 || bar > f.end ? f.end : bar;
    const text = source.slice(at, stop);
    const pad = /^\s*/.exec(text)![0].length;
    if (text.trim()) cells.push({ start: at + pad, end: at + text.trimEnd().length });
    at = stop + 1;
  }
  const firstOfRow = source.slice(lineStart, cells[0]?.start ?? f.start).replace(/[\s|]/g, "") === "";
  const named = cells.map((c, i) => !(i === 0 && firstOfRow) && cues.occursIn(source.slice(c.start, c.end)));
  if (cells.length < 2 || named[named.length - 1]) return undefined;
  const k = named.lastIndexOf(true);
  if (k < 0) return undefined;
  // (an aside in brackets that alone holds the cue is the evidence: "Certified copy + final invoice (let's settle this one by
  // SEPA transfer ...)" keeps what the cell lists)
  const cell = cells[k]!;
  const text = source.slice(cell.start, cell.end);
  const asides = [...text.matchAll(/\(([^()]*)\)/g)].filter((a) => cues.occursIn(a[1]!));
  if (asides.length === 1 && !cues.occursIn(text.slice(0, asides[0]!.index) + text.slice(asides[0]!.index! + asides[0]![0].length))) {
    return { start: cell.start + asides[0]!.index!, end: cell.start + asides[0]!.index! + asides[0]![0].length };
  }
  return cell;
}

/**
 * A table cell rewritten to the contact phrase alone, whose row is labelled by the channel it held ("| Email |
 * jo@x.com |", "| Discord | name#1 |"), has its label say "Contact" too, as a labelled line does ("Email: ..."
 * -> "Contact: via Upwork messages"): the rewrite then reaches back over the label cell. `rewrite` is returned
 * unchanged otherwise (not a table cell, not only contact findings, a label that names no channel).
 */
function relabelledRow(source: string, rewrite: SentenceRewrite, targets: { family: string; book: Phrasebook }[]): SentenceRewrite {
  const lineStart = source.lastIndexOf("\n", rewrite.start - 1) + 1;
  if (!/^[ \t]*\|/.test(source.slice(lineStart, rewrite.start)) || !targets.every((t) => t.family === "contact")) return rewrite;
  if (!targets.some((t) => t.book.signoff.toLowerCase() === rewrite.text.trim().toLowerCase())) return rewrite;
  const cell = /\|([ \t]*)([^|\n]*?)([ \t]*)\|[ \t]*$/.exec(source.slice(lineStart, rewrite.start));
  const label = cell?.[2]?.replace(/^[*_]+|[*_]+$/g, "");
  if (!cell || !label) return rewrite;
  if (!LEXICON.channelRowLabels.has(label.toLowerCase())) return rewrite;
  const labelStart = lineStart + cell.index + 1 + cell[1]!.length;
  const marks = /^[*_]*/.exec(cell[2]!)![0];
  const named = `${marks}${/^\p{Lu}/u.test(label) ? "Contact" : "contact"}${marks}`;
  const text = named + source.slice(labelStart + cell[2]!.length, rewrite.start) + rewrite.text;
  return { ...rewrite, start: labelStart, text, sentence: text + rewrite.sentence.slice(rewrite.text.length) };
}


/**
 * The rewrite without the sentence joined after it that only argued for what was removed, when the rewrite kept
 * it verbatim ("Can I pay you by PayPal for this one? The Upwork fees on small jobs are silly." -> "Can I pay you
 * through Upwork for this one?"): it complains of the platform or is a short verdict (justifications.ts
 * `onlyArgues`, joined by sentence.ts). The text then ends with the first sentence's own mark. `rewrite` is
 * returned unchanged otherwise.
 */
function withoutArguingFollower(source: string, sentence: Sentence, rewrite: SentenceRewrite): SentenceRewrite {
  const join = sentence.joins?.length ? Math.max(...sentence.joins) : undefined;
  if (join === undefined || join <= rewrite.start || rewrite.end !== sentence.end) return rewrite;
  const from = join + /^[.!?…]+["'”’)\]]*\s*/.exec(source.slice(join, sentence.end))![0].length;
  const follower = source.slice(from, sentence.end);
  if (!follower || !onlyArgues(follower)) return rewrite;
  // (the text's terminal stays: only a follower closed by the same mark as the first sentence goes, "... by Telegram.
  // It's easier for me." -> "... here on Upwork."; a question followed by a statement keeps both marks)
  const mark = source.slice(join, from).trim();
  const terminal = source.slice(sentence.end, sentence.close);
  if (mark !== terminal.trim() || rewrite.sentence !== rewrite.text + terminal) return rewrite;
  const at = rewrite.text.lastIndexOf(follower);
  // (a rewrite that already dropped it ends as it should; one that kept it verbatim at its end loses it and the mark before it)
  if (at < 0 || at + follower.length !== rewrite.text.length) return rewrite;
  const text = rewrite.text.slice(0, at).trimEnd();
  if (!text.endsWith(mark)) return rewrite;
  const body = text.slice(0, text.length - mark.length);
  return { ...rewrite, text: body, sentence: body + terminal };
}

/** Rules whose findings hold commas and dashes of their own (an address, a spelled-out number). */
const KEEPS_PUNCTUATION = new Set(["contact/address", "contact/phone"]);

/** A quick fix's title: the whole rewritten sentence, or its rewritten phrase when the sentence is long. */
function fixTitle(rewrite: SentenceRewrite): string {
  const sentence = rewrite.sentence.trim();
  return sentence.length <= 100 ? `Rewrite as "${sentence}"` : `Rewrite the sentence with "${rewrite.phrase.trim()}"`;
}

/** The rewrite as one edit, without the unchanged text at either end. */
function trimmedEdit(source: string, rewrite: SentenceRewrite): TextEdit {
  const before = source.slice(rewrite.start, rewrite.end);
  const after = rewrite.text;
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start: rewrite.start + head, end: rewrite.end - tail, text: after.slice(head, after.length - tail) };
}


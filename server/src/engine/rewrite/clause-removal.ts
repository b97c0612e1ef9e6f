// Removing what offends and tidying the residue: a dependent piece (condition, reason, contrast) goes alone,
// an "otherwise" alternative or a signature line stays, and pieces left dangling go with what they hung on.

import type { Family, Phrasebook } from "../types";
import { stillViolates } from "./verify";
import { LEXICON, WordList } from "./lexicon";
import { rulesFlaggingAlone } from "../alone";
import { RULES } from "../registry";
import type { Sentence } from "./sentence";
import { danglingOf, dangles, isOwnLine, readsWell } from "./reading-checks";
import { upperFirst, words } from "./text";
import type { Region } from "./targets";
import { DETAIL_MARK_RE } from "./sentence-patterns";
import { FRAME_RE } from "./frames";

/** The pieces of `body` between its commas, semicolons and dashes, as [start, end) offsets without the marks. */
function pieceRanges(body: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const m of body.matchAll(PIECE_BREAK_RE)) {
    if (m.index! > at) out.push([at + /^\s*/.exec(body.slice(at))![0].length, m.index!]);
    at = m.index! + m[0].length;
  }
  if (at < body.length) out.push([at + /^\s*/.exec(body.slice(at))![0].length, body.length]);
  return out;
}

/** What may set off a piece: a comma, semicolon or dash (spaced or not). */
const PIECE_BREAK_RE = /\s*(?:[,;]|\s[—–-]|[—–])\s*/gu;

/**
 * The sentence body without each finding that is a dependent piece of its own (lexicon `dependentPieces`: it opens
 * with "if", "when", "because", "but" ... and runs to the next comma, semicolon or dash or the end), when what is
 * left reads on its own and no longer reads as the violation: "I'd appreciate a review—but please only rate me if you
 * can give full marks" -> "I'd appreciate a review"; "I'm happy to sign your NDA here, and if you could also send me
 * your cell, we can iron out the details" -> "I'm happy to sign your NDA here, and we can iron out the details";
 * undefined when a finding is no such piece or the rest would not stand.
 */
export function withoutDependentPieces(source: string, sentence: Sentence, regions: Region[]): string | undefined {
  // (a contact detail's piece is said here on Upwork in its place by the clause rewrites: "if you follow me on X")
  if (regions.some((r) => r.family === "contact" || (r.rule !== undefined && LEXICON.dependentNotForRules.has(r.rule)))) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  let text = body;
  let limit = body.length;
  // (a finding over several pieces whose cues lie in one dependent piece alone is a finding of that piece:
  // detection reads whole sentences, "Although I usually take clients off Upwork after a month, for a project ...")
  const pieces = pieceRanges(body);
  regions = regions.map((r) => {
    const over = pieces.filter(([a, b]) => a < r.end - sentence.start && b > r.start - sentence.start);
    // (the off-platform words are the cues: a feedback finding's words are spread over its pieces)
    const cued = over.filter(([a, b]) => { const t = body.slice(a, b); return LEXICON.offPlatform.occursIn(t) || LEXICON.paymentChannels.occursIn(t) || LEXICON.paymentMethodWords.occursIn(t); });
    if (r.family !== "circumvention" || over.length < 2 || cued.length !== 1 || LEXICON.dependentOpeners.startOf(body.slice(cued[0]![0], cued[0]![1])) === undefined) return r;
    return { ...r, start: sentence.start + cued[0]![0], end: sentence.start + cued[0]![1] };
  });
  for (const r of [...regions].sort((a, b) => b.start - a.start)) {
    const rs = r.start - sentence.start;
    // (the finding's own closing comma is the piece's break: "if you could send me your cell, ")
    const re = rs + body.slice(rs, r.end - sentence.start).replace(/[\s,;—–-]*$/, "").length;
    // (the piece opens where the finding does, after any mark that set it off: "—but please ...")
    let lead = /^[\s,;—–-]*/.exec(body.slice(rs, re))![0].length;
    // (or where its piece does, when the finding is inside a concession or a condition: "Although I usually take clients off Upwork, ...")
    const pieceStart = Math.max(0, ...[...body.slice(0, rs).matchAll(PIECE_BREAK_RE)].map((m) => m.index! + m[0].length));
    if (LEXICON.dependentOpeners.startOf(body.slice(rs + lead, re)) === undefined && LEXICON.dependentOpeners.startOf(body.slice(pieceStart, rs)) !== undefined && !/^but\b/i.test(body.slice(pieceStart).trimStart())) lead = pieceStart + /^[\s*_]*/.exec(body.slice(pieceStart))![0].length - rs;
    const opener = LEXICON.dependentOpeners.startOf(body.slice(rs + lead, re));
    if (opener === undefined || !/(?:^|[\s,;—–-])$/.test(body.slice(0, rs + lead))) return undefined;
    // (a contrast that asks to pay or work another way, or a piece that names a way to pay, is said on Upwork in its
    // place: "..., but for this gig please pay through Upwork", "5% off if you pay me through Upwork")
    if (r.book.swapChannel && (/^but\b/i.test(opener) || LEXICON.paymentChannels.occursIn(body.slice(rs, re)) || LEXICON.paymentMethodWords.occursIn(body.slice(rs, re)))) return undefined;
    // (it runs to the next break after the finding, at most three words further)
    PIECE_BREAK_RE.lastIndex = Math.max(re - 1, rs + lead);
    const brk = PIECE_BREAK_RE.exec(body);
    const pieceEnd = brk ? brk.index : body.length;
    // (findings whose pieces overlap are one piece: the later one was taken already)
    if (words(body.slice(re, pieceEnd)).length > 3 || pieceEnd > limit) return undefined;
    limit = rs + lead;
    const before = text.slice(0, rs + lead).replace(/[\s,;—–-]*$/, "");
    const after = text.slice(pieceEnd);
    if (/^\s*$/.test(after)) {
      // (the question was the piece's: "I'm happy to sign your NDA, could you send me your number?")
      if (source.slice(sentence.end, sentence.close).includes("?")) return undefined;
      text = before;
    } else if (/^\s*,/.test(after)) {
      // (a piece before its main clause, at the start or after a connector, goes with its comma: "If X, we can ...",
      // "..., and if X, we can ..."; a piece after its main clause leaves the comma that set off what follows)
      const fronted = before === "" || /,\s*$/.test(text.slice(0, rs + lead)) || LEXICON.leadingConnectors.endsText(before);
      let rest = fronted ? after.replace(/^\s*,\s*/, "") : after;
      // (a connector on both sides of the piece is said once: "..., and since X, Y, and I hope ..." -> "..., and I hope ...")
      const again = LEXICON.leadingConnectors.startOf(rest);
      if (fronted && again !== undefined && LEXICON.leadingConnectors.endsText(before)) rest = rest.trimStart().slice(again.length).trimStart();
      const joined = before === "" ? rest : `${text.slice(0, rs + lead).replace(/\s*$/, "")}${fronted ? " " : ""}${rest}`;
      text = before === "" && /^\p{Lu}/u.test(body.trimStart()) ? upperFirst(joined) : joined;
    } else return undefined;
  }
  const books = regions.map((r) => r.book);
  const terminal = source.slice(sentence.end, sentence.close);
  const families = new Set(regions.flatMap((r) => (r.family ? [r.family as Family] : [])));
  const rules = new Set(regions.flatMap((r) => (r.rule ? [r.rule] : [])));
  const last = words(text).pop() ?? "";
  if (words(text).length < 4 || LEXICON.leadingConnectors.startOf(last) === last || LEXICON.prepositions.endsText(text) || /[,;:—–-]\s*$/.test(text)) return undefined;
  if (!readsWell(body, text, books) || dangles(text, danglingOf(books)) || LEXICON.offPlatform.occursIn(text) || stillViolates(text + terminal, families, rules)) return undefined;
  if (rulesFlaggingAlone(text + terminal, RULES.filter((r) => families.has(r.meta.family))).length > 0) return undefined;
  return text;
}

/**
 * The alternative a conditional offer gave way to, when the offer held every finding: "If you prefer
 * email, I am at x@y.com, otherwise just reply to this proposal" -> "Just reply to this proposal",
 * "**If you pay outside Upwork I can lower my rate** — otherwise it stays $45/hr" -> "It stays $45/hr";
 * undefined for any other sentence.
 */
export function otherwiseKept(source: string, sentence: Sentence, regions: { start: number; end: number; family?: string; book: Phrasebook }[]): string | undefined {
  const body = source.slice(sentence.start, sentence.end);
  const m = /(?:[,;]|\s[—–-]|[*_]{1,2})\s*(?:or\s+)?(?:otherwise|if not)\b,?\s+/i.exec(body);
  if (!m) return undefined;
  const head = body.slice(0, m.index).replace(/^[\s*_]+/, "");
  // (a finding may take the "just" that opens the alternative: "..., otherwise just| reply")
  const at = sentence.start + m.index + m[0].length + (/^(?:just|simply)\s+/i.exec(body.slice(m.index + m[0].length))?.[0].length ?? 0);
  // (the offer was a condition, and every finding lies in it)
  if (!LEXICON.conditionOpeners.startOf(head) || regions.some((r) => r.end > at)) return undefined;
  const rest = body.slice(m.index + m[0].length);
  if (words(rest).length < 2 || DETAIL_MARK_RE.test(rest.replace(/\$?\d+(?:[.,]\d+)?(?:\/\w+|%)?/g, "")) || dangles(rest, danglingOf(regions.map((r) => r.book)))) return undefined;
  const lead = /^[\s*_]*/.exec(body)![0].replace(/[*_]+/g, "");
  return lead + upperFirst(rest);
}

/**
 * A sign-off or name line whose detail goes and whose name stays: "Best, Jane (Skype: x)" -> "Best, Jane",
 * "— Jane Doe · linkedin.com/in/x" -> "— Jane Doe". The line opens with a closing ("Best,") or a dash and a
 * name, the findings run to its end; undefined for any other sentence.
 */
export function signatureKept(source: string, sentence: Sentence, regions: { start: number; end: number }[]): string | undefined {
  if (!isOwnLine(source, sentence) || source.slice(sentence.end, sentence.close).trim() !== "") return undefined;
  const line = source.slice(sentence.start, sentence.end);
  const name = /^(\s*(?:[—–-]\s*)?)((?:[\p{L}' ]+,\s*)?)(\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2})(?=[\s,·|•—–(-])/u.exec(line);
  if (!name) return undefined;
  const closing = name[2]!.replace(/,\s*$/, "");
  if (closing ? LEXICON.signoffClosings.startOf(closing)?.length !== closing.trim().length : !name[1]!.trim()) return undefined;
  const kept = sentence.start + name[0].length;
  const from = Math.min(...regions.map((r) => r.start));
  if (!/^[\s)\]*_]*$/.test(source.slice(Math.max(...regions.map((r) => r.end)), sentence.end))) return undefined;
  // (a finding that took the whole line, "Kind regards, Jane Doe, 12 High St, Leeds", leaves the name when a detail follows it)
  const rest = source.slice(kept, sentence.end);
  // (between the name and the detail only separators and the detail's label: "Tom (WhatsApp: +44 ...")
  const gap = source.slice(kept, from);
  const labelGap = /^[\s,·|•—–(-]+[\p{L} .-]{1,25}:?\s*$/u.test(gap) && (LEXICON.labelWords.occursIn(gap) || LEXICON.channelNouns.occursIn(gap));
  if (from >= kept ? !/^[\s,·|•—–(-]*$/.test(gap) && !labelGap : !closing || !DETAIL_MARK_RE.test(rest) || !/^[\s,·|•—–(-]/.test(rest)) return undefined;
  return line.slice(0, name[0].length);
}

/**
 * A clause without the verb phrases joined by "and" that point back at the removed part, its subject and
 * modal kept: "I'll add you to the project group and share daily updates" -> "I'll share daily updates";
 * undefined when no such phrase goes or nothing stands.
 */
export function withoutDanglingConjunct(text: string, extra: WordList): string | undefined {
  const parts = text.split(/\s+and\s+/i);
  if (parts.length < 2) return undefined;
  const frame = new RegExp(FRAME_RE.source, "iu").exec(parts[0]!);
  if (!frame || frame.index !== parts[0]!.length - parts[0]!.trimStart().length) return undefined;
  const head = parts[0]!.slice(0, frame.index + frame[0].length);
  const phrases = [parts[0]!.slice(head.length).trim(), ...parts.slice(1).map((p) => p.trim())];
  const kept = phrases.filter((p) => !dangles(p, extra) && !DETAIL_MARK_RE.test(p));
  if (kept.length === 0 || kept.length === phrases.length || kept.some((p) => new RegExp(FRAME_RE.source, "iu").test(p))) return undefined;
  return `${head} ${kept.join(" and ")}`;
}

/** A purpose at the end of a clause: "to keep costs down", "so that you save". (not "to my site", "to me") */
const PURPOSE_TAIL_RE = /\s+(?:in order to|so as to|so that|to)\s+(?!(?:my|our|your|the|a|an|me|us|you|him|her|them|this|that|it)\b)[^—–;,]*$/i;

/** `text` without trailing pieces (after a dash, semicolon or comma, or a purpose) that point back at the removed part; undefined if nothing stands. */
export function withoutDanglingPieces(text: string, extra: WordList): string | undefined {
  let out = text;
  // "takes clients on Upwork after the first project to keep costs down": the purpose was the removed part's.
  const purpose = PURPOSE_TAIL_RE.exec(out);
  // (not a verb's own "to": "Happy to refund ...", "I'd like to ...")
  const head = purpose ? out.slice(0, purpose.index) : "";
  if (purpose && dangles(purpose[0], extra) && !dangles(head, extra) && !LEXICON.verbSlotCues.words.includes(`${head.trim().split(/\s+/).at(-1)!.toLowerCase()} ${purpose[0].trim().split(/\s+/)[0]!.toLowerCase()}`) && head.trim().split(/\s+/).length >= 4) out = head;
  for (let m = /(?:\s[—–-]|[;,])\s+([^—–;,]*)$/.exec(out); m && dangles(m[1]!, extra); m = /(?:\s[—–-]|[;,])\s+([^—–;,]*)$/.exec(out)) out = out.slice(0, m.index);
  // A leading reason goes too: "I'm leaving Upwork soon, so let's sign the retainer on Upwork".
  // (only where the swap to Upwork survives: a dangling main clause is no reason to keep its tail).
  for (let m = /^([^—–;,]*)(?:[;,]|\s[—–-])\s+/.exec(out); m && dangles(m[1]!, extra) && /\bUpwork\b/.test(out.slice(m[0].length)); m = /^([^—–;,]*)(?:[;,]|\s[—–-])\s+/.exec(out)) {
    const rest = out.slice(m[0].length);
    const connector = LEXICON.leadingConnectors.startOf(rest);
    const next = connector ? rest.trimStart().slice(connector.length).trimStart() : rest;
    out = /^\p{Lu}/u.test(text) ? upperFirst(next) : next;
  }
  return out.trim() && !dangles(out, extra) ? out : undefined;
}

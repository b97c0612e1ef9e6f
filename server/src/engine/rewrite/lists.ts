// Findings inside lists: a detail or a way to pay named beside innocent items goes alone, the items stay
// ("send me your Skype ID and the brief" -> "send me the brief"), in running text and in table cells.

import type { Family } from "../types";
import { stillViolates } from "./verify";
import { LEXICON } from "./lexicon";
import { rulesFlaggingAlone } from "../alone";
import { RULES } from "../registry";
import type { Sentence } from "./sentence";
import type { SentenceRewrite, Region } from "./targets";
import { danglingOf, dangles, PRODUCT_RE, isOwnLine, readsWell } from "./reading-checks";
import { words } from "./text";
import { DETAIL_MARK_RE, REQUESTED_DETAIL, phraseAlternation } from "./sentence-patterns";

/** Upwork's own ways to pay: "Upwork", "Upwork's escrow", "Upwork milestones". */
const UPWORK_PAY = String.raw`Upwork(?:['’]s)?(?:\s+(?:milestones?|contracts?|escrow|payments?|hourly|fixed-price))?`;
/** One way to pay, as a list item: "USDT", "Wise", "Upwork milestones". */
const PAY_ITEM = String.raw`(?:${phraseAlternation([...LEXICON.paymentChannels.words, ...LEXICON.paymentMethodWords.words])}|${UPWORK_PAY})`;

/**
 * A list of ways to pay that holds Upwork without the other ways: "Flexible payment: USDT, Wise, or
 * Upwork milestones" -> "Flexible payment: Upwork milestones"; undefined when the payment findings are
 * not all in such a list, or a way to pay is left outside it.
 */
export function withoutOtherPayments(source: string, sentence: Sentence, regions: { start: number; end: number; rule?: string }[]): string | undefined {
  if (!regions.every((r) => r.rule === "circumvention/off-platform-payment")) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  // (an item may carry its bracketed qualifier, "USDT (TRC20)", which goes with it)
  const item = String.raw`${PAY_ITEM}(?:\s*\([^()]{1,24}\))?`;
  const run = new RegExp(String.raw`(?<![\p{L}\p{N}])${item}(?:${LIST_JOIN}${item})+(?![\p{L}\p{N}])`, "iu").exec(body);
  if (!run) return undefined;
  const items = run[0].split(new RegExp(LIST_JOIN, "i")).map((i) => i.trim());
  const kept = items.filter((i) => /\bUpwork\b/i.test(i));
  if (kept.length === 0 || kept.length === items.length) return undefined;
  const text = body.slice(0, run.index) + kept.join(" or ") + body.slice(run.index + run[0].length);
  const rest = text.replace(/\bUpwork\b/gi, " ");
  return LEXICON.paymentChannels.occursIn(rest) || LEXICON.paymentMethodWords.occursIn(rest) || LEXICON.offPlatform.occursIn(rest) ? undefined : text;
}

/** A conjunction between listed things after the first: " and ", ", ", ", and ", " & ", " + ". */
const LIST_JOIN = String.raw`(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&|\+)\s+)`;
const JOIN_AFTER_RE = new RegExp(`^${LIST_JOIN}`, "i");
const JOIN_BEFORE_RE = new RegExp(`${LIST_JOIN}$`, "i");
/** A conjunction a finding may end with: "your Skype ID and ". */
const TRAILING_JOIN_RE = /(?:\s*,|\s+(?:and|or|&|\+))\s*$/i;

/**
 * The sentence without the contact details that were asked for as items of a list whose other items are
 * innocent, the conjunction that joined them going too: "please send me your Skype ID and the brief" ->
 * "please send me the brief", "Your full name, email and mobile number" -> "Your full name", "reply with
 * your phone number and a good time to call" -> "reply with a good time to call". Only when every finding
 * is such a detail and the rest reads well and no longer reads as the violation; undefined otherwise.
 */
export function withoutListedDetails(source: string, sentence: Sentence, regions: Region[]): SentenceRewrite | undefined {
  if (regions.some((r) => r.family !== "contact" || (r.rule !== undefined && LEXICON.inPersonRules.has(r.rule)))) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  let text = body;
  for (const r of [...regions].sort((a, b) => b.start - a.start)) {
    let from = r.start - sentence.start;
    let to = r.end - sentence.start;
    // (a request read from the whole sentence asks for the details listed inside it: "please send me your Skype ID and the brief")
    if (!detailList(text.slice(from, to).replace(TRAILING_JOIN_RE, ""))) {
      const run = r.rule === "contact/request" ? detailRun(text.slice(from, to)) : undefined;
      if (!run) return undefined;
      to = from + run.end;
      from += run.start;
    }
    const own = text.slice(from, to);
    const item = own.replace(TRAILING_JOIN_RE, "");
    if (!detailList(item)) return undefined;
    const joinedAfter = item.length < own.length;
    if (joinedAfter) to += /^\s*/.exec(text.slice(to))![0].length;
    const after = JOIN_AFTER_RE.exec(text.slice(to));
    const before = JOIN_BEFORE_RE.exec(text.slice(0, from));
    if (before && after && !joinedAfter && !/[a-z]/i.test(before[0])) {
      // (a middle item goes with the comma before it; the "and" after it now joins a list of two when the
      // item before was the first, with its verb: "I'll need your brand guidelines, X, and the files" -> "... guidelines and the files")
      const prev = /[^,;:()—–]*$/.exec(text.slice(0, from - before[0].length))![0];
      const next = /^[^,;:()—–]*/.exec(text.slice(to + after[0].length))![0];
      if (!innocentItem(next) || detailList(prev) || DETAIL_MARK_RE.test(prev)) return undefined;
      const firstItem = words(prev).length > 4 || !/,\s*$/.test(text.slice(0, from - before[0].length - prev.length));
      text = text.slice(0, from - before[0].length) + (firstItem ? after[0].replace(/^\s*,\s*/, " ") : after[0]) + text.slice(to + after[0].length);
      continue;
    }
    if (joinedAfter || after) {
      // (one word closing the sentence after a comma is whom it is said to, no item: "What's your mobile, mate?")
      if (!joinedAfter && /,/.test(after![0]) && /^\s*\p{L}+\s*$/u.test(text.slice(to + after![0].length))) return undefined;
      // (the item after it is innocent: "the brief", not "your email" nor a detail's marks)
      if (!joinedAfter) to += after![0].length;
      const next = /^[^,;:()—–]*/.exec(text.slice(to))![0];
      if (!innocentItem(next.split(/\s+(?:and|or)\s+/i)[0]!)) return undefined;
      // (a possessive the removed item opened with was the list's: "your email and preferred start date" -> "your preferred start date")
      // (joined by a word only: "your phone + best time" is a note, left as it is)
      const owner = /\s(?:and|or)\s*$/i.test(own) || /^\s*(?:and|or)\s/i.test(after?.[0] ?? "") ? /^\s*(your|my|our|their)\s/i.exec(item)?.[1] : undefined;
      if (owner && !/^\s*(?:a|an|the|your|my|our|their|his|her|its|this|that|these|those|some|any|all|each|every|\d)(?![\p{L}])/iu.test(next)) {
        text = `${text.slice(0, from)}${owner} ${text.slice(to)}`;
        continue;
      }
    } else {
      // (or the item before it is: "Your full name, email and mobile number")
      if (!before) return undefined;
      const prev = /[^,;:()—–]*$/.exec(text.slice(0, from - before[0].length))![0];
      // (the item before may carry the clause's verb, "Please include your portfolio", but is a thing, not "I'll call you")
      const prevItem = prev.split(/\s+(?:and|or)\s+/i).at(-1)!;
      if (words(prevItem).length === 0 || detailList(words(prevItem).slice(-3).join(" ")) || DETAIL_MARK_RE.test(prevItem) || /\b(?:me|you|us|him|her|them|it)\s*$/i.test(prevItem) || LEXICON.prepositions.endsText(prevItem)) return undefined;
      from -= before[0].length;
    }
    text = text.slice(0, from) + text.slice(to);
  }
  // (a list of two that lost one item keeps no comma before its "and": "name, and" -> "name")
  text = text.replace(/,\s+(?:and|or)\s*$/i, "");
  if (text === body || words(text).length < 2 || LEXICON.requestedDetails.occursIn(text.replace(/\b(?:the\s+)?details\b/gi, " "))) return undefined;
  // (nor may what is left point back at the removed items: "give me whichever is easier", "I'll send the references there")
  if (!readsWell(body, text, regions.map((r) => r.book)) || dangles(text, danglingOf(regions.map((r) => r.book)))) return undefined;
  const families = new Set(regions.flatMap((r) => (r.family ? [r.family as Family] : [])));
  if (stillViolates(text, families, new Set(regions.flatMap((r) => (r.rule ? [r.rule] : []))))) return undefined;
  const terminal = source.slice(sentence.end, sentence.close);
  if (rulesFlaggingAlone(text + terminal, RULES.filter((r) => families.has(r.meta.family))).length > 0) return undefined;
  return { start: sentence.start, end: sentence.end, text, sentence: text + terminal, phrase: text.trim() };
}

/** A clause's opening: a subject, or a word that joins clauses ("I'll add you", "then we talk"), not a listed thing. */
const CLAUSE_START_RE = /^\s*(?:I|I'|we|you|he|she|they|it|this|that|there|then|so|if|when|once|after|before|please|just|let)(?![\p{L}])/iu;

/** A clause whose subject of a few words comes before its modal: "our office will confirm", "the team can start". */
const SUBJECT_MODAL_RE = /^\s*(?:and\s+)?(?:[\p{L}'’-]+\s+){1,3}(?:will|would|can|could|shall|should|may|might|must)(?![\p{L}])|^\s*(?:and\s+)?(?:[\p{L}'’-]+\s+){0,2}[\p{L}-]+['’]ll(?![\p{L}])/iu;

/** True when `item` is a thing listed beside a detail and innocent itself: "the brief", "a good time to call", not "your email", "I'll add you" nor "our office will confirm". */
function innocentItem(item: string): boolean {
  return words(item).length > 0 && !CLAUSE_START_RE.test(item) && !SUBJECT_MODAL_RE.test(item) && !detailList(item) && !DETAIL_MARK_RE.test(item);
}

/** One detail asked for, with its owner and kind: "your personal email", "your Skype ID", "mobile number". */
const DETAIL_ITEM = String.raw`(?:(?:your|my)\s+)?${REQUESTED_DETAIL}`;
/** Details asked for as a list: "your phone number", "email and mobile number", "your Skype ID, email". */
const DETAIL_RUN_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])${DETAIL_ITEM}(?:${LIST_JOIN}${DETAIL_ITEM})*(?![\p{L}\p{N}])`, "iu");

/** Where the first list of the client's details asked for lies in `text`, `[start, end)`; undefined when there is none. */
function detailRun(text: string): { start: number; end: number } | undefined {
  const m = DETAIL_RUN_RE.exec(text);
  // (asked of the client: "your phone number", not "contact me")
  return m && /^your\s/i.test(m[0]) ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/**
 * A line of items set apart by middots, bullets or bars ("Hannah Reuter · Illustrator · 12 Main St",
 * "Address: ... | Languages: ...") without the items that hold the findings, each with its separator;
 * when a finding covers the whole line, only the items that hold its evidence (a cue of its family, a
 * detail's marks) go. Undefined when the line has no such items, no item would go or none would stay.
 */
/** Where a table cell's list parts its items: " + ", ", ", " & ". */
const CELL_ITEM_SEP_RE = /\s+[+&]\s+|\s*,\s+/gu;

/**
 * A table cell that lists things ("All source files + 5★ review discount (10%)") without the items holding a feedback
 * finding's cue (lexicon `findingCues.feedback`), each with the separator before it: "All source files". The first item must
 * stay and name no cue; undefined when the sentence is no table cell, or no item or every item holds a cue.
 */
export function withoutCellItems(source: string, sentence: Sentence, regions: { start: number; end: number; family?: string }[]): string | undefined {
  const lineStart = source.lastIndexOf("\n", sentence.start - 1) + 1;
  // (feedback only: a contact detail or a way to pay listed in a cell is said on Upwork in place, "Skype calls" -> "Upwork calls")
  if (!regions.every((r) => r.family === "feedback")) return undefined;
  if (!/^\s*\|/.test(source.slice(lineStart, sentence.end)) || !/\|\s*$/.test(source.slice(lineStart, sentence.start))) return undefined;
  const cell = source.slice(sentence.start, sentence.end);
  const seps = [...cell.matchAll(CELL_ITEM_SEP_RE)];
  if (seps.length === 0) return undefined;
  const items = seps.map((m, k) => ({ start: k === 0 ? 0 : seps[k - 1]!.index! + seps[k - 1]![0].length, end: m.index!, sep: k === 0 ? "" : seps[k - 1]![0] }));
  items.push({ start: seps.at(-1)!.index! + seps.at(-1)![0].length, end: cell.length, sep: seps.at(-1)![0] });
  const cued = (i: { start: number; end: number }) => regions.some((r) => r.family !== undefined && r.start - sentence.start < i.end && r.end - sentence.start > i.start && LEXICON.findingCues.get(r.family)?.occursIn(cell.slice(i.start, i.end).replace(PRODUCT_RE, " ")) === true);
  const kept = items.filter((i) => !cued(i));
  if (kept.length === items.length || kept[0] !== items[0]) return undefined;
  return kept.map((i, k) => (k === 0 ? "" : i.sep) + cell.slice(i.start, i.end)).join("");
}

export function withoutSeparatedItems(source: string, sentence: Sentence, regions: { start: number; end: number; family?: string }[]): string | undefined {
  if (!isOwnLine(source, sentence)) return undefined;
  const line = source.slice(sentence.start, sentence.end);
  // (not a table row: its bars are cells)
  if (/^\s*\|/.test(source.slice(source.lastIndexOf("\n", sentence.start - 1) + 1, sentence.end))) return undefined;
  const seps = [...line.matchAll(/\s+[·•|]\s+/gu)];
  if (seps.length === 0) return undefined;
  const items = seps.map((m, k) => ({ start: k === 0 ? 0 : seps[k - 1]!.index! + seps[k - 1]![0].length, end: m.index!, sep: k === 0 ? "" : seps[k - 1]![0] }));
  items.push({ start: seps.at(-1)!.index! + seps.at(-1)![0].length, end: line.length, sep: seps.at(-1)![0] });
  const overlaps = (r: { start: number; end: number }, i: { start: number; end: number }) => r.start - sentence.start < i.end && r.end - sentence.start > i.start;
  // (a detail's marks count where no item names the finding's cue: "Phone: ... | Rate: $40/h" takes the phone only)
  const cued = (r: { family?: string }, i: { start: number; end: number }) => r.family !== undefined && LEXICON.findingCues.get(r.family)?.occursIn(line.slice(i.start, i.end).replace(PRODUCT_RE, " ")) === true;
  const evidence = (r: { family?: string }, i: { start: number; end: number }) =>
    cued(r, i) || (r.family === "contact" && !items.some((j) => cued(r, j)) && DETAIL_MARK_RE.test(line.slice(i.start, i.end)));
  // (a finding over every item, as detection reads a whole line, takes only the items with its evidence)
  const hit = (i: { start: number; end: number }) => regions.some((r) => overlaps(r, i) && (!items.every((j) => overlaps(r, j)) || evidence(r, i)));
  const kept = items.filter((i) => !hit(i));
  if (kept.length === items.length || kept.length === 0) return undefined;
  // (the first item stays, unless it is a field of its own, "Address: ...", and a bar parts the fields)
  if (hit(items[0]!) && !/\|/.test(items[1]!.sep)) return undefined;
  if (regions.some((r) => r.start - sentence.start < items[1]!.start - items[1]!.sep.length && !hit(items[0]!) && !items.every((j) => overlaps(r, j)))) return undefined;
  return kept.map((i, k) => (k === 0 ? "" : i.sep) + line.slice(i.start, i.end)).join("");
}

/** The ways to pay, escaped, in the lexicon's order. */
const PAYMENT_WORDS = [...LEXICON.paymentChannels.words, ...LEXICON.paymentMethodWords.words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
/** Only ways to pay, as a list item: "PayPal", "or crypto". */
export const PAYMENT_ITEM_RE = new RegExp(`^\\s*(?:(?:and|or)\\s+)?(?:${PAYMENT_WORDS})\\s*$`, "i");

/** True when `text` is only details asked for: "email and mobile", "your phone number + Telegram". */
export function detailList(text: string): boolean {
  const items = text.trim().split(/\s*(?:,|\+|&|\band\b|\bor\b)\s*/i).filter(Boolean);
  // (compared without case: "your WhatsApp number")
  return items.length > 0 && items.every((i) => LEXICON.requestedDetails.startOf(i.replace(/^(?:your|my)\s+/i, ""))?.toLowerCase() === i.replace(/^(?:your|my)\s+/i, "").toLowerCase());
}

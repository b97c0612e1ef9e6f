// Minimal edit first: a contact detail is replaced where it stands, with its lead-in words, by the
// phrase that fits its slot, and every other word of the sentence stays ("reach me at x@y.com to see
// if I'm a fit" -> "reach me here on Upwork to see if I'm a fit"). The caller accepts the result only
// when it reads well and no longer reads as the violation; otherwise the clause rewrites take over.

import type { Phrasebook } from "../types";
import { LEXICON } from "./lexicon";

/** A finding's span inside the sentence, in source offsets. */
interface Span {
  start: number;
  end: number;
  family?: string;
  rule?: string;
  book: Phrasebook;
  clauseLevel: boolean;
}

const alt = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");
/** Words that may stand between a preposition and a detail: "on my personal WhatsApp number, ". */
const CHANNEL = `(?:(?:my|our|the|this)\\s+)?(?:(?:personal|private|work|business|direct|office|main)\\s+)?(?:(?:${alt(LEXICON.channelNouns.words)})(?:\\s+(?:number|address|id|handle|account))?)`;
/** A preposition and any channel words before the detail: " at ", " on email ", " on my cell, ", " via WhatsApp ". */
const PLACE_LEAD_RE = new RegExp(`(\\s)(?:(?:through|via|using)\\s+(?:the|my|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?|(?:via|by|over|on)\\s+${CHANNEL}\\s+)?(at|on|via|through|over|to|under)\\s+(?:${CHANNEL}\\s*(?:,|:|\\s)\\s*)?$`, "iu");
/** A statement of my detail: "my email is ", "My phone: ", "our number is ". */
const STATEMENT_LEAD_RE = new RegExp(`(^|[\\s,;:—–(])(?:my|our)\\s+(?:(?:personal|private|work|business|direct|office|main)\\s+)?(?:${alt(LEXICON.channelNouns.words)})(?:\\s+(?:number|address|id|handle|account))?\\s*(?:is|:)\\s*$`, "iu");
/** A channel's verb and its object before a bare handle: "DM me ", "text us ". */
const VERB_LEAD_RE = new RegExp(`(?<![\\p{L}])(${alt([...LEXICON.placeVerbSwaps.keys()].filter((k) => /\b(?:me|us)$/.test(k)))})\\s*$`, "iu");
/** A copula before the place: "my reels are at ", "the samples are on ". */
const LOCATED_LEAD_RE = /\b(?:is|are|lives?|can be found)\s+(?:at|on|in|via|under)\s+\S*\s*$/i;
/** An ask to follow or add me on the channel: "if you follow me on Instagram ". */
const FOLLOW_LEAD_RE = /\b(?:follow|add|subscribe to|connect with)\s+(?:me|us)\b[^,;—–]*$/i;
/** Where messages are: the place after "reach me", "DM me". */
const MESSAGE_PLACE = "here on Upwork";
/** A contact detail's marks: a number, an "@", a web address. */
const DETAIL_RE = /\d{3,}|@|www\.|\.\p{L}{2,}(?:\/|\b)|https?:/u;

/**
 * The sentence body `[bodyStart, bodyEnd)` with each contact detail in `spans` replaced by the phrase
 * that fits its slot, every other word kept; undefined when a span is not a bare contact detail (a
 * request, a clause-level finding, an address) or has no lead-in whose slot is known. `clauses`: the
 * clause around each replaced detail, with the phrase put in (where the caller checks for channels left).
 */
export function minimalEdit(source: string, bodyStart: number, bodyEnd: number, spans: Span[]): { text: string; clauses: string[] } | undefined {
  if (spans.length === 0) return undefined;
  let out = source.slice(bodyStart, bodyEnd);
  const clauses: string[] = [];
  // (findings that overlap, "WhatsApp +1 555 ..." and its number, are one detail)
  const merged: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) merged[merged.length - 1] = { ...last, end: Math.max(last.end, s.end), clauseLevel: last.clauseLevel || s.clauseLevel, rule: last.rule ?? s.rule, family: last.family === s.family ? last.family : s.family === "contact" ? last.family : s.family };
    else merged.push(s);
  }
  for (const s of merged.reverse()) {
    if (s.family !== "contact" || s.clauseLevel || (s.rule !== undefined && LEXICON.inPersonRules.has(s.rule))) return undefined;
    // (the span may hold its lead-in, "reach me at x@y.com": the detail is from its first marked word on)
    const span = out.slice(s.start - bodyStart, s.end - bodyStart);
    const first = [...span.matchAll(/\S+/g)].find((m) => DETAIL_RE.test(m[0]) || /^[+(]?\d/.test(m[0]));
    if (!first) return undefined;
    const from = s.start - bodyStart + first.index!;
    // (emphasis the finding took from around its lead-in stays, "*call me at 555-0102*" keeps its closing mark;
    // emphasis around the detail alone goes with it, "at **books@x.com**")
    const closing = /[*_`]+$/.exec(span)?.[0] ?? "";
    // (and so does the closing bracket of an aside the finding took whole, "(call me at 604-555-0182)")
    const bracket = /\)$/.test(span) && span.slice(0, first.index).includes("(") ? 1 : 0;
    const to = s.end - bodyStart - (first[0].startsWith(closing) ? 0 : closing.length) - bracket;
    const detail = out.slice(from, to);
    // (a detail, not a clause: what follows its first mark holds no word of its own)
    if (detail.split(/\s+/).slice(1).some((w) => /\p{L}{3,}/u.test(w) && !DETAIL_RE.test(w))) return undefined;
    const before = out.slice(0, from);
    let after = out.slice(to);
    const book = s.book;
    let head: string;
    let phrase: string;
    // (not a clause that only says where my things are, "all my reels are at x.com", nor an ask to follow me there)
    if (LOCATED_LEAD_RE.test(before) || FOLLOW_LEAD_RE.test(before)) return undefined;
    const statement = STATEMENT_LEAD_RE.exec(before);
    const place = PLACE_LEAD_RE.exec(before);
    const verb = VERB_LEAD_RE.exec(before);
    if (statement) {
      head = before.slice(0, statement.index) + (statement[1] ?? "");
      const opens = /^[\s*_"'(\[]*$|[.!?:]\s*$/.test(head);
      phrase = `${opens ? "You" : "you"} can ${book.verb}`;
    } else if (place) {
      head = before.slice(0, place.index) + (place[1] ?? "");
      // (where I am reached is where messages are, "reach me here on Upwork", "hit me up here on Upwork"; where my things are is the book's place)
      phrase = /\b(?:me|us)(?:\s+up)?\s*$/i.test(head) ? MESSAGE_PLACE : (book.place ?? MESSAGE_PLACE);
      // (a means keeps its preposition: "daily updates via WhatsApp +1 ..." -> "daily updates via Upwork messages")
      // (and so does a means after a thing, "hand-offs go through Telegram (@x)" -> "through Upwork messages", but
      // not where I am reached: "reach me through 555-..." is "here on Upwork")
      const means = place[2]?.toLowerCase();
      if (phrase === MESSAGE_PLACE && (means === "via" || ((means === "through" || means === "over") && !/\b(?:me|us)\s*$/i.test(head)))) {
        head += `${place[2]} `;
        phrase = "Upwork messages";
      }
      // (an appositive detail closes with its comma: "on my cell, 555-..., any time")
      if (/,\s*$/.test(place[0])) after = after.replace(/^\s*,/, "");
    } else if (verb) {
      head = before.slice(0, verb.index + verb[0].trimEnd().length) + " ";
      phrase = MESSAGE_PLACE;
    } else return undefined;
    // (a detail in brackets after the channel goes too: "(ID: x)" was the span; the dash that set it off stays)
    const glue = /^[\p{L}\p{N}]/u.test(after) ? " " : "";
    out = head + phrase + glue + after;
    // (the clause the phrase now stands in, between the separators around it)
    // (an aside's opening bracket opens no clause: "held weekly via Microsoft Teams (my Teams ID: ...)" is one with its aside)
    const open = Math.max(...[",", ";", ":", "—", "–", "\""].map((c) => head.lastIndexOf(c)));
    const close = after.search(/[,;:—–()"]/);
    clauses.push(head.slice(open + 1) + phrase + glue + (close < 0 ? after : after.slice(0, close)));
  }
  return { text: out, clauses };
}

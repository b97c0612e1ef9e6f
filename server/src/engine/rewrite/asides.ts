// Asides and brackets: a finding set off in brackets, dashes, a relative clause or a closing remark goes
// with its punctuation, and the emphasis and quotation marks around what stays are kept paired.

import type { Family, Phrasebook } from "../types";
import { stillViolates } from "./verify";
import { LEXICON, swapPhrases } from "./lexicon";
import type { Sentence } from "./sentence";
import { danglingOf, dangles } from "./reading-checks";
import { words } from "./text";
import { DETAIL_MARK_RE } from "./sentence-patterns";
import { streetLike } from "./regions";

/**
 * The sentence without a relative clause set off by commas that holds what the findings were about, when
 * what is left no longer reads as the violation: "This is the third follow-up, which I'll repeat every day this
 * week, regarding the build you posted" -> "This is a quick follow-up regarding the build you posted" (a
 * follow-up's count said once, followUpSwaps), "When you end the contract, which I hope you'll do only after
 * leaving five stars, please also release the last milestone" -> "When you end the contract, please also
 * release the last milestone"; undefined for any other sentence. Not for contact findings, whose details the
 * detail rewrites handle.
 */
/**
 * The sentence without the bracketed asides that are its findings: "Rate: $45/hr (Payoneer accepted)" -> "Rate:
 * $45/hr", "My day rate is $300 (PayPal preferred) and I can start Monday." -> "My day rate is $300 and I can
 * start Monday." Undefined unless every finding is a circumvention's whole bracket (contact details have their own asides), or
 * when too little is left or it still reads as the violation.
 */
export function withoutBracketedFinding(source: string, sentence: Sentence, regions: { start: number; end: number; family?: string; rule?: string; book: Phrasebook }[]): string | undefined {
  // (only a way to pay or work named aside: a review condition in brackets waits for the milestone instead, approvalAside)
  if (regions.some((r) => r.family !== "circumvention" || !/^\([^()]*\)$/.test(source.slice(r.start, r.end).trim()))) return undefined;
  let out = source.slice(sentence.start, sentence.end);
  for (const r of [...regions].sort((x, y) => y.start - x.start)) {
    const [a, b] = [r.start - sentence.start, r.end - sentence.start];
    out = out.slice(0, a).replace(/\s+$/, "") + out.slice(b);
  }
  const families = new Set(regions.map((r) => r.family as Family));
  if (words(out).length < 2 || dangles(out, danglingOf(regions.map((r) => r.book))) || stillViolates(out, families, new Set(regions.flatMap((r) => (r.rule ? [r.rule] : []))))) return undefined;
  return out;
}

/**
 * The sentence without an aside set off by a pair of spaced dashes that holds every finding: "Before you decide
 * — and I'll remind you every evening, promise — have a look at my case studies." -> "Before you decide, have a
 * look at my case studies." The dashes go with it (a comma stays after a subordinate head). Undefined when a
 * finding reaches outside the aside, nothing would stand on either side, or the rest still reads as the violation.
 */
export function withoutDashAside(source: string, sentence: Sentence, regions: { start: number; end: number; family?: string; rule?: string; book: Phrasebook }[]): string | undefined {
  // (of the contact findings, only an address: the aside offered a visit, "—happy to grab a coffee at my studio on Rua X 47 if you're in town—")
  if (regions.some((r) => r.family === undefined || (r.family === "contact" && r.rule !== "contact/address"))) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  // (an em dash pairs unspaced too: "I'm based in Lisbon—happy to ...—and I work CET hours")
  const m = /\s+[—–]\s+[^—–]+?\s+[—–]\s+|\s*—(?=\p{L})[^—–]+?(?<=[\p{L}\p{N}.!?])—\s*/u.exec(body);
  if (!m) return undefined;
  const [a, b] = [sentence.start + m.index, sentence.start + m.index + m[0].length];
  if (regions.some((r) => r.start < a || r.end > b)) return undefined;
  const head = body.slice(0, m.index);
  const tail = body.slice(m.index + m[0].length);
  if (words(head).length < 2 || words(tail).length < 2) return undefined;
  const opener = head.replace(/^[\s*_]+/, "");
  const out = `${head}${LEXICON.conditionOpeners.startOf(opener) || LEXICON.subordinators.startOf(opener) || LEXICON.placeBeforeTails.startOf(opener) ? ", " : " "}${tail}`;
  const families = new Set(regions.map((r) => r.family as Family));
  if (dangles(out, danglingOf(regions.map((r) => r.book))) || stillViolates(out, families, new Set(regions.flatMap((r) => (r.rule ? [r.rule] : []))))) return undefined;
  return out;
}

export function withoutRelativeAside(source: string, sentence: Sentence, regions: { start: number; end: number; family?: string; rule?: string; book: Phrasebook }[]): string | undefined {
  if (regions.some((r) => r.family === undefined || r.family === "contact")) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  const m = /,\s*(?:which|who)\b[^,;:()—–]*,\s*/i.exec(body);
  if (!m) return undefined;
  const [a, b] = [sentence.start + m.index, sentence.start + m.index + m[0].length];
  // (every finding reaches into the relative clause and holds its family's cues only there)
  const cuesOutside = (r: { start: number; end: number; family?: string }) => {
    const cues = LEXICON.findingCues.get(r.family!);
    return cues !== undefined && (cues.occursIn(source.slice(Math.max(r.start, sentence.start), Math.max(a, r.start))) || cues.occursIn(source.slice(Math.min(b, r.end), Math.min(r.end, sentence.end))));
  };
  if (regions.some((r) => r.end <= a || r.start >= b)) return undefined;
  const spam = regions.every((r) => r.family === "spam");
  // (the commas go with the clause, "My last client, who ..., got" -> "My last client got", unless the head is a
  // subordinate clause: "When you end the contract, please ...")
  const join = (head: string, tail: string) => `${head}${LEXICON.conditionOpeners.startOf(head.replace(/^[\s*_]+/, "")) || LEXICON.subordinators.startOf(head.replace(/^[\s*_]+/, "")) ? ", " : " "}${tail}`;
  let out = join(body.slice(0, m.index), body.slice(m.index + m[0].length));
  if (spam) out = swapPhrases(out, LEXICON.followUpSwaps);
  else if (regions.some(cuesOutside)) return undefined;
  if (words(out).length < 4 || dangles(out, danglingOf(regions.map((r) => r.book))) || stillViolates(out, new Set(regions.map((r) => r.family as Family)), new Set(regions.flatMap((r) => (r.rule ? [r.rule] : []))))) return undefined;
  const cues = spam ? LEXICON.findingCues.get("spam") : undefined;
  // (what the swaps put in, "a quick follow-up", is said once)
  const said = [...new Set(LEXICON.followUpSwaps.values())].reduce((t, v) => t.split(v).join(" "), out);
  return cues && cues.occursIn(said) ? undefined : out;
}

const APPROVAL_OPENERS = [...LEXICON.approvalOpeners].sort((a, b) => b.length - a.length).map((o) => o.replace(/ /g, "\\s+")).join("|");
/** A time a delivery waits for, opening a bracket: "after ", "once ", "as soon as ". */
const APPROVAL_OPENER_RE = new RegExp(`^\\s*(?:${APPROVAL_OPENERS})\\s`, "i");

/**
 * The sentence without the bracketed clause that closes it and holds every finding, when what is left
 * stands on its own: "Talk soon (I'll keep messaging until you do!)" -> "Talk soon", "- Ongoing retainer
 * (billed off Upwork after month one)" -> "- Ongoing retainer". Only a clause of a few words (not a
 * detail, "(TRC-20)", nor a contact aside, which the detail rewrites handle); undefined otherwise.
 */
export function withoutClosingAside(source: string, sentence: Sentence, regions: { start: number; end: number; family?: string; rule?: string; book: Phrasebook }[]): string | undefined {
  if (regions.some((r) => r.family === undefined || r.family === "contact")) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  const open = body.lastIndexOf("(");
  if (open < 0) return undefined;
  const inside = body.slice(open);
  // (the aside runs to the end of the body, closed there or in the terminal)
  const closed = inside.indexOf(")");
  if (closed >= 0 ? inside.slice(closed + 1).trim() !== "" : !source.slice(sentence.end, sentence.close).includes(")")) return undefined;
  // (every finding reaches into the aside, and what one holds before it names none of its family's cues)
  const at = sentence.start + open;
  if (regions.some((r) => r.end <= at || (r.start < at && LEXICON.findingCues.get(r.family!)?.occursIn(source.slice(r.start, at))))) return undefined;
  const kept = body.slice(0, open).replace(/[\s,;:—–-]+$/, "");
  if (words(inside).length < 3 || words(kept).length < 2 || DETAIL_MARK_RE.test(kept) || dangles(kept, danglingOf(regions.map((r) => r.book)))) return undefined;
  if (stillViolates(kept, new Set(regions.map((r) => r.family as Family)), new Set(regions.flatMap((r) => (r.rule ? [r.rule] : []))))) return undefined;
  // "4. Final handover (after 5★ feedback)": a delivery's time said in brackets waits for the milestone instead.
  const waited = regions.every((r) => r.book.conditionEvent !== undefined) && APPROVAL_OPENER_RE.test(inside.slice(1));
  return waited ? `${kept} (${LEXICON.approvalAside})` : kept;
}

/**
 * The sentence without bracketed asides that are wholly a street address, when the rest stands on its own:
 * "Nairobi, Kenya (Westlands, 14 Rhapta Road)" -> "Nairobi, Kenya"; undefined when a finding is anything else.
 */
export function withoutDetailAsides(source: string, sentence: Sentence, regions: { start: number; end: number; rule?: string }[]): string | undefined {
  const asides = regions.map((r) => {
    const text = source.slice(r.start, r.end);
    const lead = text.length - text.trimStart().length;
    const inner = text.trim();
    // (a detail with words, not an area code: "(Westlands, 14 Rhapta Road)", not "(786)")
    const aside = r.rule !== undefined && LEXICON.inPersonRules.has(r.rule) && /^\([^()]*\)$/.test(inner) && DETAIL_MARK_RE.test(inner) && /\p{L}{3,}/u.test(inner);
    return aside ? { start: r.start + lead, end: r.start + lead + inner.length } : undefined;
  });
  if (asides.some((a) => a === undefined)) return undefined;
  let out = "";
  let at = sentence.start;
  for (const a of [...asides].sort((x, y) => x!.start - y!.start)) {
    out += source.slice(at, a!.start).replace(/[ \t]+$/, "");
    at = a!.end;
  }
  out += source.slice(at, sentence.end);
  // (hours and ranges are no detail left: "available 9–18 GMT-5")
  return words(out).length >= 2 && !/\d{3,}|@|www\.|\.\p{L}{2,}\/|https?:/u.test(out.replace(/[*_|]/g, "")) ? out : undefined;
}

/** `text` with the emphasis the line opened before the sentence closed again when the rewrite dropped its closer: "**If you pay outside Upwork ...** — otherwise ..." -> "**All payments go through Upwork**". */
export function emphasisClosed(source: string, sentence: Sentence, body: string, text: string): string {
  const lineStart = source.lastIndexOf("\n", sentence.start - 1) + 1;
  const opener = /(\*\*|__|\*|_)$/.exec(source.slice(lineStart, sentence.start))?.[1];
  if (!opener || !body.includes(opener) || text.includes(opener)) return text;
  // (a tail the body had after its closer, kept as it was, stays outside: "**No fees if you pay me direct** — just sayin'" -> "**All payments go through Upwork** — just sayin'")
  const tail = body.slice(body.lastIndexOf(opener) + opener.length);
  if (tail.trim() !== "" && text.endsWith(tail) && text.length > tail.length) return text.slice(0, text.length - tail.length).trimEnd() + opener + tail;
  return text.trimEnd() + opener;
}

/**
 * `text` with a straight double quote put back when the rewrite changed the parity of the body's quotes: at
 * the end when `text` opens with one ('"send me your GCash, I'll be paid through Upwork' gets its close), else
 * at the start (the close was in the terminal: 'Add at the end: "Leave 5 stars ...' -> '"Get 15% off ...').
 */
export function quotesPaired(body: string, text: string): string {
  const odd = (s: string) => (s.split('"').length - 1) % 2 === 1;
  if (odd(body) === odd(text)) return text;
  const lead = /^[\s*_]*/.exec(text)![0];
  return text.slice(lead.length).startsWith('"') ? `${text.trimEnd()}"` : `${lead}"${text.slice(lead.length)}`;
}

/** A piece that only names a place after the street address, its postcode first or not: "Grünerløkka", "Col. Del Valle", "1100-053 Lisboa". */
const PLACE_NAME_PIECE_RE = /^(?:[\d-]{3,10}\s+)?(?:\p{Lu}[\p{L}.'’-]*\.?)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/**
 * The sentence without a street address set off by commas between a clause that stands and one that goes on with a
 * connector: "I'm in Oslo, office at Storgata 12, Grünerløkka, and I work remotely" -> "I'm in Oslo, and I work
 * remotely" (the town said before it stays). The pieces are the ones holding the address findings and the place names
 * right after them; undefined unless a clause of at least two words stands before them and a connector opens the piece
 * after them.
 */
export function withoutAddressPieces(source: string, sentence: Sentence, regions: { start: number; end: number; rule?: string; book: Phrasebook }[]): string | undefined {
  if (!regions.every((r) => r.rule === "contact/address")) return undefined;
  const body = source.slice(sentence.start, sentence.end);
  const pieces: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of body.matchAll(/,\s+/g)) {
    const before = body.slice(0, m.index);
    if (before.split("(").length > before.split(")").length) continue;
    pieces.push({ start: from, end: m.index! });
    from = m.index! + m[0].length;
  }
  pieces.push({ start: from, end: body.length });
  const holds = (p: { start: number; end: number }) => regions.some((r) => r.start - sentence.start < p.end && r.end - sentence.start > p.start);
  const first = pieces.findIndex(holds);
  let last = pieces.length - 1 - [...pieces].reverse().findIndex(holds);
  if (first < 1) return undefined;
  while (last + 1 < pieces.length && PLACE_NAME_PIECE_RE.test(body.slice(pieces[last + 1]!.start, pieces[last + 1]!.end).trim())) last++;
  const next = pieces[last + 1];
  if (!next || LEXICON.leadingConnectors.startOf(body.slice(next.start)) === undefined) return undefined;
  const head = body.slice(0, pieces[first - 1]!.end);
  if (words(head).length < 2 || streetLike(head)) return undefined;
  const out = `${head}, ${body.slice(next.start)}`;
  if (dangles(out, danglingOf(regions.map((r) => r.book))) || stillViolates(out, new Set<Family>(["contact"]), new Set(["contact/address"]))) return undefined;
  return out;
}

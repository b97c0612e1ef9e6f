// What argued for a removed violation goes with it: the reason, benefit or apology said beside it
// ("since Upwork chat sometimes delays notifications, ", ", which keeps your costs lower", ", sorry,
// this is my policy"), read from a rewritten sentence piece by piece (lexicon.json `justifications`).

import { LEXICON } from "./lexicon";

/** The pieces a sentence is cut into: text up to a comma, semicolon or spaced dash, and the mark after it. */
// (an unspaced em or en dash sets off a piece too: "once the work is approved—it's easier than Upwork invoices")
const PIECE_RE = /[^,;—–]+?(?:(?:[,;]|\s[—–-])\s+|[—–](?=\S)|$)/gu;

/** A sentence lead that stays in front whatever follows: "Also, ", "Honestly, ", "PS - ". */
function leadOf(text: string): string {
  const known = LEXICON.sentenceLeads.startOf(text) ?? LEXICON.discourseTags.startOf(text);
  if (known === undefined || !text.startsWith(known)) return "";
  const m = /^\s*(?:,|:|\s[—–-])\s+/.exec(text.slice(known.length));
  return m ? known + m[0] : "";
}

/** True when `piece` holds something better "than" Upwork or the platform: "it's easier for our accountant than Upwork invoices", "I'm faster there than on Upwork". */
function comparedWithPlatform(piece: string): boolean {
  const than = /\bthan\b/i.exec(piece);
  return than !== null && LEXICON.platformNames.occursIn(piece.slice(than.index)) && !/\bhere on Upwork\b/i.test(piece);
}

/** True when `piece` names Upwork or the platform together with a complaint about it: "Upwork chat is slow". */
function complainsOfPlatform(piece: string): boolean {
  return LEXICON.platformNames.occursIn(piece) && LEXICON.platformComplaints.occursIn(piece) && !/\bhere on Upwork\b/i.test(piece);
}

/**
 * `text` (a rewritten sentence body, without its terminal) without the pieces that only argued for what
 * the rewrite removed: a piece kept verbatim from `original` that opens with a justification word
 * ("since", "which", "sorry", "no need") and `points` back at the removed part, or that complains of
 * the platform. At least two words of another piece stay; `text` is returned unchanged otherwise.
 * `points(piece)` is the rewriter's test for words that only made sense with the removed part.
 */
export function withoutJustifications(original: string, text: string, points: (piece: string) => boolean): string {
  const { lead, colon, units, dropped } = argued(original, text, points);
  if (units.length < 2 || !dropped.some(Boolean) || dropped.every(Boolean)) return text;
  // (a dropped clause's mark moves to the part of its piece before it: "message me here on Upwork| if ..., " keeps ", ")
  const kept = units.map((u) => ({ ...u }));
  for (let i = units.length - 1; i > 0; i--) if (dropped[i] && kept[i]!.clause && !dropped[i - 1] && kept[i - 1]!.mark === "") kept[i - 1]!.mark = kept[i]!.mark;
  const rest = kept.filter((_, i) => !dropped[i]);
  if ((rest.map((u) => u.text).join(" ").match(/[\p{L}\p{N}']+/gu) ?? []).length < 2) return text;
  // (the last kept piece loses the mark that joined it to a dropped one; the first is capitalised when it opens the sentence)
  let out = rest.map((u) => u.text + u.mark).join("").replace(/(?:[,;]|\s[—–-])\s*$|[—–]$/, "").trimEnd();
  // (a connector left at the front, "so ping me", "and you can", goes with the piece before it)
  if (dropped[0]) {
    out = out.trimStart();
    const connector = LEXICON.leadingConnectors.startOf(out);
    if (connector !== undefined) out = out.slice(connector.length).trimStart();
    if (!lead && /^\p{Lu}/u.test(text)) out = out.charAt(0).toUpperCase() + out.slice(1);
  }
  return lead + out + colon;
}

/**
 * The lead `text` keeps ("Frankly, ", "" when none) when all that is left of a rewritten sentence after
 * it only argued for the removed part, or is nothing at all ("It's easier", "Because Upwork is slow for
 * big teams", "Frankly"): the sentence is then the rule's own phrase after that lead. Undefined otherwise.
 */
export function leadOfResidue(original: string, text: string, points: (piece: string) => boolean): string | undefined {
  const bare = text.replace(/^[\s*_]+|[\s*_]+$/g, "");
  const known = LEXICON.sentenceLeads.startOf(bare) ?? LEXICON.discourseTags.startOf(bare);
  if (known !== undefined && known.length === bare.length) return `${bare}, `;
  // (a lead and its bracketed aside alone, "Quick heads-up (no surprises later!)", keep the mark that followed them in the original)
  if (known !== undefined && /^\s*\([^()]*\)$/.test(bare.slice(known.length))) {
    const at = original.indexOf(bare);
    const mark = at < 0 ? undefined : /^(?:\s+[—–-]\s+|:\s+|,\s+)/.exec(original.slice(at + bare.length))?.[0];
    if (mark) return bare + mark;
  }
  const { lead, units, dropped } = argued(original, bare, points);
  // (a condition left without the main clause it opened, "P.S. If I don't hear from you", leads into the rule's phrase)
  const psLead = LEXICON.sentenceLeads.startOf(bare);
  const head = psLead !== undefined && /^[\s,:]/.test(bare.slice(psLead.length)) ? bare.slice(0, psLead.length) + /^[\s,:—–-]*/.exec(bare.slice(psLead.length))![0] : "";
  const only = bare.slice(head.length).trim();
  // (not one that only argued for the removed part: "Because Upwork is slow for big teams")
  const opener = LEXICON.conditionOpeners.startOf(only.toLowerCase());
  if (opener !== undefined && only.length > opener.length && !dropped.some(Boolean) && !/[,;:()]/.test(only) && original.includes(`${only},`)) return `${head}${only}, `;
  if (units.length === 0 || !dropped.every(Boolean)) return undefined;
  // (an apology or reassurance on its own says nothing of the removed part unless it pointed back at it)
  return lead;
}

/** `text` cut into its lead, its pieces and its closing colon, with whether each piece only argued for the removed part. */
function argued(original: string, text: string, points: (piece: string) => boolean): { lead: string; colon: string; units: Unit[]; dropped: boolean[] } {
  // (a closing colon introduces what follows the sentence: it stays at the end)
  const colon = /:\s*$/.exec(text)?.[0] ?? "";
  const lead = leadOf(text);
  const units = unitsOf(text.slice(lead.length, text.length - colon.length));
  const argues = (u: Unit, last: boolean) => {
    const bare = u.text.trim();
    if (!original.toLowerCase().includes(bare.toLowerCase()) || /\bhere on Upwork\b/i.test(bare)) return false;
    if (complainsOfPlatform(bare) || comparedWithPlatform(bare)) return true;
    if (u.clause) return points(bare);
    // (a reassurance or an apology that closes the rewritten sentence was about what went: ", is no problem", ", sorry this is my rule")
    if (last && (LEXICON.reassurances.has(bare.toLowerCase()) || [...LEXICON.apologies].some((a) => bare.toLowerCase().startsWith(`${a} `)))) return true;
    // (and so does a closing verdict on it that compares with nothing else: ", it's simpler for everyone", ", this is my rule")
    if (last && isVerdict(bare)) return true;
    return (LEXICON.justificationOpeners.startOf(bare) !== undefined || last) && points(bare);
  };
  const dropped = units.map((u, i) => argues(u, i === units.length - 1));
  // (an apology alone goes with the piece it apologised for: ", sorry, this is my policy")
  for (let i = units.length - 2; i >= 0; i--) if (dropped[i + 1] && LEXICON.apologies.has(units[i]!.text.trim().toLowerCase())) dropped[i] = true;
  return { lead, colon, units, dropped };
}

/** A short verdict said of what went: "it's simpler for everyone", "it is normal practice", "this is my rule", "it is easier than upload here" (not "it's quicker than typing"). */
/**
 * True when `sentence` (a whole sentence after a rewritten one, without its terminal) only argued for what the
 * rewrite removed: it complains of the platform ("The Upwork fees on small jobs are silly", "Upwork messages
 * sometimes get lost") or is a short verdict ("It's much quicker for me"). Such a sentence goes with the rewrite.
 */
export function onlyArgues(sentence: string): boolean {
  const bare = sentence.trim();
  // (what I find or need is my own situation, said of me, and stays: "I find the Upwork app slow on my phone")
  if ((bare.match(/[\p{L}\p{N}']+/gu) ?? []).length > 12 || /^(?:I|I'm|I am|I've|My)\b/.test(bare)) return false;
  return complainsOfPlatform(bare) || isVerdict(bare, 5);
}

function isVerdict(piece: string, maxWords = 3): boolean {
  const subject = LEXICON.verdictSubjects.startOf(piece.toLowerCase());
  if (subject === undefined || !/^\s/.test(piece.slice(subject.length))) return false;
  const rest = piece.slice(subject.length);
  // (compared with here or the platform it argued for the removed part too: "it is easier than upload here")
  const than = /\bthan\b/i.exec(rest);
  if (than && !/\bhere\b/i.test(rest.slice(than.index)) && !LEXICON.platformNames.occursIn(rest.slice(than.index))) return false;
  // (a verdict that holds of Upwork too, "it's easier for both", argued for the removed part only when compared with here: "it is easier than upload here")
  return (LEXICON.verdicts.occursIn(rest) || (than !== null && LEXICON.comparedVerdicts.occursIn(rest))) && (rest.match(/[\p{L}\p{N}']+/gu) ?? []).length <= (than ? 8 : maxWords);
}

/** A piece of a sentence: its words, the mark that joins it to the next (", ", " — ", or ""), and whether it opens with a clause word ("if", "since"). */
interface Unit {
  text: string;
  mark: string;
  clause: boolean;
}

/** `text` cut at commas, semicolons and spaced dashes, and each piece again before a clause word (`justifications.clauseWords`). */
function unitsOf(text: string): Unit[] {
  const units: Unit[] = [];
  for (const piece of text.match(PIECE_RE) ?? []) {
    const mark = /(?:[,;]|\s[—–-])\s*$|[—–]$/.exec(piece)?.[0] ?? "";
    const core = piece.slice(0, piece.length - mark.length);
    const parts = core.split(CLAUSE_WORD_RE);
    parts.forEach((part, i) => units.push({ text: part, mark: i === parts.length - 1 ? mark : "", clause: i > 0 }));
  }
  return units.filter((u) => u.text.trim() !== "" || u.mark !== "");
}

/** Where a clause word opens a clause inside a piece: before " if ", " since ", " in case " (the space stays with the clause). */
const CLAUSE_WORD_RE = new RegExp(`(?<=\\S)(?=\\s+(?:${LEXICON.justificationClauseWords.words.map((w) => w.replace(/ /g, "\\s+")).join("|")})\\s)`, "giu");

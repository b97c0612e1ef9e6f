// What argued for a removed violation goes with it: the reason, benefit or apology said beside it
// ("since Upwork chat sometimes delays notifications, ", ", which keeps your costs lower", ", sorry,
// this is my policy"), read from a rewritten sentence piece by piece (lexicon.json `justifications`).

import { LEXICON } from "./lexicon";

/** The pieces a sentence is cut into: text up to a comma, semicolon or spaced dash, and the mark after it. */
const PIECE_RE = /[^,;—–]+?(?:(?:[,;]|\s[—–-])\s+|$)/gu;

/** A sentence lead that stays in front whatever follows: "Also, ", "Honestly, ", "PS - ". */
function leadOf(text: string): string {
  const known = LEXICON.sentenceLeads.startOf(text) ?? LEXICON.discourseTags.startOf(text) ?? /^\s*frankly/i.exec(text)?.[0];
  if (known === undefined || !text.startsWith(known)) return "";
  const m = /^\s*(?:,|:|\s[—–-])\s+/.exec(text.slice(known.length));
  return m ? known + m[0] : "";
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
  // (a closing colon introduces what follows the sentence: it stays at the end)
  const colon = /:\s*$/.exec(text)?.[0] ?? "";
  const lead = leadOf(text);
  const pieces = text.slice(lead.length, text.length - colon.length).match(PIECE_RE) ?? [];
  if (pieces.length < 2) return text;
  const bareOf = (p: string) => p.replace(/(?:[,;]|\s[—–-])\s*$/, "").trim();
  const argues = (p: string, last: boolean) => {
    const bare = bareOf(p);
    if (!original.includes(bare) || /\bhere on Upwork\b/i.test(bare)) return false;
    const opener = LEXICON.justificationOpeners.startOf(bare);
    return complainsOfPlatform(bare) || ((opener !== undefined || last) && points(bare));
  };
  const dropped = pieces.map((p, i) => argues(p, i === pieces.length - 1));
  // (an apology alone goes with the piece it apologised for: ", sorry, this is my policy")
  for (let i = pieces.length - 2; i >= 0; i--) if (dropped[i + 1] && LEXICON.apologies.has(bareOf(pieces[i]!).toLowerCase())) dropped[i] = true;
  const kept = pieces.filter((_, i) => !dropped[i]);
  if (kept.length === pieces.length || kept.length === 0 || (kept.join("").match(/[\p{L}\p{N}']+/gu) ?? []).length < 2) return text;
  // (the last kept piece loses the mark that joined it to a dropped one; the first is capitalised when it opens the sentence)
  let out = kept.join("").replace(/(?:[,;]|\s[—–-])\s*$/, "").trimEnd();
  // (a connector left at the front, "so ping me", "and you can", goes with the piece before it)
  if (kept[0] !== pieces[0]) {
    const connector = LEXICON.leadingConnectors.startOf(out);
    if (connector !== undefined) out = out.trimStart().slice(connector.length).trimStart();
    if (!lead && /^\p{Lu}/u.test(text)) out = out.charAt(0).toUpperCase() + out.slice(1);
  }
  return lead + out + colon;
}

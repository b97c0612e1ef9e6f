// Touch-ups applied to a finished rewrite (rewriteSentence): each undoes one way a correct swap can still
// read wrong (a second price, a bracketed second channel, a lost capital, a lone dash, an argument for the
// removed part left behind).

import { LEXICON } from "./lexicon";
import { leadOfResidue, withoutJustifications } from "./justifications";
import type { Sentence } from "./sentence";
import { type RewriteTarget, type SentenceRewrite, byPriority } from "./targets";
import { danglingOf, dangles, readsWell } from "./reading-checks";
import { upperFirst, words } from "./text";
import { TAG_QUESTION_RE } from "./sentence-patterns";

/** An amount of money: "$35", "120$", "USD 350", "450 euros". */
const MONEY_RE = /[$€£₹]\s?\d|\d[\d,.]*\s?(?:[$€£]|USD|EUR|GBP|dollars?|euros?|bucks)(?![\p{L}])|\b(?:USD|EUR|GBP)\s?\d/u;
/** Where a closing piece opens: a comma or semicolon, a spaced dash, or a space before "but", "or", "otherwise". */
const PIECE_OPENING = String.raw`(?:\s*[,;]\s*|\s[—–-]\s+|\s+(?=(?:but|or|otherwise)\s))`;
/** A closing piece that sets a price on a condition: ", but if pay on Upwork then 100$", ", or $35 if you pay me on Upwork". */
const PRICED_CONDITION_RE = new RegExp(String.raw`${PIECE_OPENING}(?:(?:but|or|and|otherwise)\s+)?(?:[^,;—–]*?\s)?(?:if|when|once)\s+[^,;—–]*$`, "iu");

/**
 * `rewrite` without a second price that was offered for paying outside Upwork, now that the payment is swapped for
 * Upwork: "Price is 120$ per character sheet, but if pay outside Upwork then 100$" had become "..., but if pay on Upwork
 * then 100$", which sets two prices for the same thing; the piece goes ("Price is 120$ per character sheet"). Only for a
 * payment or work finding, a closing piece that names Upwork, holds an amount and a condition, was changed by the swap,
 * and follows an amount of its own; `rewrite` is returned unchanged otherwise.
 */
export function withoutPriceForLeaving(source: string, found: Sentence, targets: RewriteTarget[], rewrite: SentenceRewrite): SentenceRewrite {
  if (!targets.some((t) => t.family === "circumvention")) return rewrite;
  const m = PRICED_CONDITION_RE.exec(rewrite.text);
  if (!m || m.index === 0) return rewrite;
  const piece = m[0];
  const head = rewrite.text.slice(0, m.index);
  if (!/\bUpwork\b/.test(piece) || !MONEY_RE.test(piece) || !MONEY_RE.test(head) || source.slice(found.start, found.close).includes(piece.trim())) return rewrite;
  const text = head.replace(/[\s,;—–-]+$/u, "");
  if (words(text).length < 3) return rewrite;
  return { ...rewrite, text, sentence: text + rewrite.sentence.slice(rewrite.text.length), phrase: text.includes(rewrite.phrase) ? rewrite.phrase : text.trim() };
}

/** A bracketed other channel offered right after Upwork's own means: "a quick Upwork call (or WhatsApp video — whatever you like)". */
const BRACKETED_ALTERNATIVE_RE = /(\bUpwork(?:\s+[\p{L}-]+){0,2}?)\s*\(\s*or\s+([^()]*)\)/gu;

/**
 * `rewrite` without a second channel offered in brackets after the place or means the rewrite put: "Let's hop on a
 * quick Upwork call (or WhatsApp video — whatever you like) this week" -> "Let's hop on a quick Upwork call this week".
 * The bracket goes whole when it names a channel (lexicon `channelNouns`, `callApps`) and not Upwork; `rewrite` is
 * returned unchanged otherwise.
 */
export function withoutBracketedAlternative(rewrite: SentenceRewrite): SentenceRewrite {
  const text = rewrite.text.replace(BRACKETED_ALTERNATIVE_RE, (m, kept: string, other: string) =>
    (LEXICON.channelNouns.occursIn(other) || LEXICON.callApps.occursIn(other)) && !/\bUpwork\b/i.test(other) ? kept : m,
  );
  if (text === rewrite.text) return rewrite;
  return { ...rewrite, text, sentence: text + rewrite.sentence.slice(rewrite.text.length), phrase: text.includes(rewrite.phrase) ? rewrite.phrase : text.trim() };
}

/** Following or subscribing to me where the rewrite put my Upwork portfolio. */
const alternationOf = (ws: readonly string[]) => [...ws].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
const FOLLOWED_PORTFOLIO_RE = /\b(?:follow|subscribe to)\s+(?:me|us)\s+(?:on|in|at)\s+(?=(?:my|our) Upwork portfolio\b)/iu;

const MESSAGE_NOUNS = alternationOf(LEXICON.portfolioMessages.nouns);
/** My channel's messages where the rewrite put my portfolio: "my Upwork portfolio DMs" (was "my Insta DMs"). */
const PORTFOLIO_MESSAGES_RE = new RegExp(String.raw`\b(my|our) Upwork (?:portfolio|profile)(?:['’]s)?\s+(?:${MESSAGE_NOUNS})(?![\p{L}])`, "giu");
/** A message sent to where the rewrite put my portfolio: "(a) DM to my Upwork portfolio" (was "DM to my Instagram @x"). */
const MESSAGE_TO_PORTFOLIO_RE = new RegExp(String.raw`(?<![\p{L}])(?:(?:a|an)\s+)?(?:${MESSAGE_NOUNS})\s+(?:to|on|in|at|via)\s+(?:my|our) Upwork (?:portfolio|profile)\b`, "giu");

/** My channel's messages said open where the rewrite put my portfolio: "DMs always open in my Upwork portfolio" (was "on Instagram @x"). */
const MESSAGES_OPEN_AT_PORTFOLIO_RE = new RegExp(String.raw`(?<![\p{L}])(?:${MESSAGE_NOUNS})((?:\s+(?:are|is|always|usually|still|wide)){0,2}\s+open)\s+(?:to|on|in|at|via)\s+(?:my|our) Upwork (?:portfolio|profile)\b`, "giu");

/** An idiom that sent the reader to the removed channel's messages (lexicon `portfolioMessages.idioms`): "slide into the DMs". */
const MESSAGE_IDIOMS_RE = new RegExp(String.raw`(?<![\p{L}])(?:${alternationOf(Object.keys(LEXICON.portfolioMessages.idioms))})(?![\p{L}])`, "giu");

/**
 * `rewrite` with a portfolio visited rather than followed or messaged: "Follow me in my Upwork portfolio" -> "Visit my
 * Upwork portfolio"; "my Upwork portfolio DMs are open" -> "my Upwork messages are open", "send me DM to my Upwork
 * portfolio" -> "send me a message here on Upwork" and "DMs always open in my Upwork portfolio" -> "messages always open
 * here on Upwork" (lexicon `portfolioMessages`).
 */
export function portfolioSeen(rewrite: SentenceRewrite): SentenceRewrite {
  const m = FOLLOWED_PORTFOLIO_RE.exec(rewrite.text);
  const visited = m ? rewrite.text.slice(0, m.index) + (/^\p{Lu}/u.test(m[0]) ? "Visit" : "visit") + " " + rewrite.text.slice(m.index + m[0].length) : rewrite.text;
  const text = visited
    .replace(PORTFOLIO_MESSAGES_RE, (_m, owner: string) => `${owner} ${LEXICON.portfolioMessages.said}`)
    .replace(MESSAGE_TO_PORTFOLIO_RE, () => LEXICON.portfolioMessages.sent)
    .replace(MESSAGES_OPEN_AT_PORTFOLIO_RE, (_m, open: string) => `${LEXICON.portfolioMessages.open}${open} ${LEXICON.portfolioMessages.place}`)
    .replace(MESSAGE_IDIOMS_RE, (m: string, at: number, all: string) => (/\bUpwork\b/.test(all.slice(0, at)) ? LEXICON.portfolioMessages.idioms[m.toLowerCase().replace(/\s+/g, " ")] ?? m : m));
  if (text === rewrite.text) return rewrite;
  return { ...rewrite, text, sentence: text + rewrite.sentence.slice(rewrite.text.length), phrase: text.includes(rewrite.phrase) ? rewrite.phrase : text.trim() };
}

const SPACED_DASH_RE = /\s[—–]\s/gu;

/**
 * `rewrite` without the closing dash of a pair whose opening dash went with the finding: "Text me — 555 ... — and I'll
 * reply" -> "Message me here on Upwork and I'll reply" (not "... here on Upwork — and I'll reply"). Only a dash left
 * before a connector ("and", "so", "but") is taken, because there it only closed the aside.
 */
export function dashPairClosed(source: string, rewrite: SentenceRewrite): SentenceRewrite {
  const left = [...rewrite.text.matchAll(SPACED_DASH_RE)];
  if (left.length !== 1 || (source.slice(rewrite.start, rewrite.end).match(SPACED_DASH_RE) ?? []).length !== 2) return rewrite;
  const at = left[0]!.index!;
  if (LEXICON.leadingConnectors.startOf(rewrite.text.slice(at + left[0]![0].length)) === undefined) return rewrite;
  const text = `${rewrite.text.slice(0, at)} ${rewrite.text.slice(at + left[0]![0].length)}`;
  return { ...rewrite, text, sentence: text + rewrite.sentence.slice(rewrite.text.length), phrase: text.includes(rewrite.phrase) ? rewrite.phrase : text.trim() };
}

/** `rewrite` with the capital its sentence opened with, when it rewrites the sentence's opening word ("Text me — 555 ... —" -> "Message me ..."). */
export function capitalKept(source: string, found: Sentence, rewrite: SentenceRewrite): SentenceRewrite {
  // (only markup may stand before it: after a lead, "Btw, message me ...", the rewrite goes on in lower case)
  if (!/^[\s*_"'“‘(\[]*$/u.test(source.slice(found.start, rewrite.start))) return rewrite;
  const was = /\p{L}/u.exec(source.slice(rewrite.start, found.end))?.[0];
  const now = /\p{L}/u.exec(rewrite.text);
  if (!was || !now || was !== was.toUpperCase() || now[0] !== now[0].toLowerCase() || now[0] === now[0].toUpperCase()) return rewrite;
  const text = rewrite.text.slice(0, now.index) + now[0].toUpperCase() + rewrite.text.slice(now.index + 1);
  return { ...rewrite, text, sentence: text + rewrite.sentence.slice(rewrite.text.length), phrase: rewrite.phrase === rewrite.text ? text : rewrite.phrase };
}

/** `rewrite` without what argued for the removed part, or the rule's own phrase when only that is left. */
export function withoutArguments(source: string, found: Sentence, targets: RewriteTarget[], rewrite: SentenceRewrite): SentenceRewrite {
  // (what argued for the removed part goes with it: "Since Upwork chat is slow, message me here on Upwork")
  const terminal = rewrite.sentence.slice(rewrite.text.length);
  const extra = danglingOf(targets.map((t) => t.book));
  const original = source.slice(found.start, found.close);
  const points = (piece: string) => dangles(piece, extra);
  // (nothing left but what argued for the removed part, or a lead alone: the rule's own phrase after the lead)
  const residueLead = leadOfResidue(original, rewrite.text, points);
  const statement = byPriority(targets.map((t) => t.book)).statement;
  // (emphasis around the residue stays around the phrase: "**Just to stay on your radar**" -> "**I'll follow up once here on Upwork**")
  const [opens, closes] = [/^[\s*_]*/.exec(rewrite.text)![0], /[\s*_]*$/.exec(rewrite.text)![0]];
  // (a tag question left alone, "Ok?", "Right?", tags the rule's statement: "I'll follow up once here on Upwork, ok?")
  const tag = TAG_ALONE_RE.exec(rewrite.text.slice(opens.length, rewrite.text.length - closes.length));
  const text = tag && opens.length + closes.length < rewrite.text.length ? `${opens}${upperFirst(statement)}, ${tag[0].trim().toLowerCase()}${closes}` : residueLead !== undefined ? opens + residueLead + (residueLead ? statement : upperFirst(statement)) + closes : askedIfQuestion(withoutRedundantContrast(original, withoutJustifications(original, rewrite.text, points)), terminal);
  if (text === rewrite.text || !readsWell(source.slice(rewrite.start, rewrite.end), text, targets.map((t) => t.book))) return rewrite;
  return { ...rewrite, text, sentence: text + terminal, phrase: rewrite.phrase && text.includes(rewrite.phrase) ? rewrite.phrase : text.trim() };
}

/** A tag question's word alone: "ok", "right", "okay". */
const TAG_ALONE_RE = /^\s*(?:ok|okay|right|yeah|yes|deal|agreed)\s*$/i;

/** A clause kept from the original that names Upwork, then a rewritten "but ..." that now says Upwork too: "All payments stay on Upwork, but tips can go through Upwork". */
const REDUNDANT_CONTRAST_RE = /^([^,;—–]*\bUpwork\b[^,;—–]*),\s*but\s+[^,;—–]*\b(?:through|on|via)\s+Upwork\s*$/iu;

/** `text` without a "but" clause that the rewrite made say what the kept clause before it says (the contrast was with the removed channel). */
function withoutRedundantContrast(original: string, text: string): string {
  const m = REDUNDANT_CONTRAST_RE.exec(text);
  return m && original.includes(m[1]!) && !original.includes(text.trim()) ? m[1]! : text;
}

/** A statement of what I or we will do, which a question mark left after it asks: "I'll send the files", "we can talk". */
export const ASKABLE_STATEMENT_RE = /^(\s*)(I|we)(?:\s+(?:can|could|will)|['’]ll)\s+/i;

/** `text` asked when it is a statement left before a question mark: "I'll send it here on Upwork" + "?" -> "Could I send it here on Upwork". */
function askedIfQuestion(text: string, terminal: string): string {
  // (not a statement with its tag question: "I'll follow up once here on Upwork, ok?")
  const m = terminal.includes("?") && !TAG_QUESTION_RE.test(text) ? ASKABLE_STATEMENT_RE.exec(text) : null;
  // ("I" opens the text it starts; "we" keeps its case)
  return m ? `${m[1]}${m[2] === "I" || m[2] === "We" ? "Could" : "could"} ${m[2] === "I" ? "I" : "we"} ${text.slice(m[0].length)}` : text;
}

/**
 * `rewrite` with a bold or underlined stretch the edit broke closed again: an edit that took the closing "**" with the
 * condition it removed ("Source files are **held until feedback is posted**." had become "... **held with the final
 * milestone.") puts it back at its end, one that took the opening mark puts it back at its start.
 */
export function emphasisPaired(source: string, rewrite: SentenceRewrite): SentenceRewrite {
  const before = source.slice(rewrite.start, rewrite.end);
  let text = rewrite.text;
  for (const mark of ["**", "__"]) {
    const count = (s: string) => s.split(mark).length - 1;
    // (a blank to fill in, "______", is no emphasis)
    if (Math.abs(count(before) - count(text)) % 2 === 0 || before.includes(mark + mark[0])) continue;
    const tail = /\s*$/.exec(text)![0];
    if (before.trimEnd().endsWith(mark) && !text.trimEnd().endsWith(mark)) text = text.trimEnd() + mark + tail;
    else if (before.trimStart().startsWith(mark) && !text.trimStart().startsWith(mark)) text = mark + text;
  }
  if (text === rewrite.text) return rewrite;
  return { ...rewrite, text, sentence: text + rewrite.sentence.slice(rewrite.text.length), phrase: rewrite.phrase === rewrite.text ? text.trim() : rewrite.phrase };
}

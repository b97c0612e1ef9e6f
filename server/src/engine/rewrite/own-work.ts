// The work someone else was to do on my account stays, done by me: "my sister will log in to my Upwork
// account and handle your books whenever I travel" -> "I will personally handle your books whenever I travel".

import { LEXICON } from "./lexicon";

const alt = (ws: readonly string[]) => [...ws].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");
const G = LEXICON.ownWork;

/**
 * Another person using my login, and the work it was for: a person of mine ("my sister", "our VA"), an aside
 * about them (", who is also a CPA,"), a modal (group 1) and an adverb of how often (`ownWork.adverbs`: the other
 * person's share, which goes), a verb of logging in (lexicon `ownWork.loginVerbs`) to
 * my account or as me, then "and" or "to" before the work (group 2 is that connector).
 */
const LOGIN_FOR_WORK_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:my|our)\s+(?:(?!(?:${alt(G.modals)})\s)[\p{L}-]+\s+){0,2}?[\p{L}-]+(?:\s*,[^,;()]{1,60},)?\s+(?:(${alt(G.modals)})\s+(?:(?:${alt(G.adverbs)})\s+)?)?(?:${alt(G.loginVerbs)})\s+(?:(?:to|into)\s+)?(?:(?:my|our|this)\s+(?:Upwork\s+)?(?:account|profile|login)|as\s+(?:me|us))\s+(and|to)\s+(?=\p{Ll})`,
  "iu",
);

/**
 * `text` (a sentence body) with another person's use of my login said as my own work: the person, the logging in
 * and its connector give way to "I", the modal and "personally", and the work and what follows it stay, up to a piece
 * that still speaks of the other person ("he", "his", "she", "her"). "Would you
 * mind if my assistant signs in as me to send the weekly reports?" -> "Would you mind if I personally send the
 * weekly reports?". Undefined when `text` holds no such clause inside [from, to) (the finding), or when the work
 * was said with "and" and no modal (its verb agrees with the other person: "she logs in and sends").
 */
export function sharedWorkOwned(text: string, from: number, to: number): string | undefined {
  const m = LOGIN_FOR_WORK_RE.exec(text);
  if (!m || m.index + m[0].length <= from || m.index >= to) return undefined;
  const [, modal, connector] = m;
  if (!modal && connector!.toLowerCase() === "and") return undefined;
  const work = text.slice(m.index + m[0].length);
  // (a piece after the work that still speaks of the other person goes, and what follows it: "..., since his English is
  // better than mine", "...; he's also an artist, you won't notice the difference")
  const other = [...work.matchAll(PIECE_BREAK_RE)].find((b) => OTHER_PERSON_RE.test(work.slice(b.index! + b[0].length).split(PIECE_BREAK_RE)[0]!));
  return `${text.slice(0, m.index)}I ${modal ? `${modal.toLowerCase()} ` : ""}personally ${other ? work.slice(0, other.index) : work}`;
}

/** Where a sentence's pieces part: a comma, a semicolon or a spaced dash. */
const PIECE_BREAK_RE = /\s*[,;]\s+|\s+[—–-]\s+/gu;
/** A third person named by a pronoun: "his English", "she's also an artist". */
const OTHER_PERSON_RE = /(?<![\p{L}'’])(?:he|his|him|she|her|hers)(?![\p{L}])/iu;

/**
 * Another person offered after "or" as a second doer of work said to be mine, with what the sentence said of them: ", or, when
 * I'm travelling, by my associate Clara (she logs in under my name)". The work said "by me" or "myself" before it stands alone.
 */
const OTHER_DOER_RE = /(?<=\b(?:by\s+me|myself|me\s+personally))\s*,?\s+or,?\s+(?:(?:when|while|if|whenever)\s[^,;()]*,\s+)?by\s+(?:my|our)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:\s*\([^()]*\))?\s*$/u;

/** `text` (a sentence body) without a second doer offered after "or" beside my own work; undefined when it has none. */
export function otherDoerDropped(text: string): string | undefined {
  const m = OTHER_DOER_RE.exec(text);
  return m ? text.slice(0, m.index) : undefined;
}

/**
 * Another person of mine as the subject of a present verb, doing the work on my profile or as me (lexicon `ownWork.helpers`,
 * `ownWork.places`): "My cousin handles most of the work on this profile" (group 1 the line's lead, group 2 the verb).
 */
const OTHER_SUBJECT_RE = new RegExp(String.raw`^(\s*(?:\d+[.)]\s+|[-*•]\s+)?)(?:my|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:${alt(G.helpers)})(?:\s*,[^,;()]{1,40},)?\s+(\p{Ll}+s)(?=\s)(?=[^,;—–]*(?<![\p{L}])(?:${alt(G.places)})(?![\p{L}]))`, "iu");
const AS_ME_RE = new RegExp(String.raw`\s+(?:${alt(G.asMe)})(?![\p{L}])`, "iu");

/** Work done at set times: "on Sundays", "at weekends", "when I'm away", "sometimes". */
const SET_TIMES_RE = /(?<![\p{L}])(?:on\s+(?:\p{Lu}\p{Ll}+days?|weekends?)|at\s+(?:the\s+)?weekends?|when|while|whenever|sometimes|occasionally|at\s+night)(?![\p{L}])/u;

/** The base form of a verb said of another person: "handles" -> "handle", "replies" -> "reply", "does" -> "do". */
function baseForm(verb: string): string {
  const irregular: Record<string, string> = { does: "do", has: "have", goes: "go", is: "am" };
  if (irregular[verb.toLowerCase()]) return irregular[verb.toLowerCase()]!;
  if (/[^aeiou]ies$/i.test(verb)) return verb.slice(0, -3) + "y";
  if (/(?:ss|sh|ch|x|z)es$/i.test(verb)) return verb.slice(0, -2);
  return verb.slice(0, -1);
}

/**
 * `text` (a sentence body) with another person of mine who does the work on my profile said as me: "My cousin handles most
 * of the work on this profile, and I review ..." -> "I handle most of the work on this profile, and I review ..."; "My
 * assistant answers messages as me on this account" -> "I answer messages on this account". Undefined when it has none
 * inside [from, to).
 */
export function otherSubjectOwned(text: string, from: number, to: number): string | undefined {
  const m = OTHER_SUBJECT_RE.exec(text);
  if (!m || m.index + m[0].length <= from || m.index >= to) return undefined;
  const rest = text.slice(m.index + m[0].length);
  const piece = rest.search(/[,;—–]/);
  const [work, after] = piece < 0 ? [rest, ""] : [rest.slice(0, piece), rest.slice(piece)];
  // (not work the other person does at set times, which leaves the rest of it to someone: "answers on this profile on Sundays")
  // (nor work whose share a contrast after it sets against mine: "..., but I do the final polish")
  if (SET_TIMES_RE.test(work) || /^\s*[,;—–]?\s*(?:but|while|whereas)(?![\p{L}])/iu.test(after)) return undefined;
  // (the other person's share is all of it, mine: "most of the work" -> "all of the work ... myself")
  const mine = work.replace(AS_ME_RE, "").replace(/(?<![\p{L}])most(?![\p{L}])/iu, "all").trimEnd();
  return `${text.slice(0, m.index)}${m[1]}I ${baseForm(m[2]!)}${mine} myself${work.slice(work.trimEnd().length)}${after}`;
}

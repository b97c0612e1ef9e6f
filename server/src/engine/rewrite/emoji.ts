// Emojis of a rewritten sentence. An emoji is the writer's tone and stays when the words it sat among are
// rewritten ("My VA answers from my login sometimes 💁‍♀️ she's a sweetheart!" -> "I do all the work on this
// profile myself 💁‍♀️!"); one that stood for what the finding removed (lexicon `standInEmojis`: a phone beside
// a number, money beside an outside payment) goes with it ("My cell is 555-0128 📞😊" -> "... here on Upwork 😊").

import data from "./lexicon.json";
import type { Sentence } from "./sentence";
import type { RewriteTarget, SentenceRewrite } from "./targets";

/** One emoji: a pictograph shown as an emoji, with its variation selector, skin tone and joined parts. */
export const EMOJI = String.raw`(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:\uFE0F|\p{Emoji_Modifier}|\u200D(?:\p{Emoji_Presentation}|\p{Extended_Pictographic})\uFE0F?)*`;
const EMOJI_RE = new RegExp(EMOJI, "gu");
const ANY_EMOJI_RE = new RegExp(EMOJI, "u");
/** Emojis side by side, with the spaces before them: " 🙏✨". */
const RUN_AFTER_RE = new RegExp(String.raw`^[ \t]*(?:${EMOJI})+`, "u");
/** An icon opening a line, after its markup: "## 📩 ". */
const LEADING_RUN_RE = new RegExp(String.raw`^[\s*_#>-]*((?:${EMOJI})+)`, "u");
const RUN_BEFORE_RE = new RegExp(String.raw`(?:${EMOJI})+[ \t]*$`, "u");

const firstPoint = (emoji: string) => String.fromCodePoint(emoji.codePointAt(0)!);
const STAND_INS = new Map(Object.entries(data.standInEmojis).filter(([k]) => !k.startsWith("_") && k !== "repeatedFor").map(([family, list]) => [family, new Set((list as string[]).map(firstPoint))]));

const REPEATED_FOR = new Set<string>(data.standInEmojis.repeatedFor);
/** The same emoji three times in a row: "💌💌💌". */
const REPEATED_RE = new RegExp(String.raw`(${EMOJI})\1\1`, "gu");

/** The emojis that stood for what findings of `families` remove, by first code point; `original` gives those repeated for a repetition. */
function standInsOf(families: (string | undefined)[], original: string): Set<string> {
  const out = new Set(families.flatMap((f) => [...(STAND_INS.get(f ?? "") ?? [])]));
  if (families.some((f) => f !== undefined && REPEATED_FOR.has(f))) for (const m of original.matchAll(REPEATED_RE)) out.add(firstPoint(m[1]!));
  return out;
}

/** The emojis of `text` outside brackets, in order. */
function emojisOutsideBrackets(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(EMOJI_RE)) {
    const before = text.slice(0, m.index);
    if (before.split("(").length === before.split(")").length) out.push(m[0]);
  }
  return out;
}

/**
 * `rewrite` with the sentence's emojis put right: an emoji that stood for the removed part (lexicon `standInEmojis`
 * for the findings' families) goes, whether the rewrite kept it or it sat just beside the rewritten stretch; every
 * other emoji the rewrite dropped (not one inside a bracket that went, "(5th time today 🙈)") comes back after the
 * rewritten words, before any terminal mark; an icon that opened the line stays in front of it ("## 📩 Email me: ...").
 * `rewrite` unchanged when there is nothing to do.
 */
export function emojisKept(source: string, found: Sentence, targets: RewriteTarget[], rewrite: SentenceRewrite): SentenceRewrite {
  const standIns = standInsOf(targets.map((t) => t.family), source.slice(found.start, found.close));
  const standsIn = (emoji: string) => standIns.has(firstPoint(emoji));
  const { start, end, rest } = widenedOverEmojis(source, found, rewrite, standsIn);
  const original = source.slice(start, end);
  if (!ANY_EMOJI_RE.test(original)) return rewrite;
  // (the rewrite's terminal marks, when it reached over them, stay last)
  const reached = rewrite.end > found.end ? /[\s.!?…"'”’)\]]*$/u.exec(rewrite.text)![0] : "";
  const body = rewrite.text.slice(0, rewrite.text.length - reached.length);
  // (an icon opening the line: nothing but markup before it in the sentence. A rewrite that kept it keeps it; one that
  // dropped it puts it back unless it stood in, outside a heading: "## 📩 Email me: ..." keeps its section's icon,
  // "- 🎁 Free logo for a 5-star review" loses the gift)
  const lineStart = source.lastIndexOf("\n", found.start - 1) + 1;
  const icon = /\p{L}/u.test(source.slice(found.start, start)) ? undefined : LEADING_RUN_RE.exec(original)?.[1];
  const heading = /^\s*#/.test(source.slice(lineStart, found.start + 1));
  const restored = icon !== undefined && (heading || !(icon.match(EMOJI_RE) ?? []).some(standsIn)) ? icon : undefined;
  const kept = withoutStandIns(body, new Set(original.match(EMOJI_RE) ?? []), standsIn, icon);
  const text = withDroppedEmojis(kept, original, standsIn, icon, restored) + reached;
  if (text === rewrite.text && start === rewrite.start && end === rewrite.end) return rewrite;
  return { start, end, text, sentence: text + rest, phrase: rewrite.phrase === rewrite.text ? text.trim() : rewrite.phrase };
}

/**
 * The stretch an emoji edit covers: the rewrite's, with a run of emojis just after it (what stood in goes, the rest stays
 * where it was) and a run just before it when all of it stood in ("lives here 👉 beacons.ai/x"), but not an icon opening
 * the line ("## 📩 Email me: ..."); `rest` is what follows the stretch up to the sentence's end, terminal included.
 */
function widenedOverEmojis(source: string, found: Sentence, rewrite: SentenceRewrite, standsIn: (emoji: string) => boolean): { start: number; end: number; rest: string } {
  let { start, end } = rewrite;
  let rest = rewrite.sentence.slice(rewrite.text.length);
  const after = RUN_AFTER_RE.exec(source.slice(end, Math.max(end, found.end)));
  if (after && rest.startsWith(after[0])) {
    end += after[0].length;
    rest = rest.slice(after[0].length);
  }
  const before = RUN_BEFORE_RE.exec(source.slice(found.start, start));
  if (before && /\p{L}/u.test(source.slice(found.start, start - before[0].length)) && (before[0].match(EMOJI_RE) ?? []).every(standsIn)) start -= before[0].length;
  return { start, end, rest };
}

/**
 * `text` without the emojis of `had` that stood in, and the space before a run left empty unless a word follows it
 * ("number 📞 and" -> "number and", "Upwork 📞😊" -> "Upwork 😊"); the line's `icon` at its start stays.
 */
function withoutStandIns(text: string, had: Set<string>, standsIn: (emoji: string) => boolean, icon: string | undefined): string {
  const iconEnd = icon !== undefined && text.trimStart().startsWith(icon) ? text.indexOf(icon) + icon.length : 0;
  const out = text.replace(new RegExp(`([ \\t]?)((?:${EMOJI})+)`, "gu"), (m: string, space: string, run: string, at: number, whole: string) => {
    if (at < iconEnd) return m;
    const kept = (run.match(EMOJI_RE) ?? []).filter((e) => !standsIn(e) || !had.has(e)).join("");
    if (kept) return space + kept;
    const next = whole[at + m.length];
    return next !== undefined && !/[\s,.;:!?]/.test(next) ? space : "";
  });
  return /^\s/.test(text) ? out : out.trimStart();
}

/**
 * `text` with the emojis of `original` it dropped put back: the line's `icon` in front when it is to be `restored`, any
 * other that did not stand in (outside brackets) after the words.
 */
function withDroppedEmojis(text: string, original: string, standsIn: (emoji: string) => boolean, icon: string | undefined, restored: string | undefined): string {
  const present: string[] = text.match(EMOJI_RE) ?? [];
  const iconLost = icon !== undefined && !text.trimStart().startsWith(icon);
  const iconEmojis: string[] = icon?.match(EMOJI_RE) ?? [];
  const missing: string[] = [];
  for (const emoji of emojisOutsideBrackets(original)) {
    const at = present.indexOf(emoji);
    if (at >= 0) present.splice(at, 1);
    else if (iconLost && iconEmojis.includes(emoji)) iconEmojis.splice(iconEmojis.indexOf(emoji), 1);
    else if (!standsIn(emoji)) missing.push(emoji);
  }
  const led = iconLost && restored !== undefined ? `${restored} ${text.trimStart()}` : text;
  return missing.length > 0 ? `${led.trimEnd()} ${missing.join("")}` : led;
}

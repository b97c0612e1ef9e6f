import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from "obscenity";
import meta from "../../../../../rules/conduct/profanity/rule.json";
import { defineRule, detectionIn } from "../../rule";
import { INNOCENT_ROOTS, WHITELISTED_WORDS } from "../../patterns/conduct";

// The maintained English list of the `obscenity` package, with its leetspeak and repetition folding.
// "sex" alone is a subject (sex education), not profanity; sexual remarks are conduct/harassment's.
const dataset = englishDataset.build();
const matcher = new RegExpMatcher({
  ...dataset,
  blacklistedTerms: dataset.blacklistedTerms.filter((t) => !INNOCENT_ROOTS.has(String(englishDataset.getPayloadWithPhraseMetadata({ termId: t.id, startIndex: 0, endIndex: 0, matchLength: 0 }).phraseMetadata?.originalWord))),
  whitelistedTerms: [...(dataset.whitelistedTerms ?? []), ...WHITELISTED_WORDS],
  ...englishRecommendedTransformers,
});

/** The whole word around `[start, end)`: "fucking", not "fuck". */
function wholeWord(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s > 0 && /[\p{L}\p{N}]/u.test(text[s - 1]!)) s--;
  while (e < text.length && /[\p{L}\p{N}]/u.test(text[e]!)) e++;
  return [s, e];
}

export const profanity = defineRule("conduct/profanity", meta, (ctx) => {
  const view = ctx.doc.prose;
  return matcher
    .getAllMatches(view.text, true)
    .filter((m) => /[a-z]/i.test(view.text.slice(m.startIndex, m.endIndex + 1))) // "455" is a number, not leetspeak
    .map((m) => {
      const [s, e] = wholeWord(view.text, m.startIndex, m.endIndex + 1);
      return detectionIn(view, s, e);
    });
});

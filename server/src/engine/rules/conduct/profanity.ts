import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from "obscenity";
import meta from "../../../../../rules/conduct/profanity/rule.json";
import { defineRule, detectionIn } from "../../rule";

// The maintained English list of the `obscenity` package, with its leetspeak and repetition folding.
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

export const profanity = defineRule("conduct/profanity", meta, (ctx) => {
  const view = ctx.doc.prose;
  return matcher
    .getAllMatches(view.text, true)
    .filter((m) => /[a-z]/i.test(view.text.slice(m.startIndex, m.endIndex + 1))) // "455" is a number, not leetspeak
    .map((m) => detectionIn(view, m.startIndex, m.endIndex + 1));
});

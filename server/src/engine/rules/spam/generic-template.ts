import meta from "../../../../../rules/spam/generic-template/rule.json";
import { defineRule, detectionIn } from "../../rule";
import { placeholdersOf } from "../../library/placeholders";

/** Below this many words a note is too short to call a generic letter. */
const MIN_WORDS = 40;

export const genericTemplate = defineRule("spam/generic-template", meta, (ctx) => {
  const view = ctx.doc.prose;
  if (placeholdersOf(ctx.doc).length > 0) return [];
  const words = view.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  if (words < MIN_WORDS) return [];
  // Anchored on the first line of prose, where a reader starts.
  const first = /\S[^\n]*/.exec(view.text);
  return first ? [detectionIn(view, first.index, first.index + first[0].trimEnd().length, { replacement: null })] : [];
});

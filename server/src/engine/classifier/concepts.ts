// Concept tokens for the learned layer: a word (or phrase) found in a lexicon also stands for its
// class ("paypal", "wise" and "m-pesa" are all PAY), so what the bank teaches about one payment
// channel, app, network, review word or person carries over to the others in the same list, and a
// maintainer who adds a spelling to a lexicon teaches the model too (no retraining needed for the
// class features to fire on it).

import messagingApps from "../lexicons/messaging-apps.json";
import paymentChannels from "../lexicons/payment-channels.json";
import people from "../lexicons/people.json";
import reviewWords from "../lexicons/review-words.json";
import socialNetworks from "../lexicons/social-networks.json";
import concepts from "../lexicons/concepts.json";

/** A lexicon entry as the words `wordsOf` would give, and its class. */
interface Entry {
  words: string[];
  concept: string;
}

const nameOf = (t: string | { name: string }) => (typeof t === "string" ? t : t.name);

/** Every class, with the lexicon entries that stand for it; the first list that names a spelling wins. */
function lexiconClasses(): [string, readonly string[]][] {
  return [
    ["PAY", paymentChannels.terms.map(nameOf)],
    ["APP", messagingApps.terms.map(nameOf)],
    ["SOCIAL", socialNetworks.terms],
    ["REVIEW", reviewWords.terms],
    ["PERSON", people.others],
    ["GROUP", people.protectedGroups],
    ...(Object.entries(concepts.classes) as [string, readonly string[]][]),
  ];
}

let byFirstWord: Map<string, Entry[]> | undefined;

/** Entries keyed by their first word, longest first, so "bank transfer" wins over "bank". */
function index(): Map<string, Entry[]> {
  if (byFirstWord) return byFirstWord;
  const map = new Map<string, Entry[]>();
  const seen = new Set<string>();
  for (const [concept, terms] of lexiconClasses()) {
    for (const term of terms) {
      // Spelled as features.ts normalizes a sentence: lower case, every digit as 0 ("5-star" -> "0-star").
      const words = term.toLowerCase().replace(/[0-9]/g, "0").trim().split(/\s+/);
      const key = words.join(" ");
      if (!words[0] || seen.has(key)) continue;
      seen.add(key);
      const list = map.get(words[0]) ?? [];
      list.push({ words, concept });
      map.set(words[0], list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return (byFirstWord = map);
}

/**
 * The sentence's words with each lexicon phrase replaced by its class token ("pay me on pay pal
 * today" -> ["pay", "me", "on", "PAY", "today"]), and whether any class was found.
 * `words` are the normalized words of features.ts `wordsOf`.
 */
export function conceptSequence(words: readonly string[]): { tokens: string[]; found: number } {
  const map = index();
  const tokens: string[] = [];
  let found = 0;
  for (let i = 0; i < words.length; ) {
    const hit = map.get(words[i]!)?.find((e) => e.words.every((w, j) => words[i + j] === w));
    if (hit) {
      tokens.push(hit.concept);
      found++;
      i += hit.words.length;
    } else tokens.push(words[i++]!);
  }
  return { tokens, found };
}

/**
 * The concept feature keys of a sentence's words: each class token alone, with the token before
 * it and with the token after it ("on PAY", "PAY today"), and each pair of distinct classes in the
 * sentence ("INCENTIVE&REVIEW"). Empty when no lexicon word occurs.
 */
export function conceptFeatureKeys(words: readonly string[]): string[] {
  // Most sentences name no lexicon word: one map probe per word, no allocation.
  const map = index();
  if (!words.some((w) => map.has(w))) return [];
  const { tokens, found } = conceptSequence(words);
  if (!found) return [];
  const keys: string[] = [];
  const classes = new Set<string>();
  tokens.forEach((t, i) => {
    if (!isClass(t)) return;
    classes.add(t);
    keys.push(t, `${tokens[i - 1] ?? "<s>"} ${t}`, `${t} ${tokens[i + 1] ?? "</s>"}`);
  });
  const sorted = [...classes].sort();
  for (let a = 0; a < sorted.length; a++) for (let b = a + 1; b < sorted.length; b++) keys.push(`${sorted[a]}&${sorted[b]}`);
  return keys;
}

/** Class tokens are upper case; sentence words are lower case after normalization. */
const isClass = (t: string) => t.length > 1 && t === t.toUpperCase() && /[A-Z]/.test(t);

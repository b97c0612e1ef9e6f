// conduct/profanity scans a document in one pass and hands only the lines around candidates to
// `obscenity`'s full matcher: its matches must be exactly those of running the matcher on the whole
// text, evasions and innocent words included.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from "obscenity";
import { INNOCENT_ROOTS, WHITELISTED_WORDS } from "../../server/src/engine/patterns/conduct";
import { profaneSpans } from "../../server/src/engine/rules/conduct/profanity";
import { lint } from "../../server/src/engine";

/** The matcher run on the whole text, as the rule did before the one-pass scan. */
const dataset = englishDataset.build();
const reference = new RegExpMatcher({
  ...dataset,
  blacklistedTerms: dataset.blacklistedTerms.filter((t) => !INNOCENT_ROOTS.has(String(englishDataset.getPayloadWithPhraseMetadata({ termId: t.id, startIndex: 0, endIndex: 0, matchLength: 0 }).phraseMetadata?.originalWord))),
  whitelistedTerms: [...(dataset.whitelistedTerms ?? []), ...WHITELISTED_WORDS],
  ...englishRecommendedTransformers,
});
const expected = (text: string) => reference.getAllMatches(text, true).map((m) => ({ start: m.startIndex, end: m.endIndex + 1 }));

const SAMPLES = [
  "This is fucking slow.",
  "Honestly, the old intro was shit and nobody watched past ten seconds.",
  "F*ck the stock templates. Sh1t happens with renders. Revisions are a b1tch.",
  "What a fuuuuuuck-up, and the biiiitch of a deadline.",
  "Ｆｕｃｋ this, and 𝒇𝒖𝒄𝒌 that.",
  "A class assessment for a therapist in Scunthorpe, a cocktail in the cockpit with Hancock.",
  "Moby Dick and Dick Van Dyke; assume the bass will pass.",
  "Sex education videos for schools, and a sextant for sailors.",
  "Room 455 and 5h1t and a$$ and @ss.",
  "no profanity here at all, just a long line of ordinary words about shops and candles",
  "line one is fine\nline two says shit\n\nline four is fine but this one is ass-backwards\r\nend",
  "pussycat pics of my dickens collection; the cumulative grade is cum laude",
  "emoji 🐈 then shit then 🅵🆄🅲🅺",
  "a classy ass, a bass-ass cocktail, passes and Classes, ASS and CLASS",
];

describe("conduct/profanity one-pass scan", () => {
  for (const text of SAMPLES) {
    it(`agrees with the full matcher: ${JSON.stringify(text.slice(0, 40))}`, () => {
      assert.deepEqual(profaneSpans(text), expected(text));
    });
  }

  it("agrees on samples joined into one long document", () => {
    const long = Array.from({ length: 40 }, (_, i) => SAMPLES[i % SAMPLES.length]).join("\n\n");
    assert.deepEqual(profaneSpans(long), expected(long));
  });

  it("reports the whole word and nothing in clean text", () => {
    const f = lint("Hi,\n\nThis is fucking slow.\n\nThe class assessment at Scunthorpe went fine.\n").findings.filter((x) => x.ruleId === "conduct/profanity");
    assert.equal(f.length, 1);
    assert.equal("Hi,\n\nThis is fucking slow.\n\nThe class assessment at Scunthorpe went fine.\n".slice(f[0]!.start, f[0]!.end), "fucking");
  });
});

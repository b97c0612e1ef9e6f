// The learned layer's weights decode alike with Node's base64 decoder and with atob (the engine's
// fallback where there is no Buffer): the same model scores every sentence the same.

import assert from "node:assert/strict";
import { it } from "node:test";
import { SentenceModel, type StoredModel } from "../../server/src/engine/classifier/model";
import weights from "../../server/src/engine/classifier/weights.json";
import { WARM_UP_LETTER } from "../../server/src/lsp/warm-up";

it("weights decoded by Buffer and by atob score alike", () => {
  const withBuffer = new SentenceModel(weights as StoredModel);
  const saved = globalThis.Buffer;
  let withAtob: SentenceModel;
  try {
    (globalThis as { Buffer?: unknown }).Buffer = undefined;
    withAtob = new SentenceModel(weights as StoredModel);
  } finally {
    globalThis.Buffer = saved;
  }
  const sentences = WARM_UP_LETTER.split(/\n+/).filter((s) => s.trim());
  assert.ok(sentences.length > 5);
  for (const s of sentences) assert.deepEqual(withBuffer.score(s), withAtob.score(s), s);
});

// An opened document is linted at once; only typing waits for the debounce. The LSP library fires
// "content changed" right after "opened" for the same document, which once re-armed the 150 ms
// typing debounce for every document opened (and so for the first diagnostics a user sees).

import assert from "node:assert/strict";
import { after, before, it } from "node:test";
import { TestLspClient } from "../helpers/lsp-client";

const DEBOUNCE_MS = 150; // server/src/lsp/server.ts
const LETTER = "Hi Anna,\n\nEmail me at jane.doe@gmail.com and I'll send the audit.\n\nThanks,\nJane\n";

let client: TestLspClient;
before(async () => {
  client = new TestLspClient();
  await client.initialize(null);
});
after(() => client.dispose());

it("opened documents get their diagnostics sooner than the typing debounce", async () => {
  // The first open pays for the engine's first use; the next ones are timed.
  const latencies: number[] = [];
  for (let i = 0; i < 6; i++) {
    const uri = `untitled:letter-${i}.md`;
    const sent = performance.now();
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: LETTER } });
    const published = await client.waitForDiagnostics(uri);
    if (i > 0) latencies.push(performance.now() - sent);
    assert.ok(published.diagnostics.some((d) => d.code === "contact/email"));
  }
  latencies.sort((a, b) => a - b);
  const median = latencies[Math.floor(latencies.length / 2)]!;
  assert.ok(median < DEBOUNCE_MS, `median open -> diagnostics ${median.toFixed(0)} ms; latencies ${latencies.map((l) => l.toFixed(0)).join(", ")}`);
});

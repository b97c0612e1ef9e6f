// The workspace index lets the editor go first: while an opened or edited document waits to be
// linted, indexing does not start (nor go on after its next time slice), so that document's own
// diagnostics are not queued behind the library's first files and their first-use costs.

import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { it } from "node:test";
import { WorkspaceIndex } from "../../server/src/lsp/workspace-index";

const ticks = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};

it("indexing waits while the editor has a document to lint, then indexes everything", async () => {
  const dir = mkdtempSync(join(tmpdir(), "pl-idx-yield-"));
  try {
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `t${i}.md`), `Hi {{client_name}},\n\nLetter number ${i}: email me at jane${i}@gmail.com.\n`);
    let busy = true;
    let release: () => void = () => undefined;
    const released = new Promise<void>((r) => (release = r));
    let asked = 0;
    const changed: string[][] = [];
    const index = new WorkspaceIndex({
      configFor: async () => ({ enable: true, config: {} }),
      changed: (uris) => changed.push(uris),
      editorIdle: () => {
        asked++;
        return busy ? released : Promise.resolve();
      },
    });
    const run = index.indexAll([dir]);
    await ticks(20);
    assert.equal(index.size, 0, "no template indexed while the editor's document waits");
    assert.ok(asked >= 1);
    busy = false;
    release();
    const result = await run;
    assert.equal(result.files, 5);
    assert.equal(index.size, 5);
    assert.equal(changed.flat().length, 5);
    assert.equal(index.documentFindingsFor(index.uris()[0]!)?.[0]?.ruleId, "contact/email");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

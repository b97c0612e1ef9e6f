// The fix-all command over JSON-RPC: it applies one versioned edit and answers with the summary the
// VS Code client shows (problems fixed, problems left for a manual edit).

import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import { TestLspClient } from "../helpers/lsp-client";

const TEXT = "Feel free to ping me on WhatsApp at +1 415 555 0132.\nI also run a second freelancer account, so I can bid twice.\n";

describe("proposalLint.server.fixAll", () => {
  let client: TestLspClient;
  let uri: string;

  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), "pl-fixall-"));
    uri = pathToFileURL(join(dir, "proposal.md")).href;
    client = new TestLspClient();
    await client.initialize(pathToFileURL(dir).href);
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: TEXT } });
    await client.waitForDiagnostics(uri, (d) => d.version === 1);
  });
  after(async () => client.dispose());

  it("applies the rewrite and reports what it fixed and what needs a manual edit", async () => {
    const result = (await client.connection.sendRequest("workspace/executeCommand", { command: "proposalLint.server.fixAll", arguments: [{ uri }] })) as { applied: boolean; message?: string };
    assert.equal(result.applied, true);
    assert.equal(result.message, "Fixed 2 problems; 1 problem needs a manual edit (account/second-account).");
    const edit = client.appliedEdits.at(-1) as { edit: { documentChanges: { edits: { newText: string }[] }[] } };
    assert.match(edit.edit.documentChanges[0]!.edits[0]!.newText, /message me here on Upwork/);
  });
});

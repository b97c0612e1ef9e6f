// A minimal LSP client for protocol tests: spawns the bundled server over stdio and speaks JSON-RPC.

import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";

export const SERVER_JS = join(__dirname, "..", "..", "dist", "server.js");

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity: number; code: string; source: string; message: string; codeDescription?: { href: string }; data?: unknown }[];
}

export class TestLspClient {
  readonly connection: MessageConnection;
  private readonly proc: ChildProcess;
  readonly published: PublishedDiagnostics[] = [];
  private waiters: (() => void)[] = [];
  configuration: Record<string, unknown> = {};
  /** The scopeUri of every configuration item the server asked for, in order. */
  readonly configurationScopes: string[] = [];
  appliedEdits: unknown[] = [];

  constructor(options: { execArgv?: string[]; env?: Record<string, string> } = {}) {
    this.proc = spawn(process.execPath, [...(options.execArgv ?? []), SERVER_JS, "--stdio"], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...options.env } });
    if (process.env.PL_DEBUG) this.proc.stderr!.on("data", (d: Buffer) => process.stderr.write("[server stderr] " + d.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.connection.onNotification("textDocument/publishDiagnostics", (p: PublishedDiagnostics) => {
      this.published.push(p);
      const w = this.waiters;
      this.waiters = [];
      w.forEach((f) => f());
    });
    this.connection.onNotification("window/logMessage", (m: { message: string }) => { if (process.env.PL_DEBUG) console.error("[server]", m.message); });
    this.connection.onNotification("window/showMessage", () => undefined);
    this.connection.onRequest("workspace/configuration", (p: { items: { section?: string; scopeUri?: string }[] }) => {
      for (const item of p.items) this.configurationScopes.push(item.scopeUri ?? "");
      return p.items.map(() => this.configuration);
    });
    this.connection.onRequest("client/registerCapability", () => null);
    this.connection.onRequest("window/showMessageRequest", () => null);
    this.connection.onRequest("workspace/applyEdit", (p: unknown) => {
      this.appliedEdits.push(p);
      return { applied: true };
    });
    this.connection.listen();
  }

  async initialize(rootUri: string | null = null, options: { configuration?: boolean; initializationOptions?: unknown } = {}): Promise<unknown> {
    const result = await this.connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: "root" }] : null,
      capabilities: { workspace: { configuration: options.configuration ?? false, applyEdit: true, workspaceEdit: { documentChanges: true } } },
      initializationOptions: options.initializationOptions,
    });
    await this.connection.sendNotification("initialized", {});
    return result;
  }

  /** Waits until a publishDiagnostics for `uri` satisfies `predicate`; rejects after `timeoutMs`. */
  async waitForDiagnostics(uri: string, predicate: (p: PublishedDiagnostics) => boolean = () => true, timeoutMs = 5000): Promise<PublishedDiagnostics> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = [...this.published].reverse().find((p) => p.uri === uri);
      if (hit && predicate(hit)) return hit;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(hit?.diagnostics.map((d) => d.code))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async dispose(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 1000))]);
      await this.connection.sendNotification("exit");
    } catch {
      // already gone
    }
    this.connection.dispose();
    this.proc.kill();
  }
}

// The language server: short handlers that get the document and its settings, call the engine and
// map the result. `startServer` takes any connection, so tests can hand it an in-memory one.

import { fileURLToPath, pathToFileURL } from "node:url";
import picomatch from "picomatch";
import {
  CodeActionKind, DidChangeConfigurationNotification, FileChangeType, TextDocuments, TextDocumentSyncKind,
  type Connection, type Diagnostic, type InitializeResult,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { lint, type Finding } from "../engine";
import { CONFIG_FILE_NAMES, type LoadedConfig } from "../fs/config-files";
import { expandTargets } from "../fs/template-files";
import { readTemplate, DEFAULT_MAX_FILE_BYTES } from "../fs/read-template";
import { codeActions, fixAllAction, FIX_ALL_KIND } from "./code-actions";
import { findingToDiagnostic, problemToDiagnostic, SOURCE } from "./diagnostics";
import { hoverAt } from "./hover";
import { SettingsStore, type DocumentSettings } from "./settings";

export const COMMANDS = { fixAll: "proposalLint.server.fixAll", lintWorkspace: "proposalLint.server.lintWorkspace" };
const DEBOUNCE_MS = 150;
const DEFAULT_TEMPLATES = ["**/*.md", "**/*.markdown"];

interface LintState {
  version: number;
  findings: Finding[];
  settings: DocumentSettings;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsStore(connection);
  const state = new Map<string, LintState>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const configDiagnosticsSent = new Set<string>();
  let workspaceFolders: string[] = [];
  let supportsFolderEvents = false;

  const log = (message: string) => connection.console.log(message);

  function isTemplate(doc: TextDocument, s: DocumentSettings): boolean {
    if (!doc.uri.startsWith("file:")) return doc.languageId === "markdown";
    const path = fileURLToPath(doc.uri).split("\\").join("/");
    const include = picomatch(s.config.templates ?? DEFAULT_TEMPLATES, { dot: true });
    const exclude = s.config.exclude?.length ? picomatch(s.config.exclude, { dot: true }) : () => false;
    return (doc.languageId === "markdown" || include(path)) && !exclude(path);
  }

  function publishConfigProblems(loaded: LoadedConfig | undefined): void {
    if (!loaded) return;
    const uri = pathToFileURL(loaded.path).href;
    const diagnostics: Diagnostic[] = loaded.issues.map((i) => {
      const line = Math.max(0, (i.line ?? 1) - 1);
      const character = Math.max(0, (i.column ?? 1) - 1);
      return { range: { start: { line, character }, end: { line, character: character + 1 } }, severity: loaded.fatal ? 1 : 2, source: SOURCE, message: (i.path ? `${i.path}: ` : "") + i.message };
    });
    if (diagnostics.length || configDiagnosticsSent.has(uri)) {
      connection.sendDiagnostics({ uri, diagnostics });
      if (diagnostics.length) {
        configDiagnosticsSent.add(uri);
        if (loaded.fatal) void Promise.resolve(connection.window.showWarningMessage(`Proposal Lint: ${loaded.path} cannot be used (${loaded.issues[0]?.message}); linting with the other settings.`)).catch(() => undefined);
      } else configDiagnosticsSent.delete(uri);
    }
  }

  function lintText(text: string, s: DocumentSettings): Finding[] {
    return lint(text, s.config).findings;
  }

  async function validate(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const s = await settings.forDocument(uri);
    const current = documents.get(uri);
    if (!current || current.version !== version) return; // a newer change is already scheduled
    publishConfigProblems(s.configFile);
    if (!s.enable || !isTemplate(current, s)) {
      state.delete(uri);
      connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const text = current.getText();
    if (text.length > DEFAULT_MAX_FILE_BYTES) {
      state.delete(uri);
      const end = current.positionAt(Math.min(text.length, 80));
      connection.sendDiagnostics({ uri, version, diagnostics: [{ range: { start: { line: 0, character: 0 }, end }, severity: 3, source: SOURCE, message: `Not linted: the document is ${(text.length / 1048576).toFixed(1)} MB, over Proposal Lint's ${DEFAULT_MAX_FILE_BYTES / 1048576} MB limit.` }] });
      return;
    }
    const result = lint(text, s.config);
    state.set(uri, { version, findings: result.findings, settings: s });
    const diagnostics = [...result.problems.map((p) => problemToDiagnostic(current, p)), ...result.findings.map((f) => findingToDiagnostic(current, f))];
    connection.sendDiagnostics({ uri, version, diagnostics });
  }

  function schedule(uri: string, delay = DEBOUNCE_MS): void {
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      validate(uri).catch((err: Error) => log(`lint failed for ${uri}: ${err.stack ?? err.message}`));
    }, delay));
  }

  const relintAll = () => documents.all().forEach((d) => schedule(d.uri, 0));

  /** Lints every template under the workspace folders, opened or not, and publishes their problems. */
  async function lintWorkspace(): Promise<{ files: number; problems: number }> {
    const { files } = expandTargets(workspaceFolders.length ? workspaceFolders : [], "/");
    let problems = 0;
    let count = 0;
    for (const file of files) {
      const uri = pathToFileURL(file).href;
      if (documents.get(uri)) {
        problems += state.get(uri)?.findings.length ?? 0;
        continue;
      }
      const s = await settings.forDocument(uri);
      const read = readTemplate(file);
      if (!read.ok || !s.enable) continue;
      const doc = TextDocument.create(uri, "markdown", 0, read.text);
      if (!isTemplate(doc, s)) continue;
      const result = lint(read.text, s.config);
      problems += result.findings.length;
      count++;
      connection.sendDiagnostics({ uri, diagnostics: result.findings.map((f) => findingToDiagnostic(doc, f)) });
    }
    return { files: count + documents.all().length, problems };
  }

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    settings.supportsConfiguration = !!caps.workspace?.configuration;
    supportsFolderEvents = !!caps.workspace?.workspaceFolders;
    const init = (params.initializationOptions ?? {}) as { trusted?: boolean };
    settings.trusted = init.trusted !== false;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => fileURLToPath(f.uri));
    if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [fileURLToPath(params.rootUri)];
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [COMMANDS.fixAll, COMMANDS.lintWorkspace] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "proposal-lint" },
    };
  });

  connection.onInitialized(() => {
    if (settings.supportsConfiguration) connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    if (!supportsFolderEvents) return;
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => fileURLToPath(f.uri)));
      workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...e.added.map((f) => fileURLToPath(f.uri))];
    });
  });

  connection.onDidChangeConfiguration((change) => {
    const trusted = (change.settings as { proposalLint?: { trusted?: boolean } } | undefined)?.proposalLint?.trusted;
    if (typeof trusted === "boolean" && trusted !== settings.trusted) {
      settings.trusted = trusted;
      settings.clearConfigFiles();
    }
    settings.clearEditorSettings();
    relintAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => CONFIG_FILE_NAMES.some((n) => c.uri.endsWith("/" + n)))) {
      for (const c of params.changes) if (c.type === FileChangeType.Deleted) connection.sendDiagnostics({ uri: c.uri, diagnostics: [] });
      settings.clearConfigFiles();
      relintAll();
    }
  });

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    timers.delete(e.document.uri);
    state.delete(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  /** The findings for a document at its current version, linting now if the last result is stale. */
  async function currentFindings(doc: TextDocument): Promise<LintState | undefined> {
    const s = state.get(doc.uri);
    if (s && s.version === doc.version) return s;
    await validate(doc.uri);
    const fresh = state.get(doc.uri);
    return fresh && fresh.version === doc.version ? fresh : undefined;
  }

  connection.onHover(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const s = await currentFindings(doc);
    return s ? hoverAt(doc, doc.offsetAt(params.position), s.findings) : null;
  });

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const s = await currentFindings(doc);
    if (!s) return [];
    return codeActions(doc, params, s.findings, (t) => lintText(t, s.settings));
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command === COMMANDS.lintWorkspace) return lintWorkspace();
    if (params.command === COMMANDS.fixAll) {
      const uri = (params.arguments?.[0] as { uri?: string } | undefined)?.uri;
      const doc = uri ? documents.get(uri) : undefined;
      if (!doc) return { applied: false };
      const s = await currentFindings(doc);
      const action = s && fixAllAction(doc, (t) => lintText(t, s.settings));
      if (!action?.edit) return { applied: false };
      const result = await connection.workspace.applyEdit({ label: "Fix all proposal-lint problems", edit: action.edit });
      return { applied: result.applied };
    }
    return undefined;
  });

  documents.listen(connection);
  connection.listen();
}

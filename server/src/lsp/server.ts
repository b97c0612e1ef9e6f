// The language server: short handlers that get the document and its settings, call the engine and
// map the result. `startServer` takes any connection, so tests can hand it an in-memory one.

import { fileURLToPath, pathToFileURL } from "node:url";
import {
  CodeActionKind, CompletionItemKind, DidChangeConfigurationNotification, FileChangeType, TextDocuments, TextDocumentSyncKind,
  type Connection, type Diagnostic, type InitializeResult,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { exportBlockers, fixAll, formatFixSummary, knownPlaceholders, lint, lintDocument, parseDocument, summarizeFixAll, type Finding, type HoverLinks, type InputProblem } from "../engine";
import { CONFIG_FILE_NAMES, type LoadedConfig } from "../fs/config-files";
import { DEFAULT_MAX_FILE_BYTES } from "../fs/read-template";
import { codeActions, fixAllAction, FIX_ALL_KIND, SUPPRESS_COMMAND, type SuppressArgs } from "./code-actions";
import { findingToDiagnostic, problemToDiagnostic, rangeOf, ruleDocsHref, SOURCE } from "./diagnostics";
import { hoverAt, showRuleLink } from "./hover";
import { SuppressionStore } from "./suppressions";
import { SUPPRESSIONS_FILE_NAME } from "../fs/suppressions-file";
import { buildOverview, LIBRARY_CHANGED_NOTIFICATION, LIBRARY_OVERVIEW_REQUEST } from "./library-overview";
import { SettingsStore, type DocumentSettings } from "./settings";
import { matchesTemplateGlobs, WorkspaceIndex } from "./workspace-index";
import { warmUpEngine } from "./warm-up";
import { QUICK_COMPILATION_TEXT_LIMIT, withQuickRegExpCompilation } from "../regexp-tuning";

export const COMMANDS = { fixAll: "proposalLint.server.fixAll", lintWorkspace: "proposalLint.server.lintWorkspace", suppress: SUPPRESS_COMMAND, exportPlainText: "proposalLint.server.exportPlainText" };
const DEBOUNCE_MS = 150;
/** The library index follows an edit more slowly: the edited document's own diagnostics go out first. */
const LIBRARY_DEBOUNCE_MS = 500;
/** With no document opened this long after `initialized`, the engine warms up anyway. */
const WARM_UP_AFTER_MS = 1000;

interface LintState {
  version: number;
  findings: Finding[];
  problems: InputProblem[];
  settings: DocumentSettings;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsStore(connection, () => workspaceFolders);
  const state = new Map<string, LintState>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const libraryTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const configDiagnosticsSent = new Set<string>();
  let workspaceFolders: string[] = [];
  let supportsFolderEvents = false;
  let supportsProgress = false;
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  // An unusable suppressions file is reported on the file itself, and ignored.
  const suppressions = new SuppressionStore(() => workspaceFolders, (path, message) => {
    connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics: message ? [{ range: top, severity: 2, source: SOURCE, message: `Ignored: ${message}` }] : [] });
  });
  // Set from the client's initializationOptions: where rule pages are, and whether hovers may link a command.
  let docs = (ruleId: string) => ruleDocsHref(ruleId);
  let hoverLinks: HoverLinks = { docs };

  const log = (message: string) => connection.console.log(message);

  // Open documents scheduled or being linted; the workspace index waits until there are none.
  const editorPending = new Set<string>();
  let editorIdleWaiters: (() => void)[] = [];
  const editorDone = (uri: string) => {
    editorPending.delete(uri);
    if (editorPending.size === 0) for (const resolve of editorIdleWaiters.splice(0)) resolve();
  };
  const editorIdle = (): Promise<void> => (editorPending.size === 0 ? Promise.resolve() : new Promise((resolve) => editorIdleWaiters.push(resolve)));

  const index = new WorkspaceIndex({
    configFor: (uri) => settings.forDocument(uri),
    changed: (uris) => {
      for (const uri of uris) publish(uri);
      void connection.sendNotification(LIBRARY_CHANGED_NOTIFICATION).catch(() => undefined);
    },
    editorIdle,
  });

  /** An open document is linted when it is markdown or matches the template globs, and is not excluded. */
  function isTemplate(doc: TextDocument, s: DocumentSettings): boolean {
    if (!doc.uri.startsWith("file:")) return doc.languageId === "markdown";
    const path = fileURLToPath(doc.uri);
    return doc.languageId === "markdown" ? matchesTemplateGlobs(path, { ...s.config, templates: ["**"] }) : matchesTemplateGlobs(path, s.config);
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

  /** A document's own and library findings left after its suppressions file, and its stale entries. */
  function shown(doc: TextDocument, own: Finding[]) {
    return suppressions.apply(doc.uri, doc.getText(), [...own, ...index.libraryFindingsFor(doc.uri)]);
  }

  /** Diagnostics for what `shown` keeps (related information pointing at other templates) and for stale suppressions. */
  function shownDiagnostics(doc: TextDocument, own: Finding[]): Diagnostic[] {
    const { kept, stale } = shown(doc, own);
    const notes = stale.map((s): Diagnostic => ({ range: top, severity: 3, source: SOURCE, code: "input/suppressions", message: s.message }));
    return [...kept.map((f) => {
      const d = findingToDiagnostic(doc, f, docs);
      const related = (f.related ?? []).flatMap((r) => {
        const otherUri = index.uriForPath(r.path);
        const other = otherUri ? documents.get(otherUri) ?? index.documentFor(otherUri) : undefined;
        return other ? [{ location: { uri: other.uri, range: rangeOf(other, r.start, r.end) }, message: r.message }] : [];
      });
      if (related.length) d.relatedInformation = related;
      return d;
    }), ...notes];
  }

  /** Publishes a uri's diagnostics: the open document's own findings, or the index's, plus library findings. */
  function publish(uri: string): void {
    const open = documents.get(uri);
    const s = state.get(uri);
    if (open && s) {
      const diagnostics = [...s.problems.map((p) => problemToDiagnostic(open, p)), ...shownDiagnostics(open, s.findings)];
      connection.sendDiagnostics({ uri, version: s.version, diagnostics });
      return;
    }
    if (open) return; // being linted; validate() publishes
    const indexed = index.documentFor(uri);
    const findings = index.documentFindingsFor(uri);
    if (!indexed || !findings) {
      connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    connection.sendDiagnostics({ uri, diagnostics: shownDiagnostics(indexed, findings) });
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
    // Until the warm-up has compiled the engine's patterns, a short document is linted with V8's
    // quick RegExp compilation (regexp-tuning.ts): about half of a process's first lint.
    const lintText = () => {
      const parsed = parseDocument(text);
      return { parsed, result: lintDocument(parsed, s.config) };
    };
    const { parsed, result } = !engineWarm && text.length < QUICK_COMPILATION_TEXT_LIMIT ? withQuickRegExpCompilation(lintText) : lintText();
    state.set(uri, { version, findings: result.findings, problems: result.problems, settings: s });
    publish(uri);
    // The library sees the editor's text too, on a slower debounce and from this same parse and
    // lint; its change re-publishes the templates it affects.
    if (s.lintScope === "workspace") {
      clearTimeout(libraryTimers.get(uri));
      libraryTimers.set(uri, setTimeout(() => {
        libraryTimers.delete(uri);
        void index.updateFromEditor(uri, text, parsed, result.findings).catch((err: Error) => log(`index update failed for ${uri}: ${err.message}`));
      }, LIBRARY_DEBOUNCE_MS));
    }
  }

  // The engine's first lint compiles the patterns it needs (warm-up.ts). The first opened document
  // pays only for its own; the rest are compiled once the editor is idle, before the user types.
  let warmedUp = false;
  let engineWarm = false;
  function warmUpWhenIdle(): void {
    if (warmedUp) return;
    warmedUp = true;
    void editorIdle().then(() => setImmediate(() => {
      warmUpEngine();
      engineWarm = true;
    }));
  }

  function schedule(uri: string, delay = DEBOUNCE_MS): void {
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    editorPending.add(uri);
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      validate(uri)
        .catch((err: Error) => log(`lint failed for ${uri}: ${err.stack ?? err.message}`))
        .finally(() => {
          if (!timers.has(uri)) editorDone(uri);
          warmUpWhenIdle();
        });
    }, delay));
  }

  const relintAll = () => documents.all().forEach((d) => schedule(d.uri, 0));
  /** After the suppressions changed: open documents re-linted, indexed ones re-published (no re-index). */
  const republishSuppressed = () => {
    relintAll();
    for (const uri of index.uris()) if (!documents.get(uri)) publish(uri);
  };

  /** Indexes the whole workspace, showing window progress. */
  async function indexWorkspace(): Promise<{ files: number; problems: number }> {
    const progress = supportsProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin("Proposal Lint: indexing templates", 0, undefined, false);
    const started = Date.now();
    try {
      index.setProgress((done, total) => progress?.report(Math.round((done / Math.max(1, total)) * 100), `${done}/${total}`));
      const result = await index.indexAll(workspaceFolders);
      log(`indexed ${result.files} template(s) in ${Date.now() - started} ms`);
      return { files: result.files, problems: result.problems };
    } finally {
      progress?.done();
    }
  }

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    settings.supportsConfiguration = !!caps.workspace?.configuration;
    supportsFolderEvents = !!caps.workspace?.workspaceFolders;
    supportsProgress = !!caps.window?.workDoneProgress;
    const init = (params.initializationOptions ?? {}) as { trusted?: boolean; rulesRoot?: string; showRuleCommand?: boolean };
    settings.trusted = init.trusted !== false;
    if (typeof init.rulesRoot === "string") docs = (ruleId) => ruleDocsHref(ruleId, init.rulesRoot);
    hoverLinks = { docs, ...(init.showRuleCommand ? { rulePage: showRuleLink } : {}) };
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => fileURLToPath(f.uri));
    if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [fileURLToPath(params.rootUri)];
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        completionProvider: { triggerCharacters: ["{", "[", "<", "%"] },
        executeCommandProvider: { commands: Object.values(COMMANDS) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "proposal-lint" },
    };
  });

  connection.onInitialized(() => {
    setTimeout(warmUpWhenIdle, WARM_UP_AFTER_MS);
    if (settings.supportsConfiguration) connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    if (supportsFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => fileURLToPath(f.uri)));
        workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...e.added.map((f) => fileURLToPath(f.uri))];
        void reindexIfWorkspaceScope();
      });
    }
    void reindexIfWorkspaceScope();
  });

  /** Indexes the workspace when the first folder's settings ask for the whole workspace. */
  async function reindexIfWorkspaceScope(): Promise<void> {
    if (workspaceFolders.length === 0) return;
    const s = await settings.forDocument(pathToFileURL(workspaceFolders[0]!).href);
    if (s.lintScope !== "workspace") return;
    await indexWorkspace().catch((err: Error) => log(`indexing failed: ${err.stack ?? err.message}`));
  }

  connection.onDidChangeConfiguration((change) => {
    const trusted = (change.settings as { proposalLint?: { trusted?: boolean } } | undefined)?.proposalLint?.trusted;
    if (typeof trusted === "boolean" && trusted !== settings.trusted) {
      settings.trusted = trusted;
      settings.clearConfigFiles();
    }
    settings.clearEditorSettings();
    relintAll();
    void reindexIfWorkspaceScope();
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    if (params.changes.some((c) => c.uri.endsWith("/" + SUPPRESSIONS_FILE_NAME))) {
      suppressions.clear();
      republishSuppressed();
    }
    const configChanged = params.changes.some((c) => CONFIG_FILE_NAMES.some((n) => c.uri.endsWith("/" + n)));
    if (configChanged) {
      suppressions.clear();
      for (const c of params.changes) if (c.type === FileChangeType.Deleted && CONFIG_FILE_NAMES.some((n) => c.uri.endsWith("/" + n))) connection.sendDiagnostics({ uri: c.uri, diagnostics: [] });
      settings.clearConfigFiles();
      relintAll();
      await reindexIfWorkspaceScope();
      return;
    }
    // Templates created, changed or deleted on disk: only those are re-linted.
    for (const c of params.changes) {
      if (!c.uri.startsWith("file:") || documents.get(c.uri) || c.uri.endsWith("/" + SUPPRESSIONS_FILE_NAME)) continue; // an open document's buffer wins
      if (c.type === FileChangeType.Deleted) {
        index.remove(c.uri);
        connection.sendDiagnostics({ uri: c.uri, diagnostics: [] });
      } else if ((await settings.forDocument(c.uri)).lintScope === "workspace") {
        await index.indexFile(fileURLToPath(c.uri)).catch((err: Error) => log(`cannot index ${c.uri}: ${err.message}`));
      }
    }
  });

  // TextDocuments fires onDidChangeContent right after onDidOpen for the same document: that event
  // must not replace the opened document's immediate lint with the typing debounce.
  const justOpened = new Set<string>();
  documents.onDidOpen((e) => {
    justOpened.add(e.document.uri);
    schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    if (justOpened.delete(e.document.uri)) return;
    schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.delete(uri);
    editorDone(uri);
    clearTimeout(libraryTimers.get(uri));
    libraryTimers.delete(uri);
    state.delete(uri);
    // An indexed template falls back to its text on disk; anything else is cleared.
    if (index.documentFor(uri) && uri.startsWith("file:")) void index.indexFile(fileURLToPath(uri)).catch(() => undefined);
    else connection.sendDiagnostics({ uri, diagnostics: [] });
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
    return s ? hoverAt(doc, doc.offsetAt(params.position), shown(doc, s.findings).kept, hoverLinks) : null;
  });

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const s = await currentFindings(doc);
    if (!s) return [];
    return codeActions(doc, params, shown(doc, s.findings).kept, (t) => suppressions.apply(doc.uri, t, lint(t, s.settings.config).findings).kept);
  });

  connection.onCompletion(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const s = await settings.forDocument(doc.uri);
    const line = doc.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
    const open = /(\{\{|<<|\[|\{|%)[\w .-]*$/.exec(line);
    if (!open) return [];
    const close: Record<string, string> = { "{{": "}}", "<<": ">>", "[": "]", "{": "}", "%": "%" };
    return knownPlaceholders(s.config.placeholders ?? [], index.placeholderLibrary()).map((p, i) => ({
      label: p.name,
      kind: CompletionItemKind.Variable,
      detail: p.configured ? "configured placeholder" : `used ${p.count} time(s) in the library`,
      insertText: `${p.name}${close[open[1]!]}`,
      sortText: String(i).padStart(4, "0"),
    }));
  });

  connection.onRequest(LIBRARY_OVERVIEW_REQUEST, () => {
    const templates = index.uris().map((uri) => {
      const open = documents.get(uri);
      const s = state.get(uri);
      const doc = open ?? index.documentFor(uri)!;
      const own = open && s ? s.findings : index.documentFindingsFor(uri) ?? [];
      return { uri, path: index.pathFor(uri) ?? uri, findings: shown(doc, own).kept, positionAt: (o: number) => doc.positionAt(o) };
    });
    return buildOverview(templates, index.clusters(), (p) => index.uriForPath(p));
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command === COMMANDS.lintWorkspace) return indexWorkspace();
    if (params.command === COMMANDS.suppress) {
      const args = params.arguments?.[0] as SuppressArgs | undefined;
      if (!args?.uri?.startsWith("file:") || typeof args.rule !== "string") return { written: false };
      try {
        const file = suppressions.add(args.uri, args.rule, args.text);
        republishSuppressed();
        return { written: true, file };
      } catch (err) {
        void Promise.resolve(connection.window.showErrorMessage(`Proposal Lint: cannot write the suppression: ${(err as Error).message}`)).catch(() => undefined);
        return { written: false };
      }
    }
    if (params.command === COMMANDS.exportPlainText) {
      const uri = (params.arguments?.[0] as { uri?: string } | undefined)?.uri;
      const doc = uri ? documents.get(uri) : undefined;
      const s = doc && (await currentFindings(doc));
      if (!doc || !s) return { ok: false, reasons: ["the document is not open or not a template"] };
      return exportBlockers(doc.getText(), shown(doc, s.findings).kept);
    }
    if (params.command === COMMANDS.fixAll) {
      const uri = (params.arguments?.[0] as { uri?: string } | undefined)?.uri;
      const doc = uri ? documents.get(uri) : undefined;
      if (!doc) return { applied: false };
      const s = await currentFindings(doc);
      // Fix-all honours the suppressions file as the diagnostics do.
      const lintText = s ? (t: string) => suppressions.apply(doc.uri, t, lint(t, s.settings.config).findings).kept : undefined;
      const action = lintText && fixAllAction(doc, lintText);
      const before = lintText ? lintText(doc.getText()) : [];
      // What fix-all changes and what it leaves, for the client's notification.
      const summary = (after: Finding[]) => formatFixSummary(summarizeFixAll([{ before, after }]), { files: false });
      if (!action?.edit || !lintText) return { applied: false, message: summary(before) };
      const result = await connection.workspace.applyEdit({ label: "Fix all proposal-lint problems", edit: action.edit });
      return { applied: result.applied, message: result.applied ? summary(lintText(fixAll(doc.getText(), lintText).text)) : undefined };
    }
    return undefined;
  });

  documents.listen(connection);
  connection.listen();
}

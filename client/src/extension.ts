// The VS Code client: starts the language server, forwards commands to it, shows a status item.
// No lint logic lives here.

import * as vscode from "vscode";
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { LibraryView } from "./library-view";
import { CrashPolicy } from "./crash-policy";
import { countProblems, countsLabel, statusText } from "./problem-counts";
import { copyForUpwork, showRule } from "./rule-commands";

const SOURCE = "proposal-lint";
const SERVER_COMMANDS = { fixAll: "proposalLint.server.fixAll", lintWorkspace: "proposalLint.server.lintWorkspace" };

let client: LanguageClient | undefined;

/** Restarts a server that died, with a notice; after 3 crashes in 3 minutes it stops and says so. */
function crashHandler(log: vscode.LogOutputChannel): ErrorHandler {
  const policy = new CrashPolicy();
  return {
    error: (error) => {
      log.error(`Proposal Lint server error: ${error.message}`);
      return { action: ErrorAction.Continue };
    },
    closed: () => {
      const { restart, recent } = policy.onCrash(Date.now());
      if (!restart) {
        const message = `Proposal Lint: the server crashed ${recent} times in 3 minutes and will not be restarted. Run "Proposal Lint: Show Log" for details, then reload the window to try again.`;
        log.error(message);
        return { action: CloseAction.DoNotRestart, message };
      }
      void vscode.window.showWarningMessage("Proposal Lint: the server stopped unexpectedly and was restarted.");
      log.warn(`Proposal Lint server stopped; restarting (${recent}/3).`);
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

function createClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6019"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "untitled", language: "markdown" },
    ],
    // Config files, and templates created, changed or deleted outside the editor (the server's index).
    synchronize: {
      fileEvents: [
        vscode.workspace.createFileSystemWatcher("**/.proposal-lint.{json,yaml,yml}"),
        vscode.workspace.createFileSystemWatcher("**/.proposal-lint-suppressions.json"),
        vscode.workspace.createFileSystemWatcher("**/*.{md,markdown}"),
      ],
    },
    // Workspace config files are ignored until the workspace is trusted.
    // Rule pages open from the extension's own copy; hovers may link only the Show Rule command.
    initializationOptions: { trusted: vscode.workspace.isTrusted, rulesRoot: vscode.Uri.file(context.asAbsolutePath("rules")).toString(), showRuleCommand: true },
    markdown: { isTrusted: { enabledCommands: ["proposalLint.showRule"] }, supportHtml: false },
    outputChannel: log,
    errorHandler: crashHandler(log),
  };
  return new LanguageClient("proposalLint", "Proposal Lint", serverOptions, clientOptions);
}

/** Counts this extension's problems in the active editor and shows them in the status bar. */
function updateStatus(item: vscode.StatusBarItem): void {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== "markdown") {
    item.hide();
    return;
  }
  // What the Problems panel lists for this file (errors, warnings, infos; not hints), worst first.
  const counts = countProblems(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === SOURCE).map((d) => d.severity + 1)); // vscode's 0..3 → LSP's 1..4
  item.text = statusText(counts);
  item.tooltip = `Proposal Lint: ${countsLabel(counts)} in this template${counts.errors + counts.warnings + counts.infos ? ": click to show them" : ""}`;
  item.show();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel("Proposal Lint", { log: true });
  client = createClient(context, log);

  const view = new LibraryView(() => client);
  const status = vscode.window.createStatusBarItem("proposalLint.status", vscode.StatusBarAlignment.Right, 100);
  status.name = "Proposal Lint";
  status.command = "workbench.actions.view.problems";

  context.subscriptions.push(
    log,
    status,
    vscode.window.registerTreeDataProvider("proposalLint.library", view),
    vscode.commands.registerCommand("proposalLint.refreshLibrary", () => view.refresh()),
    vscode.languages.onDidChangeDiagnostics(() => updateStatus(status)),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus(status)),
    vscode.commands.registerCommand("proposalLint.showLog", () => log.show()),
    vscode.commands.registerCommand("proposalLint.showRule", (ruleId?: unknown) => showRule(context, ruleId)),
    vscode.commands.registerCommand("proposalLint.copyForUpwork", () => copyForUpwork()),
    vscode.commands.registerCommand("proposalLint.fixAll", async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return undefined;
      const result = await vscode.commands.executeCommand<{ applied: boolean; message?: string }>(SERVER_COMMANDS.fixAll, { uri: doc.uri.toString() });
      if (result?.message) void vscode.window.showInformationMessage(`Proposal Lint: ${result.message}`);
      return result;
    }),
    vscode.commands.registerCommand("proposalLint.lintWorkspace", async () => {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: "Proposal Lint: linting templates" },
        () => vscode.commands.executeCommand<{ files: number; problems: number }>(SERVER_COMMANDS.lintWorkspace),
      );
      if (result) void vscode.window.showInformationMessage(`Proposal Lint: ${result.problems} problem(s) in ${result.files} template(s).`);
      return result;
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      // Restart so that the server starts reading the workspace's config files.
      await client?.stop();
      client = createClient(context, log);
      await client.start();
      context.subscriptions.push(view.attach(client));
      view.refresh();
    }),
  );

  await client.start();
  context.subscriptions.push(view.attach(client));
  view.refresh();
  updateStatus(status);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

// The "Proposal Lint" view in the Explorer: templates with their problems grouped by rule family,
// and near-duplicate clusters. Data comes from the server; selecting an entry opens the file there.

import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { countProblems, countsLabel, worstIcon, type ProblemCounts } from "./problem-counts";

const OVERVIEW_REQUEST = "proposalLint/libraryOverview";
const CHANGED_NOTIFICATION = "proposalLint/libraryChanged";

interface OverviewFinding { ruleId: string; severity: string; message: string; line: number; character: number }
interface Overview {
  templates: { uri: string; path: string; total: number; byFamily: Record<string, OverviewFinding[]> }[];
  clusters: { similarity: number; files: { uri: string; path: string }[] }[];
}

type Node =
  | { kind: "section"; label: string; children: Node[] }
  | { kind: "template"; uri: string; path: string; counts: ProblemCounts; children: Node[] }
  | { kind: "family"; family: string; children: Node[] }
  | { kind: "finding"; uri: string; finding: OverviewFinding }
  | { kind: "cluster"; label: string; children: Node[] }
  | { kind: "file"; uri: string; path: string };

function open(uri: string, line = 0, character = 0): vscode.Command {
  return { title: "Open", command: "vscode.open", arguments: [vscode.Uri.parse(uri), { selection: new vscode.Range(line, character, line, character) }] };
}

export class LibraryView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** Listens for the server's "library changed" notification (debounced refresh). */
  attach(client: LanguageClient): vscode.Disposable {
    return client.onNotification(CHANGED_NOTIFICATION, () => {
      if (this.refreshTimer) clearTimeout(this.refreshTimer);
      this.refreshTimer = setTimeout(() => this.changed.fire(), 300);
    });
  }

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return "children" in node ? node.children : [];
    const client = this.client();
    if (!client?.isRunning()) return [];
    const overview = await client.sendRequest<Overview>(OVERVIEW_REQUEST);
    // As in the Problems panel, hints are not listed or counted.
    const templates: Node[] = overview.templates.flatMap((t) => {
      const families = Object.entries(t.byFamily).map(([family, all]) => [family, all.filter((f) => f.severity !== "hint")] as const).filter(([, f]) => f.length > 0);
      const counts = countProblems(families.flatMap(([, f]) => f.map((x) => x.severity)));
      if (families.length === 0) return [];
      return [{
        kind: "template" as const, uri: t.uri, path: t.path, counts,
        children: families.map(([family, findings]) => ({ kind: "family" as const, family, children: findings.map((finding) => ({ kind: "finding" as const, uri: t.uri, finding })) })),
      }];
    });
    const clusters: Node[] = overview.clusters.map((c) => ({
      kind: "cluster",
      label: `${c.files.length} near-identical letters (${Math.round(c.similarity * 100)}% similar)`,
      children: c.files.map((f) => ({ kind: "file", uri: f.uri, path: f.path })),
    }));
    return [
      { kind: "section", label: `Templates with problems (${templates.length})`, children: templates },
      { kind: "section", label: `Duplicate clusters (${clusters.length})`, children: clusters },
    ];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    switch (node.kind) {
      case "section":
        return new vscode.TreeItem(node.label, C.Expanded);
      case "template": {
        const item = new vscode.TreeItem(node.path, C.Collapsed);
        item.description = countsLabel(node.counts);
        item.iconPath = new vscode.ThemeIcon(worstIcon(node.counts));
        item.resourceUri = vscode.Uri.parse(node.uri);
        item.command = open(node.uri);
        return item;
      }
      case "family": {
        const item = new vscode.TreeItem(node.family, C.Expanded);
        item.description = String(node.children.length);
        return item;
      }
      case "finding": {
        const f = node.finding;
        const item = new vscode.TreeItem(f.message, C.None);
        item.description = `${f.ruleId} · line ${f.line + 1}`;
        item.iconPath = new vscode.ThemeIcon(f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "info");
        item.command = open(node.uri, f.line, f.character);
        return item;
      }
      case "cluster":
        return new vscode.TreeItem(node.label, C.Expanded);
      case "file": {
        const item = new vscode.TreeItem(node.path, C.None);
        item.resourceUri = vscode.Uri.parse(node.uri);
        item.command = open(node.uri);
        return item;
      }
    }
  }
}

// Per-resource settings: VS Code's `proposalLint.*` for the document, merged under the nearest
// `.proposal-lint.json`/`.yaml` (the file wins). Cached per workspace folder and per config path, never global.

import { dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Connection } from "vscode-languageserver";
import { mergeConfigs, type ProposalLintConfig } from "../engine";
import { findConfigFile, loadConfigFile, type LoadedConfig } from "../fs/config-files";
import { containingFolder } from "../fs/template-files";

export type LintScope = "workspace" | "openFiles";

export interface EditorSettings extends ProposalLintConfig {
  enable?: boolean;
  lintScope?: LintScope;
}

export interface DocumentSettings {
  enable: boolean;
  lintScope: LintScope;
  config: ProposalLintConfig;
  /** The config file that applied, if any (its problems are reported on it). */
  configFile: LoadedConfig | undefined;
}

export class SettingsStore {
  private readonly editorSettings = new Map<string, Promise<EditorSettings>>();
  private readonly configFiles = new Map<string, LoadedConfig>();
  private readonly configPathForDir = new Map<string, string | null>();
  /** Whether workspace config files may be used (VS Code Workspace Trust). */
  trusted = true;
  supportsConfiguration = false;

  /** `folders`: the workspace folders' paths; a file's editor settings are its folder's. */
  constructor(private readonly connection: Connection, private readonly folders: () => readonly string[] = () => []) {}

  /** Forgets the editor settings (on didChangeConfiguration). */
  clearEditorSettings(): void {
    this.editorSettings.clear();
  }

  /** Forgets config files (on a watched config file change). */
  clearConfigFiles(): void {
    this.configFiles.clear();
    this.configPathForDir.clear();
  }

  /**
   * Where a file's editor settings are asked for: its workspace folder (VS Code resolves resource
   * settings per folder, so every file of a folder gets the same answer, and indexing 10,000
   * templates asks once instead of 10,000 times); the file itself outside every folder.
   */
  private scopeOf(uri: string): string {
    if (!uri.startsWith("file:")) return uri;
    const folder = containingFolder(fileURLToPath(uri), this.folders());
    return folder ? pathToFileURL(folder).href : uri;
  }

  private editorSettingsFor(uri: string): Promise<EditorSettings> {
    if (!this.supportsConfiguration) return Promise.resolve({});
    const scope = this.scopeOf(uri);
    let s = this.editorSettings.get(scope);
    if (!s) {
      s = this.connection.workspace
        .getConfiguration({ scopeUri: scope, section: "proposalLint" })
        .then((v: unknown) => (v && typeof v === "object" ? (v as EditorSettings) : {}))
        .catch(() => ({}));
      this.editorSettings.set(scope, s);
    }
    return s;
  }

  /** The config file that governs a file path, loaded once until it changes. */
  configFileFor(path: string): LoadedConfig | undefined {
    if (!this.trusted) return undefined;
    const dir = dirname(path);
    let found = this.configPathForDir.get(dir);
    if (found === undefined) {
      found = findConfigFile(dir) ?? null;
      this.configPathForDir.set(dir, found);
    }
    if (!found) return undefined;
    let loaded = this.configFiles.get(found);
    if (!loaded) {
      loaded = loadConfigFile(found);
      this.configFiles.set(found, loaded);
    }
    return loaded;
  }

  async forDocument(uri: string): Promise<DocumentSettings> {
    const editor = await this.editorSettingsFor(uri);
    const path = uri.startsWith("file:") ? fileURLToPath(uri) : undefined;
    const configFile = path ? this.configFileFor(path) : undefined;
    const { enable, lintScope, ...editorConfig } = editor;
    const fromEditor: ProposalLintConfig = {
      ...(editorConfig.rules ? { rules: editorConfig.rules } : {}),
      ...(editorConfig.allowedDomains?.length ? { allowedDomains: editorConfig.allowedDomains } : {}),
      ...(editorConfig.portfolioHosts?.length ? { portfolioHosts: editorConfig.portfolioHosts } : {}),
      ...(editorConfig.templates ? { templates: editorConfig.templates } : {}),
      ...(editorConfig.exclude ? { exclude: editorConfig.exclude } : {}),
      ...(editorConfig.placeholders?.length ? { placeholders: editorConfig.placeholders } : {}),
    };
    return { enable: enable !== false, lintScope: lintScope === "openFiles" ? "openFiles" : "workspace", config: mergeConfigs(fromEditor, configFile?.config), configFile };
  }

  /** Every config file loaded so far (to publish their problems). */
  loadedConfigFiles(): LoadedConfig[] {
    return [...this.configFiles.values()];
  }
}

// The workspace's template library, kept current: every template under the workspace folders is
// linted without being opened (include/exclude globs, .gitignore honoured), fingerprinted for the
// near-duplicate check, and re-linted alone when it changes. Work is done in small batches that
// yield to the event loop, so typing is never blocked while a large workspace is indexed.

import { readFileSync, existsSync } from "node:fs";
import { join, relative, basename } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";
import ignore, { type Ignore } from "ignore";
import picomatch from "picomatch";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  lint, parseDocument, placeholdersOf, suppressionFilterFor, type Finding, type ProposalLintConfig,
} from "../engine";
import { DuplicateIndex, libraryFindings, GENERIC_TEMPLATE, type DuplicateCluster } from "../engine/library/duplicates";
import { fingerprintTemplate, type TemplateFingerprint } from "../engine/library/fingerprint";
import { placeholderStyleFindings, type PlaceholderUse } from "../engine/library/placeholders";
import { expandTargets } from "../fs/template-files";
import { readTemplate } from "../fs/read-template";

export const DEFAULT_TEMPLATES = ["**/*.md", "**/*.markdown"];

/** True when a path matches the config's template globs and none of its exclude globs. */
export function matchesTemplateGlobs(file: string, config: ProposalLintConfig): boolean {
  const posix = file.split("\\").join("/");
  const include = picomatch(config.templates ?? DEFAULT_TEMPLATES, { dot: true });
  const exclude = config.exclude?.length ? picomatch(config.exclude, { dot: true }) : () => false;
  return include(posix) && !exclude(posix);
}
const BATCH = 25;

interface Entry {
  uri: string;
  /** Shown in messages: relative to its workspace folder. */
  path: string;
  doc: TextDocument;
  /** The document's own findings (not library ones), when the file is not open in the editor. */
  findings: Finding[];
  fingerprint: TemplateFingerprint;
  placeholders: PlaceholderUse[];
  directives: (ruleId: string, offset: number) => boolean;
}

export interface IndexHost {
  /** Settings for a file (editor settings merged with its config file). */
  configFor(uri: string): Promise<{ enable: boolean; config: ProposalLintConfig }>;
  /** Called with the uris whose diagnostics must be published again. */
  changed(uris: string[]): void;
  progress?(done: number, total: number): void;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkspaceIndex {
  private readonly entries = new Map<string, Entry>(); // by uri
  private readonly byPath = new Map<string, string>(); // shown path -> uri
  private duplicates = new DuplicateIndex();
  private library = new Map<string, Finding[]>(); // by uri
  private librarySignature = new Map<string, string>();
  private folders: string[] = [];
  private generation = 0;
  private libraryConfig: ProposalLintConfig = {};

  constructor(private readonly host: IndexHost) {}

  get size(): number {
    return this.entries.size;
  }

  /** Library findings (near-duplicates, shared openings, placeholder styles) for a uri. */
  libraryFindingsFor(uri: string): Finding[] {
    return this.library.get(uri) ?? [];
  }

  /** The indexed document's own findings, for a file that is not open. */
  documentFindingsFor(uri: string): Finding[] | undefined {
    return this.entries.get(uri)?.findings;
  }

  /** The text of an indexed file (for positions of related information). */
  documentFor(uri: string): TextDocument | undefined {
    return this.entries.get(uri)?.doc;
  }

  uriForPath(path: string): string | undefined {
    return this.byPath.get(path);
  }

  /** Every template's placeholders, for completion. */
  placeholderLibrary(): { path: string; placeholders: PlaceholderUse[] }[] {
    return [...this.entries.values()].map((e) => ({ path: e.path, placeholders: e.placeholders }));
  }

  pathFor(uri: string): string | undefined {
    return this.entries.get(uri)?.path;
  }

  /** Where indexing progress goes (window progress in the editor). */
  setProgress(report: (done: number, total: number) => void): void {
    this.host.progress = report;
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }

  clusters(): DuplicateCluster[] {
    return this.duplicates.report().clusters;
  }

  private shownPath(file: string): string {
    const folder = this.folders.find((f) => file === f || file.startsWith(f.endsWith("/") ? f : f + "/"));
    if (!folder) return basename(file);
    const rel = relative(folder, file).split("\\").join("/");
    return this.folders.length > 1 ? `${basename(folder)}/${rel}` : rel;
  }

  /** True when a file under the workspace counts as a template for this config. */
  isTemplate(file: string, config: ProposalLintConfig, gitignored: (file: string) => boolean): boolean {
    return matchesTemplateGlobs(file, config) && !gitignored(file);
  }

  private gitignoreFor(folder: string): Ignore | undefined {
    const file = join(folder, ".gitignore");
    if (!existsSync(file)) return undefined;
    try {
      return ignore().add(readFileSync(file, "utf8"));
    } catch {
      return undefined;
    }
  }

  private gitignored(file: string): boolean {
    for (const folder of this.folders) {
      if (!file.startsWith(folder)) continue;
      const rel = relative(folder, file);
      const ig = this.gitignores.get(folder);
      if (ig && rel && !rel.startsWith("..") && ig.ignores(rel)) return true;
    }
    return false;
  }

  private gitignores = new Map<string, Ignore | undefined>();

  /** Indexes every template under `folders` from scratch, in batches. */
  async indexAll(folders: string[]): Promise<{ files: number; problems: number }> {
    const generation = ++this.generation;
    this.folders = folders;
    this.gitignores = new Map(folders.map((f) => [f, this.gitignoreFor(f)]));
    const old = new Set(this.entries.keys());
    this.entries.clear();
    this.byPath.clear();
    this.duplicates = new DuplicateIndex();
    const { files } = expandTargets(folders, "/");
    let done = 0;
    for (let i = 0; i < files.length; i += BATCH) {
      if (generation !== this.generation) return { files: done, problems: 0 }; // a newer run took over
      for (const file of files.slice(i, i + BATCH)) {
        await this.indexFile(file, { recompute: false });
        done++;
      }
      this.host.progress?.(done, files.length);
      await yieldToEventLoop();
    }
    const changed = this.recomputeLibrary();
    const removed = [...old].filter((u) => !this.entries.has(u));
    this.host.changed([...new Set([...this.entries.keys(), ...removed, ...changed])]);
    let problems = 0;
    for (const uri of this.entries.keys()) problems += (this.entries.get(uri)?.findings.length ?? 0) + this.libraryFindingsFor(uri).length;
    return { files: this.entries.size, problems };
  }

  /** (Re-)reads one file from disk; returns false when it is not a template. */
  async indexFile(file: string, options: { recompute?: boolean; text?: string } = {}): Promise<boolean> {
    const uri = pathToFileURL(file).href;
    const { enable, config } = await this.host.configFor(uri);
    if (!enable || !this.isTemplate(file, config, (f) => this.gitignored(f))) {
      if (this.entries.has(uri)) this.remove(uri);
      return false;
    }
    this.libraryConfig = config;
    let text = options.text;
    if (text === undefined) {
      const read = readTemplate(file);
      if (!read.ok) {
        if (this.entries.has(uri)) this.remove(uri);
        return false;
      }
      text = read.text;
    }
    const parsed = parseDocument(text);
    const path = this.shownPath(file);
    const entry: Entry = {
      uri,
      path,
      doc: TextDocument.create(uri, "markdown", 0, text),
      findings: lint(text, config).findings,
      fingerprint: fingerprintTemplate(path, text, {}, parsed),
      placeholders: placeholdersOf(parsed),
      directives: suppressionFilterFor(parsed),
    };
    this.entries.set(uri, entry);
    this.byPath.set(path, uri);
    this.duplicates.upsert(entry.fingerprint);
    if (options.recompute !== false) this.host.changed([uri, ...this.recomputeLibrary()]);
    return true;
  }

  /** Updates an open document's text (the editor's buffer wins over the file on disk). */
  async updateFromEditor(uri: string, text: string): Promise<void> {
    if (!uri.startsWith("file:")) return;
    const file = fileURLToPath(uri);
    if (!this.folders.some((f) => file.startsWith(f))) return; // outside the workspace: linted alone
    await this.indexFile(file, { text });
  }

  /** Forgets a deleted or excluded file. */
  remove(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    this.entries.delete(uri);
    this.byPath.delete(entry.path);
    this.duplicates.remove(entry.path);
    this.host.changed([uri, ...this.recomputeLibrary()]);
  }

  /** Recomputes library findings for all templates; returns the uris whose findings changed. */
  private recomputeLibrary(): string[] {
    const rules = { ...this.libraryConfig.rules, [GENERIC_TEMPLATE]: "off" as const };
    const entries = [...this.entries.values()];
    const lib = libraryFindings(entries.map((e) => e.fingerprint), this.duplicates.report(), { rules });
    const styles = placeholderStyleFindings(entries.map((e) => ({ path: e.path, placeholders: e.placeholders })), { rules });
    const next = new Map<string, Finding[]>();
    for (const e of entries) {
      const all = [...(lib.get(e.path) ?? []), ...(styles.get(e.path) ?? [])].filter((f) => !e.directives(f.ruleId, f.start));
      if (all.length) next.set(e.uri, all);
    }
    const changed: string[] = [];
    const signatures = new Map<string, string>();
    for (const uri of new Set([...this.library.keys(), ...next.keys()])) {
      const sig = JSON.stringify(next.get(uri) ?? []);
      signatures.set(uri, sig);
      if (this.librarySignature.get(uri) !== sig) changed.push(uri);
    }
    this.library = next;
    this.librarySignature = signatures;
    return changed;
  }
}

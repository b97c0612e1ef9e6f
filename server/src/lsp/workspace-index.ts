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
import { lintDocument, parseDocument, type Finding, type ProposalLintConfig } from "../engine";
import type { ParsedDocument } from "../engine/markdown";
import { GENERIC_TEMPLATE, type DuplicateCluster } from "../engine/library/duplicates";
import { LibraryIndex } from "../engine/library/library-index";
import { libraryEntryOf } from "../engine/library/lint-library";
import type { PlaceholderUse } from "../engine/library/placeholders";
import { expandTargets } from "../fs/template-files";
import { readTemplate } from "../fs/read-template";

export const DEFAULT_TEMPLATES = ["**/*.md", "**/*.markdown"];

/** Compiled glob lists by their globs: compiling one costs about 50 times matching it, and indexing asks per file. */
const compiledGlobs = new Map<string, (path: string) => boolean>();

function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const key = globs.join("\u0000");
  let matcher = compiledGlobs.get(key);
  if (!matcher) {
    if (compiledGlobs.size >= 64) compiledGlobs.clear(); // configs come and go; a handful are live
    compiledGlobs.set(key, (matcher = picomatch([...globs], { dot: true })));
  }
  return matcher;
}

/** True when a path matches the config's template globs and none of its exclude globs. */
export function matchesTemplateGlobs(file: string, config: ProposalLintConfig): boolean {
  const posix = file.split("\\").join("/");
  if (!globMatcher(config.templates ?? DEFAULT_TEMPLATES)(posix)) return false;
  return !(config.exclude?.length && globMatcher(config.exclude)(posix));
}
/** Longest stretch of indexing between two yields to the event loop, in ms. */
const SLICE_MS = 20;

interface Entry {
  uri: string;
  /** Shown in messages: relative to its workspace folder. */
  path: string;
  doc: TextDocument;
  /** The document's own findings (not library ones), when the file is not open in the editor. */
  findings: Finding[];
}

export interface IndexHost {
  /** Settings for a file (editor settings merged with its config file). */
  configFor(uri: string): Promise<{ enable: boolean; config: ProposalLintConfig }>;
  /** Called with the uris whose diagnostics must be published again. */
  changed(uris: string[]): void;
  progress?(done: number, total: number): void;
  /**
   * Resolves when no open document is waiting to be linted. Indexing waits on it before it starts
   * and after each time slice, so an opened or edited document's own diagnostics go out first.
   */
  editorIdle?(): Promise<void>;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkspaceIndex {
  private readonly entries = new Map<string, Entry>(); // by uri
  private readonly byPath = new Map<string, string>(); // shown path -> uri
  private lib = new LibraryIndex();
  private library = new Map<string, Finding[]>(); // by uri
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
    return [...this.entries.values()].map((e) => ({ path: e.path, placeholders: this.lib.entry(e.path)?.placeholders ?? [] }));
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
    return this.lib.clusters();
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
    this.lib = new LibraryIndex();
    await this.host.editorIdle?.();
    if (generation !== this.generation) return { files: 0, problems: 0 };
    const { files } = expandTargets(folders, "/");
    await yieldToEventLoop(); // documents opened while the folders were walked are scheduled now
    let done = 0;
    // Time slices, not fixed batches: the event loop is never held longer than SLICE_MS, so an
    // opened document's diagnostics and the user's keystrokes go out while the workspace indexes.
    let sliceStart = performance.now();
    for (const file of files) {
      if (generation !== this.generation) return { files: done, problems: 0 }; // a newer run took over
      await this.host.editorIdle?.();
      await this.indexFile(file, { recompute: false });
      done++;
      if (performance.now() - sliceStart >= SLICE_MS) {
        this.host.progress?.(done, files.length);
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
    this.host.progress?.(done, files.length);
    this.library = new Map();
    const changed = this.refresh(this.lib.paths(), true);
    const removed = [...old].filter((u) => !this.entries.has(u));
    this.host.changed([...new Set([...this.entries.keys(), ...removed, ...changed])]);
    let problems = 0;
    for (const uri of this.entries.keys()) problems += (this.entries.get(uri)?.findings.length ?? 0) + this.libraryFindingsFor(uri).length;
    return { files: this.entries.size, problems };
  }

  /**
   * (Re-)reads one file from disk, or takes the editor's `text` (with its parsed `doc` and own
   * `findings` when the caller has linted it already: each edit is parsed and linted once); returns
   * false when it is not a template. Only the library findings the change touched are recomputed.
   */
  async indexFile(file: string, options: { recompute?: boolean; text?: string; doc?: ParsedDocument; findings?: Finding[] } = {}): Promise<boolean> {
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
    const parsed = options.doc && options.doc.source === text ? options.doc : parseDocument(text);
    const path = this.shownPath(file);
    const previous = this.entries.get(uri);
    if (previous && previous.path !== path) this.byPath.delete(previous.path);
    const entry: Entry = {
      uri,
      path,
      doc: TextDocument.create(uri, "markdown", 0, text),
      findings: options.findings ?? lintDocument(parsed, config).findings,
    };
    this.entries.set(uri, entry);
    this.byPath.set(path, uri);
    const touched = this.lib.upsert(libraryEntryOf(path, parsed));
    // The editor's own lint (given as `findings`) was published already: the uri is re-published
    // only when its library findings changed, which `refresh` reports.
    if (options.recompute !== false) this.host.changed([...new Set([...(options.findings ? [] : [uri]), ...this.refresh(touched)])]);
    return true;
  }

  /**
   * Updates an open document's text (the editor's buffer wins over the file on disk); `doc` and
   * `findings` are the editor's parse and lint of that text, reused when given.
   */
  async updateFromEditor(uri: string, text: string, doc?: ParsedDocument, findings?: Finding[]): Promise<void> {
    if (!uri.startsWith("file:")) return;
    const file = fileURLToPath(uri);
    if (!this.folders.some((f) => file.startsWith(f))) return; // outside the workspace: linted alone
    await this.indexFile(file, { text, ...(doc ? { doc } : {}), ...(findings ? { findings } : {}) });
  }

  /** Forgets a deleted or excluded file. */
  remove(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    this.entries.delete(uri);
    this.byPath.delete(entry.path);
    this.library.delete(uri);
    const touched = this.lib.remove(entry.path);
    this.host.changed([uri, ...this.refresh(touched)]);
  }

  /**
   * Recomputes the library findings of the given templates (by shown path); returns the uris whose
   * findings changed. `all` skips the comparison (everything is published anyway).
   */
  private refresh(paths: Iterable<string>, all = false): string[] {
    const rules = { ...this.libraryConfig.rules, [GENERIC_TEMPLATE]: "off" as const };
    const changed: string[] = [];
    for (const path of paths) {
      const uri = this.byPath.get(path);
      if (!uri) continue;
      const next = this.lib.findingsFor(path, rules);
      const prev = this.library.get(uri) ?? [];
      if (next.length) this.library.set(uri, next);
      else this.library.delete(uri);
      if (all || !sameFindings(prev, next)) changed.push(uri);
    }
    return changed;
  }
}

/** Whether two lists of findings would show the same (compared field by field, no serialization). */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.ruleId !== y.ruleId || x.start !== y.start || x.end !== y.end || x.severity !== y.severity || x.message !== y.message) return false;
    const rx = x.related ?? [];
    const ry = y.related ?? [];
    if (rx.length !== ry.length) return false;
    for (let j = 0; j < rx.length; j++) {
      if (rx[j]!.path !== ry[j]!.path || rx[j]!.start !== ry[j]!.start || rx[j]!.end !== ry[j]!.end || rx[j]!.message !== ry[j]!.message) return false;
    }
    if ((x.fix?.edits[0]?.text ?? "") !== (y.fix?.edits[0]?.text ?? "")) return false;
  }
  return true;
}

// The library rules kept current one template at a time, for an editor: near-duplicates, shared
// openings and placeholder styles. An update says which templates' library findings may have
// changed (the edited template, the members of its old and new cluster, the templates sharing its
// old or new opening, and every template with placeholders when the library's style summary moved),
// so only those are recomputed. Same findings as `lintLibraryEntries` on the same templates.

import type { Finding, SeveritySetting } from "../types";
import { DEFAULT_MAX_RELATED, DuplicateIndex, duplicateFinding, DUPLICATE_TEMPLATE, sharedOpeningFinding, SHARED_OPENING } from "./duplicates";
import type { TemplateFingerprint } from "./fingerprint";
import type { LibraryEntry } from "./lint-library";
import { majorityStyle, PLACEHOLDER_STYLE, PLACEHOLDER_STYLES, styleFindingsFor, type PlaceholderStyle } from "./placeholders";
import { librarySeverity } from "./severity";
import type { DuplicateCluster } from "./duplicates";

export interface LibraryIndexOptions {
  /** Exact Jaccard similarity at or above which two templates are near-duplicates (default 0.3). */
  threshold?: number;
  /** An opening is reported when at least this many different letters share it (default 3). */
  sharedOpeningMin?: number;
  /** At most this many related entries per finding (default 5). */
  maxRelated?: number;
}

const zero = () => Object.fromEntries(PLACEHOLDER_STYLES.map((s) => [s, 0])) as Record<PlaceholderStyle, number>;

export class LibraryIndex {
  private readonly duplicates: DuplicateIndex;
  private readonly entries = new Map<string, LibraryEntry>();
  /** Opening paragraph key -> paths of the templates that start with it. */
  private readonly openings = new Map<string, Set<string>>();
  private readonly styleTemplates = zero();
  private readonly styleUses = zero();
  private withPlaceholders = new Set<string>();
  private readonly sharedOpeningMin: number;
  private readonly maxRelated: number;

  constructor(options: LibraryIndexOptions = {}) {
    this.duplicates = new DuplicateIndex(options.threshold ? { threshold: options.threshold } : {});
    this.sharedOpeningMin = options.sharedOpeningMin ?? 3;
    this.maxRelated = options.maxRelated ?? DEFAULT_MAX_RELATED;
  }

  get size(): number {
    return this.entries.size;
  }

  entry(path: string): LibraryEntry | undefined {
    return this.entries.get(path);
  }

  /** Adds or replaces a template; returns the paths whose library findings may have changed. */
  upsert(entry: LibraryEntry): Set<string> {
    const touched = new Set<string>([entry.path]);
    const before = this.styleKey();
    const old = this.entries.get(entry.path);
    if (old) this.forget(old, touched);
    this.entries.set(entry.path, entry);
    for (const p of this.duplicates.upsert(entry.fingerprint)) touched.add(p);
    const key = entry.fingerprint.opening?.key;
    if (key !== undefined) {
      let group = this.openings.get(key);
      if (!group) this.openings.set(key, (group = new Set()));
      group.add(entry.path);
    }
    this.countStyles(entry, 1);
    this.widen(touched, before);
    return touched;
  }

  /** Drops a template; returns the paths whose library findings may have changed (itself included). */
  remove(path: string): Set<string> {
    const touched = new Set<string>([path]);
    const old = this.entries.get(path);
    if (!old) return touched;
    const before = this.styleKey();
    this.forget(old, touched);
    this.entries.delete(path);
    for (const p of this.duplicates.remove(path)) touched.add(p);
    this.widen(touched, before);
    touched.delete(path);
    return touched;
  }

  /** Every template's path. */
  paths(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** Clusters of near-duplicates, largest first. */
  clusters(): DuplicateCluster[] {
    return this.duplicates.clusters();
  }

  /**
   * The library findings of one template now (its directives applied, sorted by offset), with the
   * given severity overrides ("off" disables a rule). Empty for a path that is not indexed.
   */
  findingsFor(path: string, rules: Record<string, SeveritySetting> = {}): Finding[] {
    const entry = this.entries.get(path);
    if (!entry) return [];
    const fp = entry.fingerprint;
    const out: Finding[] = [];
    const duplicate = librarySeverity(DUPLICATE_TEMPLATE, { rules });
    if (duplicate) {
      const neighbours = this.duplicates.neighboursOf(path);
      if (neighbours.length) out.push(duplicateFinding(fp, neighbours, this.duplicates.membersOf(path), duplicate, (p) => this.entries.get(p)?.fingerprint.anchor, this.maxRelated));
    }
    const shared = librarySeverity(SHARED_OPENING, { rules });
    const group = fp.opening ? this.openings.get(fp.opening.key) : undefined;
    if (shared && group && group.size >= this.sharedOpeningMin) {
      const letters = new Set<number | string>();
      for (const p of group) letters.add(this.duplicates.clusterIdOf(p) ?? p);
      if (letters.size >= this.sharedOpeningMin) {
        const sorted: TemplateFingerprint[] = [...group].sort().map((p) => this.entries.get(p)!.fingerprint);
        out.push(sharedOpeningFinding(fp, sorted, shared, this.maxRelated));
      }
    }
    const style = librarySeverity(PLACEHOLDER_STYLE, { rules });
    if (style && entry.placeholders.length) {
      const majority = majorityStyle(this.styleTemplates, this.styleUses);
      out.push(...styleFindingsFor(entry, { majority, templates: this.styleTemplates, uses: this.styleUses }, this.withPlaceholders.size, style));
    }
    return out.filter((f) => !entry.suppressed(f.ruleId, f.start)).sort((a, b) => a.start - b.start);
  }

  /** Takes an entry's opening and placeholder styles out of the library's tallies. */
  private forget(old: LibraryEntry, touched: Set<string>): void {
    const key = old.fingerprint.opening?.key;
    if (key !== undefined) {
      const group = this.openings.get(key)!;
      group.delete(old.path);
      for (const p of group) touched.add(p);
      if (group.size === 0) this.openings.delete(key);
    }
    this.countStyles(old, -1);
  }

  private countStyles(entry: LibraryEntry, sign: 1 | -1): void {
    for (const s of new Set(entry.placeholders.map((p) => p.style))) this.styleTemplates[s] += sign;
    for (const p of entry.placeholders) this.styleUses[p.style] += sign;
    if (sign > 0 && entry.placeholders.length) this.withPlaceholders.add(entry.path);
    else if (sign < 0) this.withPlaceholders.delete(entry.path);
  }

  /** What the placeholder-style messages depend on: the majority style, its template count, the templates with any. */
  private styleKey(): string {
    const majority = majorityStyle(this.styleTemplates, this.styleUses);
    return `${majority}|${majority ? this.styleTemplates[majority] : 0}|${this.withPlaceholders.size}`;
  }

  /** Adds the templates sharing an opening with a touched one, and all with placeholders when the style summary moved. */
  private widen(touched: Set<string>, styleBefore: string): void {
    const keys = new Set<string>();
    for (const p of touched) {
      const key = this.entries.get(p)?.fingerprint.opening?.key;
      if (key !== undefined) keys.add(key);
    }
    for (const key of keys) for (const p of this.openings.get(key) ?? []) touched.add(p);
    if (this.styleKey() !== styleBefore) for (const p of this.withPlaceholders) touched.add(p);
  }
}

// Suppressions: findings switched off without touching the letter. Two sources: the document's own
// directive comments (`suppressionFilterFor`, for findings made outside `lint`), and entries of a
// suppressions file kept beside the config, which the CLI and the server read and hand in as data.
// An entry is keyed by the template's path and the flagged text, so edits elsewhere keep it.

import { suppressionFilter } from "./directives";
import type { ParsedDocument } from "./markdown";
import { LineIndex } from "./positions";
import type { Finding } from "./types";

export function suppressionFilterFor(doc: ParsedDocument): (ruleId: string, offset: number) => boolean {
  return suppressionFilter(doc.directives, new LineIndex(doc.source));
}

/** One entry of `.proposal-lint-suppressions.json`. */
export interface Suppression {
  /** The template's path relative to the suppressions file's folder, with "/" separators. */
  file: string;
  rule: string;
  /** The flagged text (whitespace collapsed); absent = the rule is off for the whole file. */
  text?: string;
}

export interface SuppressionsData {
  version: 1;
  suppressions: Suppression[];
}

/** The flagged text as an entry stores it: whitespace runs collapsed to one space, trimmed. */
export function flaggedKey(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** True when `s` switches off a finding of `ruleId` whose flagged text is `flagged`. */
export function suppresses(s: Suppression, ruleId: string, flagged: string): boolean {
  return s.rule === ruleId && (s.text === undefined || s.text === flaggedKey(flagged));
}

/**
 * Drops the findings that `entries` (those of this one file) switch off. Returns the findings kept
 * and the entries that matched none of them (stale: the text was edited or the rule no longer fires).
 */
export function applySuppressions(findings: readonly Finding[], source: string, entries: readonly Suppression[]): { kept: Finding[]; stale: Suppression[] } {
  if (entries.length === 0) return { kept: [...findings], stale: [] };
  const used = new Set<Suppression>();
  const kept = findings.filter((f) => {
    const flagged = source.slice(f.start, f.end);
    const hit = entries.filter((s) => suppresses(s, f.ruleId, flagged));
    hit.forEach((s) => used.add(s));
    return hit.length === 0;
  });
  return { kept, stale: entries.filter((s) => !used.has(s)) };
}

/** Reads a suppressions file's text. Throws an Error naming what is wrong when it is not valid. */
export function parseSuppressions(text: string): SuppressionsData {
  const raw = JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
  const list = (raw as { suppressions?: unknown } | null)?.suppressions;
  if (!Array.isArray(list)) throw new Error('expected {"version": 1, "suppressions": [...]}');
  const suppressions = list.map((e: unknown, i) => {
    const s = e as Partial<Suppression> | null;
    if (!s || typeof s.file !== "string" || typeof s.rule !== "string" || (s.text !== undefined && typeof s.text !== "string")) {
      throw new Error(`suppressions[${i}] needs "file" and "rule" strings and an optional "text" string`);
    }
    return s.text === undefined ? { file: s.file, rule: s.rule } : { file: s.file, rule: s.rule, text: s.text };
  });
  return { version: 1, suppressions };
}

/** The file's text for `data`: entries sorted by file, rule and text, two-space JSON, final newline. */
export function serializeSuppressions(data: SuppressionsData): string {
  const sorted = [...data.suppressions].sort((a, b) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || (a.text ?? "").localeCompare(b.text ?? ""));
  return JSON.stringify({ version: 1, suppressions: sorted }, null, 2) + "\n";
}

/** `data` with `entry` added (its text normalized); a file-wide entry replaces that file's entries for the rule. */
export function addSuppression(data: SuppressionsData, entry: Suppression): SuppressionsData {
  const e: Suppression = entry.text === undefined ? { file: entry.file, rule: entry.rule } : { ...entry, text: flaggedKey(entry.text) };
  const others = data.suppressions.filter((s) => !(s.file === e.file && s.rule === e.rule && (e.text === undefined || s.text === e.text)));
  const coveredByFile = others.some((s) => s.file === e.file && s.rule === e.rule && s.text === undefined);
  return { version: 1, suppressions: coveredByFile ? others : [...others, e] };
}

/** One line describing a stale entry, for the CLI and the editor. */
export function describeStale(s: Suppression, fileName: string): string {
  return `Stale suppression in ${fileName}: ${s.rule}${s.text === undefined ? " (whole file)" : ` "${s.text}"`} no longer matches anything in ${s.file}; remove it.`;
}

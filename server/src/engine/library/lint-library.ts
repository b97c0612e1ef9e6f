// The library pass shared by the CLI and the language server: near-duplicates, shared openings and
// placeholder styles across templates, with each template's own directives and severities applied.

import { parseDocument, type ParsedDocument } from "../markdown";
import { suppressionFilterFor } from "../suppression";
import type { Finding, LintOptions } from "../types";
import { findDuplicates, GENERIC_TEMPLATE, libraryFindings, type DuplicateCluster } from "./duplicates";
import { fingerprintTemplate, type TemplateFingerprint } from "./fingerprint";
import { placeholderStyleFindings, placeholdersOf, type PlaceholderUse } from "./placeholders";

export interface LibraryInput {
  path: string;
  text: string;
  doc?: ParsedDocument;
}

/**
 * What the library pass needs of one template, small enough to keep for a whole library after the
 * parsed document itself is dropped (see `libraryEntryOf`).
 */
export interface LibraryEntry {
  path: string;
  fingerprint: TemplateFingerprint;
  placeholders: PlaceholderUse[];
  /** The template's own directives: true when a finding of `ruleId` at `offset` is switched off. */
  suppressed: (ruleId: string, offset: number) => boolean;
}

export interface LibraryLintResult {
  /** Library findings by path (paths without findings are absent). */
  findings: Map<string, Finding[]>;
  clusters: DuplicateCluster[];
}

/** The library pass's view of one parsed template (fingerprint, placeholders, directives). */
export function libraryEntryOf(path: string, doc: ParsedDocument): LibraryEntry {
  return { path, fingerprint: fingerprintTemplate(path, doc.source, {}, doc), placeholders: placeholdersOf(doc), suppressed: suppressionFilterFor(doc) };
}

/** Runs every library rule over entries made by `libraryEntryOf`; per-document rules are `lint`'s job. */
export function lintLibraryEntries(entries: readonly LibraryEntry[], options: LintOptions = {}): LibraryLintResult {
  // spam/generic-template is a document rule (lint reports it), so the library pass leaves it out.
  const rules = { ...options.rules, [GENERIC_TEMPLATE]: "off" as const };
  const fingerprints = entries.map((e) => e.fingerprint);
  const duplicates = findDuplicates(fingerprints, options.duplicateThreshold ? { threshold: options.duplicateThreshold } : {});
  const lib = libraryFindings(fingerprints, duplicates, { rules });
  const styles = placeholderStyleFindings(entries.map((e) => ({ path: e.path, placeholders: e.placeholders })), { rules });
  const findings = new Map<string, Finding[]>();
  for (const { path, suppressed } of entries) {
    const own = lib.get(path);
    const style = styles.get(path);
    if (!own && !style) continue;
    const all = own && style ? [...own, ...style] : (own ?? style)!;
    const kept = all.filter((f) => !suppressed(f.ruleId, f.start));
    if (kept.length) findings.set(path, kept.sort((a, b) => a.start - b.start));
  }
  return { findings, clusters: duplicates.clusters };
}

/** Runs every library rule over `templates`; per-document rules are `lint`'s job. */
export function lintTemplateLibrary(templates: readonly LibraryInput[], options: LintOptions = {}): LibraryLintResult {
  return lintLibraryEntries(templates.map((t) => libraryEntryOf(t.path, t.doc ?? parseDocument(t.text))), options);
}

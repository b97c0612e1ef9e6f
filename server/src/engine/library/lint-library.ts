// The library pass shared by the CLI and the language server: near-duplicates, shared openings and
// placeholder styles across templates, with each template's own directives and severities applied.

import { parseDocument, type ParsedDocument } from "../markdown";
import { suppressionFilterFor } from "../suppression";
import type { Finding, LintOptions } from "../types";
import { GENERIC_TEMPLATE, lintLibrary, type DuplicateCluster } from "./duplicates";
import { placeholderStyleFindings, placeholdersOf } from "./placeholders";

export interface LibraryInput {
  path: string;
  text: string;
  doc?: ParsedDocument;
}

export interface LibraryLintResult {
  /** Library findings by path (paths without findings are absent). */
  findings: Map<string, Finding[]>;
  clusters: DuplicateCluster[];
}

/** Runs every library rule over `templates`; per-document rules are `lint`'s job. */
export function lintTemplateLibrary(templates: readonly LibraryInput[], options: LintOptions = {}): LibraryLintResult {
  const docs = templates.map((t) => ({ path: t.path, text: t.text, doc: t.doc ?? parseDocument(t.text) }));
  // spam/generic-template is a document rule (lint reports it), so the library pass leaves it out.
  const rules = { ...options.rules, [GENERIC_TEMPLATE]: "off" as const };
  const lib = lintLibrary(docs, { rules, ...(options.duplicateThreshold ? { threshold: options.duplicateThreshold } : {}) });
  const styles = placeholderStyleFindings(docs.map((d) => ({ path: d.path, placeholders: placeholdersOf(d.doc) })), { rules });
  const findings = new Map<string, Finding[]>();
  for (const { path, doc } of docs) {
    const all = [...(lib.findings.get(path) ?? []), ...(styles.get(path) ?? [])];
    if (all.length === 0) continue;
    const suppressed = suppressionFilterFor(doc);
    const kept = all.filter((f) => !suppressed(f.ruleId, f.start));
    if (kept.length) findings.set(path, kept.sort((a, b) => a.start - b.start));
  }
  return { findings, clusters: lib.duplicates.clusters };
}

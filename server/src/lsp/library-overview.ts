// The data behind the client's "Proposal Lint" explorer view: templates with their problems grouped
// by rule family, and the near-duplicate clusters.

import { FAMILIES, type Finding } from "../engine";
import type { DuplicateCluster } from "../engine/library/duplicates";

export interface OverviewFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  character: number;
}

export interface OverviewTemplate {
  uri: string;
  path: string;
  total: number;
  byFamily: Record<string, OverviewFinding[]>;
}

export interface LibraryOverview {
  templates: OverviewTemplate[];
  clusters: { similarity: number; files: { uri: string; path: string }[] }[];
}

export const LIBRARY_OVERVIEW_REQUEST = "proposalLint/libraryOverview";
export const LIBRARY_CHANGED_NOTIFICATION = "proposalLint/libraryChanged";

/** Builds the overview; templates with the most problems come first, clean ones are left out. */
export function buildOverview(
  templates: { uri: string; path: string; findings: Finding[]; positionAt: (offset: number) => { line: number; character: number } }[],
  clusters: DuplicateCluster[],
  uriForPath: (path: string) => string | undefined,
): LibraryOverview {
  const out: OverviewTemplate[] = [];
  for (const t of templates) {
    if (t.findings.length === 0) continue;
    const byFamily: Record<string, OverviewFinding[]> = {};
    for (const f of t.findings) {
      const pos = t.positionAt(f.start);
      (byFamily[f.family] ??= []).push({ ruleId: f.ruleId, severity: f.severity, message: f.message, line: pos.line, character: pos.character });
    }
    const ordered = Object.fromEntries(FAMILIES.filter((fam) => byFamily[fam]).map((fam) => [fam, byFamily[fam]!]));
    out.push({ uri: t.uri, path: t.path, total: t.findings.length, byFamily: ordered });
  }
  out.sort((a, b) => b.total - a.total || a.path.localeCompare(b.path));
  return {
    templates: out,
    clusters: clusters.map((c) => ({ similarity: c.similarity, files: c.files.map((path) => ({ path, uri: uriForPath(path) ?? "" })) })),
  };
}

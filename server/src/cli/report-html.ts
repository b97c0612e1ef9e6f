// The library report: one self-contained HTML page (inline CSS, no script, no font, image or link
// that leaves the file) with worst templates first, counts by rule family, duplicate clusters and
// the most frequent rules. Pure: report data in, HTML string out.

export interface HtmlPosition {
  line: number;
  character: number;
}

export interface HtmlDiagnostic {
  ruleId: string;
  severity: string;
  message: string;
  range: { start: HtmlPosition; end: HtmlPosition };
}

export interface LibraryReportInput {
  /** When the report was made, shown as given (an ISO timestamp, say). */
  generatedAt: string;
  files: { path: string; diagnostics: HtmlDiagnostic[] }[];
  /** Near-duplicate clusters; similarity in 0..1. */
  clusters: { files: string[]; similarity: number }[];
}

/** The columns of the per-template table, in the order of the engine's FAMILIES. */
export const REPORT_FAMILIES = ["circumvention", "contact", "account", "spam", "conduct", "feedback"] as const;
const OTHER = "other";
const SEVERITIES = ["error", "warning", "information", "hint"] as const;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The family of a rule id ("contact/phone" -> "contact"); ids outside the six families are "other". */
export function familyOf(ruleId: string): string {
  const family = ruleId.split("/")[0]!;
  return (REPORT_FAMILIES as readonly string[]).includes(family) ? family : OTHER;
}

interface FileRow {
  path: string;
  diagnostics: HtmlDiagnostic[];
  byFamily: Map<string, number>;
  bySeverity: Map<string, number>;
}

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const pct = (x: number) => `${Math.floor(Math.max(0, Math.min(1, x)) * 100)}%`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Errors first, then warnings, then everything else, then path. */
function worstFirst(a: FileRow, b: FileRow): number {
  for (const s of SEVERITIES) {
    const d = (b.bySeverity.get(s) ?? 0) - (a.bySeverity.get(s) ?? 0);
    if (d !== 0) return d;
  }
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

const CSS = `
:root{color-scheme:light;--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--error:#cf222e;--warning:#9a6700;--information:#0969da;--hint:#59636e}
*{box-sizing:border-box}
body{margin:0;padding:24px 32px;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--line)}
.meta{color:var(--muted);margin:0 0 16px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:0;padding:0;list-style:none}
.cards li{border:1px solid var(--line);border-radius:6px;padding:8px 14px;background:var(--bg);min-width:130px}
.cards b{display:block;font-size:20px}
table{border-collapse:collapse;width:100%;margin:4px 0}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--bg);font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
td.zero{color:#c4cbd3}
code,.path{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px;overflow-wrap:anywhere}
.sev-error{color:var(--error);font-weight:600}.sev-warning{color:var(--warning);font-weight:600}.sev-information{color:var(--information)}.sev-hint{color:var(--hint)}
.bar{display:inline-block;height:10px;background:#8c959f;border-radius:2px;vertical-align:middle}
.cluster{border:1px solid var(--line);border-radius:6px;padding:8px 12px;margin:8px 0}
.cluster ul{margin:4px 0 0;padding-left:20px}
details{margin:2px 0}summary{cursor:pointer}
.empty{color:var(--muted);font-style:italic}
`;

function summaryCards(rows: FileRow[], clusters: LibraryReportInput["clusters"]): string {
  const total = rows.reduce((n, r) => n + r.diagnostics.length, 0);
  const withProblems = rows.filter((r) => r.diagnostics.length > 0).length;
  const sev = (s: string) => rows.reduce((n, r) => n + (r.bySeverity.get(s) ?? 0), 0);
  const duplicated = new Set(clusters.flatMap((c) => c.files)).size;
  const cards: [string, number][] = [
    ["templates", rows.length],
    ["with problems", withProblems],
    ["findings", total],
    ["errors", sev("error")],
    ["warnings", sev("warning")],
    ["duplicate clusters", clusters.length],
    ["templates in clusters", duplicated],
  ];
  return `<ul class="cards">${cards.map(([label, n]) => `<li><b>${n}</b>${escapeHtml(label)}</li>`).join("")}</ul>`;
}

function templatesTable(rows: FileRow[], families: string[]): string {
  if (rows.length === 0) return `<p class="empty">No templates.</p>`;
  const head = `<tr><th>#</th><th>Template</th>${families.map((f) => `<th class="n">${escapeHtml(f)}</th>`).join("")}<th class="n">errors</th><th class="n">warnings</th><th class="n">total</th></tr>`;
  const cell = (n: number) => `<td class="n${n === 0 ? " zero" : ""}">${n}</td>`;
  const body = rows.map((r, i) => {
    const family = families.map((f) => cell(r.byFamily.get(f) ?? 0)).join("");
    return `<tr><td class="n">${i + 1}</td><td class="path">${escapeHtml(r.path)}</td>${family}${cell(r.bySeverity.get("error") ?? 0)}${cell(r.bySeverity.get("warning") ?? 0)}${cell(r.diagnostics.length)}</tr>`;
  });
  return `<table id="templates"><thead>${head}</thead><tbody>${body.join("\n")}</tbody></table>`;
}

function clustersSection(clusters: LibraryReportInput["clusters"]): string {
  if (clusters.length === 0) return `<p class="empty">No near-duplicate templates.</p>`;
  const sorted = [...clusters].sort((a, b) => b.files.length - a.files.length || b.similarity - a.similarity);
  return sorted
    .map((c, i) => `<div class="cluster"><b>Cluster ${i + 1}</b>: ${plural(c.files.length, "template")}, ${pct(c.similarity)} similar<ul>${c.files.map((f) => `<li class="path">${escapeHtml(f)}</li>`).join("")}</ul></div>`)
    .join("\n");
}

function rulesTable(rows: FileRow[]): string {
  const byRule = new Map<string, { count: number; files: Set<string> }>();
  for (const r of rows) {
    for (const d of r.diagnostics) {
      const e = byRule.get(d.ruleId) ?? { count: 0, files: new Set<string>() };
      e.count++;
      e.files.add(r.path);
      byRule.set(d.ruleId, e);
    }
  }
  if (byRule.size === 0) return `<p class="empty">No findings.</p>`;
  const sorted = [...byRule].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
  const max = sorted[0]![1].count;
  const body = sorted.map(([id, e]) => `<tr><td><code>${escapeHtml(id)}</code></td><td>${escapeHtml(familyOf(id))}</td><td class="n">${e.count}</td><td class="n">${e.files.size}</td><td><span class="bar" style="width:${Math.max(2, Math.round((e.count / max) * 160))}px"></span></td></tr>`);
  return `<table id="rules"><thead><tr><th>Rule</th><th>Family</th><th class="n">findings</th><th class="n">templates</th><th></th></tr></thead><tbody>${body.join("\n")}</tbody></table>`;
}

function findingsSection(rows: FileRow[]): string {
  const withProblems = rows.filter((r) => r.diagnostics.length > 0);
  if (withProblems.length === 0) return `<p class="empty">No findings.</p>`;
  return withProblems
    .map((r) => {
      const items = [...r.diagnostics]
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .map((d) => `<tr><td class="n">${d.range.start.line + 1}:${d.range.start.character + 1}</td><td class="sev-${escapeHtml(d.severity)}">${escapeHtml(d.severity)}</td><td><code>${escapeHtml(d.ruleId)}</code></td><td>${escapeHtml(d.message)}</td></tr>`);
      return `<details><summary><span class="path">${escapeHtml(r.path)}</span> (${plural(r.diagnostics.length, "finding")})</summary><table>${items.join("")}</table></details>`;
    })
    .join("\n");
}

/** Renders the library report as one self-contained HTML document. */
export function renderLibraryReport(input: LibraryReportInput): string {
  const rows: FileRow[] = input.files.map((f) => {
    const byFamily = new Map<string, number>();
    const bySeverity = new Map<string, number>();
    for (const d of f.diagnostics) {
      count(byFamily, familyOf(d.ruleId));
      count(bySeverity, d.severity);
    }
    return { path: f.path, diagnostics: f.diagnostics, byFamily, bySeverity };
  });
  rows.sort(worstFirst);
  const families: string[] = [...REPORT_FAMILIES];
  if (rows.some((r) => r.byFamily.has(OTHER))) families.push(OTHER);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Proposal Lint: template library report</title>
<style>${CSS}</style>
</head>
<body>
<h1>Proposal Lint: template library report</h1>
<p class="meta">Generated ${escapeHtml(input.generatedAt)} · ${plural(rows.length, "template")}</p>
${summaryCards(rows, input.clusters)}
<h2 id="worst">Templates, worst first</h2>
${templatesTable(rows, families)}
<h2 id="clusters">Near-duplicate clusters</h2>
${clustersSection(input.clusters)}
<h2 id="frequent">Most frequent rules</h2>
${rulesTable(rows)}
<h2 id="findings">Findings by template</h2>
${findingsSection(rows)}
</body>
</html>
`;
}

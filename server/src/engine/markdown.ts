// Splits a markdown template into what the rules read: front matter (parsed, never linted as
// prose), fenced and inline code (read only by the contact rules that care about real data in
// code), directive comments, placeholders (never findings) and the prose around them.

import { yamlModule } from "./lazy-yaml";
import { normalizeText, TextView } from "./normalize";
import { parseDirectives, type Directive } from "./directives";
import { PLACEHOLDER_RE, FENCE_OPEN_RE, DIRECTIVE_COMMENT_RE } from "./patterns/markdown";
import { joinSoftWraps } from "./text-units";
import type { InputProblem } from "./types";

export interface FrontMatter {
  /** Source range of the whole block, fences included. */
  start: number;
  end: number;
  /** Where the YAML body starts and ends (between the fences). */
  bodyStart: number;
  bodyEnd: number;
  data: Record<string, unknown> | undefined;
}

export interface SourceRange {
  start: number;
  end: number;
}

export interface ParsedDocument {
  source: string;
  frontMatter: FrontMatter | undefined;
  /** Fenced code blocks and inline code spans. */
  code: SourceRange[];
  placeholders: SourceRange[];
  directives: Directive[];
  /** Prose only: code, front matter, directives and placeholders blanked. */
  prose: TextView;
  /** Prose and code: front matter, directives and placeholders blanked. */
  withCode: TextView;
  problems: InputProblem[];
}

const LINE_BREAK_RE = /[\r\n]/;

/** Replaces every character of `ranges` except line breaks with a space, keeping offsets. */
export function blankRanges(source: string, ranges: SourceRange[]): string {
  if (ranges.length === 0) return source;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, at);
    if (r.end <= start) continue;
    const piece = source.slice(start, r.end);
    // Most ranges (placeholders, inline code) hold no line break: one run of spaces.
    parts.push(source.slice(at, start), LINE_BREAK_RE.test(piece) ? piece.replace(/[^\r\n]/g, " ") : " ".repeat(piece.length));
    at = r.end;
  }
  parts.push(source.slice(at));
  return parts.join("");
}

function findFrontMatter(source: string, problems: InputProblem[]): FrontMatter | undefined {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(source);
  if (!open) return undefined;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  close.lastIndex = 0;
  const rest = source.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) {
    problems.push({ message: "Front matter starts with --- but is never closed; it is linted as prose.", start: 0, end: open[0].length, severity: "warning" });
    return undefined;
  }
  const bodyStart = open[0].length;
  const bodyEnd = bodyStart + m.index;
  const end = bodyEnd + m[0].length;
  let data: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = yamlModule().parse(source.slice(bodyStart, bodyEnd), { maxAliasCount: 50 });
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
  } catch (err) {
    problems.push({ message: `Front matter is not valid YAML: ${(err as Error).message.split("\n")[0]}`, start: bodyStart, end: bodyEnd, severity: "warning" });
  }
  return { start: 0, end, bodyStart, bodyEnd, data };
}

/** Fenced code blocks: from an opening fence to the matching closing fence or the end. */
function findFences(source: string, from: number): SourceRange[] {
  const out: SourceRange[] = [];
  let open: { start: number; char: string; len: number } | undefined;
  let lineStart = from;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd);
    const m = FENCE_OPEN_RE.exec(line);
    if (open) {
      if (m && m[2]![0] === open.char && m[2]!.length >= open.len && line.slice(m[0].length).trim() === "") {
        out.push({ start: open.start, end: lineEnd });
        open = undefined;
      }
    } else if (m) {
      open = { start: lineStart, char: m[2]![0]!, len: m[2]!.length };
    }
    if (lineEnd >= source.length) break;
    lineStart = lineEnd + 1;
  }
  if (open) out.push({ start: open.start, end: source.length });
  return out;
}

const inside = (ranges: SourceRange[], pos: number) => ranges.some((r) => pos >= r.start && pos < r.end);

/** Inline code spans: a backtick run closed by the next run of the same length in the same paragraph. */
function findInlineCode(source: string, skip: SourceRange[]): SourceRange[] {
  const runs: { pos: number; len: number }[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source.charCodeAt(i) !== 96) continue;
    let j = i;
    while (j < source.length && source.charCodeAt(j) === 96) j++;
    if (!inside(skip, i)) runs.push({ pos: i, len: j - i });
    i = j - 1;
  }
  const out: SourceRange[] = [];
  const nextOfLen = new Map<number, number>(); // run length -> index of the next unused run of that length
  for (let k = 0; k < runs.length; k++) {
    const opener = runs[k]!;
    if (out.length && opener.pos < out[out.length - 1]!.end) continue;
    let n = Math.max(nextOfLen.get(opener.len) ?? k + 1, k + 1);
    while (n < runs.length && runs[n]!.len !== opener.len) n++;
    nextOfLen.set(opener.len, n);
    const closer = runs[n];
    if (!closer) continue;
    const between = source.slice(opener.pos, closer.pos);
    if (/\n[ \t]*\r?\n/.test(between)) continue;
    out.push({ start: opener.pos, end: closer.pos + closer.len });
  }
  return out;
}

/** Parses a template into the regions and views the rules read. */
export function parseDocument(source: string): ParsedDocument {
  const problems: InputProblem[] = [];
  const frontMatter = findFrontMatter(source, problems);
  const bodyFrom = frontMatter?.end ?? 0;
  const fences = findFences(source, bodyFrom);
  const code = [...fences, ...findInlineCode(source, [...fences, ...(frontMatter ? [frontMatter] : [])])].sort((a, b) => a.start - b.start);
  const hidden: SourceRange[] = frontMatter ? [{ start: 0, end: frontMatter.end }] : [];

  const directiveRanges: SourceRange[] = [];
  DIRECTIVE_COMMENT_RE.lastIndex = bodyFrom;
  for (let m = DIRECTIVE_COMMENT_RE.exec(source); m; m = DIRECTIVE_COMMENT_RE.exec(source)) {
    if (!inside(code, m.index)) directiveRanges.push({ start: m.index, end: m.index + m[0].length });
  }
  const directives = parseDirectives(source, directiveRanges, problems);

  const placeholders: SourceRange[] = [];
  PLACEHOLDER_RE.lastIndex = bodyFrom;
  for (let m = PLACEHOLDER_RE.exec(source); m; m = PLACEHOLDER_RE.exec(source)) {
    placeholders.push({ start: m.index, end: m.index + m[0].length });
  }
  // Loops, not push(...spread): a spread's arguments live on the stack, and a template can hold 100k placeholders.
  for (const r of directiveRanges) hidden.push(r);
  for (const r of placeholders) hidden.push(r);
  const withCodeText = blankRanges(source, hidden);
  const proseText = blankRanges(withCodeText, code);
  // Prose reads a wrapped line as the space markdown renders; code keeps its lines.
  const joined = joinSoftWraps(proseText);
  const prose = normalizeText(joined);
  return {
    source,
    frontMatter,
    code,
    placeholders,
    directives,
    prose,
    // Without code or wrapped lines the two views are the same text: normalize it once.
    withCode: code.length === 0 && joined === proseText ? prose : normalizeText(withCodeText),
    problems,
  };
}

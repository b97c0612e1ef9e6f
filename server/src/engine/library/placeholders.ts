// Template placeholders as data: which ones a template uses and in which style, broken ones
// ("{{client_name}", "[Client Name", "{{ }}"), names missing from the configured list, a style
// that differs from the rest of the library, and the names an editor can offer for completion.
// Pure: text (or a parsed document) in, findings with source offsets out.

import { blankRanges, parseDocument, type ParsedDocument, type SourceRange } from "../markdown";
import { librarySeverity } from "./severity";
import type { Finding, Fix, Severity, SeveritySetting } from "../types";

export const MALFORMED_PLACEHOLDER = "spam/malformed-placeholder";
export const UNKNOWN_PLACEHOLDER = "spam/unknown-placeholder";
export const PLACEHOLDER_STYLE = "spam/placeholder-style";


export const PLACEHOLDER_STYLES = ["double-brace", "single-brace", "square", "angle", "percent"] as const;
export type PlaceholderStyle = (typeof PLACEHOLDER_STYLES)[number];

/** How each style looks, for messages: {{name}}, {name}, [Name], <<name>>, %NAME%. */
const STYLE_SAMPLE: Record<PlaceholderStyle, string> = {
  "double-brace": "{{name}}",
  "single-brace": "{name}",
  square: "[Name]",
  angle: "<<name>>",
  percent: "%NAME%",
};

export interface PlaceholderUse {
  /** The placeholder as written, e.g. "{{ client_name }}". */
  raw: string;
  /** The name inside, trimmed: "client_name", "Client Name". */
  name: string;
  /** The name compared across styles: "client_name" for {{clientName}}, [Client Name] and %CLIENT_NAME%. */
  key: string;
  style: PlaceholderStyle;
  start: number;
  end: number;
}

export interface PlaceholderOptions {
  /** The placeholder names the templates may use (any style or case: "client_name", "Client Name"); empty = any. */
  placeholders?: string[];
  /** Per-rule severity overrides, as in LintOptions; "off" disables a rule. */
  rules?: Record<string, SeveritySetting>;
}

// Leftover fragments once valid placeholders, code, comments and front matter are blanked out:
// a delimiter run with a name of several words when it is closed, of one word when it is not.
// Runs are bounded and names start at a word start, so a scan is linear in the text.
const BRACE_FRAGMENT_RE = /\{{1,3}[ \t]{0,3}(?:[\w.\-]{1,60}(?:[ \t][\w.\-]{1,60}){0,8}[ \t]{0,3}\}{1,3}|[\w.\-]{0,60}[ \t]{0,3}\}{0,3})|(?<![\w.\-])[\w.\-]{1,60}\}{1,3}/g;
const ANGLE_FRAGMENT_RE = /<<[ \t]{0,3}(?:[\w.\-/]{1,60}(?:[ \t][\w.\-/]{1,60}){0,8}[ \t]{0,3}>|[\w.\-/]{0,60})|<[\w.\-/]{1,60}(?:[ \t][\w.\-/]{1,60}){0,8}[ \t]?>>|(?<![\w.\-/])[\w.\-/]{1,60}>>/g;
const SQUARE_OPEN_RE = /\[[ \t]{0,3}[A-Z][\w'&/\-]{0,60}(?:[ \t][A-Za-z][\w'&/\-]{0,60}){0,4}/g;
/** A stray "]" after a name of at most two words ("Client Name]"): more would swallow "Hi". */
const SQUARE_CLOSE_RE = /(?<![\w'&/\-])(?:[A-Z][\w'&/\-]{0,60}[ \t])?[\w'&/\-]{0,60}[A-Za-z]\](?![(\[:])/g;
const PERCENT_FRAGMENT_RE = /(?<![\w%])%[A-Z][A-Z_]{2,40}(?![\w%])|(?<![\w%])[A-Z][A-Z]*_[A-Z_]*%(?![\w%])/g;
const HTML_COMMENT_RE = /<!--[\s\S]*?(?:-->|$)/g;
const CAMEL_BOUNDARY_RE = /([a-z0-9])([A-Z])/g;
const NON_ALNUM_RE = /[^\p{L}\p{N}]+/gu;
/** After NON_ALNUM_RE, at most one "_" is left at either end. */
const EDGE_UNDERSCORES_RE = /^_|_$/g;

/** The style of a placeholder as PLACEHOLDER_RE matches it. */
export function styleOf(raw: string): PlaceholderStyle {
  if (raw.startsWith("{{")) return "double-brace";
  if (raw.startsWith("{")) return "single-brace";
  if (raw.startsWith("[")) return "square";
  if (raw.startsWith("<<")) return "angle";
  return "percent";
}

/** The name inside a placeholder, trimmed. */
export function nameOf(raw: string): string {
  const style = styleOf(raw);
  const cut = style === "double-brace" || style === "angle" ? 2 : 1;
  return raw.slice(cut, raw.length - cut).trim();
}

/** A name as compared: camelCase split, lower case, every run of other characters one "_". */
export function placeholderKey(name: string): string {
  return name.replace(CAMEL_BOUNDARY_RE, "$1_$2").toLowerCase().replace(NON_ALNUM_RE, "_").replace(EDGE_UNDERSCORES_RE, "");
}

/** Writes a name in a style: ("client_name", "square") -> "[Client Name]". */
export function formatPlaceholder(name: string, style: PlaceholderStyle): string {
  const key = placeholderKey(name);
  switch (style) {
    case "double-brace":
      return `{{${key}}}`;
    case "single-brace":
      return `{${key}}`;
    case "angle":
      return `<<${key}>>`;
    case "percent":
      return `%${key.toUpperCase()}%`;
    case "square":
      return `[${key.split("_").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ")}]`;
  }
}

/** The body with front matter, code and HTML comments replaced by spaces (offsets and line breaks kept). */
const proseCache = new WeakMap<ParsedDocument, { text: string; hidden: SourceRange[] }>();

function proseOnly(doc: ParsedDocument): { text: string; hidden: SourceRange[] } {
  const cached = proseCache.get(doc);
  if (cached) return cached;
  const source = doc.source;
  const hidden: SourceRange[] = [...doc.code];
  if (doc.frontMatter) hidden.push({ start: 0, end: doc.frontMatter.end });
  HTML_COMMENT_RE.lastIndex = doc.frontMatter?.end ?? 0;
  for (let m = HTML_COMMENT_RE.exec(source); m; m = HTML_COMMENT_RE.exec(source)) {
    hidden.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) HTML_COMMENT_RE.lastIndex++;
  }
  const result = { text: blankRanges(source, hidden), hidden };
  proseCache.set(doc, result);
  return result;
}

/** The placeholders of a template's body, outside code, comments and front matter. */
const placeholderCache = new WeakMap<ParsedDocument, PlaceholderUse[]>();

export function placeholdersOf(doc: ParsedDocument): PlaceholderUse[] {
  const cached = placeholderCache.get(doc);
  if (cached) return cached;
  const uses = findPlaceholders(doc);
  placeholderCache.set(doc, uses);
  return uses;
}

function findPlaceholders(doc: ParsedDocument): PlaceholderUse[] {
  const { hidden } = proseOnly(doc);
  const shown = (p: SourceRange) => !hidden.some((h) => p.start >= h.start && p.start < h.end);
  return doc.placeholders.filter(shown).map((p) => {
    const raw = doc.source.slice(p.start, p.end);
    const name = nameOf(raw);
    return { raw, name, key: placeholderKey(name), style: styleOf(raw), start: p.start, end: p.end };
  });
}


/** A fix that writes `text` over `[start, end)`; never safe: it guesses what the author meant. */
const replaceWith = (start: number, end: number, text: string): Fix => ({ title: `Replace with "${text}"`, edits: [{ start, end, text }], safe: false });

const runLength = (text: string, at: number, step: 1 | -1, char: string) => {
  let n = 0;
  while (text[at + n * step] === char) n++;
  return n;
};

const OPEN = 1;
const CLOSE = 2;

/**
 * For each offset of `text`: `next`, the first square bracket at or after it in the same paragraph,
 * and `last`, the last one before it on the same line (0 none, OPEN "[", CLOSE "]"). Two linear scans.
 */
function bracketNeighbours(text: string): { next: Uint8Array; last: Uint8Array } {
  const next = new Uint8Array(text.length + 1);
  const last = new Uint8Array(text.length + 1);
  let kind = 0;
  let lineBlank = true;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === "\n") {
      if (lineBlank) kind = 0; // the line after this break is blank: a paragraph ends there
      lineBlank = true;
    } else if (c !== " " && c !== "\t" && c !== "\r") lineBlank = false;
    if (c === "[") kind = OPEN;
    else if (c === "]") kind = CLOSE;
    next[i] = kind;
  }
  kind = 0;
  for (let i = 0; i < text.length; i++) {
    last[i] = kind;
    const c = text[i];
    if (c === "\n") kind = 0;
    else if (c === "[") kind = OPEN;
    else if (c === "]") kind = CLOSE;
  }
  last[text.length] = kind;
  return { next, last };
}

const SPACE = 0x20;

const UTF16 = new TextDecoder("utf-16le");

/** A string of UTF-16 units (a lone surrogate becomes U+FFFD: same length, and never a delimiter). */
function unitsToString(units: Uint16Array): string {
  return UTF16.decode(units);
}

/** Broken placeholders: unbalanced or unclosed delimiters and empty names. */
export function malformedPlaceholders(doc: ParsedDocument, options: PlaceholderOptions = {}): Finding[] {
  const severity = librarySeverity(MALFORMED_PLACEHOLDER, options);
  if (!severity) return [];
  const source = doc.source;
  // The prose as UTF-16 units: delimiters of handled placeholders are blanked in place.
  const prose = proseOnly(doc).text;
  const chars = new Uint16Array(prose.length);
  for (let i = 0; i < prose.length; i++) chars[i] = prose.charCodeAt(i);
  const out: Finding[] = [];
  const report = (start: number, end: number, message: string, fixText?: string) => {
    const finding: Finding = { ruleId: MALFORMED_PLACEHOLDER, family: "spam", severity, message, start, end };
    if (fixText !== undefined) finding.fix = replaceWith(start, end, fixText);
    out.push(finding);
    chars.fill(SPACE, start, end);
    dirty = true;
  };
  let dirty = true;

  // Valid matches first: "{{client_name}" is "{" + the valid "{client_name}"; "{{ }}" has no name.
  for (const use of placeholdersOf(doc)) {
    const [open, close] = use.style === "angle" ? ["<", ">"] : use.style.endsWith("brace") ? ["{", "}"] : ["", ""];
    const before = open ? runLength(source, use.start - 1, -1, open) : 0;
    const after = close ? runLength(source, use.end, 1, close) : 0;
    const inner = use.style === "double-brace" || use.style === "angle" ? 2 : 1;
    if (before !== after && inner + Math.max(before, after) <= 3) {
      const start = use.start - before;
      const end = use.end + after;
      const style = use.style === "angle" ? "angle" : inner + Math.max(before, after) >= 2 ? "double-brace" : "single-brace";
      const fixed = use.name ? (style === "angle" ? `<<${use.name}>>` : style === "double-brace" ? `{{${use.name}}}` : `{${use.name}}`) : undefined;
      report(start, end, `Malformed placeholder "${source.slice(start, end)}": its ${open}${close} delimiters don't match, so it would be sent as typed.`, fixed);
    } else if (!use.name) {
      report(use.start, use.end, `Empty placeholder "${use.raw}": it has no name to fill in.`);
    } else {
      chars.fill(SPACE, use.start - before, use.end + after);
      dirty = true;
    }
  }

  // Whatever delimiters are left belong to no valid placeholder.
  let rest = "";
  // `needs`: a delimiter every fragment of `re` has; without one in the text, `re` (which would try
  // every position of a long text) need not run.
  const fragments = (re: RegExp, needs: RegExp, describe: (frag: string, start: number) => { message: string; fix?: string } | undefined) => {
    if (dirty) {
      rest = unitsToString(chars);
      dirty = false;
    }
    if (!needs.test(rest)) return;
    re.lastIndex = 0;
    for (let m = re.exec(rest); m; m = re.exec(rest)) {
      const frag = m[0].trimEnd();
      const start = m.index;
      if (frag.length === 0) {
        re.lastIndex++;
        continue;
      }
      const d = describe(frag, start);
      if (d) report(start, start + frag.length, d.message, d.fix);
    }
  };
  // Most templates have no stray delimiter left once the valid placeholders are blanked.
  rest = unitsToString(chars);
  dirty = false;
  if (!/[{}<>[\]%]/.test(rest)) return out.sort((a, b) => a.start - b.start);
  const nameIn = (frag: string) => {
    let start = 0;
    let end = frag.length;
    while (start < end && "{<[% \t".includes(frag[start]!)) start++;
    while (end > start && "}>]% \t".includes(frag[end - 1]!)) end--;
    return frag.slice(start, end);
  };
  fragments(BRACE_FRAGMENT_RE, /[{}]/, (frag) => {
    const name = nameIn(frag);
    const braces = Math.max(runLength(frag, 0, 1, "{"), runLength(frag, frag.length - 1, -1, "}"));
    const fix = name ? (braces >= 2 ? `{{${name}}}` : `{${name}}`) : undefined;
    return { message: name ? `Malformed placeholder "${frag}": its {} braces don't match, so it would be sent as typed.` : `Empty or broken placeholder "${frag}": it has no name to fill in.`, fix };
  });
  fragments(ANGLE_FRAGMENT_RE, /<<|>>/, (frag) => {
    const name = nameIn(frag);
    return { message: name ? `Malformed placeholder "${frag}": its << >> don't match, so it would be sent as typed.` : `Empty or broken placeholder "${frag}": it has no name to fill in.`, fix: name ? `<<${name}>>` : undefined };
  });
  let brackets: { text: string; next: Uint8Array; last: Uint8Array } | undefined;
  const bracketsOf = () => (brackets?.text === rest ? brackets : (brackets = { text: rest, ...bracketNeighbours(rest) }));
  fragments(SQUARE_OPEN_RE, /\[/, (frag, start) => {
    // Closed later in the paragraph: a link text or an aside, perhaps wrapped onto the next line.
    if (bracketsOf().next[start + frag.length] === CLOSE) return undefined;
    return { message: `Unclosed placeholder "${frag}": it needs a closing "]".`, fix: `${frag}]` };
  });
  fragments(SQUARE_CLOSE_RE, /\]/, (frag, start) => {
    if (bracketsOf().last[start] === OPEN) return undefined; // closes a bracket opened earlier on the line
    return { message: `Malformed placeholder "${frag}": it has no opening "[".`, fix: `[${frag}` };
  });
  fragments(PERCENT_FRAGMENT_RE, /%/, (frag) => {
    const name = nameIn(frag);
    return { message: `Malformed placeholder "${frag}": it needs a "%" on both sides.`, fix: `%${name}%` };
  });
  return out.sort((a, b) => a.start - b.start);
}

/** Edit distance counting a swap of two neighbours as one edit (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** Placeholders whose names are not in `options.placeholders` (nothing when that list is empty). */
export function unknownPlaceholders(doc: ParsedDocument, options: PlaceholderOptions = {}): Finding[] {
  const severity = librarySeverity(UNKNOWN_PLACEHOLDER, options);
  const configured = options.placeholders ?? [];
  if (!severity || configured.length === 0) return [];
  const known = new Map(configured.map((n) => [placeholderKey(n), n]));
  const out: Finding[] = [];
  for (const use of placeholdersOf(doc)) {
    if (!use.name || known.has(use.key)) continue;
    const maxDistance = Math.min(2, Math.floor(use.key.length / 4));
    const distances = [...known.keys()].map((key) => ({ key, d: editDistance(use.key, key) }));
    const min = Math.min(...distances.map((x) => x.d));
    const nearest = distances.filter((x) => x.d === min);
    const best = min <= maxDistance && nearest.length === 1 ? known.get(nearest[0]!.key) : undefined;
    const list = configured.slice(0, 5).join(", ") + (configured.length > 5 ? ", ..." : "");
    const finding: Finding = {
      ruleId: UNKNOWN_PLACEHOLDER, family: "spam", severity, start: use.start, end: use.end,
      message: `Unknown placeholder "${use.raw}": not one of the configured placeholders (${list}), so nothing fills it in.`,
    };
    if (best) finding.fix = replaceWith(use.start, use.end, formatPlaceholder(best, use.style));
    out.push(finding);
  }
  return out;
}

/** Malformed and unknown placeholders of one template. */
export function checkPlaceholders(text: string, options: PlaceholderOptions = {}, doc: ParsedDocument = parseDocument(text)): Finding[] {
  return [...malformedPlaceholders(doc, options), ...unknownPlaceholders(doc, options)].sort((a, b) => a.start - b.start);
}

export interface TemplatePlaceholders {
  path: string;
  placeholders: readonly PlaceholderUse[];
}

export interface StyleSummary {
  /** The style most templates use (ties: most uses, then the order of PLACEHOLDER_STYLES); undefined when none has any. */
  majority: PlaceholderStyle | undefined;
  /** Templates using each style. */
  templates: Record<PlaceholderStyle, number>;
  /** Uses of each style. */
  uses: Record<PlaceholderStyle, number>;
}

/** Which placeholder styles a library uses, and its majority style. */
export function summarizeStyles(library: readonly TemplatePlaceholders[]): StyleSummary {
  const zero = () => Object.fromEntries(PLACEHOLDER_STYLES.map((s) => [s, 0])) as Record<PlaceholderStyle, number>;
  const templates = zero();
  const uses = zero();
  for (const t of library) {
    for (const s of new Set(t.placeholders.map((p) => p.style))) templates[s]++;
    for (const p of t.placeholders) uses[p.style]++;
  }
  return { majority: majorityStyle(templates, uses), templates, uses };
}

/** Every placeholder written in another style than the library's majority one, by path. */
export function placeholderStyleFindings(library: readonly TemplatePlaceholders[], options: PlaceholderOptions = {}): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  const severity = librarySeverity(PLACEHOLDER_STYLE, options);
  const summary = summarizeStyles(library);
  if (!severity || !summary.majority) return out;
  const withAny = library.filter((t) => t.placeholders.length > 0).length;
  for (const t of library) {
    const findings = styleFindingsFor(t, summary, withAny, severity);
    if (findings.length) out.set(t.path, findings);
  }
  return out;
}

/**
 * One template's placeholder-style findings, given the library's summary and the number of
 * templates with any placeholder (`withAny`); empty when the library has no majority style.
 */
export function styleFindingsFor(t: TemplatePlaceholders, summary: StyleSummary, withAny: number, severity: Severity): Finding[] {
  const { majority, templates } = summary;
  const findings: Finding[] = [];
  if (!majority) return findings;
  for (const p of t.placeholders) {
    if (p.style === majority || !p.name) continue;
    findings.push({
      ruleId: PLACEHOLDER_STYLE, family: "spam", severity, start: p.start, end: p.end,
      message: `Placeholder written as ${p.raw}; the library writes it as ${formatPlaceholder(p.name, majority)} (${templates[majority]} of ${withAny} templates use ${STYLE_SAMPLE[majority].replace(/name/i, "…")}).`,
      fix: replaceWith(p.start, p.end, formatPlaceholder(p.name, majority)),
    });
  }
  return findings;
}

/** The majority style from per-style template and use counts (ties: most uses, then the order of PLACEHOLDER_STYLES). */
export function majorityStyle(templates: Record<PlaceholderStyle, number>, uses: Record<PlaceholderStyle, number>): PlaceholderStyle | undefined {
  let majority: PlaceholderStyle | undefined;
  for (const s of PLACEHOLDER_STYLES) {
    if (uses[s] === 0) continue;
    if (!majority || templates[s] > templates[majority] || (templates[s] === templates[majority] && uses[s] > uses[majority])) majority = s;
  }
  return majority;
}

export interface KnownPlaceholder {
  /** The name as configured, or as most often written in the library (double-brace form). */
  name: string;
  key: string;
  /** Uses across the library. */
  count: number;
  configured: boolean;
}

/** Placeholder names for completion: configured ones first, then the library's by frequency. */
export function knownPlaceholders(configured: readonly string[], library: readonly TemplatePlaceholders[] = []): KnownPlaceholder[] {
  const byKey = new Map<string, KnownPlaceholder>();
  for (const name of configured) {
    const key = placeholderKey(name);
    if (key && !byKey.has(key)) byKey.set(key, { name, key, count: 0, configured: true });
  }
  for (const t of library) {
    for (const p of t.placeholders) {
      if (!p.key) continue;
      const entry = byKey.get(p.key);
      if (entry) entry.count++;
      else byKey.set(p.key, { name: p.key, key: p.key, count: 1, configured: false });
    }
  }
  return [...byKey.values()].sort((a, b) => Number(b.configured) - Number(a.configured) || b.count - a.count || (a.key < b.key ? -1 : 1));
}

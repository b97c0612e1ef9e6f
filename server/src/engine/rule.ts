// What a rule is: its metadata (data, from rules/<id>/rule.json) and one detect function.

import type { ParsedDocument } from "./markdown";
import { splitClauses, type Clause } from "./text-units";
import type { TextView } from "./normalize";
import type { Family, RuleMeta, Severity } from "./types";

export interface ResolvedOptions {
  allowedDomains: string[];
  portfolioHosts: string[];
  defaultCountry: string | undefined;
  placeholders: string[];
}

/** What a detect function reads. */
export class RuleContext {
  private readonly clauseCache = new Map<TextView, Clause[]>();

  constructor(
    readonly doc: ParsedDocument,
    readonly options: ResolvedOptions,
  ) {}

  /** Clauses of a view's text, computed once per document. */
  clauses(view: TextView): Clause[] {
    let c = this.clauseCache.get(view);
    if (!c) this.clauseCache.set(view, (c = splitClauses(view.text)));
    return c;
  }
}

/** One finding proposed by a rule, in source offsets. */
export interface Detection {
  start: number;
  end: number;
  /** Replaces the rule's message for this finding (e.g. to name what was found). */
  message?: string;
  /** Lowers or raises the rule's default severity for this finding (confidence). */
  severity?: Severity;
  /** Text for the quick fix instead of the rule's phrasing; null = no fix for this one. */
  replacement?: string | null;
  /** False when the fix is a suggestion to review (not applied by fix-all, not preferred). */
  fixSafe?: boolean;
}

export interface Rule {
  meta: RuleMeta & { family: Family };
  detect(ctx: RuleContext): Detection[];
}

/** A catalog entry as JSON gives it: severity is any string until checked. */
type RuleJson = Omit<RuleMeta, "id" | "family" | "severity" | "scope" | "kind"> & { severity: string; scope?: string; kind?: string };

const SEVERITIES = new Set<string>(["error", "warning", "information", "hint"]);

/** Builds a rule from its catalog entry (rules/<id>/rule.json) and its detect function. */
export function defineRule(id: string, meta: RuleJson, detect: (ctx: RuleContext) => Detection[]): Rule {
  return { meta: ruleMeta(id, meta), detect };
}

/** Checks and completes a catalog entry. */
export function ruleMeta(id: string, meta: RuleJson): RuleMeta & { family: Family } {
  const family = id.split("/")[0] as Family;
  if (!SEVERITIES.has(meta.severity)) throw new Error(`rules/${id}/rule.json: unknown severity "${meta.severity}"`);
  if (meta.kind !== undefined && meta.kind !== "style") throw new Error(`rules/${id}/rule.json: unknown kind "${meta.kind}"`);
  const { kind, ...rest } = meta;
  return { id, family, ...rest, severity: meta.severity as Severity, scope: meta.scope === "library" ? "library" : "document", ...(kind === "style" ? { kind: "style" as const } : {}) };
}

/** Maps a view range to a source detection. */
export function detectionIn(view: TextView, start: number, end: number, extra: Omit<Detection, "start" | "end"> = {}): Detection {
  return { ...view.toSource(start, end), ...extra };
}

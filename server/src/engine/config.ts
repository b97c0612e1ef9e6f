// The configuration a `.proposal-lint.json`/`.yaml` file or the editor's settings give, checked.
// Pure: parsing text to an object is the caller's job; this validates and merges.

import type { LintOptions, SeveritySetting } from "./types";

export interface ProposalLintConfig extends LintOptions {
  /** Globs of files that count as templates. */
  templates?: string[];
  /** Globs of files never linted. */
  exclude?: string[];
}

export interface ConfigIssue {
  /** JSON path of the offending key, e.g. "rules.contact/phone". */
  path: string;
  message: string;
}

const SEVERITY_SETTINGS = new Set<string>(["error", "warning", "information", "hint", "off"]);
const STRING_LISTS = ["allowedDomains", "portfolioHosts", "templates", "exclude", "placeholders"] as const;
const KNOWN_KEYS = new Set<string>(["$schema", "rules", "defaultCountry", "duplicateThreshold", ...STRING_LISTS]);

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/** Checks a parsed config object; returns the usable part and every problem found. */
export function validateConfig(raw: unknown, knownRule: (id: string) => boolean): { config: ProposalLintConfig; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  const config: ProposalLintConfig = {};
  if (raw === null || raw === undefined) return { config, issues };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return { config, issues: [{ path: "", message: "The configuration must be an object of settings." }] };
  }
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.has(key)) issues.push({ path: key, message: `Unknown setting "${key}".` });
  }
  if (obj["rules"] !== undefined) {
    const rules = obj["rules"];
    if (typeof rules !== "object" || rules === null || Array.isArray(rules)) {
      issues.push({ path: "rules", message: "\"rules\" must map rule ids to error, warning, information, hint or off." });
    } else {
      config.rules = {};
      for (const [id, value] of Object.entries(rules)) {
        if (!knownRule(id)) issues.push({ path: `rules.${id}`, message: `Unknown rule "${id}".` });
        else if (typeof value !== "string" || !SEVERITY_SETTINGS.has(value)) issues.push({ path: `rules.${id}`, message: `"${id}" must be error, warning, information, hint or off.` });
        else config.rules[id] = value as SeveritySetting;
      }
    }
  }
  for (const key of STRING_LISTS) {
    if (obj[key] === undefined) continue;
    if (isStringArray(obj[key])) config[key] = obj[key] as string[];
    else issues.push({ path: key, message: `"${key}" must be a list of strings.` });
  }
  if (obj["defaultCountry"] !== undefined) {
    if (typeof obj["defaultCountry"] === "string" && /^[A-Za-z]{2}$/.test(obj["defaultCountry"])) config.defaultCountry = obj["defaultCountry"].toUpperCase();
    else issues.push({ path: "defaultCountry", message: "\"defaultCountry\" must be a two-letter country code such as \"US\"." });
  }
  if (obj["duplicateThreshold"] !== undefined) {
    const t = obj["duplicateThreshold"];
    if (typeof t === "number" && t > 0 && t <= 1) config.duplicateThreshold = t;
    else issues.push({ path: "duplicateThreshold", message: "\"duplicateThreshold\" must be a number above 0 and at most 1 (default 0.3)." });
  }
  return { config, issues };
}

/** Later configs win key by key; rule maps merge. */
export function mergeConfigs(...configs: (ProposalLintConfig | undefined)[]): ProposalLintConfig {
  const out: ProposalLintConfig = {};
  for (const c of configs) {
    if (!c) continue;
    const { rules, ...rest } = c;
    Object.assign(out, rest);
    if (rules) out.rules = { ...out.rules, ...rules };
  }
  return out;
}

// The configuration a `.proposal-lint.json`/`.yaml` file or the editor's settings give, checked.
// Pure: parsing text to an object is the caller's job; this validates and merges.

import { FAMILIES, type Family, type LintOptions, type Severity, type SeveritySetting } from "./types";
import { compileCustomPattern } from "./custom-rules";

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
const KNOWN_KEYS = new Set<string>(["$schema", "rules", "defaultCountry", "duplicateThreshold", "customRules", ...STRING_LISTS]);
const CUSTOM_ID_RE = /^custom\/[a-z0-9][a-z0-9-]{0,60}$/;

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
        if (!knownRule(id) && !id.startsWith("custom/")) issues.push({ path: `rules.${id}`, message: `Unknown rule "${id}".` });
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
  if (obj["customRules"] !== undefined) {
    const list = obj["customRules"];
    if (!Array.isArray(list)) issues.push({ path: "customRules", message: "\"customRules\" must be a list of {id, pattern, message, family} objects." });
    else {
      config.customRules = [];
      list.slice(0, 200).forEach((r: unknown, i) => {
        const where = `customRules[${i}]`;
        const rule = r as Record<string, unknown>;
        if (!rule || typeof rule !== "object") return issues.push({ path: where, message: "must be an object" });
        if (typeof rule["id"] !== "string" || !CUSTOM_ID_RE.test(rule["id"])) return issues.push({ path: `${where}.id`, message: "id must look like \"custom/agency-name\"" });
        if (typeof rule["pattern"] !== "string" || rule["pattern"].length === 0 || rule["pattern"].length > 2000) return issues.push({ path: `${where}.pattern`, message: "pattern must be a non-empty string of at most 2,000 characters" });
        if (typeof rule["message"] !== "string" || !rule["message"]) return issues.push({ path: `${where}.message`, message: "message must be a non-empty string" });
        if (typeof rule["family"] !== "string" || !(FAMILIES as readonly string[]).includes(rule["family"])) return issues.push({ path: `${where}.family`, message: `family must be one of ${FAMILIES.join(", ")}` });
        if (rule["severity"] !== undefined && (typeof rule["severity"] !== "string" || !SEVERITY_SETTINGS.has(rule["severity"]) || rule["severity"] === "off")) return issues.push({ path: `${where}.severity`, message: "severity must be error, warning, information or hint" });
        const compiled = compileCustomPattern(rule["pattern"]);
        if (compiled instanceof Error) return issues.push({ path: `${where}.pattern`, message: compiled.message });
        config.customRules!.push({ id: rule["id"], pattern: rule["pattern"], message: rule["message"], family: rule["family"] as Family, ...(rule["severity"] ? { severity: rule["severity"] as Severity } : {}) });
        return undefined;
      });
    }
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

// The engine's own vocabulary. Offsets are UTF-16 indexes into the original source string.

export type Severity = "error" | "warning" | "information" | "hint";
export type SeveritySetting = Severity | "off";

export const FAMILIES = ["circumvention", "contact", "account", "spam", "conduct", "feedback"] as const;
export type Family = (typeof FAMILIES)[number];

/** One of Upwork's six rules, as cited in hovers and docs. */
export interface UpworkRule {
  number: number;
  title: string;
  quote: string;
  source: string;
}

/** A rule's metadata, loaded from `rules/<family>/<name>/rule.json`. */
export interface RuleMeta {
  id: string;
  family: Family;
  title: string;
  upworkRule: number;
  severity: Severity;
  message: string;
  explanation: string;
  exceptions: string[];
  /** The on-platform phrasing a quick fix puts in place of the offending clause; absent = not fixable. */
  fix?: string;
  /** The rewrites a fix chooses from by the shape of the sentence (see `rules/<id>/rule.json`). */
  phrasebook?: Phrasebook;
  /** "library": found across templates (near-duplicates), not in one document. */
  scope?: "document" | "library";
  /** "style": a note on the template's form (placeholder style), not itself a breach of the cited Upwork rule. */
  kind?: "style";
}

/**
 * A fixable rule's rewrites, one per slot or sentence shape, lowercase unless a word needs a capital
 * ("I'm", "Upwork"); the rewriter capitalizes and punctuates them in place.
 */
export interface Phrasebook {
  /** Higher wins when findings of several rules share one stretch of a sentence. */
  priority: number;
  /** A bare verb phrase, after "to", "can", "please" or a modal: "message me here on Upwork". */
  verb: string;
  /** A verb phrase after "let's", "we can" or "shall we": "keep talking here on Upwork"; absent = `verb`. */
  together?: string;
  /** Where something is, after a verb and its object or "is": "here on Upwork"; absent = use a clause. */
  place?: string;
  /** A whole clause for an invitation or imperative ("Ping me on WhatsApp at ..."). */
  invitation: string;
  /** A whole clause for an offer ("I can send it to your email"). */
  offer: string;
  /** A whole question, without the question mark. */
  question: string;
  /** A whole clause for a statement ("My Threema ID is 7XK2PQ9M"). */
  statement: string;
  /** A detail without a verb, as in a signature, list item or table cell ("WhatsApp: +1 415 555 0132"). */
  signoff: string;
  /**
   * For a reward or delivery tied to feedback: the condition ("if you leave a 5-star review") is
   * removed and the rest kept, with this text in its place ("" or " with the final delivery").
   */
  condition?: string;
  /** For a delivery tied to feedback: the event a condition of time waits for instead ("once the milestone is approved"). */
  conditionEvent?: string;
  /** The same event said of the client, for a condition that named the client ("after you leave the review" -> "after you approve the milestone"). */
  conditionEventByClient?: string;
  /** For a demand for a rating: the verb phrase put in its place ("rate me 5 stars" -> "leave honest feedback"). */
  demand?: string;
  /** For a payment: the clause keeps its terms and its channel becomes Upwork ("pay me by Wise" -> "pay me through Upwork"). */
  swapChannel?: boolean;
  /** Words of a neighbouring clause that only made sense with the removed part ("I'd invoice you myself"). */
  dangling?: string[];
  /**
   * The verb phrase after a subject and modal that stay from the offending clause, by subject: "we can
   * go direct" -> "we can" + `subjects.we`; a subject without an entry gets a whole-clause phrase.
   * `IToYou` is said when "I" acts on the reader ("I'll pay you $350 cash", "I'll just Venmo you"): the
   * speaker pays there, so `I` ("be paid through Upwork") would turn the roles round.
   */
  subjects?: { I?: string; IToYou?: string; we?: string; you?: string };
}

/** A replacement of `[start, end)` in the source by `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by fix-all and `--fix`, and are the preferred quick fix. */
  safe: boolean;
}

export interface RelatedInfo {
  path: string;
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  ruleId: string;
  family: Family;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fix?: Fix;
  related?: RelatedInfo[];
}

/** A problem with the input itself (front matter, directives), reported apart from rule findings. */
export interface InputProblem {
  message: string;
  start: number;
  end: number;
  severity: Severity;
}

export interface LintOptions {
  /** Per-rule severity overrides; "off" disables a rule. */
  rules?: Record<string, SeveritySetting>;
  /** Domains never reported as contact links or emails (e.g. the client's own site). */
  allowedDomains?: string[];
  /** Hosts that count as portfolios, in addition to the built-in ones. */
  portfolioHosts?: string[];
  /** ISO country whose national phone formats are tried first (e.g. "US", "GB", "IN"). */
  defaultCountry?: string;
  /** The placeholder names templates may use; empty = any. */
  placeholders?: string[];
  /** Jaccard similarity (0..1) at or above which two templates are near-duplicates. */
  duplicateThreshold?: number;
  /** Team-specific patterns, run on a linear-time regex engine (RE2 syntax). */
  customRules?: CustomRule[];
}

/** A pattern a team adds in its config: `{"id": "custom/agency-name", "pattern": "acme\\s+studio", ...}`. */
export interface CustomRule {
  id: string;
  pattern: string;
  message: string;
  family: Family;
  severity?: Severity;
}

export interface LintResult {
  findings: Finding[];
  problems: InputProblem[];
  frontMatter: Record<string, unknown> | undefined;
}

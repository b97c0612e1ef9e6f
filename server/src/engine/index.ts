// The engine's public surface: pure functions, no editor, protocol or file-system imports.
export * from "./types";
export { lint, lintDocument } from "./lint";
export { parseDocument } from "./markdown";
export { applyEdits, fixAll, safeFixEdits } from "./fixes";
export { summarizeFixAll, formatFixSummary, type FixSummary, type FixedFile } from "./fix-summary";
export { LineIndex, type LinePositions, type LineStarts, type Position } from "./positions";
export { RULES, LIBRARY_RULES, ALL_RULE_METAS, findRule, findRuleMeta, docsUrl, upworkRule, UPWORK_RULES } from "./registry";
export { contactExceptionOf } from "./exceptions";
export { explainRule, hoverSummary, escapeMarkdown, messageWithQuote, quoteFound, type HoverLinks } from "./explain";
export { validateConfig, mergeConfigs, type ProposalLintConfig, type ConfigIssue } from "./config";
export { disableForLineEdits, disableForFileEdits } from "./directive-edits";
export { lintTemplateLibrary, type LibraryInput, type LibraryLintResult } from "./library/lint-library";
export type { DuplicateCluster as DuplicateClusterInfo } from "./library/duplicates";
export { knownPlaceholders, placeholdersOf, formatPlaceholder, summarizeStyles } from "./library/placeholders";
export { suppressionFilterFor, applySuppressions, parseSuppressions, serializeSuppressions, addSuppression, describeStale, flaggedKey, type Suppression, type SuppressionsData } from "./suppression";
export { toPlainText, exportBlockers, type ExportResult } from "./plain-text";

// The engine's public surface: pure functions, no editor, protocol or file-system imports.
export * from "./types";
export { lint, lintDocument } from "./lint";
export { parseDocument } from "./markdown";
export { applyEdits, fixAll, safeFixEdits } from "./fixes";
export { LineIndex, type Position } from "./positions";
export { RULES, findRule, docsUrl, upworkRule, UPWORK_RULES } from "./registry";
export { contactExceptionOf } from "./exceptions";
export { explainRule } from "./explain";
export { validateConfig, mergeConfigs, type ProposalLintConfig, type ConfigIssue } from "./config";
export { disableForLineEdits, disableForFileEdits } from "./directive-edits";

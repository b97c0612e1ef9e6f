// Markdown structure: fences, directive comments, template placeholders.

/** An opening code fence: up to three spaces, then three or more backticks or tildes. */
export const FENCE_OPEN_RE = /^( {0,3})(`{3,}|~{3,})/;

/** An HTML comment that is a proposal-lint directive. */
export const DIRECTIVE_COMMENT_RE = /<!--[ \t]*proposal-lint-[^\n>]{0,300}?-->/g;

/** The parts of a directive comment: its kind and the rule ids after it. */
export const DIRECTIVE_BODY_RE = /^<!--[ \t]*proposal-lint-([a-z-]+)((?:[ \t,]+[a-z]+\/[a-z0-9-]+)*)[ \t]*-->$/;

/**
 * Template placeholders: {{client_name}}, <<budget>>, {project}, [Client Name], %CLIENT%.
 * Square-bracket ones must start with a capital and not be a markdown link or an "[at]"/"[dot]".
 */
export const PLACEHOLDER_RE =
  /\{\{[^{}\n]{1,80}?\}\}|<<[\w .\-/]{1,80}?>>|\{(?!(?:at|dot|AT|DOT)\})[A-Za-z_][\w .\-]{0,60}\}|\[(?!(?:at|dot|AT|DOT)\])[A-Z][\w .'/&\-]{1,60}\](?![(\[:])|%[A-Z][A-Z_]{1,40}%/g;

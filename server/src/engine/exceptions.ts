// Template-level exceptions declared in front matter. They turn off the contact rules only;
// circumvention and the other families always apply.

/** Why contact rules are off for a template with this front matter, or undefined. */
export function contactExceptionOf(frontMatter: Record<string, unknown> | undefined): string | undefined {
  if (!frontMatter) return undefined;
  const clientType = String(frontMatter["clientType"] ?? "").trim().toLowerCase();
  if (clientType === "enterprise" || clientType === "business") return `clientType: ${clientType}`;
  const stage = String(frontMatter["stage"] ?? "").trim().toLowerCase();
  if (stage === "contract") return "stage: contract";
  return undefined;
}

// SARIF 2.1.0, as GitHub code scanning accepts it.
import { ALL_RULE_METAS, docsUrl, upworkRule } from "../../engine";
import type { FileReport } from "../report";
import { INPUT_PROBLEM_ID } from "../report";

const LEVEL = { error: "error", warning: "warning", information: "note", hint: "note" } as const;

export function formatSarif(reports: FileReport[], toolVersion: string, toUri: (path: string) => string): string {
  const ruleIds = [...ALL_RULE_METAS.map((m) => m.id), INPUT_PROBLEM_ID];
  const rules = [
    ...ALL_RULE_METAS.map((m) => {
      const cited = upworkRule(m.upworkRule);
      return {
        id: m.id,
        name: m.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
        shortDescription: { text: m.title },
        fullDescription: { text: m.explanation },
        helpUri: docsUrl(m.id),
        help: { text: `${m.explanation}${cited ? ` Upwork rule ${cited.number} (${cited.title}): ${cited.quote}` : ""}` },
        defaultConfiguration: { level: LEVEL[m.severity] },
        properties: { tags: [m.family, `upwork-rule-${m.upworkRule}`] },
      };
    }),
    {
      id: INPUT_PROBLEM_ID,
      name: "InputTemplate",
      shortDescription: { text: "Problem with the template itself" },
      fullDescription: { text: "Malformed front matter or directive comments." },
      defaultConfiguration: { level: "warning" },
    },
  ];
  const results = reports.flatMap((r) =>
    r.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      ruleIndex: Math.max(0, ruleIds.indexOf(d.ruleId)),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(r.path) },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "proposal-lint", version: toolVersion, informationUri: "https://github.com/proposal-lint/proposal-lint", rules } },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

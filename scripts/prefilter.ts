// Writes server/src/engine/prefilter/required-literals.json: for each exported pattern, a hash of
// its source and, per top-level alternative, the literal sets every match contains a string of
// each of (prefilter/literals.ts); and match-reach.json: for each of those whose matches are
// bounded, how far a match and what it reads reach (`matchReach`), so that it runs on long texts
// only near its literals (prefilter/windows.ts). Run after changing a pattern;
// test/engine/prefilter.test.ts fails while either file is stale.
//   npm run prefilter
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { namedPatterns, sourceHash, type ReachEntry, type RequiredLiterals } from "../server/src/engine/prefilter";
import { matchReach, requiredLiterals } from "../server/src/engine/prefilter/literals";

/** The file's content for the current patterns (sorted by name, so it is deterministic). */
export function requiredLiteralsTable(): Record<string, RequiredLiterals> {
  const table: Record<string, RequiredLiterals> = {};
  for (const [name, re] of namedPatterns().sort((a, b) => a[0].localeCompare(b[0]))) {
    const alternatives = requiredLiterals(re);
    if (alternatives) table[name] = { source: sourceHash(re), alternatives };
  }
  return table;
}

/** match-reach.json's content: the filtered global patterns whose matches are bounded (sorted by name). */
export function matchReachTable(): Record<string, ReachEntry> {
  const table: Record<string, ReachEntry> = {};
  for (const [name, re] of namedPatterns().sort((a, b) => a[0].localeCompare(b[0]))) {
    if (!re.global || !requiredLiterals(re)) continue;
    const reach = matchReach(re);
    if (reach) table[name] = { source: sourceHash(re), ...reach };
  }
  return table;
}

export const MATCH_REACH_PATH = join(__dirname, "..", "server", "src", "engine", "prefilter", "match-reach.json");

export const REQUIRED_LITERALS_PATH = join(__dirname, "..", "server", "src", "engine", "prefilter", "required-literals.json");

if (require.main === module) {
  const table = requiredLiteralsTable();
  // One pattern per line, so a changed pattern is a one-line diff.
  const lines = Object.entries(table).map(([name, entry]) => `  ${JSON.stringify(name)}: ${JSON.stringify(entry)}`);
  writeFileSync(REQUIRED_LITERALS_PATH, `{\n${lines.join(",\n")}\n}\n`);
  const reaches = matchReachTable();
  writeFileSync(MATCH_REACH_PATH, `{\n${Object.entries(reaches).map(([name, entry]) => `  ${JSON.stringify(name)}: ${JSON.stringify(entry)}`).join(",\n")}\n}\n`);
  const all = namedPatterns().length;
  console.log(`${Object.keys(table).length} of ${all} patterns filtered; ${REQUIRED_LITERALS_PATH}`);
  console.log(`${Object.keys(reaches).length} of them run in windows on long texts; ${MATCH_REACH_PATH}`);
}

// clauseCovering is the binary search the rules use to find a match's clause: it must answer what
// the linear search it replaced answered, for every span of a document with many clauses.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clauseCovering, splitClauses, type Clause } from "../../server/src/engine/text-units";

/** The search the rules did before: the first clause that starts at or before `start` and ends at or after `end`. */
const linear = (clauses: Clause[], start: number, end: number) => clauses.find((c) => c.start <= start && end <= c.end);

describe("clauseCovering", () => {
  const text = [
    "Hi Ana, thanks for the brief. I can start Monday; the first draft is due Friday — then we review.",
    "- one item\n- two items\n\nMr. Smith said it's fine! Is it? Yes... e.g. version 4.2 works.",
    "<!-- note --> A closing line without a full stop",
  ].join("\n\n");
  const clauses = splitClauses(text);

  it("agrees with a linear search for every span", () => {
    assert.ok(clauses.length > 8);
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= Math.min(text.length, start + 40); end++) {
        assert.equal(clauseCovering(clauses, start, end), linear(clauses, start, end), `span ${start}-${end}`);
      }
    }
  });

  it("finds nothing in an empty list", () => {
    assert.equal(clauseCovering([], 0, 0), undefined);
  });
});

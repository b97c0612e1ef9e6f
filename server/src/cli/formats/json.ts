// The stable JSON report that tools outside the repo read: version 1, LSP positions.
// Compact, one file per line: the output grows with the findings, not with indentation. Each file
// is serialized on its own and the report comes out in pieces, so a library's report is written as
// it is serialized instead of being held whole in memory (10,000 templates make some 15 MB).
import type { FileReport } from "../report";

/** A piece is handed out once it holds about this many UTF-16 units (one file's line may hold more). */
const PIECE_UNITS = 1 << 16;

/** The report as pieces of text, to be written one after the other. */
export function* jsonPieces(reports: readonly FileReport[]): Generator<string, void, undefined> {
  let piece = `{"version":1,"files":[`;
  for (let i = 0; i < reports.length; i++) {
    const r = reports[i]!;
    piece += (i ? ",\n" : "\n") + JSON.stringify({ path: r.path, diagnostics: r.diagnostics });
    if (piece.length >= PIECE_UNITS) {
      yield piece;
      piece = "";
    }
  }
  yield `${piece}${reports.length ? "\n" : ""}]}\n`;
}

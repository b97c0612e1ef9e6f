// Whether a finding is switched off by the document's directives, for findings made outside `lint`
// (the library pass).
import { suppressionFilter } from "./directives";
import type { ParsedDocument } from "./markdown";
import { LineIndex } from "./positions";

export function suppressionFilterFor(doc: ParsedDocument): (ruleId: string, offset: number) => boolean {
  return suppressionFilter(doc.directives, new LineIndex(doc.source));
}

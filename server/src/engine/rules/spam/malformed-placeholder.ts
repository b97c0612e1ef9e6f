import meta from "../../../../../rules/spam/malformed-placeholder/rule.json";
import { defineRule, type Detection } from "../../rule";
import { malformedPlaceholders } from "../../library/placeholders";
import type { Finding } from "../../types";

/** A library finding as a detection: its message, and its fix when it replaces exactly the finding. */
export function asDetection(f: Finding): Detection {
  const edit = f.fix?.edits.length === 1 && f.fix.edits[0]!.start === f.start && f.fix.edits[0]!.end === f.end ? f.fix.edits[0] : undefined;
  return { start: f.start, end: f.end, message: f.message, replacement: edit ? edit.text : null, fixSafe: f.fix?.safe ?? false };
}

export const malformedPlaceholder = defineRule("spam/malformed-placeholder", meta, (ctx) => malformedPlaceholders(ctx.doc).map(asDetection));

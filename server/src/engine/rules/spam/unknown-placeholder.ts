import meta from "../../../../../rules/spam/unknown-placeholder/rule.json";
import { defineRule } from "../../rule";
import { unknownPlaceholders } from "../../library/placeholders";
import { asDetection } from "./malformed-placeholder";

export const unknownPlaceholder = defineRule("spam/unknown-placeholder", meta, (ctx) =>
  unknownPlaceholders(ctx.doc, { placeholders: ctx.options.placeholders }).map(asDetection),
);

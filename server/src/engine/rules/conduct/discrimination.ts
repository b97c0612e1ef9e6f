import meta from "../../../../../rules/conduct/discrimination/rule.json";
import { defineRule } from "../../rule";
import { DISCRIMINATION_RE } from "../../patterns/conduct";
import { withoutQuotations } from "../../text-units";
import { clauseDetections } from "../shared";

export const discrimination = defineRule("conduct/discrimination", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) => DISCRIMINATION_RE.test(withoutQuotations(text))),
);

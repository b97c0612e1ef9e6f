import meta from "../../../../../rules/circumvention/off-platform-payment/rule.json";
import { defineRule } from "../../rule";
import { clauseDetections } from "../shared";
import { paysOutsideUpwork } from "./pays-outside";

export const offPlatformPayment = defineRule("circumvention/off-platform-payment", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) => paysOutsideUpwork(text), { skipCompliant: true, skipReported: true, skipForbidding: true }), // the client's question, reported to be answered, is not the writer's
);

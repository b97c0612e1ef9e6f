import { matches } from "../../prefilter";
import meta from "../../../../../rules/spam/mass-proposal/rule.json";
import { defineRule } from "../../rule";
import { COUNTED_RESUBMISSION_RE, ONE_TEXT_TO_MANY_RE, SAME_LETTER_ES_PT_RE, MASS_PROPOSAL_RE, RESUBMIT_RE, SENT_TO_MANY_RE, SAME_LETTER_FOR_EVERY_RE, SAME_LETTER_SENT_TO_MANY_RE, SAME_LETTER_TO_OTHER_POSTS_RE, SEVERAL_PROFILES_ONE_JOB_RE, TO_EVERY_JOB_RE, NO_SAME_TEXT_RE } from "../../patterns/spam";
import { clauseDetections } from "../shared";
import { sendingSettingDetections } from "./sending-settings";

export const massProposal = defineRule("spam/mass-proposal", meta, (ctx) => [
  ...sendingSettingDetections(ctx, "mass"),
  ...clauseDetections(ctx, ({ text }) => !matches(NO_SAME_TEXT_RE, text) && (matches(MASS_PROPOSAL_RE, text) || matches(TO_EVERY_JOB_RE, text) || matches(SENT_TO_MANY_RE, text) || matches(COUNTED_RESUBMISSION_RE, text) || matches(SAME_LETTER_FOR_EVERY_RE, text) || matches(RESUBMIT_RE, text) || matches(SAME_LETTER_TO_OTHER_POSTS_RE, text) || matches(SEVERAL_PROFILES_ONE_JOB_RE, text) || matches(SAME_LETTER_SENT_TO_MANY_RE, text) || matches(SAME_LETTER_ES_PT_RE, text) || matches(ONE_TEXT_TO_MANY_RE, text)), { skipForbidding: true }),
]);

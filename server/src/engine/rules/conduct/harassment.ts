import { matches } from "../../prefilter";
import meta from "../../../../../rules/conduct/harassment/rule.json";
import { defineRule } from "../../rule";
import { PERSON_DISPARAGED_RE, PIDGIN_OR_LIMITED_RE, MOCKED_AS_INCAPABLE_RE, LIKE_A_CHILD_RE, BELITTLING_LIKENESS_RE, EXPOSE_UNLESS_RE, FIND_AND_PUBLISH_RE, INSULTED_LOOKS_RE, RUDE_ES_PT_RE, ADMIRED_LOOKS_RE, ADVANCES_RE, HOUNDING_RE, INSULT_ES_PT_RE, AIMED_INSULT_RE, CAREER_THREAT_RE, COERCION_RE, DOXXING_RE, INSULT_EXCLAMATION_RE, INSULT_RE, LOOKS_OVER_ABILITY_RE, markInsults, PERSON_CONTEMPT_RE, PHOTOS_IN_CLOTHES_RE, RUDE_DISMISSAL_RE, AIMED_PHRASE_RE, ES_PT_INSULT_VOCATIVE_RE, SEXUAL_RE, SHAMING_THREAT_RE, THREAT_RE, VEILED_THREAT_RE, THREAT_IDIOM_RE } from "../../patterns/conduct";
import { foldDiacritics, withoutQuotations } from "../../text-units";
import { clauseDetections } from "../shared";

export const harassment = defineRule("conduct/harassment", meta, (ctx) =>
  clauseDetections(ctx, ({ text }) => {
    const unfolded = withoutQuotations(text);
    // Words switched into keep their accents ("você", "vai à merda"); English word lists are matched without them ("imbécile").
    if ([INSULT_ES_PT_RE, RUDE_ES_PT_RE, RUDE_DISMISSAL_RE, AIMED_PHRASE_RE, ES_PT_INSULT_VOCATIVE_RE].some((re) => matches(re, unfolded))) return true;
    const own = foldDiacritics(unfolded);
    if ([PERSON_DISPARAGED_RE, INSULT_RE, INSULT_EXCLAMATION_RE, THREAT_RE, CAREER_THREAT_RE, VEILED_THREAT_RE, THREAT_IDIOM_RE, DOXXING_RE, COERCION_RE, SEXUAL_RE, ADVANCES_RE, PHOTOS_IN_CLOTHES_RE, LOOKS_OVER_ABILITY_RE, ADMIRED_LOOKS_RE, HOUNDING_RE, EXPOSE_UNLESS_RE, FIND_AND_PUBLISH_RE, LIKE_A_CHILD_RE, BELITTLING_LIKENESS_RE, MOCKED_AS_INCAPABLE_RE, PIDGIN_OR_LIMITED_RE].some((re) => matches(re, own))) return true;
    // These patterns read the clause with its insult words marked: mark it once.
    const marked = markInsults(own);
    return matches(AIMED_INSULT_RE, marked) || matches(PERSON_CONTEMPT_RE, marked) || matches(SHAMING_THREAT_RE, marked) || matches(INSULTED_LOOKS_RE, marked);
  }),
);

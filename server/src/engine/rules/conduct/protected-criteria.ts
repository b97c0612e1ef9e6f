// Criteria for hiring or staffing set by a protected trait: a sex, an age limit or a family status
// ("Looking for a female EA, 22-30 years old, single preferred", "we can staff it exclusively with our male
// engineers under 35", "we prefer not female project manager"). Read from lexicons/protected-traits.json.

import traits from "../../lexicons/protected-traits.json";
import { lexiconAlternation } from "../../lexicons";

const alt = (words: readonly string[]) => `(?:${lexiconAlternation(words)})`;
/** Words that may stand between a preference and the sex it asks for ("prefer a young, single female ..."). */
const GAP = String.raw`(?:${alt(traits.wordsBeforeSex)},?\s{1,3}){0,3}`;
/** A sex named alone: not in a compound ("women-owned", "men's collection") nor as one of two ("male or female"). */
const EITHER = String.raw`\s{0,3}(?:or|and|/|&)\s{0,3}`;
const SEXES = alt(traits.sexes);
const SEX = String.raw`(?<!\b${SEXES}${EITHER})${SEXES}(?![-'’]|${EITHER}${SEXES}\b)`;
const PREFERRING = alt(traits.preferring);
/** "Looking for a female EA", "Preferably male", "we prefer not female project manager", "exclusively with our male engineers". */
const SEX_ASKED_RE = new RegExp(String.raw`\b${PREFERRING}\s{1,3}${GAP}${SEX}\b|\b${SEX}\s{1,3}(?:(?:candidates|applicants|only|strongly|highly)\s{1,3})?(?:preferred|only)\b`, "i");
/** An age as a range or an upper limit: "22-30 years old", "Max. 35 years old", "engineers under 35". */
const AGE_RANGE = String.raw`\b[1-6]\d\s{0,2}(?:-|–|to)\s{0,2}[2-6]\d\s{0,2}${alt(traits.ageUnits)}`;
const AGE_LIMIT = String.raw`\b${alt(traits.ageUpperLimits)}\s{0,3}[2-6]\d\s{0,2}${alt(traits.ageUnits)}`;
const PEOPLE_UNDER_AGE = String.raw`\b${alt(traits.hiredPeople)}\s{1,3}(?:under|below|younger\s{1,3}than|no\s{1,3}older\s{1,3}than)\s{1,3}[2-6]\d\b(?!\s{0,2}(?:%|hours|hrs|projects|jobs|pages|words|minutes|days|weeks|months|items|clients|dollars|usd|eur|gbp|k\b))`;
const AGE_LIMITED_RE = new RegExp(`${AGE_RANGE}|${AGE_LIMIT}|${PEOPLE_UNDER_AGE}`, "i");
/** "single preferred", "must be unmarried", "no kids preferred". */
const FAMILY_STATUS_RE = new RegExp(String.raw`\b${alt(traits.familyStatus)}\s{1,3}${alt(traits.familyStatusAfter)}\b|\b${alt(traits.familyStatusBefore)}\s{1,3}${alt(traits.familyStatus)}\b`, "i");
/** A photo of the applicant's body asked for: "a recent photo (full body)", "full-body pictures". */
const APPEARANCE_RE = new RegExp(String.raw`\b${alt(traits.photoWords)}\s{0,3}[(,:-]?\s{0,3}${alt(traits.appearanceWords)}\b|\b${alt(traits.appearanceWords)}\s{1,3}${alt(traits.photoWords)}\b`, "i");
/** Any word the criteria need: a sex, an age unit or an age limit's "under", a family status, a photo word. */
const CUE_RE = new RegExp(String.raw`\b(?:${alt([...traits.sexes, ...traits.ageUnits.map((u) => u.split(" ")[0]!), "under", "below", "younger", "older", ...traits.familyStatus, ...traits.photoWords])})\b`, "i");
/** A voice, a character, an audience: what is cast or described, not a person hired. */
const CAST_OR_AUDIENCE_RE = new RegExp(String.raw`\b${alt(traits.castOrAudience)}\b`, "i");

/**
 * True when `clause` sets a hiring or staffing criterion by sex, age or family status, or asks for a
 * full-body photo, and names no voice, character or audience being cast or described.
 */
export function setsProtectedCriterion(clause: string): boolean {
  // Most clauses name no sex, age, family status or photo: one cheap scan before the patterns with lookbehinds.
  if (!CUE_RE.test(clause)) return false;
  if (!(SEX_ASKED_RE.test(clause) || AGE_LIMITED_RE.test(clause) || FAMILY_STATUS_RE.test(clause) || APPEARANCE_RE.test(clause))) return false;
  return !CAST_OR_AUDIENCE_RE.test(clause);
}
